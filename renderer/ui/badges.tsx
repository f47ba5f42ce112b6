import type { MeetingSummary } from '../state/types';
import { useT } from '../i18n/index';

export function StatusBadge({ status }: { status: MeetingSummary['status'] }) {
  const t = useT();
  return <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>;
}

/** With `labelled`, says it is about the minutes (where no column heading does). */
export function MinutesBadge({ status, labelled }: { status: MeetingSummary['minutesStatus']; labelled?: boolean }) {
  const t = useT();
  const text = t(`minutes.${status}`);
  return <span className={`badge badge--minutes-${status}`}>{labelled ? t('minutes.label', { status: text }) : text}</span>;
}
