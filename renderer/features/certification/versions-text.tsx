import { useEffect, useState } from 'react';
import type { Result } from '../../../shared/contract';
import { errorMessage } from '../../api/client';
import { useT } from '../../i18n/index';
import { useAppStores } from '../../state/app-context';
import { FormError } from '../../ui/form-error';

/** One stored version as it was printed: a paragraph per line. */
export function VersionText({ meetingId, version }: { meetingId: string; version: number }) {
  const t = useT();
  const stores = useAppStores();
  const [value, setValue] = useState<Result<'minutes.version'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setValue(null);
    setError(null);
    stores.client.call('minutes.version', { meetingId, version }).then(
      (v) => live && setValue(v),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [stores, meetingId, version]);
  if (error) return <FormError message={error} title={t('error.load')} />;
  if (!value) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section className="version-text" aria-labelledby={`version-${version}-title`} data-testid="version-text">
      <h3 id={`version-${version}-title`}>
        {t('versions.viewTitle', { version: value.version, status: t(`minutes.${value.status}`) })}
      </h3>
      <div className="paper">
        {value.text.map((line, i) =>
          line.trim() ? (
            // Paragraphs have no identity of their own; their place is their identity here.
            // biome-ignore lint/suspicious/noArrayIndexKey: see the comment above
            <p key={i}>{line}</p>
          ) : null,
        )}
      </div>
    </section>
  );
}
