import { useT } from '../../i18n/index';
import { confirmingTopSecret } from '../../lib/top-secret';
import { useFileExport } from '../../lib/use-file-export';
import { useApi } from '../../state/app-context';
import { FormError } from '../../ui/form-error';
import { useTopSecretConfirm } from '../../ui/top-secret-confirm';

type Format = 'docx' | 'pdf';

/** The policy status report (each policy's stage, last movement, questions, milestones, indicators). */
export function PolicyReportExport() {
  const t = useT();
  const client = useApi();
  const { busy, done, error, run: download } = useFileExport<Format>();
  const topSecret = useTopSecretConfirm();
  // A report citing a decision of a ลับที่สุด item is made only after a second yes (issue 14).
  const run = (format: Format) => download(format, () => confirmingTopSecret(
    (confirmTopSecret) => client.call('reports.policies', { format, ...(confirmTopSecret ? { confirmTopSecret } : {}) }),
    () => topSecret.ask(t('policies.report')),
  ));

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
      {topSecret.dialog}
    </fieldset>
  );
}
