import { useState } from 'react';
import { errorMessage } from '../api/client';
import { useT } from '../i18n';
import { deliverFile } from '../lib/download';
import { useApi } from '../state/app-context';
import { FormError } from './form-error';

type Format = 'docx' | 'pdf';

/** The policy status report (each policy's stage, last movement, questions, milestones, indicators). */
export function PolicyReportExport() {
  const t = useT();
  const client = useApi();
  const [busy, setBusy] = useState<Format | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(format: Format) {
    if (busy) return;
    setBusy(format);
    setError(null);
    setDone(null);
    try {
      const file = await client.call('reports.policies', { format });
      deliverFile(file);
      setDone(t('export.done', { fileName: file.fileName }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <fieldset className="report-export">
      <legend className="report-export__label">{t('policies.report')}</legend>
      {(['docx', 'pdf'] as const).map((f) => (
        <button key={f} type="button" className="button button--small" aria-disabled={busy !== null || undefined} onClick={() => void run(f)}>
          {busy === f ? t('export.busy') : t(`policies.report.${f}`)}
        </button>
      ))}
      <span className="save-state" role="status">
        {done}
      </span>
      <FormError title={t('export.failed')} message={error} />
    </fieldset>
  );
}
