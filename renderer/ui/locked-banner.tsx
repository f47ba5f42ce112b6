import { useT } from '../i18n/index';
import { LockIcon } from './icons';
import { useMeeting } from '../state/app-context';
import type { LockedArea } from '../state/meeting-store';

/**
 * Certified minutes are read-only (the core refuses changes with LOCKED): said once, plainly, above
 * the attendance and the agenda, with the core's own words when it has just refused a change here.
 */
export function LockedBanner({ area }: { area: LockedArea }) {
  const t = useT();
  const locked = useMeeting((s) => (s.locked?.area === area ? s.locked.message : null));
  return (
    <div className="locked-banner" data-testid={`locked-${area}`}>
      <span className="locked-banner__icon">
        <LockIcon />
      </span>
      <div>
        <p className="locked-banner__title">{t('locked.banner')}</p>
        <p className="locked-banner__detail">{t('locked.detail')}</p>
        {locked ? (
          <p className="locked-banner__refusal" role="alert">
            {locked}
          </p>
        ) : null}
      </div>
    </div>
  );
}
