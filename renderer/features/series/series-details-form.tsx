import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import { RadioGroup, TextField } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { SaveBar } from '../../ui/save-bar';
import { useT } from '../../i18n';
import { fieldErrorOf } from '../../lib/errors';
import { useAppStores } from '../../state/app-context';
import type { Series } from '../../state/types';
import { useCardDraft } from './use-card-draft';

type Details = Pick<Series, 'nameTh' | 'shortName' | 'nameEn' | 'numbering' | 'recordingStyle'>;

const detailsOf = (s: Details): Details => ({ nameTh: s.nameTh, shortName: s.shortName, nameEn: s.nameEn, numbering: s.numbering, recordingStyle: s.recordingStyle });
const sameDetails = (a: Details, b: Details) =>
  a.nameTh.trim() === b.nameTh.trim() && a.shortName.trim() === b.shortName.trim() && a.nameEn.trim() === b.nameEn.trim() &&
  a.numbering === b.numbering && a.recordingStyle === b.recordingStyle;

const numberings: readonly Series['numbering'][] = ['per_year', 'running'];
const styles: readonly Series['recordingStyle'][] = ['verbatim', 'summary', 'resolution_only'];

/** The series' names, how its meetings are numbered and how its minutes are recorded. */
export function SeriesDetailsForm({ series }: { series: Series }) {
  const t = useT();
  const stores = useAppStores();
  const saved = useMemo(() => detailsOf(series), [series]);
  const [missing, setMissing] = useState(false);
  const card = useCardDraft<Details>({
    key: 'series-details',
    series,
    pick: detailsOf,
    saved,
    same: sameDetails,
    typed: (mine, fresh) =>
      (['nameTh', 'shortName', 'nameEn'] as const).filter((k) => mine[k] !== fresh[k]).map((k) => ({ label: t(`series.${k}`), text: mine[k] })),
    save: async (d, version) =>
      detailsOf(await stores.series.getState().update({
        id: series.id,
        version, nameTh: d.nameTh.trim(), shortName: d.shortName.trim(), nameEn: d.nameEn.trim(), numbering: d.numbering, recordingStyle: d.recordingStyle,
      })),
  });
  const d = card.draft;
  const set = <K extends keyof Details>(key: K, value: Details[K]) => card.update((x) => ({ ...x, [key]: value }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!d.nameTh.trim()) {
      setMissing(true);
      document.getElementById('series-details-name-th')?.focus();
      return;
    }
    await card.submit();
  }

  const nameError = (missing && !d.nameTh.trim() ? t('text.required', { label: t('series.nameTh') }) : null) ?? fieldErrorOf(card.error, 'nameTh');
  return (
    <form className="card series-card" onSubmit={submit} noValidate aria-labelledby="series-details-title">
      <h2 id="series-details-title" tabIndex={-1}>{t('seriesPage.details')}</h2>
      <FormError ref={card.errorRef} message={card.error ? errorMessage(card.error) : null} />
      {card.notice}
      <TextField id="series-details-name-th" label={t('series.nameTh')} required value={d.nameTh} onChange={(v) => set('nameTh', v)} error={nameError} maxLength={300} className="field--wide" />
      <div className="row">
        <TextField id="series-details-short" label={t('series.shortName')} hint={t('series.shortNameHint')} value={d.shortName} onChange={(v) => set('shortName', v)} maxLength={120} className="field--grow" />
        <TextField id="series-details-name-en" label={t('series.nameEn')} value={d.nameEn} onChange={(v) => set('nameEn', v)} lang="en" maxLength={300} className="field--grow" />
      </div>
      <RadioGroup
        name="series-details-numbering"
        legend={t('series.numbering')}
        value={d.numbering}
        onChange={(v) => set('numbering', v as Details['numbering'])}
        options={numberings.map((v) => ({ value: v, label: t(`series.numbering.${v}`) }))}
      />
      <RadioGroup
        name="series-details-recording"
        legend={t('recording.legend')}
        value={d.recordingStyle}
        onChange={(v) => set('recordingStyle', v as Details['recordingStyle'])}
        options={styles.map((v) => ({ value: v, label: t(`recording.${v}`) }))}
        className="radio-group--stack"
      />
      <SaveBar busy={card.busy} dirty={card.dirty} justSaved={card.justSaved} onRevert={() => { setMissing(false); card.revert(); }} />
    </form>
  );
}
