import { useState } from 'react';
import { errorMessage } from '../api/client';
import { useT } from '../i18n';
import { deliverFile } from '../lib/download';
import { useApi } from '../state/app-context';
import { queryOf, useActions } from '../state/actions-store';
import { FormError } from './form-error';

const formats = ['xlsx', 'csv', 'docx', 'pdf'] as const;
type Format = (typeof formats)[number];

/** The action tracker of the current filter: Excel for officers, Word and PDF for executives. */
export function ActionsExport() {
  const t = useT();
  const client = useApi();
  const filters = useActions((s) => s.filters);
  const [format, setFormat] = useState<Format>('xlsx');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    if (busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const file = await client.call('reports.actions', { format, ...queryOf(filters) });
      deliverFile(file);
      setDone(t('export.done', { fileName: file.fileName }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="report-export">
      <legend className="report-export__label">{t('tracker.export')}</legend>
      <label htmlFor="tracker-export-format" className="visually-hidden">
        {t('tracker.exportFormat')}
      </label>
      <select id="tracker-export-format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
        {formats.map((f) => (
          <option key={f} value={f}>
            {t(`tracker.format.${f}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small button--primary" aria-disabled={busy || undefined} onClick={() => void run()}>
        {busy ? t('export.busy') : t('tracker.exportSubmit')}
      </button>
      <span className="save-state" role="status">
        {done}
      </span>
      <FormError title={t('export.failed')} message={error} />
    </fieldset>
  );
}
