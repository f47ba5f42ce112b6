import { useMemo } from 'react';
import { errorMessage } from '../../api/client';
import { SelectField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { SaveBar } from '../../ui/save-bar';
import { useT } from '../../i18n';
import { fieldErrorOf } from '../../lib/errors';
import { personName, sortPeople } from '../../lib/labels';
import { useAppStores, useDirectory } from '../../state/app-context';
import type { Series } from '../../state/types';
import { useCardDraft } from './use-card-draft';

const officerFields = ['secretaryId', 'minuteTakerId', 'reviewerId'] as const;
type Officers = Record<(typeof officerFields)[number], string> & { reviewerBlock: boolean };

const officersOf = (s: Series): Officers => ({
  secretaryId: s.secretaryId ?? '',
  minuteTakerId: s.minuteTakerId ?? '',
  reviewerId: s.reviewerId ?? '',
  reviewerBlock: s.documentSettings.reviewerBlock,
});
const sameOfficers = (a: Officers, b: Officers) => officerFields.every((k) => a[k] === b[k]) && a.reviewerBlock === b.reviewerBlock;

/**
 * Who signs and who checks the minutes by default; printed under the signature lines. Whether the
 * reviewer's block prints at all is the series' document setting, kept beside it here.
 */
export function SeriesOfficersForm({ series }: { series: Series }) {
  const t = useT();
  const stores = useAppStores();
  const people = useDirectory((s) => s.people);
  const saved = useMemo(() => officersOf(series), [series]);
  const card = useCardDraft<Officers>({
    key: 'series-officers',
    series,
    pick: officersOf,
    saved,
    same: sameOfficers,
    save: async (d, version) =>
      officersOf(await stores.series.getState().update({
        id: series.id,
        version,
        secretaryId: d.secretaryId || null,
        minuteTakerId: d.minuteTakerId || null,
        reviewerId: d.reviewerId || null,
        // Only a changed setting is sent: the rest of the document settings stay as the export dialog saved them.
        ...(d.reviewerBlock !== saved.reviewerBlock ? { documentSettings: { reviewerBlock: d.reviewerBlock } } : {}),
      })),
  });
  const d = card.draft;

  // Inactive people stay choosable only where the series already names them.
  const options = (current: string) =>
    sortPeople(people.filter((p) => p.active || p.id === current)).map((p) => ({ value: p.id, label: personName(p) + (p.position ? ` — ${p.position}` : '') }));

  return (
    <form className="card series-card" onSubmit={(e) => { e.preventDefault(); void card.submit(); }} noValidate aria-labelledby="series-officers-title">
      <h2 id="series-officers-title" tabIndex={-1}>{t('officers.title')}</h2>
      <p className="muted">{t('officers.intro')}</p>
      <FormError ref={card.errorRef} message={card.error ? errorMessage(card.error) : null} />
      {card.notice}
      {/* One under another: "name — position" is long, and side by side only its start showed. */}
      <div className="row row--stack">
        {officerFields.map((key) => (
          <SelectField
            key={key}
            id={`series-${key}`}
            label={t(`field.${key}`)}
            value={d[key]}
            onChange={(v) => card.update((x) => ({ ...x, [key]: v }))}
            placeholder={t('common.notSet')}
            options={options(d[key])}
            error={fieldErrorOf(card.error, key)}
            className="field--grow"
          />
        ))}
      </div>
      <div className="checkbox">
        <input
          id="series-reviewer-block"
          type="checkbox"
          checked={d.reviewerBlock}
          onChange={(e) => card.update((x) => ({ ...x, reviewerBlock: e.target.checked }))}
          aria-describedby="series-reviewer-block-hint"
        />
        <label htmlFor="series-reviewer-block">{t('officers.reviewerBlock')}</label>
        <p id="series-reviewer-block-hint" className="field__hint">
          {t('officers.reviewerBlockHint')}
        </p>
      </div>
      <SaveBar busy={card.busy} dirty={card.dirty} justSaved={card.justSaved} onRevert={card.revert} />
    </form>
  );
}
