/** Quorum of a meeting: members present (a substitute counts for the member) over members. */
export interface QuorumInput {
  role: 'member' | 'substitute' | 'guest' | 'secretariat';
  presence: 'onsite' | 'electronic' | 'absent';
}

export interface Quorum {
  present: number;
  members: number;
  /** More than half of the members present: the usual rule of Thai committees (a series may differ). */
  reached: boolean;
}

export function quorum(attendance: readonly QuorumInput[]): Quorum {
  const members = attendance.filter((a) => a.role === 'member').length;
  const present = attendance.filter((a) => (a.role === 'member' || a.role === 'substitute') && a.presence !== 'absent').length;
  return { present, members, reached: members > 0 && present * 2 > members };
}
