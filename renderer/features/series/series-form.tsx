import { useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { SectionsEditor } from './sections-editor';
import { type DraftSection, sameSections, sectionsInput, standardDraft } from './sections-draft';
import { useT } from '../../i18n/index';
import { fieldErrorOf, focusLater } from '../../lib/errors';
import { useAppStores, useSeries } from '../../state/app-context';
import { useDirtyFlag } from '../../state/dirty';
import type { Series } from '../../state/types';
import { FormError } from '../../ui/form-error';
import { RadioGroup, TextField } from '../../ui/fields';
import './series.css';

type Numbering = 'per_year' | 'running';

/**
 * A new meeting series: its Thai name (required), short and English names, how meetings are numbered,
 * and its agenda sections (the six standard ones unless the officer changes them).
 */
export function SeriesForm({ onCreated, onCancel }: { onCreated(series: Series): void; onCancel?: () => void }) {
  const t = useT();
  const stores = useAppStores();
  const [nameTh, setNameTh] = useState('');
  const [shortName, setShortName] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [numbering, setNumbering] = useState<Numbering>('per_year');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const templates = useSeries((s) => s.templates);
  const [sections, setSections] = useState<DraftSection[]>(() => standardDraft(templates));
  const [sectionErrors, setSectionErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const standard = useMemo(() => standardDraft(templates), [templates]);
  const ownSections = !sameSections(sections, standard);
  // The section templates may arrive after the form opens.
  useEffect(() => {
    setSections((current) => (current.length === 0 ? standardDraft(templates) : current));
  }, [templates]);
  useDirtyFlag('series-form', nameTh.trim() !== '' || shortName.trim() !== '' || nameEn.trim() !== '' || ownSections);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!nameTh.trim()) {
      setMissing(true);
      document.getElementById('series-name-th')?.focus();
      return;
    }
    const empty = sections.map((x, i) => [x, i] as const).filter(([x]) => !x.titleTh.trim());
    setSectionErrors(new Map(empty.map(([x, i]) => [x.key, t('sections.headingRequired', { number: i + 1 })])));
    if (empty.length) {
      const details = document.getElementById('series-new-sections-details');
      if (details instanceof HTMLDetailsElement) details.open = true;
      focusLater(`series-new-sections-${empty[0][0].key}-title`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await stores.series.getState().create({
        nameTh: nameTh.trim(),
        shortName: shortName.trim(),
        nameEn: nameEn.trim(),
        numbering,
        // Left out for the standard six, which the core gives a new series anyway.
        ...(ownSections ? { sections: sectionsInput(sections) } : {}),
      });
      setNameTh('');
      setShortName('');
      setNameEn('');
      setSections(standardDraft(templates));
      onCreated(created);
    } catch (err) {
      setError(err);
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const nameError = (missing && !nameTh.trim() ? t('text.required', { label: t('series.nameTh') }) : null) ?? fieldErrorOf(error, 'nameTh');
  return (
    <form className="subform" onSubmit={submit} aria-labelledby="series-form-title" noValidate>
      <h2 id="series-form-title" className="subform__title">
        {t('series.new')}
      </h2>
      <FormError ref={errorRef} message={error ? errorMessage(error) : null} />
      <TextField
        id="series-name-th"
        label={t('series.nameTh')}
        hint={t('series.nameThHint')}
        required
        value={nameTh}
        onChange={setNameTh}
        error={nameError}
        className="field--wide"
      />
      <div className="row">
        <TextField id="series-short-name" label={t('series.shortName')} hint={t('series.shortNameHint')} value={shortName} onChange={setShortName} />
        <TextField id="series-name-en" label={t('series.nameEn')} value={nameEn} onChange={setNameEn} lang="en" />
      </div>
      <RadioGroup
        name="series-numbering"
        legend={t('series.numbering')}
        value={numbering}
        onChange={(v) => setNumbering(v as Numbering)}
        options={(['per_year', 'running'] as const).map((v) => ({ value: v, label: t(`series.numbering.${v}`) }))}
      />
      <details id="series-new-sections-details" className="series-form__sections">
        <summary>
          {t('sections.createChoice', {
            summary: ownSections ? t('sections.createCustom', { count: sections.length }) : t('sections.createStandard'),
          })}
        </summary>
        <SectionsEditor
          idPrefix="series-new-sections"
          sections={sections}
          templates={templates}
          errors={sectionErrors}
          onChange={(next) => {
            setSectionErrors(new Map());
            setSections(next);
          }}
        />
      </details>
      <p className="field__hint">{t('sections.createHint')}</p>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : t('series.create')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
