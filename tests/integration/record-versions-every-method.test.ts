import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Method, methods } from '../../shared/contract';
import { keyColumn, type VersionedTable } from '../../electron/db/versioned';
import { type TestCore, testCore } from '../helpers/core';
import { rawQuery } from '../helpers/pg';
import { realMeetingFile } from '../helpers/real-meeting';

/**
 * Every saving method of the contract refuses a stale version (issue 15, point 2): one case per method.
 * A method of the contract that changes an existing record (update, delete, remove, set, move, merge,
 * reorder, bulk, circulate, certify, link) and has no case here fails the first test, so a new one
 * cannot ship without its check. Each case makes the record newer behind the caller's back (another
 * connection raises its version, as a second officer's save would), then checks: the save is refused
 * with CONFLICT naming the record and its version now, the row is exactly as it was, and the same save
 * with the current version goes through.
 */
const SAVING = /\.(update\w*|delete|remove\w*|set\w*|move\w*|merge|reorder|bulk\w+|circulate|certify|link\w*)$/;

/** Saving methods without a record version, each with the reason. */
const UNVERSIONED: Partial<Record<Method, string>> = {
  'actions.undoBulk': 'refuses by itself, changing nothing, where any action moved on since the bulk change',
};

interface Fixture {
  t: TestCore;
  meetingId: string;
  date: string;
  seriesId: string;
  items: { id: string; sectionId: string }[];
  actions: { id: string; agendaItemId: string }[];
  attendance: { id: string }[];
}

interface Case {
  table: VersionedTable;
  /** Makes the record(s); `ids[0]` is the one made newer behind the caller's back. */
  prepare(f: Fixture): Promise<{ ids: string[]; args: (version: (id: string) => number) => unknown }>;
}

const one = (table: VersionedTable, make: (f: Fixture) => Promise<string>, args: (id: string, version: number) => unknown): Case => ({
  table,
  prepare: async (f) => {
    const id = await make(f);
    return { ids: [id], args: (v) => args(id, v(id)) };
  },
});

async function policy(f: Fixture) {
  const orgs = await f.t.call('organisations.list', {});
  return f.t.call('policies.create', { kind: 'bill', titleTh: 'ร่างพระราชบัญญัติการรักษาความมั่นคงปลอดภัยไซเบอร์ (ฉบับที่ ..) พ.ศ. ....', ownerOrgId: orgs[0].id, stageDate: '2025-01-15' });
}
async function question(f: Fixture) {
  const p = await policy(f);
  return f.t.call('policies.addQuestion', { policyId: p.id, question: 'หน่วยงานใดเป็นผู้รับผิดชอบหลักในการกำกับดูแล' });
}
async function person(f: Fixture, lastName: string) {
  return (await f.t.call('people.create', { title: 'นาย', firstName: 'ทดสอบ', lastName, position: 'นักวิเคราะห์นโยบายและแผน' })).id;
}
async function attachment(f: Fixture) {
  const base64 = Buffer.from('สรุปผลการประชุม', 'utf8').toString('base64');
  return (await f.t.call('attachments.add', { agendaItemId: f.items[0].id, fileName: 'สรุป.txt', mediaType: 'text/plain', base64 })).id;
}

const zoomReport = () => readFileSync(new URL('../fixtures/participants/zoom-participants-2-2568.csv', import.meta.url)).toString('base64');
async function report(f: Fixture) {
  const imported = await f.t.call('evidence.importReport', { meetingId: f.meetingId, fileName: 'zoom-participants-2-2568.csv', base64: zoomReport() });
  return imported.view.reports[0];
}
const recording = (f: Fixture, location: string) => ({
  meetingId: f.meetingId, fileName: 'GMT20250224-020512_Recording_1920x1080.mp4', durationSeconds: 10_768, sha256: 'ab'.repeat(32), location,
});
/** The meeting's recording, kept; its id (the screen knows it by the meeting). */
async function keptRecording(f: Fixture) {
  await f.t.call('evidence.setRecording', recording(f, 'เครื่องแม่ข่ายจัดเก็บเอกสาร กลุ่มงานประชุม'));
  return (await rawQuery<{ id: string }>(f.t.dbPath, 'select id from meeting_recordings where meeting_id = $1', [f.meetingId]))[0].id;
}

const cases: Partial<Record<Method, Case>> = {
  'organisations.update': one('organisations', async (f) => (await f.t.call('organisations.list', {}))[0].id, (id, version) => ({ id, version, nameEn: 'Renamed' })),
  'people.update': one('people', (f) => person(f, 'หนึ่ง'), (id, version) => ({ id, version, position: 'ผู้อำนวยการกอง' })),
  'people.merge': {
    table: 'people',
    prepare: async (f) => {
      const mergeId = await person(f, 'สอง');
      const keepId = await person(f, 'สองซ้ำ');
      return { ids: [mergeId, keepId], args: (v) => ({ keepId, mergeId, versions: { [keepId]: v(keepId), [mergeId]: v(mergeId) } }) };
    },
  },
  'series.update': one('meeting_series', async (f) => f.seriesId, (id, version) => ({ id, version, shortName: 'ผบ.' })),
  'meetings.update': one('meetings', async (f) => f.meetingId, (id, version) => ({ id, version, venue: 'ห้องประชุม 1' })),
  'meetings.delete': {
    table: 'meetings',
    prepare: async (f) => {
      const m = await f.t.call('meetings.create', { seriesId: f.seriesId, date: '2026-12-20' });
      return { ids: [m.id], args: (v) => ({ id: m.id, version: v(m.id), confirmNumber: `${m.number}/${m.yearBe}` }) };
    },
  },
  'attendance.update': one('attendance', async (f) => f.attendance[0].id, (id, version) => ({ id, version, absenceNote: 'ติดราชการ' })),
  'attendance.remove': one('attendance', async (f) => f.attendance[0].id, (id, version) => ({ id, version })),
  'agenda.update': one('agenda_items', async (f) => f.items[0].id, (id, version) => ({ id, version, summary: 'สรุปใหม่' })),
  'agenda.move': {
    table: 'agenda_items',
    prepare: async (f) => {
      const item = f.items[f.items.length - 1];
      return { ids: [item.id], args: (v) => ({ id: item.id, version: v(item.id), sectionId: item.sectionId, position: 1 }) };
    },
  },
  'agenda.delete': one('agenda_items', async (f) => f.items[1].id, (id, version) => ({ id, version })),
  'attachments.remove': one('attachments', attachment, (id, version) => ({ id, version })),
  'attachments.setSecrecy': one('attachments', attachment, (id, version) => ({ id, version, secrecy: 'confidential' })),
  'evidence.setIdentity': {
    table: 'identity_checks',
    prepare: async (f) => {
      const attendanceId = f.attendance[0].id;
      await f.t.call('evidence.setIdentity', { meetingId: f.meetingId, checks: [{ attendanceId, method: 'in_room', checkedAt: '2025-02-24T09:21' }] });
      const [check] = await rawQuery<{ id: string }>(f.t.dbPath, 'select id from identity_checks where attendance_id = $1', [attendanceId]);
      return {
        ids: [check.id],
        args: (v) => ({ meetingId: f.meetingId, checks: [{ attendanceId, method: 'password', checkedAt: '2025-02-24T09:22' }], versions: { [attendanceId]: v(check.id) } }),
      };
    },
  },
  'evidence.matchRow': one('participant_rows', async (f) => (await report(f)).rows[0].id, (rowId, version) => ({ rowId, attendanceId: null, ignore: true, version })),
  'evidence.removeReport': one('participant_reports', async (f) => (await report(f)).id, (id, version) => ({ id, version })),
  'evidence.setRecording': {
    table: 'meeting_recordings',
    prepare: async (f) => {
      const id = await keptRecording(f);
      return { ids: [id], args: (v) => ({ ...recording(f, 'ห้องเก็บเอกสาร ชั้น 8'), version: v(id) }) };
    },
  },
  'evidence.clearRecording': {
    table: 'meeting_recordings',
    prepare: async (f) => {
      const id = await keptRecording(f);
      return { ids: [id], args: (v) => ({ meetingId: f.meetingId, version: v(id) }) };
    },
  },
  'actions.update': one('action_items', async (f) => f.actions[0].id, (id, version) => ({ id, version, text: 'ข้อสั่งการที่แก้ไข' })),
  'actions.delete': one('action_items', async (f) => f.actions[1].id, (id, version) => ({ id, version })),
  'actions.reorder': {
    table: 'action_items',
    prepare: async (f) => {
      const itemId = f.actions[0].agendaItemId;
      const ids = (await f.t.call('meetings.get', { id: f.meetingId })).actions.filter((a) => a.agendaItemId === itemId).map((a) => a.id).reverse();
      return { ids, args: (v) => ({ agendaItemId: itemId, ids, versions: Object.fromEntries(ids.map((id) => [id, v(id)])) }) };
    },
  },
  'actions.bulkStatus': {
    table: 'action_items',
    prepare: async (f) => {
      const ids = f.actions.slice(0, 3).map((a) => a.id).reverse();
      return { ids, args: (v) => ({ ids, status: 'done', versions: Object.fromEntries(ids.map((id) => [id, v(id)])) }) };
    },
  },
  'minutes.circulate': one('minutes', async (f) => f.meetingId, (meetingId, version) => ({ meetingId, version })),
  'minutes.certify': {
    table: 'minutes',
    prepare: async (f) => ({ ids: [f.meetingId], args: (v) => ({ meetingId: f.meetingId, version: v(f.meetingId), how: 'same_meeting', date: f.date }) }),
  },
  'stageTemplates.update': one('stage_templates', async (f) => (await f.t.call('stageTemplates.list', {}))[0].id, (id, version) => ({ id, version, nameEn: 'Renamed' })),
  'policies.update': one('policies', async (f) => (await policy(f)).id, (id, version) => ({ id, version, shortTitle: 'ร่าง พ.ร.บ. ไซเบอร์' })),
  'policies.moveStage': {
    table: 'policies',
    prepare: async (f) => {
      const p = await policy(f);
      const stageId = (await f.t.call('stageTemplates.list', {})).find((x) => x.id === p.templateId)!.stages[1].id;
      return { ids: [p.id], args: (v) => ({ policyId: p.id, version: v(p.id), stageId, date: '2025-02-01' }) };
    },
  },
  'policies.linkItem': {
    table: 'policies',
    prepare: async (f) => {
      const p = await policy(f);
      return { ids: [p.id], args: (v) => ({ policyId: p.id, version: v(p.id), agendaItemId: f.items[0].id, linked: true }) };
    },
  },
  'policies.updateQuestion': one('policy_questions', async (f) => (await question(f)).questions[0].id, (id, version) => ({ id, version, status: 'resolved' })),
  'policies.updatePosition': one('policy_positions', async (f) => {
    const q = await question(f);
    return (await f.t.call('policies.addPosition', { questionId: q.questions[0].id, stakeholder: 'สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ' })).questions[0].positions[0].id;
  }, (id, version) => ({ id, version, status: 'supports' })),
  'policies.removePosition': one('policy_positions', async (f) => {
    const q = await question(f);
    return (await f.t.call('policies.addPosition', { questionId: q.questions[0].id, stakeholder: 'สำนักงานตำรวจแห่งชาติ' })).questions[0].positions[0].id;
  }, (id, version) => ({ id, version })),
  'policies.updateMilestone': one('policy_milestones', async (f) => {
    const p = await policy(f);
    return (await f.t.call('policies.addMilestone', { policyId: p.id, title: 'รับฟังความคิดเห็น', startDate: '2025-03-01', endDate: '2025-03-31' })).milestones[0].id;
  }, (id, version) => ({ id, version, status: 'done' })),
  'policies.removeMilestone': one('policy_milestones', async (f) => {
    const p = await policy(f);
    return (await f.t.call('policies.addMilestone', { policyId: p.id, title: 'เสนอคณะรัฐมนตรี' })).milestones[0].id;
  }, (id, version) => ({ id, version })),
  'policies.removeIndicatorValue': one('indicator_values', async (f) => {
    const p = await policy(f);
    const withIndicator = await f.t.call('policies.addIndicator', { policyId: p.id, name: 'จำนวนเหตุภัยคุกคามไซเบอร์', unit: 'ครั้ง' });
    return (await f.t.call('policies.addIndicatorValue', { indicatorId: withIndicator.indicators[0].id, asOf: '2025-01-31', value: 1200 })).indicators[0].values[0].id;
  }, (id, version) => ({ id, version })),
  'settings.update': one('settings', async (f) => {
    await f.t.call('settings.update', { officerName: 'สมหญิง ใจดี' });
    return 'app';
  }, (_id, version) => ({ version, officerName: 'สมชาย มั่นคง' })),
  'disclosure.set': one('item_disclosure', async (f) => {
    await f.t.call('disclosure.set', { agendaItemId: f.items[0].id, status: 'public' });
    return f.items[0].id;
  }, (agendaItemId, version) => ({ agendaItemId, version, status: 'withheld', category: '1', reason: 'เกี่ยวกับความมั่นคงของประเทศ' })),
  'retention.update': one('retention_classes', async () => 'attachments', (kind, version) => ({ kind, version, years: 5 })),
};

/** The real Cabinet meeting (tests/fixtures/real/meetings), everyone's attendance confirmed. */
async function fixture(): Promise<Fixture> {
  const t = await testCore();
  const { meetingId } = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style'), renameOrganisations: {} });
  const m = await t.call('meetings.get', { id: meetingId });
  for (const a of m.attendance.filter((x) => x.presence === 'unconfirmed')) await t.call('attendance.update', { id: a.id, presence: 'onsite' });
  return { t, meetingId, date: m.date!, seriesId: m.seriesId, items: m.agendaItems.filter((i) => i.parentId === null), actions: m.actions, attendance: m.attendance };
}

describe('every saving method of the contract', () => {
  it('has a case here, or a stated reason to have no version', () => {
    const saving = methods.filter((m) => SAVING.test(m));
    expect(saving.length).toBeGreaterThan(30);
    expect(saving.filter((m) => !cases[m] && !UNVERSIONED[m])).toEqual([]);
  });

  for (const [method, c] of Object.entries(cases) as [Method, Case][]) {
    it(`${method} refuses a stale version of ${c.table}, writing nothing, and saves on the current one`, async () => {
      const f = await fixture();
      const { ids, args } = await c.prepare(f);
      const key = keyColumn(c.table);
      const rowOf = async (id: string) => (await rawQuery(f.t.dbPath, `select * from ${c.table} where ${key} = $1`, [id]))[0];
      const rowsOf = () => Promise.all(ids.map(rowOf));
      const loaded = new Map((await rowsOf()).map((r, i) => [ids[i], Number(r.version)]));
      // Another officer's save: the record is newer than the copy the caller loaded.
      await rawQuery(f.t.dbPath, `update ${c.table} set version = version + 1 where ${key} = $1`, [ids[0]]);
      const rows = await rowsOf();

      const refused = await f.t.refusal(method, args((id) => loaded.get(id)!));
      expect(refused.code).toBe('CONFLICT');
      expect(refused.stale).toMatchObject({ entity: c.table, id: ids[0], version: loaded.get(ids[0])! + 1 });
      expect(await rowsOf()).toEqual(rows);

      const current = new Map(rows.map((r, i) => [ids[i], Number(r.version)]));
      await f.t.call(method, args((id) => current.get(id)!) as never);
    });
  }
});
