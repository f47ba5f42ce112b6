import { localIsoDate } from '../../../shared/local-time';
import type { ItemRef } from '../../../shared/schemas/policies';
import { formatDateShort, useLang, useT } from '../../i18n/index';
import { paths } from '../../router';

/** Today as ISO (the computer's own calendar day, which is what an officer means by today). */
export const todayIso = (now = new Date()): string => localIsoDate(now.toISOString());

/** `ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1`, linking to that meeting. */
export function ItemRefLink({ at, withSubject }: { at: ItemRef; withSubject?: boolean }) {
  const t = useT();
  return (
    <>
      <a href={paths.meeting(at.meetingId)}>{t('policy.itemRef', { meeting: at.meetingNumber, item: at.itemNumber })}</a>
      {withSubject ? <span className="muted"> {at.subject}</span> : null}
    </>
  );
}

/** A date in the Buddhist era, or a quiet dash. */
export function DateText({ iso }: { iso: string | null | undefined }) {
  const lang = useLang();
  return iso ? <span className="nowrap">{formatDateShort(lang, iso)}</span> : <span className="muted">—</span>;
}

/** Numbers as officers write them: 79,610. */
export { formatNumber } from '../../i18n/index';
