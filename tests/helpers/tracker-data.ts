import { readFileSync } from 'node:fs';
import { type TestCore, seriesWithMeeting } from './core';
import { readRealMeeting, realMeetingNames } from './real-meeting';

/** The directives of the two real meetings in tests/fixtures/real/meetings (62–203 characters). */
export const meetingDirectives = (): string[] =>
  realMeetingNames.flatMap((name) => readRealMeeting(name).items.flatMap((item) => (item.directives ?? []).map((d) => d.text)));

/** Real Cabinet directives, one a line, 79–459 characters (tests/fixtures/directives-cabinet.md says where each is from). */
export const cabinetDirectives = (): string[] =>
  readFileSync(new URL('../fixtures/directives-cabinet.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);

/** The first clause of each point of the real 2/2568 press release (up to ` โดย`, ` เพื่อ`, ` ซึ่ง`): a progress report's length. */
const pressClauses = (): string[] =>
  readFileSync(new URL('../fixtures/press-release-2-2568.txt', import.meta.url), 'utf8')
    .split('\n').map((l) => l.replace(/^- /, '').split(/ (?=โดย|เพื่อ|ซึ่ง)/)[0].trim()).filter((l) => l.length > 60 && l.length < 160);

const agencies = [
  { nameTh: 'กระทรวงเกษตรและสหกรณ์', abbrTh: 'กษ.' },
  { nameTh: 'กระทรวงการคลัง', abbrTh: 'กค.' },
  { nameTh: 'กระทรวงแรงงาน', abbrTh: 'รง.' },
  { nameTh: 'สำนักงานทรัพยากรน้ำแห่งชาติ', abbrTh: 'สทนช.' },
  { nameTh: 'กระทรวงคมนาคม', abbrTh: 'คค.' },
  { nameTh: 'กระทรวงพาณิชย์', abbrTh: 'พณ.' },
];

/** Real agenda subjects of Cabinet meetings (the long ones are the usual). */
const subjects = [
  'มาตรการรับมือฤดูฝน ปี 2567 และโครงการเพิ่มประสิทธิภาพการบริหารจัดการทรัพยากรน้ำในช่วงฤดูฝน ปี 2567 และการกักเก็บน้ำเพื่อฤดูแล้ง ปี 2567/2568',
  'ความก้าวหน้าของการดำเนินการตามยุทธศาสตร์ชาติ ประจำเดือนมกราคม 2566',
  'สรุปผลการดำเนินการเรื่องร้องทุกข์และรับข้อคิดเห็นจากประชาชน',
  'รายงานความคืบหน้าการดำเนินงานตามมติคณะรัฐมนตรี : การนำเสนอวัฒนธรรมของประเทศในลักษณะ Soft Power',
];

/**
 * `count` actions over three meetings and four items each, their text the real directives of the two
 * real meetings (or the long Cabinet ones), lead agencies in turn (some with a supporting one), due
 * dates spread over a year, and with `progress` a progress report on every third.
 */
export async function trackerOf(t: TestCore, count: number, options: { progress?: boolean; source?: 'meetings' | 'cabinet' } = {}) {
  const known = await t.call('organisations.list', {});
  const orgs = [];
  for (const a of agencies) orgs.push(known.find((o) => o.abbrTh === a.abbrTh) ?? (await t.call('organisations.create', { ...a, kind: 'ministry_office' })));
  const { series, section } = await seriesWithMeeting(t, '2024-01-16');
  const meetings = [];
  for (const date of ['2024-02-13', '2024-03-12', '2024-04-09']) meetings.push(await t.call('meetings.create', { seriesId: series.id, date }));
  const items = [];
  for (const m of meetings) {
    for (const subject of subjects) items.push(await t.call('agenda.create', { meetingId: m.id, sectionId: section('consideration').id, subject }));
  }
  const directives = options.source === 'cabinet' ? cabinetDirectives() : meetingDirectives();
  const progress = pressClauses();
  const statuses = ['open', 'in_progress', 'done', 'open'] as const;
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  const step = [5, 7, 3, 11].find((k) => gcd(k, directives.length) === 1) ?? 1;
  for (let i = 0; i < count; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const action = await t.call('actions.create', {
      agendaItemId: items[i % items.length].id,
      kind: i % 3 === 2 ? 'follow_up' : 'directive',
      // Stepping through the list by a number prime to its length: every directive used, neighbours differ.
      text: directives[(i * step) % directives.length],
      dueDate: `2024-${month}-${String((i % 27) + 1).padStart(2, '0')}`,
      status: statuses[i % statuses.length],
      leadOrgId: orgs[i % orgs.length].id,
      supportOrgIds: i % 2 ? [orgs[(i + 1) % orgs.length].id] : [],
    });
    if (options.progress && i % 3 === 0) {
      await t.call('actions.addProgress', { actionId: action.id, date: '2024-05-01', text: progress[i % progress.length], percent: (i * 7) % 100 });
    }
  }
  return { orgs, directives };
}
