/** Quorum of a meeting: members confirmed present (a substitute counts for the member) over members. */
export interface QuorumInput {
  role: 'member' | 'substitute' | 'guest' | 'secretariat';
  presence: 'unconfirmed' | 'onsite' | 'electronic' | 'absent';
}

export interface Quorum {
  present: number;
  members: number;
  /** Members and substitutes whose presence nobody has marked yet. */
  unconfirmed: number;
  /** More than half of the members confirmed present: the usual rule of Thai committees (a series may differ). */
  reached: boolean;
}

const isPresent = (presence: QuorumInput['presence']) => presence === 'onsite' || presence === 'electronic';

export function quorum(attendance: readonly QuorumInput[]): Quorum {
  const counted = attendance.filter((a) => a.role === 'member' || a.role === 'substitute');
  const members = attendance.filter((a) => a.role === 'member').length;
  const present = counted.filter((a) => isPresent(a.presence)).length;
  const unconfirmed = counted.filter((a) => a.presence === 'unconfirmed').length;
  return { present, members, unconfirmed, reached: members > 0 && present * 2 > members };
}
