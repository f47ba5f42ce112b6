import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import { useT } from '../i18n/index';

/**
 * Who saved a record after this screen loaded it, learnt from the change events (another window, another
 * officer on the server): null while the copy being edited is still the latest one the screen has heard of.
 */
export function useNewerSave(client: ApiClient, entity: string, id: string | undefined, loadedVersion: number | undefined): { by: string | null } | null {
  const [newer, setNewer] = useState<{ by: string | null; version: number } | null>(null);
  useEffect(() => {
    setNewer(null);
    if (!id || loadedVersion === undefined) return;
    return client.on((event) => {
      if (event.type !== 'changed' || event.entity !== entity || event.id !== id) return;
      if (typeof event.version === 'number' && event.version > loadedVersion) setNewer({ by: event.by ?? null, version: event.version });
    });
  }, [client, entity, id, loadedVersion]);
  return newer;
}

/** "มีฉบับใหม่กว่า": the record was saved by someone else while this form was open; the form keeps what was typed. */
export function NewerCopyNotice({ by, onOpen }: { by: string | null; onOpen(): void }) {
  const t = useT();
  return (
    <div className="newer-copy" role="status">
      <span>{by ? t('versions.newer', { by }) : t('versions.newerUnknown')}</span>{' '}
      <button type="button" className="button" onClick={onOpen}>
        {t('versions.openLatest')}
      </button>
    </div>
  );
}

/** What the officer typed before opening the newer copy, read-only to copy from, so nothing typed is lost. */
export function UnsavedText({ entries }: { entries: { label: string; text: string }[] }) {
  const t = useT();
  if (entries.length === 0) return null;
  return (
    <section className="unsaved-text" aria-label={t('versions.yourText')}>
      <p className="unsaved-text__title">{t('versions.yourText')}</p>
      {entries.map((e) => (
        <div key={e.label} className="field field--wide">
          <span className="field__label">{e.label}</span>
          <textarea readOnly aria-label={t('versions.typedField', { label: e.label })} value={e.text} rows={Math.min(6, Math.max(2, e.text.split('\n').length))} />
        </div>
      ))}
    </section>
  );
}
