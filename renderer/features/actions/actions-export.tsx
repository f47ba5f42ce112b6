import { useState } from 'react';
import { useT } from '../../i18n/index';
import { confirmingTopSecret } from '../../lib/top-secret';
import { useFileExport } from '../../lib/use-file-export';
import { useApi } from '../../state/app-context';
import { queryOf, useActions } from './actions-store';
import { FormError } from '../../ui/form-error';
import { useTopSecretConfirm } from '../../ui/top-secret-confirm';

const formats = ['xlsx', 'csv', 'docx', 'pdf'] as const;
type Format = (typeof formats)[number];

/** The action tracker of the current filter: Excel for officers, Word and PDF for executives. */
export function ActionsExport() {
  const t = useT();
  const client = useApi();
  const filters = useActions((s) => s.filters);
  const [format, setFormat] = useState<Format>('xlsx');
  const exporting = useFileExport<'tracker'>();
  const busy = exporting.busy !== null;
  const { done, error } = exporting;
  const topSecret = useTopSecretConfirm();
  // A tracker holding a directive of a ลับที่สุด item is exported only after a second yes.
  const run = () => exporting.run('tracker', () => confirmingTopSecret(
    (confirmTopSecret) => client.call('reports.actions', { format, ...queryOf(filters), ...(confirmTopSecret ? { confirmTopSecret } : {}) }),
    () => topSecret.ask(t('tracker.title')),
  ));

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
      {topSecret.dialog}
    </fieldset>
  );
}
