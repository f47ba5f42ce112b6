import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import { useT } from '../i18n/index';

/**
 * The latest save of a record the change events announced while this screen was open (another window,
 * another officer on the server, or this screen's own save): its version and who made it. Whether it is
 * newer than the copy being edited is decided where it is shown (useVersionGuard), against the version
 * the form is at in that same render: judged when the event came, a screen's own save announced a moment
 * before its answer arrived flashed "มีฉบับใหม่กว่า" naming the officer herself.
 */
export function useNewerSave(client: ApiClient, entity: string, id: string | undefined): { by: string | null; version: number } | null {
  const [heard, setHeard] = useState<{ by: string | null; version: number } | null>(null);
  useEffect(() => {
    setHeard(null);
    if (!id) return;
    return client.on((event) => {
      if (event.type !== 'changed' || event.entity !== entity || event.id !== id || typeof event.version !== 'number') return;
      const version = event.version;
      setHeard((h) => (h && h.version >= version ? h : { by: event.by ?? null, version }));
    });
  }, [client, entity, id]);
  return heard;
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
