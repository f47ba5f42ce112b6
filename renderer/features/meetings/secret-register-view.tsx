import { useState } from 'react';
import { secrecyLabels } from '../../../shared/schemas/document-settings';
import type { RegisterEntry } from '../../../shared/schemas/secrets';
import { localIsoDate } from '../../../shared/local-time';
import { errorMessage } from '../../api/client';
import { formatDateShort, useLang, useT } from '../../i18n/index';
import { deliverFile } from '../../lib/download';
import { useApi } from '../../state/app-context';
import { FormError } from '../../ui/form-error';

/**
 * The meeting's rows of the register of secret documents (ทะเบียนหนังสือลับ), read when opened, and the
 * register printed as PDF or DOCX. In the export dialog: where secret copies are made, they are checked.
 */
export function SecretRegisterView({ meetingId }: { meetingId: string }) {
  const t = useT();
  const lang = useLang();
  const client = useApi();
  const [entries, setEntries] = useState<RegisterEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function load() {
    setError(null);
    try {
      setEntries(await client.call('secrets.register', { meetingId }));
    } catch (e) {
      setError(e);
    }
  }
  async function print(format: 'pdf' | 'docx') {
    setError(null);
    try {
      deliverFile(await client.call('secrets.printRegister', { meetingId, format }));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <details className="subform" onToggle={(e) => (e.currentTarget.open ? void load() : undefined)}>
      <summary>{t('secrecy.register.show')}</summary>
      {error ? <FormError message={errorMessage(error)} /> : null}
      {entries === null ? null : entries.length === 0 ? (
        <p className="muted">{t('secrecy.register.empty')}</p>
      ) : (
        <table className="table" aria-label={t('secrecy.register.title')}>
          <thead>
            <tr>
              <th scope="col">{t('secrecy.register.at')}</th>
              <th scope="col">{t('secrecy.register.document')}</th>
              <th scope="col">{t('secrecy.register.class')}</th>
              <th scope="col">{t('secrecy.register.copy')}</th>
              <th scope="col">{t('secrecy.register.to')}</th>
              <th scope="col">{t('secrecy.register.by')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid="register-row">
                <td>{formatDateShort(lang, localIsoDate(e.at))}</td>
                <td>{e.fileName}</td>
                <td>{secrecyLabels[e.secrecy]}</td>
                <td>{e.copyNo === null ? '-' : `${e.copyNo}/${e.copyCount ?? '-'}`}</td>
                <td>{e.recipient ?? '-'}</td>
                <td>{e.actor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        {(['pdf', 'docx'] as const).map((format) => (
          <button key={format} type="button" className="button button--small" onClick={() => void print(format)}>
            {t('secrecy.register.print', { format: format.toUpperCase() })}
          </button>
        ))}
      </div>
    </details>
  );
}
