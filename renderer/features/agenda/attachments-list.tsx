import { useRef, useState } from 'react';
import type { Attachment } from '../../../shared/schemas/attachments';
import { errorMessage } from '../../api/client';
import { useLang, useT } from '../../i18n/index';
import { deliverFile } from '../../lib/download';
import { focusLater } from '../../lib/errors';
import { confirmingTopSecret } from '../../lib/top-secret';
import { useAppStores } from '../../state/app-context';
import type { AgendaItem } from '../../state/types';
import { PaperclipIcon } from '../../ui/icons';
import { formatSize, readAsBase64, shortHash, tooLarge } from './attachments-files';
import { FormError } from '../../ui/form-error';
import { useTopSecretConfirm } from '../../ui/top-secret-confirm';

/**
 * An item's files, kept by the app under their SHA-256. Opening asks the desktop to show the file
 * with the system viewer; where it cannot (browser mode), the file is downloaded instead.
 */
export function AttachmentsList({ item, files, readOnly }: { item: AgendaItem; files: readonly Attachment[]; readOnly: boolean }) {
  const t = useT();
  const lang = useLang();
  const stores = useAppStores();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const topSecret = useTopSecretConfirm();
  if (files.length === 0) return null;

  async function open(file: Attachment) {
    setError(null);
    setStatus('');
    try {
      // A ลับที่สุด file (its own class, its item's or its meeting's) is opened or downloaded only after a
      // second yes, asked once for both.
      let confirmed = false;
      const { opened } = await confirmingTopSecret(
        (confirmTopSecret) => {
          confirmed = confirmTopSecret;
          return stores.client.call('attachments.open', { id: file.id, ...(confirmTopSecret ? { confirmTopSecret } : {}) });
        },
        () => topSecret.ask(file.fileName),
      );
      if (opened) {
        setStatus(t('attachments.opened', { name: file.fileName }));
        return;
      }
      deliverFile(await stores.client.call('attachments.get', { id: file.id, ...(confirmed ? { confirmTopSecret: true } : {}) }));
      setStatus(t('attachments.downloaded', { name: file.fileName }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function remove(file: Attachment) {
    setBusy(true);
    setError(null);
    try {
      await stores.meeting.getState().removeAttachment(file.id);
      setConfirming(null);
      setStatus(t('attachments.removed', { name: file.fileName }));
      focusLater(`agenda-${item.id}-attach`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="attachments">
      <p className="attachments__title" id={`agenda-${item.id}-files`}>
        {t('attachments.title')}
      </p>
      <ul className="attachments__list" aria-labelledby={`agenda-${item.id}-files`} data-testid="attachments">
        {files.map((f) => (
          <li key={f.id} className="attachments__file" data-testid="attachment">
            <button type="button" className="button button--link attachments__open" id={`attachment-${f.id}-open`} onClick={() => void open(f)} aria-label={t('attachments.open', { name: f.fileName })}>
              <PaperclipIcon /> {f.fileName}
            </button>
            <span className="attachments__meta">
              {formatSize(lang, f.size)} · <abbr title={t('attachments.hashTitle', { hash: f.sha256 })}>{t('attachments.hash', { hash: shortHash(f.sha256) })}</abbr>
            </span>
            {readOnly ? null : confirming === f.id ? (
              <>
                <button type="button" className="button button--small button--danger" id={`attachment-${f.id}-confirm`} disabled={busy} onClick={() => void remove(f)}>
                  {t('attachments.confirmRemove')}
                </button>
                <button type="button" className="button button--small" onClick={() => { setConfirming(null); focusLater(`attachment-${f.id}-remove`); }}>
                  {t('common.cancel')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--small button--quiet-danger"
                id={`attachment-${f.id}-remove`}
                onClick={() => { setConfirming(f.id); focusLater(`attachment-${f.id}-confirm`); }}
                aria-label={t('attachments.removeLabel', { name: f.fileName })}
              >
                {t('attachments.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="attachments__status" role="status">
        {status}
      </p>
      <FormError message={error} />
      {topSecret.dialog}
    </div>
  );
}

/** "แนบไฟล์": a file input (several files at once); each is checked against 50 MB before anything is sent. */
export function AttachmentAdd({ item }: { item: AgendaItem }) {
  const t = useT();
  const lang = useLang();
  const stores = useAppStores();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const id = `agenda-${item.id}-attach`;

  async function add(list: FileList | null) {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setBusy(true);
    setErrors([]);
    const problems: string[] = [];
    const added: string[] = [];
    for (const file of files) {
      if (tooLarge(file)) {
        problems.push(t('attachments.tooLarge', { name: file.name, size: formatSize(lang, file.size) }));
        continue;
      }
      let base64: string;
      try {
        setStatus(t('attachments.reading', { name: file.name }));
        base64 = await readAsBase64(file);
      } catch (e) {
        // The browser's reason is in English and technical: the officer gets Thai, the log the detail.
        console.warn('[lekha] reading an attachment failed', e);
        problems.push(t('attachments.readFailed', { name: file.name }));
        continue;
      }
      try {
        setStatus(t('attachments.sending', { name: file.name }));
        await stores.meeting.getState().addAttachment({
          agendaItemId: item.id, fileName: file.name, mediaType: file.type || 'application/octet-stream', base64,
        });
        added.push(file.name);
      } catch (e) {
        problems.push(`${file.name}: ${errorMessage(e)}`);
      }
    }
    setStatus(added.length ? t('attachments.added', { name: added.join(', ') }) : '');
    setErrors(problems);
    setBusy(false);
    // The same file may be chosen again after a refusal.
    if (input.current) input.current.value = '';
  }

  return (
    <div className="attachment-add">
      <label className={`button button--small attachment-add__pick${busy ? ' attachment-add__pick--busy' : ''}`} htmlFor={id}>
        <PaperclipIcon /> {t('attachments.add')}
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        className="visually-hidden"
        disabled={busy}
        aria-label={t('attachments.addTo', { number: item.number })}
        aria-describedby={`${id}-hint`}
        onChange={(e) => void add(e.target.files)}
      />
      <span className="field__hint" id={`${id}-hint`}>
        {t('attachments.limit')}
      </span>
      <span className="attachment-add__status" role="status">
        {status}
      </span>
      {errors.length ? <FormError message={errors.join(' · ')} /> : null}
    </div>
  );
}
