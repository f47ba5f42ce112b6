import { readFileSync } from 'node:fs';
import type { LekhaCore } from './api';
import { resourcePath } from './app-root';
import { type CommandInput, call as callCore, withCore } from './cli-common';

interface DemoPolicy {
  kind: string; titleTh: string; shortTitle: string; owner: string; description: string; stage: number; item: string; note: string;
  questions?: { question: string; positions: string[] }[];
  milestones?: { title: string; startDate: string; endDate: string }[];
  indicators?: { name: string; unit: string; value: number; source: string }[];
}

const read = (name: string) => JSON.parse(readFileSync(resourcePath('demo', name), 'utf8'));

/**
 * `lekha demo`: meeting 2/2568 from the press release, then the policies it followed, linked to its
 * agenda items, and illustrative progress on its actions — all through the contract like any client.
 */
export async function loadDemo(core: LekhaCore): Promise<'loaded' | 'present'> {
  const meetingFile = read('meeting-2-2568.json');
  if ((await core.invoke('meetings.get', { id: meetingFile.meeting.id })).ok) return 'present';
  const call = <T>(method: string, args: unknown) => callCore<T>(core, method, args);
  const { meetingId } = await call<{ meetingId: string }>('exchange.importMeeting', { file: meetingFile });
  const meeting = await call<{ date: string; agendaItems: { id: string; number: string }[] }>('meetings.get', { id: meetingId });
  const item = (n: string) => meeting.agendaItems.find((i) => i.number === n)!.id;
  const orgs = await call<{ id: string; abbrTh: string }[]>('organisations.list', {});
  const org = (abbr: string) => orgs.find((o) => o.abbrTh === abbr)!.id;
  const templates = await call<{ kind: string; stages: { id: string; position: number }[] }[]>('stageTemplates.list', {});
  const { policies, progress } = read('policies-2-2568.json') as { policies: DemoPolicy[]; progress: { item: string; date: string; text: string; percent: number; reportedBy: string }[] };

  for (const p of policies) {
    const stage = templates.find((t) => t.kind === p.kind)!.stages.find((s) => s.position === p.stage)!;
    let policy = await call<{ id: string; questions: { id: string }[]; indicators: { id: string }[] }>('policies.create', {
      kind: p.kind, titleTh: p.titleTh, shortTitle: p.shortTitle, description: p.description, ownerOrgId: org(p.owner), stageId: stage.id,
      stageDate: meeting.date, stageNote: p.note, stageAgendaItemId: item(p.item),
    });
    for (const q of p.questions ?? []) {
      policy = await call('policies.addQuestion', { policyId: policy.id, question: q.question });
      const questionId = policy.questions.at(-1)!.id;
      for (const stakeholder of q.positions) await call('policies.addPosition', { questionId, stakeholder, status: 'undecided' });
    }
    for (const m of p.milestones ?? []) await call('policies.addMilestone', { policyId: policy.id, ...m });
    for (const i of p.indicators ?? []) {
      policy = await call('policies.addIndicator', { policyId: policy.id, name: i.name, unit: i.unit });
      await call('policies.addIndicatorValue', { indicatorId: policy.indicators.at(-1)!.id, asOf: meeting.date, value: i.value, source: i.source, agendaItemId: item(p.item) });
    }
  }
  const actions = await call<{ rows: { id: string; agendaItemId: string }[] }>('actions.list', { meetingId, limit: 1000 });
  for (const p of progress) {
    const action = actions.rows.find((a) => a.agendaItemId === item(p.item));
    if (action) await call('actions.addProgress', { actionId: action.id, date: p.date, text: p.text, percent: p.percent, reportedBy: p.reportedBy, illustrative: true });
  }
  return 'loaded';
}

/** `lekha demo [--db PATH]` */
export async function run(input: CommandInput): Promise<void> {
  await withCore(input, async (core) => {
    const result = await loadDemo(core);
    console.log(result === 'present'
      ? `ข้อมูลสาธิต (ครั้งที่ 2/2568) มีอยู่แล้วใน ${core.dbPath}`
      : `โหลดข้อมูลสาธิต การประชุมครั้งที่ 2/2568 พร้อมนโยบายที่ติดตาม ลงใน ${core.dbPath} แล้ว`);
  });
}
