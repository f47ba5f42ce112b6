// A large meeting for the benchmark, made through the contract like any officer's: 20 attendees,
// 40 agenda items across the sections with summaries of several hundred characters built from the
// sentences of the demo meeting and the press release of meeting 2/2568, resolutions, directives.
import { readFileSync } from 'node:fs';
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

/** The demo file as `exchange.importMeeting` takes it. */
export const demoFile = (): Args<'exchange.importMeeting'>['file'] => JSON.parse(readFileSync(demoUrl, 'utf8'));

/** Real sentences: the demo's summaries and the press release's paragraphs (bullets and headings left out). */
function sentencePool(): { sentences: string[]; subjects: string[]; resolutions: string[] } {
  const demo = JSON.parse(readFileSync(demoUrl, 'utf8')) as DemoFile;
  const press = readFileSync(pressUrl, 'utf8')
    .split('\n')
    .map((l) => l.replace(/^- /, '').trim())
    .filter((l) => l.length > 120);
  return {
    sentences: [...demo.agendaItems.map((i) => i.summary), ...press],
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

/** Items per section kind, 40 in all; `[n, k]`: n items of which the first k have two sub-items each. */
const plan: Record<string, [number, number]> = {
  announcements: [6, 0], certification: [1, 0], continuing: [5, 1], consideration: [9, 2], information: [9, 1], other: [2, 0],
};

/** Creates the meeting on `core` (a fresh database) and returns its id. */
export async function createLargeMeeting(core: LekhaCore): Promise<string> {
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
    nameTh: 'การประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ทดสอบความเร็ว)',
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
  const summary = (k: number) => {
    // Two to four sentences from the pool: about 400 to 1,100 characters.
    const count = 2 + (k % 3);
    return Array.from({ length: count }, (_, j) => pool.sentences[(k * 7 + j * 3) % pool.sentences.length]).join(' ');
  };
  const item = async (sectionId: string, parentId: string | null) => {
    const k = n++;
    const created = await call(core, 'agenda.create', {
      meetingId: meeting.id, sectionId, parentId,
      subject: pool.subjects[k % pool.subjects.length], presenterOrgId: orgs[k % orgs.length].id,
      summary: summary(k),
      discussion: k % 4 === 1 ? pool.sentences[(k * 5 + 1) % pool.sentences.length] : '',
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
  return meeting.id;
}
