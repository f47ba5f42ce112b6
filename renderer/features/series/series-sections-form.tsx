import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import { FormError } from '../../ui/form-error';
import { SaveBar } from '../../ui/save-bar';
import { useT } from '../../i18n';
import { focusLater } from '../../lib/errors';
import { useAppStores, useSeries } from '../../state/app-context';
import type { Series } from '../../state/types';
import { SectionsEditor } from './sections-editor';
import { type DraftSection, draftOf, sameSections, sectionsInput } from './sections-draft';
import { useCardDraft } from './use-card-draft';

/** The series' own sections, saved as one ordered list; the core's refusal (items filed under a section) shows here. */
export function SeriesSectionsForm({ series }: { series: Series }) {
  const t = useT();
  const stores = useAppStores();
  const templates = useSeries((s) => s.templates);
  const saved = useMemo(() => draftOf(series.sections), [series.sections]);
  const card = useCardDraft<DraftSection[]>({
    key: 'series-sections',
    series,
    pick: (s) => draftOf(s.sections),
    saved,
    same: sameSections,
    save: async (draft, version) => draftOf((await stores.series.getState().update({ id: series.id, version, sections: sectionsInput(draft) })).sections),
  });
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    // An empty heading is pointed at on its row; nothing is sent until every section has one.
    const empty = card.draft.map((s, i) => [s, i] as const).filter(([s]) => !s.titleTh.trim());
    setErrors(new Map(empty.map(([s, i]) => [s.key, t('sections.headingRequired', { number: i + 1 })])));
    if (empty.length) {
      focusLater(`series-sections-${empty[0][0].key}-title`);
      return;
    }
    await card.submit();
  }

  return (
    <form className="card series-card" onSubmit={submit} noValidate aria-labelledby="series-sections-title">
      <h2 id="series-sections-title" tabIndex={-1}>{t('sections.title')}</h2>
      <p>{t('sections.intro')}</p>
      <FormError ref={card.errorRef} message={card.error ? errorMessage(card.error) : null} />
      {card.notice}
      <SectionsEditor
        idPrefix="series-sections"
        sections={card.draft}
        templates={templates}
        errors={errors}
        onChange={(next) => {
          setErrors(new Map());
          card.update(next);
        }}
      />
      <SaveBar
        busy={card.busy}
        dirty={card.dirty}
        justSaved={card.justSaved}
        onRevert={() => {
          setErrors(new Map());
          card.revert();
        }}
      />
    </form>
  );
}
