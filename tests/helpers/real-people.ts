import { type TestCore, seriesWithMeeting } from './core';
import { readRealMeeting } from './real-meeting';

/**
 * People as the real releases in tests/fixtures/real name them (thaigov-moj-executives-7-2568,
 * thaigov-moj-covid19-prisons-2564-07-27, ministry-executives.json), with the positions printed beside
 * their names there. Ranks are written in full, as minutes print them (the release abbreviates พล.ต.อ.).
 */
export const realPeople = [
  { title: 'พันตำรวจเอก', firstName: 'ทวี', lastName: 'สอดส่อง', position: 'รัฐมนตรีว่าการกระทรวงยุติธรรม', meetingRole: 'ประธาน' },
  {
    title: 'พลตำรวจเอก', firstName: 'พัชรวาท', lastName: 'วงษ์สุวรรณ', meetingRole: 'กรรมการ',
    position: 'รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม (รมว.ทส.)',
  },
  { title: 'นาง', firstName: 'พงษ์สวาท', lastName: 'นีละโยธิน', position: 'ปลัดกระทรวงยุติธรรม', meetingRole: 'กรรมการ' },
  { title: 'นางสาว', firstName: 'ณัฐธ์ภัสส์', lastName: 'ยงใจยุทธ', position: 'ผู้ช่วยรัฐมนตรีประจำกระทรวงยุติธรรม', meetingRole: 'กรรมการ' },
  { title: 'นาย', firstName: 'อายุตม์', lastName: 'สินธพพันธุ์', position: 'อธิบดีกรมราชทัณฑ์', meetingRole: 'กรรมการ' },
  { title: 'นาย', firstName: 'กฤช', lastName: 'กระแสร์ทิพย์', position: 'รองอธิบดีกรมราชทัณฑ์', meetingRole: 'กรรมการ' },
  { title: 'นาย', firstName: 'วัลลภ', lastName: 'นาคบัว', position: 'รองปลัดกระทรวงยุติธรรม', meetingRole: 'กรรมการและเลขานุการ' },
] as const;

/** The minute taker of thaigov-cdd-pdpa-iso27001-2567-03-30, with the position printed there. */
export const realMinuteTaker = { title: 'นาย', firstName: 'คมสิทธิ์', lastName: 'สุริยวรรณ', position: 'ผู้อำนวยการศูนย์สารสนเทศเพื่อการพัฒนาชุมชน' };

/**
 * A held meeting whose members are `realPeople`, all present, `realMinuteTaker` taking the minutes,
 * and one item of the real ministry-executives meeting with its first directive (lead and support as
 * the release assigns them).
 */
export async function realPeopleMeeting(t: TestCore, minuteTaker: { title: string; firstName: string; lastName: string; position: string } = realMinuteTaker) {
  const { meeting, section } = await seriesWithMeeting(t, '2025-07-16');
  const people = [];
  for (const p of realPeople) {
    const person = await t.call('people.create', { title: p.title, firstName: p.firstName, lastName: p.lastName, position: p.position });
    people.push(person);
    await t.call('attendance.add', { meetingId: meeting.id, personId: person.id, role: 'member', meetingRole: p.meetingRole, presence: 'onsite' });
  }
  const taker = await t.call('people.create', minuteTaker);
  await t.call('meetings.update', { id: meeting.id, minuteTakerId: taker.id, startTime: '13:30', endTime: '16:00', status: 'held' });
  // Everyone the series made a member (its chair and one more) is marked present too.
  for (const a of (await t.call('meetings.get', { id: meeting.id })).attendance.filter((x) => x.presence === 'unconfirmed')) {
    await t.call('attendance.update', { id: a.id, presence: 'onsite' });
  }
  const real = readRealMeeting('ministry-executives');
  const known = await t.call('organisations.list', {});
  const orgOf = async (abbrTh: string) => {
    const o = real.organisations.find((x) => x.abbrTh === abbrTh)!;
    return known.find((k) => k.abbrTh === abbrTh) ?? (await t.call('organisations.create', { abbrTh, nameTh: o.nameTh, kind: 'department' }));
  };
  const source = real.items.find((i) => i.directives?.some((d) => d.support?.length))!;
  const directive = source.directives!.find((d) => d.support?.length)!;
  const item = await t.call('agenda.create', {
    meetingId: meeting.id, sectionId: section('consideration').id, subject: source.subject, summary: source.summary, resolution: source.resolution,
  });
  const lead = await orgOf(directive.lead!);
  const support = [];
  for (const s of directive.support ?? []) support.push(await orgOf(s));
  await t.call('actions.create', { agendaItemId: item.id, kind: 'directive', text: directive.text, leadOrgId: lead.id, supportOrgIds: support.map((o) => o.id) });
  return { meetingId: meeting.id, people, taker, lead, support, directive };
}
