import { quorum } from '../../../shared/quorum';
import { useT } from '../../i18n/index';
import type { Attendance } from '../../state/types';

/**
 * The quorum as an officer writes it: `ครบองค์ประชุม (มาประชุม 9 จาก 13 คน ต้องการอย่างน้อย 7 คน)`,
 * by the rule in shared/quorum.ts (a substitute counts for the member, on site or electronically;
 * nobody not yet confirmed counts). While some are unconfirmed the line says how many, and a
 * quorum they could still make is "not yet" rather than "not". Announced politely as it changes.
 */
export function QuorumFigure({ attendance }: { attendance: readonly Attendance[] }) {
  const t = useT();
  const q = quorum(attendance);
  const onsite = attendance.filter((a) => (a.role === 'member' || a.role === 'substitute') && a.presence === 'onsite').length;
  const couldStill = q.present + q.unconfirmed >= q.needed;
  const state = t(q.reached ? 'quorum.reached' : q.unconfirmed > 0 && couldStill ? 'quorum.notYet' : 'quorum.notReached');
  const figure = { state, present: q.present, members: q.members, needed: q.needed, unconfirmed: q.unconfirmed };
  return (
    <div className={`quorum${q.members === 0 ? '' : q.reached ? ' quorum--reached' : ' quorum--short'}`} data-testid="quorum">
      <p className="quorum__figure" role="status" aria-describedby="quorum-rule">
        {q.members === 0 ? t('quorum.noMembers') : t(q.unconfirmed > 0 ? 'quorum.figureUnconfirmed' : 'quorum.figure', figure)}
      </p>
      {q.present > 0 ? (
        <p className="quorum__breakdown">{t('quorum.breakdown', { onsite, electronic: q.present - onsite })}</p>
      ) : null}
      <p className="quorum__rule" id="quorum-rule">
        {t('quorum.rule')}
      </p>
    </div>
  );
}
