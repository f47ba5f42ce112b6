/** Quorum of a meeting: members confirmed present (a substitute counts for the member) over members. */
export interface QuorumInput {
  role: 'member' | 'substitute' | 'guest' | 'secretariat';
  presence: 'unconfirmed' | 'onsite' | 'electronic' | 'absent';
  personId?: string;
  /** The member a substitute stands for. */
  substituteForId?: string | null;
}

export interface Quorum {
  /** Members and substitutes marked present, on site or electronically; never those not yet confirmed. */
  present: number;
  members: number;
  /** Members and substitutes whose presence nobody has marked yet. */
  unconfirmed: number;
  /** The fewest present that make a quorum: more than half of the members (0 when there are none). */
  needed: number;
  /** More than half of the members confirmed present: the usual rule of Thai committees (a series may differ). */
  reached: boolean;
}

const isPresent = (presence: QuorumInput['presence']) => presence === 'onsite' || presence === 'electronic';

export function quorum(attendance: readonly QuorumInput[]): Quorum {
  const counted = attendance.filter((a) => a.role === 'member' || a.role === 'substitute');
  const members = attendance.filter((a) => a.role === 'member').length;
  // One seat, one count: a substitute stands for a member, so a member there in person and their
  // substitute (or two substitutes for one member) are present once.
  const seats = new Set<string>();
  let unnamed = 0;
  for (const a of counted) {
    if (!isPresent(a.presence)) continue;
    const seat = a.role === 'member' ? a.personId : a.substituteForId;
    if (seat) seats.add(seat);
    else unnamed += 1;
  }
  const present = seats.size + unnamed;
  const unconfirmed = counted.filter((a) => a.presence === 'unconfirmed').length;
  const needed = members > 0 ? Math.floor(members / 2) + 1 : 0;
  return { present, members, unconfirmed, needed, reached: members > 0 && present >= needed };
}
