import { quorum } from '../../shared/quorum';
import { useT } from '../i18n';
import type { Attendance } from '../state/types';

/**
 * `องค์ประชุม 5/8 คน (ครบองค์ประชุม)`: members present (a substitute counts for the member, on site or
 * electronically) over members, by the rule in shared/quorum.ts. Announced politely as it changes.
 */
export function QuorumFigure({ attendance }: { attendance: readonly Attendance[] }) {
  const t = useT();
  const q = quorum(attendance);
  const onsite = attendance.filter((a) => (a.role === 'member' || a.role === 'substitute') && a.presence === 'onsite').length;
  return (
    <div className={`quorum${q.members === 0 ? '' : q.reached ? ' quorum--reached' : ' quorum--short'}`} data-testid="quorum">
      <p className="quorum__figure" role="status" aria-describedby="quorum-rule">
        {q.members === 0
          ? t('quorum.noMembers')
          : t('quorum.figure', { present: q.present, members: q.members, state: t(q.reached ? 'quorum.reached' : 'quorum.notReached') })}
      </p>
      {q.present > 0 ? (
        <p className="quorum__breakdown">{t('quorum.breakdown', { onsite, electronic: q.present - onsite })}</p>
      ) : null}
      {q.unconfirmed > 0 ? <p className="quorum__breakdown">{t('quorum.unconfirmed', { count: q.unconfirmed })}</p> : null}
      <p className="quorum__rule" id="quorum-rule">
        {t('quorum.rule')}
      </p>
    </div>
  );
}
