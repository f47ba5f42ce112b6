import { useEffect, useRef, useState } from 'react';
import { type DocumentSettingsPatch, defaultDocumentSettings } from '../../../shared/schemas/document-settings';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { deliverFile } from '../../lib/download';
import { type ExportArgs, exportDocument, type Progress } from '../../lib/export-document';
import { meetingNumber } from '../../lib/labels';
import { paths } from '../../router';
import { useAppStores, useMeeting, useSeries } from '../../state/app-context';
import type { MeetingDetail } from '../../state/types';
import { DocumentSettingsFields, pruneOverrides } from './document-settings-fields';
import { SecretRegisterView } from './secret-register-view';
import { type CopiesChoice, copiesArgs, expectedSecrecy, exportCopies, SecretCopiesFields } from './secret-copies';
import { RadioGroup } from '../../ui/fields';
import { FormError } from '../../ui/form-error';
import { useTopSecretConfirm } from '../../ui/top-secret-confirm';

type Kind = ExportArgs['kind'];
/** The meeting's documents, then its official letters (each letter a file: several come as one ZIP). */
const kinds: readonly Kind[] = ['minutes', 'agenda', 'signin', 'book', 'public', 'invitation', 'directives'];
type Format = ExportArgs['format'];
type Run = { phase: 'idle' } | { phase: 'busy'; kind: Kind; progress: Progress | null } | { phase: 'done'; fileName: string; warnings: string[] } | { phase: 'error'; error: unknown };
type Defaults = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved' } | { phase: 'error'; error: unknown };

/**
 * "ส่งออกเอกสาร": the minutes, the agenda, the sign-in sheet, the book or the official letters (the
 * invitations, the letters of directives) as PDF or DOCX, printed with the series' settings or
 * with changes for this export only. The export goes on when the dialog is closed; its file
 * still arrives as a download (a save dialog on the desktop).
 */
export function ExportPanel({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  const stores = useAppStores();
  const series = useSeries((s) => s.series.find((x) => x.id === meeting.seriesId));
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<Kind>('minutes');
  const [format, setFormat] = useState<Format>('pdf');
  const [rawOverrides, setOverrides] = useState<DocumentSettingsPatch>({});
  const [run, setRun] = useState<Run>({ phase: 'idle' });
  const [defaults, setDefaults] = useState<Defaults>({ phase: 'idle' });
  const base = series?.documentSettings ?? defaultDocumentSettings;
  // The series may change meanwhile (saved here, or elsewhere): a choice equal to it is no change.
  const overrides = pruneOverrides(base, rawOverrides);
  const changes = Object.keys(overrides).length;
  const busy = run.phase === 'busy';
  const files = useMeeting((s) => s.attachments);
  const [copies, setCopies] = useState<CopiesChoice>({ copies: '1', recipients: '' });
  const secrecy = expectedSecrecy(kind, meeting, files, overrides.secrecy ?? base.secrecy);
  // A secret document leaves only as numbered copies, each in the register (issue 14); the sign-in sheet holds no item.
  const numbered = secrecy !== 'none' && kind !== 'signin';
  const topSecret = useTopSecretConfirm();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('input[name="export-kind"]:checked')?.focus();
  }, [open]);

  // A refusal takes the focus once it is on screen, so it is read out and the officer starts from it.
  useEffect(() => {
    if (run.phase === 'error' && open) errorRef.current?.focus();
  }, [run, open]);

  function close() {
    dialogRef.current?.close();
  }
  function onClosed() {
    setOpen(false);
    openerRef.current?.focus();
  }

  /** A new choice makes the last result (a done note or a refusal) old news. */
  function choose(apply: () => void) {
    apply();
    if (run.phase !== 'busy') setRun({ phase: 'idle' });
  }
  function changeSettings(next: DocumentSettingsPatch) {
    choose(() => setOverrides(next));
    if (defaults.phase !== 'saving') setDefaults({ phase: 'idle' });
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (busy) return;
    const settings = changes ? { settings: overrides } : {};
    // A ลับที่สุด document is asked about a second time; the core refuses it without that answer.
    const confirmTopSecret = secrecy === 'top_secret';
    if (confirmTopSecret && !(await topSecret.ask(`${t(`export.kind.${kind}`)} ${t('meeting.number', { number: meetingNumber(meeting) })}`))) return;
    const confirm = confirmTopSecret ? { confirmTopSecret } : {};
    const args: ExportArgs =
      kind === 'book'
        ? { meetingId: meeting.id, kind, format: 'pdf', ...confirm, ...settings }
        : kind === 'invitation' || kind === 'directives'
          ? { meetingId: meeting.id, kind, format, ...confirm, ...settings, zipName: `${t(`export.kind.${kind}`)} ${t('meeting.number', { number: meetingNumber(meeting) })}`.replace('/', '-') }
          : kind === 'public'
            ? { meetingId: meeting.id, kind, format, ...settings } // never holds a secret item
            : { meetingId: meeting.id, kind, format, ...confirm, ...settings };
    setRun({ phase: 'busy', kind, progress: null });
    try {
      if (numbered && (args.kind === 'minutes' || args.kind === 'agenda' || args.kind === 'book')) {
        const made = await exportCopies(stores.client, copiesArgs({ ...args, kind: args.kind }, copies, confirmTopSecret));
        setRun({ phase: 'done', fileName: made.files.map((f) => f.fileName).join(', '), warnings: made.warnings });
        return;
      }
      const file = await exportDocument(stores.client, args, (progress) => setRun({ phase: 'busy', kind, progress }));
      deliverFile(file);
      setRun({ phase: 'done', fileName: file.fileName, warnings: file.warnings ?? [] });
    } catch (err) {
      setRun({ phase: 'error', error: err });
    }
  }

  async function saveDefaults() {
    if (!series || !changes) return;
    setDefaults({ phase: 'saving' });
    try {
      await stores.series.getState().update({ id: series.id, version: series.version, documentSettings: overrides });
      setOverrides({});
      setDefaults({ phase: 'saved' });
    } catch (err) {
      setDefaults({ phase: 'error', error: err });
    }
  }

  // While busy, the document being made, whatever is chosen meanwhile.
  const kindLabel = t(`export.kind.${run.phase === 'busy' ? run.kind : kind}`);
  const settingsError = defaults.phase === 'error' ? defaults.error : run.phase === 'error' ? run.error : null;
  return (
    <>
      <div className="export-opener">
        <button type="button" ref={openerRef} className="button button--primary" onClick={() => setOpen(true)} aria-haspopup="dialog">
          {t('export.open')}
        </button>
        {busy && !open ? <span className="muted" role="status">{t('export.making', { document: kindLabel })}</span> : null}
      </div>
      {/* An export that failed after the dialog was closed must still be seen. */}
      {run.phase === 'error' && !open ? <FormError title={t('export.failed')} message={errorMessage(run.error)} /> : null}
      <dialog ref={dialogRef} className="dialog export-dialog" aria-labelledby="export-title" onClose={onClosed}>
        <form className="dialog__body" onSubmit={submit} noValidate aria-labelledby="export-title">
          <header className="dialog__head">
            <h2 id="export-title">{t('export.title')}</h2>
            <p className="muted">{[series?.nameTh, t('meeting.number', { number: meetingNumber(meeting) })].filter(Boolean).join(' ')}</p>
          </header>
          {/* The choices scroll; the head and the buttons stay in view on a short screen (E23, 1366×768). */}
          <div className="dialog__scroll export-dialog__columns" data-testid="dialog-scroll">
            {/* Two columns, what to export beside how it is printed: at 1366×768 the whole form is in view as it opens. */}
            <div className="export-dialog__what">
            <div className="row">
              <RadioGroup
                name="export-kind"
                legend={t('export.document')}
                value={kind}
                onChange={(v) => choose(() => setKind(v as Kind))}
                options={kinds.map((k) => ({ value: k, label: t(`export.kind.${k}`) }))}
                className="radio-group--stack"
              />
              <RadioGroup
                name="export-format"
                legend={t('export.format')}
                value={kind === 'book' ? 'pdf' : format}
                onChange={(v) => choose(() => setFormat(v as Format))}
                // The book merges attachments' own pages: a PDF only.
                options={(kind === 'book' ? (['pdf'] as const) : (['pdf', 'docx'] as const)).map((f) => ({ value: f, label: t(`export.format.${f}`) }))}
                className="radio-group--stack"
              />
            </div>
            {kind === 'invitation' || kind === 'directives' ? (
              <p className="field__hint" data-testid="letters-note">
                {t('export.lettersNote')} <a href={paths.series(meeting.seriesId)}>{t('export.lettersSettings')}</a>
              </p>
            ) : null}
            {numbered ? <SecretCopiesFields secrecy={secrecy} value={copies} onChange={(next) => choose(() => setCopies(next))} /> : null}
            <SecretRegisterView meetingId={meeting.id} />
            </div>
            <section className="subform export-dialog__how" aria-labelledby="export-settings-title">
              <h3 id="export-settings-title" className="subform__title">
                {t('export.settings')}
              </h3>
              <p className="field__hint">{t('export.settingsNote')}</p>
              <DocumentSettingsFields base={base} overrides={rawOverrides} onChange={changeSettings} meetingSecrecy={meeting.secrecy} error={settingsError} />
              {defaults.phase === 'error' ? <FormError message={errorMessage(defaults.error)} /> : null}
              <div className="actions">
                <button type="button" className="button button--small" onClick={() => void saveDefaults()} disabled={!series || !changes || defaults.phase === 'saving'}>
                  {defaults.phase === 'saving' ? t('common.saving') : t('export.saveDefaults')}
                </button>
                <button type="button" className="button button--small" onClick={() => changeSettings({})} disabled={!changes}>
                  {t('export.resetDefaults')}
                </button>
                <span className={`save-state${changes ? ' save-state--dirty' : ''}`} role="status">
                  {changes ? t('export.changes', { count: changes }) : defaults.phase === 'saved' ? t('export.savedDefaults') : ''}
                </span>
              </div>
            </section>
          </div>
          <div className="dialog__foot">
            {run.phase === 'error' ? <FormError ref={errorRef} title={t('export.failed')} message={errorMessage(run.error)} /> : null}
            <ExportStatus run={run} kindLabel={kindLabel} />
            <div className="actions dialog__actions">
              {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
              <button type="submit" className="button button--primary" aria-disabled={busy || undefined} aria-describedby="export-status">
                {busy ? t('export.busy') : t('export.submit')}
              </button>
              <button type="button" className="button" onClick={close}>
                {t('export.close')}
              </button>
            </div>
          </div>
        </form>
      </dialog>
      {topSecret.dialog}
    </>
  );
}

/** Progress while the core makes the file: a measured bar when it reports, an indeterminate one when it does not. */
function ExportStatus({ run, kindLabel }: { run: Run; kindLabel: string }) {
  const t = useT();
  const progress = run.phase === 'busy' ? run.progress : null;
  const percent = progress ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  return (
    <div className="export-status">
      {run.phase === 'busy' ? (
        <div className="export-status__bar">
          <progress aria-label={t('export.progressLabel')} max={100} value={percent ?? undefined} />
          {percent !== null ? <span aria-hidden="true">{t('export.percent', { percent })}</span> : null}
        </div>
      ) : null}
      <p id="export-status" role="status" className={run.phase === 'done' ? 'save-state' : 'muted'}>
        {run.phase === 'busy' ? t('export.making', { document: kindLabel }) : run.phase === 'done' ? t('export.done', { fileName: run.fileName }) : ''}
      </p>
      {run.phase === 'done' && run.warnings.length ? <p className="notice" role="alert">{run.warnings.join(' ')}</p> : null}
    </div>
  );
}
