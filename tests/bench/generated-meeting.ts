// Large meetings for the benchmark, made through the contract like any officer's: 20 attendees,
// 40 (or 120, or any number of) agenda items across the sections with summaries of several hundred
// characters put together from real Thai government prose — the demo meeting, the ministry's press
// release of meeting 2/2568, and tests/fixtures/real/prose/*.txt when that folder is there —,
// resolutions, directives. Nothing is lorem ipsum; a long meeting repeats sentences of a short pool.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { LekhaCore } from '../../electron/api';
import type { Args, Method, Result } from '../../shared/contract';

export async function call<M extends Method>(core: LekhaCore, method: M, args: Args<M>): Promise<Result<M>> {
  const answer = await core.invoke(method, args);
  if (!answer.ok) throw new Error(`${method} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.value as Result<M>;
}

interface DemoItem {
  subject: string;
  summary: string;
  resolution: string;
}
interface DemoFile {
  agendaItems: DemoItem[];
}

const demoUrl = new URL('../../resources/demo/meeting-2-2568.json', import.meta.url);
const pressUrl = new URL('../fixtures/press-release-2-2568.txt', import.meta.url);
const realProse = new URL('../fixtures/real/prose/', import.meta.url);

/** Paragraphs of a text file long enough to be prose (bullets' dashes dropped; headings and short lines left out). */
const proseParagraphs = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/^- /, '').trim())
    .filter((l) => l.length > 120 && !l.startsWith('#'));

/** The real prose files gathered under tests/fixtures/real/prose/, when they are there. */
function realProseParagraphs(): string[] {
  if (!existsSync(realProse)) return [];
  return readdirSync(realProse)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => proseParagraphs(readFileSync(new URL(f, realProse), 'utf8')));
}

/** The demo file as `exchange.importMeeting` takes it. */
export const demoFile = (): Args<'exchange.importMeeting'>['file'] => JSON.parse(readFileSync(demoUrl, 'utf8'));

/** Real sentences: the demo's summaries, the press release's paragraphs, the real prose fixtures. */
export function sentencePool(): { sentences: string[]; subjects: string[]; resolutions: string[] } {
  const demo = JSON.parse(readFileSync(demoUrl, 'utf8')) as DemoFile;
  return {
    sentences: [...demo.agendaItems.map((i) => i.summary), ...proseParagraphs(readFileSync(pressUrl, 'utf8')), ...realProseParagraphs()],
    subjects: demo.agendaItems.map((i) => i.subject),
    resolutions: [...new Set(demo.agendaItems.map((i) => i.resolution))],
  };
}

const firstNames = ['สมศักดิ์', 'วรรณา', 'ประยุทธ', 'กาญจนา', 'สุรชัย', 'นภาพร', 'ชัยวัฒน์', 'อรุณี', 'ธีรพงษ์', 'ปิยะนุช',
  'วีระ', 'จันทร์เพ็ญ', 'สุเมธ', 'รัตนา', 'พงศกร', 'ศิริพร', 'อภิชาติ', 'ลัดดาวัลย์', 'ณัฐวุฒิ', 'เบญจวรรณ'];
const lastNames = ['ศรีวงศ์', 'บุญประเสริฐ', 'ทองคำ', 'แสงอรุณ', 'พิทักษ์ธรรม', 'เจริญสุข', 'วัฒนากุล', 'มั่นคง', 'รัตนพันธ์', 'สุวรรณรัตน์',
  'กิตติวงศ์', 'ชัยมงคล', 'อินทรสุวรรณ', 'ประเสริฐศักดิ์', 'ธนากร', 'วิเศษสุวรรณ', 'พงษ์ไพบูลย์', 'ศักดิ์สิทธิ์', 'นาคประเสริฐ', 'อุดมทรัพย์'];
const positions = ['ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', 'รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', 'อธิบดีกรมอุตุนิยมวิทยา',
  'ผู้อำนวยการสำนักงานสถิติแห่งชาติ', 'เลขาธิการคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ',
  'ผู้อำนวยการใหญ่สำนักงานส่งเสริมเศรษฐกิจดิจิทัล', 'ผู้อำนวยการสำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์',
  'เลขาธิการคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ', 'เลขาธิการคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล',
  'ผู้อำนวยการสถาบันข้อมูลขนาดใหญ่ (องค์การมหาชน)', 'กรรมการผู้จัดการใหญ่ บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน)',
  'กรรมการผู้จัดการใหญ่ บริษัท ไปรษณีย์ไทย จำกัด', 'ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)',
  'ผู้ตรวจราชการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', 'ที่ปรึกษารัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
  'ผู้อำนวยการกองกลาง สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
  'ผู้อำนวยการกองยุทธศาสตร์และแผนงาน สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
  'นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
  'นักวิเคราะห์นโยบายและแผนชำนาญการ สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', 'เลขานุการรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'];
const titles = ['นาย', 'นาง', 'นาย', 'นางสาว'];

/** Items per section kind for 40 items; `[n, k]`: n items of which the first k have two sub-items each. */
const plan40: Record<string, [number, number]> = {
  announcements: [6, 0], certification: [1, 0], continuing: [5, 1], consideration: [9, 2], information: [9, 1], other: [2, 0],
};

/** The plan for `items` agenda items (a multiple of 40): every section scaled alike, one certification item, the rest under "other". */
function planFor(items: number): Record<string, [number, number]> {
  const k = items / 40;
  if (!Number.isInteger(k) || k < 1) throw new Error(`a generated meeting has a multiple of 40 items, not ${items}`);
  const plan = Object.fromEntries(Object.entries(plan40).map(([kind, [n, c]]) => [kind, kind === 'certification' ? [n, c] : [n * k, c * k]])) as Record<string, [number, number]>;
  const total = Object.values(plan).reduce((sum, [n, c]) => sum + n + 2 * c, 0);
  plan.other = [plan.other[0] + items - total, plan.other[1]];
  return plan;
}

export interface GeneratedMeeting {
  id: string;
  /** As the command line takes it: `--meeting 1/2568 --series NAME`. */
  number: string;
  series: string;
}

/** Creates a meeting of `items` agenda items (40, 80, 120 …) on `core`, in a series of its own. */
export async function createLargeMeeting(core: LekhaCore, items = 40): Promise<GeneratedMeeting> {
  const plan = planFor(items);
  const pool = sentencePool();
  const orgs = await call(core, 'organisations.list', {});
  const people = [];
  for (let i = 0; i < 20; i++) {
    people.push(await call(core, 'people.create', {
      title: titles[i % titles.length], firstName: firstNames[i], lastName: lastNames[i], position: positions[i],
      organisationId: orgs[i % orgs.length].id,
    }));
  }
  // 15 standing members (chair, 13 members, member-secretary); meetings.create lists them as present.
  const series = await call(core, 'series.create', {
    nameTh: `การประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ทดสอบความเร็ว ${items} วาระ)`,
    recordingStyle: 'summary',
    members: people.slice(0, 15).map((p, i) => ({
      personId: p.id, meetingRole: i === 0 ? 'chair' : i === 14 ? 'member_secretary' : 'member',
    })),
  });
  const meeting = await call(core, 'meetings.create', {
    seriesId: series.id, date: '2025-06-30', startTime: '09:30', endTime: '16:30', mode: 'hybrid', conferencing: 'Video Conference',
    venue: 'ห้องประชุม 801 อาคารสำนักงานใหญ่ บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน)',
    minuteTakerId: people[18].id, reviewerId: people[16].id,
  });
  const byPerson = new Map(meeting.attendance.map((a) => [a.personId, a]));
  await call(core, 'attendance.update', { id: byPerson.get(people[5].id)!.id, presence: 'absent', absenceReason: 'official_duty' });
  await call(core, 'attendance.update', { id: byPerson.get(people[9].id)!.id, presence: 'absent', absenceReason: 'sick' });
  await call(core, 'attendance.update', { id: byPerson.get(people[3].id)!.id, presence: 'electronic' });
  await call(core, 'attendance.update', { id: byPerson.get(people[7].id)!.id, presence: 'electronic' });
  await call(core, 'attendance.add', { meetingId: meeting.id, personId: people[15].id, role: 'substitute', substituteForId: people[5].id, meetingRole: 'กรรมการ' });
  await call(core, 'attendance.add', { meetingId: meeting.id, personId: people[16].id, role: 'guest', presence: 'electronic' });
  await call(core, 'attendance.add', { meetingId: meeting.id, personId: people[17].id, role: 'guest' });
  await call(core, 'attendance.add', { meetingId: meeting.id, personId: people[18].id, role: 'secretariat', meetingRole: 'ผู้ช่วยเลขานุการ' });
  await call(core, 'attendance.add', { meetingId: meeting.id, personId: people[19].id, role: 'secretariat' });

  let n = 0;
  // The pool's paragraphs are taken in order, each once until the pool runs out, so consecutive
  // items read like consecutive parts of real documents and a 40-item meeting repeats nothing.
  let cursor = 0;
  const next = () => pool.sentences[cursor++ % pool.sentences.length];
  /** Real paragraphs, whole or cut at a space, of 360 to 1,230 characters as summaries run in minutes. */
  const prose = (target: number) => {
    let text = next();
    while (text.length < target) text = `${text} ${next()}`;
    const cut = text.lastIndexOf(' ', target);
    return cut > target / 2 ? text.slice(0, cut) : text;
  };
  const summary = (k: number) => prose(360 + ((k * 389) % 871));
  const item = async (sectionId: string, parentId: string | null) => {
    const k = n++;
    const created = await call(core, 'agenda.create', {
      meetingId: meeting.id, sectionId, parentId,
      subject: pool.subjects[k % pool.subjects.length], presenterOrgId: orgs[k % orgs.length].id,
      summary: summary(k),
      discussion: k % 4 === 1 ? prose(300) : '',
      resolution: pool.resolutions[k % pool.resolutions.length],
    });
    if (k % 10 === 3) {
      for (let d = 0; d < 2; d++) {
        await call(core, 'actions.create', {
          agendaItemId: created.id, kind: 'directive', leadOrgId: orgs[(k + d) % orgs.length].id, dueDate: '2025-09-30',
          text: `ให้${orgs[(k + d) % orgs.length].nameTh}ดำเนินการตามข้อเสนอของที่ประชุม และรายงานผลต่อที่ประชุมครั้งถัดไป`,
        });
      }
    }
    return created;
  };
  for (const section of series.sections) {
    const [count, withChildren] = plan[section.kind] ?? [0, 0];
    for (let i = 0; i < count; i++) {
      if (i < withChildren) {
        const parent = await item(section.id, null);
        await item(section.id, parent.id);
        await item(section.id, parent.id);
      } else {
        await item(section.id, null);
      }
    }
  }
  const made = await call(core, 'meetings.get', { id: meeting.id });
  return { id: meeting.id, number: `${made.number}/${made.yearBe}`, series: series.nameTh };
}
