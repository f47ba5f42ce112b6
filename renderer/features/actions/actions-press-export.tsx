import { useT } from '../../i18n/index';
import { useFileExport } from '../../lib/use-file-export';
import { useApi } from '../../state/app-context';
import { FormError } from '../../ui/form-error';

type Format = 'docx' | 'txt';

/** A press-release draft of one meeting (ข่าวประชาสัมพันธ์), for the officer to edit. */
export function ActionsPressExport({ meetingId, meetingLabel }: { meetingId: string; meetingLabel: string }) {
  const t = useT();
  const client = useApi();
  const { busy, done, error, run: download } = useFileExport<Format>();
  const run = (format: Format) => download(format, () => client.call('reports.press', { meetingId, format }));

  return (
    <fieldset className="report-export">
      <legend className="report-export__label">{t('press.title', { meeting: meetingLabel })}</legend>
      {(['docx', 'txt'] as const).map((f) => (
        <button key={f} type="button" className="button button--small" aria-disabled={busy !== null || undefined} onClick={() => void run(f)}>
          {busy === f ? t('export.busy') : t(`press.${f}`)}
        </button>
      ))}
      <span className="save-state" role="status">
        {done}
      </span>
      <FormError title={t('export.failed')} message={error} />
    </fieldset>
  );
}
