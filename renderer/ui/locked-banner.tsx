import { useT } from '../i18n/index';
import { LockIcon } from './icons';
import { useMeeting } from '../state/app-context';
import type { LockedArea } from '../state/meeting-store';

/**
 * Certified minutes are read-only (the core refuses changes with LOCKED): said once, plainly, above
 * the attendance and the agenda, with the core's own words when it has just refused a change here. A
 * reader in team mode sees the same areas read-only for another reason, and is told that one.
 */
export function LockedBanner({ area, reader = false }: { area: LockedArea; /** Read-only because the officer's role may only read. */ reader?: boolean }) {
  const t = useT();
  const locked = useMeeting((s) => (s.locked?.area === area ? s.locked.message : null));
  return (
    <div className="locked-banner" data-testid={`locked-${area}`}>
      <span className="locked-banner__icon">
        <LockIcon />
      </span>
      <div>
        <p className="locked-banner__title">{t(reader ? 'locked.readerBanner' : 'locked.banner')}</p>
        <p className="locked-banner__detail">{t(reader ? 'locked.readerDetail' : 'locked.detail')}</p>
        {locked ? (
          <p className="locked-banner__refusal" role="alert">
            {locked}
          </p>
        ) : null}
      </div>
    </div>
  );
}
