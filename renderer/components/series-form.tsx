import { useRef, useState } from 'react';
import { errorMessage } from '../api/client';
import { useT } from '../i18n';
import { fieldErrorOf } from '../lib/errors';
import { useAppStores } from '../state/app-context';
import { useDirtyFlag } from '../state/dirty';
import type { Series } from '../state/types';
import { FormError } from './form-error';
import { RadioGroup, TextField } from './fields';

type Numbering = 'per_year' | 'running';

/** A new meeting series: its Thai name (required), short and English names, and how meetings are numbered. */
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
  useDirtyFlag('series-form', nameTh.trim() !== '' || shortName.trim() !== '' || nameEn.trim() !== '');

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!nameTh.trim()) {
      setMissing(true);
      document.getElementById('series-name-th')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await stores.series.getState().create({ nameTh: nameTh.trim(), shortName: shortName.trim(), nameEn: nameEn.trim(), numbering });
      setNameTh('');
      setShortName('');
      setNameEn('');
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
