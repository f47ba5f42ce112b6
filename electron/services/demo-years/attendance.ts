import { memberRoleTitles } from '../../../shared/roles';
import type { Person } from './directory';
import type { Act, Row } from './sink';
import type { MeetingState } from './state';
import type { World } from './world';

const covid = (date: string) => date >= '2020-03-01' && date <= '2022-06-30';

/** How a meeting of that day was held: on site before 2020, electronic or hybrid during COVID-19, mostly hybrid since. */
export function meetingMode(world: World, date: string): { mode: string; conferencing: string } {
  const { rng } = world;
  const mode = covid(date) ? rng.weighted({ electronic: 40, hybrid: 60 })
    : date >= '2022-07-01' ? rng.weighted({ hybrid: 65, onsite: 35 })
    : date >= '2015-01-01' ? rng.weighted({ onsite: 85, hybrid: 15 }) : 'onsite';
  return { mode, conferencing: mode === 'onsite' ? '' : rng.pick(['Video Conference', 'Zoom Meeting', 'Cisco Webex Meetings', 'Microsoft Teams']) };
}

const absenceNotes: Record<string, string[]> = {
  official_duty: ['', '', 'ติดราชการต่างจังหวัด', 'ติดภารกิจเร่งด่วน', 'เดินทางไปราชการต่างประเทศ'],
  sick: [''], personal: [''], other: ['ติดภารกิจอื่น', 'อยู่ระหว่างการฝึกอบรม'],
};

/**
 * The attendance of a meeting: the series' members of that day (`meetings.create` lists them
 * unconfirmed; the officer marks who came), and the lines added at the meeting — substitutes for some
 * of the absent, the minute taker and other secretariat staff, invited guests.
 */
export function planAttendance(world: World, m: MeetingState, act: Act): { members: Row[]; added: Row[] } {
  const { rng, dir } = world;
  const eShare = covid(m.date) ? 45 : m.date >= '2020-01-01' ? 25 : 3;
  const electronicOnly = m.row.mode === 'electronic';
  const members: Row[] = [];
  const added: Row[] = [];
  const present = new Set<string>();
  const line = (person: Person, fields: Row): Row => {
    present.add(person.id);
    return {
      id: rng.uuid(), meeting_id: m.id, person_id: world.person(person, act), substitute_for_id: null, position: person.position,
      absence_reason: null, absence_note: '', ...fields,
    };
  };
  for (const seat of m.series.seats) {
    const holder = dir.holder(seat.post, m.date);
    if (!holder || present.has(holder.id)) continue;
    const canMiss = seat.role !== 'chair' && seat.role !== 'member_secretary';
    const presence = canMiss && rng.chance(0.1) ? 'absent' : electronicOnly || rng.chance(eShare / 100) ? 'electronic' : 'onsite';
    const reason = presence === 'absent' ? rng.weighted({ official_duty: 65, sick: 12, personal: 13, other: 10 }) : null;
    members.push(line(holder, {
      role: 'member', meeting_role: memberRoleTitles[seat.role], presence, absence_reason: reason,
      absence_note: reason ? rng.pick(absenceNotes[reason]) : '', sort_order: members.length + 1,
    }));
    const deputy = dir.deputy(seat.post, m.date);
    if (reason && m.series.plan.substitutes && deputy && !present.has(deputy.id) && rng.chance(0.55)) {
      added.push(line(deputy, { role: 'substitute', meeting_role: memberRoleTitles[seat.role], substitute_for_id: holder.id, presence: electronicOnly ? 'electronic' : 'onsite' }));
    }
  }
  const staff = [dir.staff(0, m.date), ...(rng.chance(0.4) ? [dir.staff(3, m.date)] : [])];
  for (const [i, person] of staff.entries()) {
    if (!present.has(person.id)) added.push(line(person, { role: 'secretariat', meeting_role: i === 0 ? 'ผู้จดรายงานการประชุม' : 'ฝ่ายเลขานุการ', presence: electronicOnly ? 'electronic' : 'onsite' }));
  }
  if (m.series.plan.key !== 'cabinet' && rng.chance(0.5)) {
    for (let g = rng.int(1, 3); g > 0; g--) {
      const guest = dir.guest(m.date);
      if (!present.has(guest.id)) added.push(line(guest, { role: 'guest', meeting_role: 'ผู้เข้าร่วมประชุม', presence: electronicOnly || rng.chance(0.3) ? 'electronic' : 'onsite' }));
    }
  }
  added.forEach((row, i) => {
    row.sort_order = members.length + i + 1;
  });
  return { members, added };
}
