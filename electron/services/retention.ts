import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { LekhaError } from '../../shared/errors';
import { localIsoDate } from '../../shared/local-time';
import { formatMeetingNumber } from '../../shared/numbering';
import { type DestructionDecision, type DueRecord, type RecordKind, type RetentionClass, recordKind } from '../../shared/schemas/retention';
import type { DB, DestructionDecisionsTable } from '../db/types';
import { buildDestructionList, type DestructionListData } from '../documents/builders/destruction-list';
import { destructionWorkbook } from '../documents/renderers';
import { type HandlerSlice, newId, toBase64 } from './context';
import { renderModel } from './render';
import { resolveDocumentSettings } from '../../shared/schemas/document-settings';
import { write } from './write';

const kinds = recordKind.options;

export async function retentionClasses(db: Kysely<DB>): Promise<RetentionClass[]> {
  const rows = await db.selectFrom('retention_classes').selectAll().execute();
  const years = new Map(rows.map((r) => [r.id, r.years]));
  const versions = new Map(rows.map((r) => [r.id, r.version ?? 1]));
  return kinds.map((kind) => ({ kind, years: years.has(kind) ? (years.get(kind) ?? null) : null, version: versions.get(kind) ?? 0 }));
}

const toDecision = (r: DestructionDecisionsTable): DestructionDecision => ({
  id: r.id, yearBe: r.year_be, kind: r.kind as RecordKind, meetingId: r.meeting_id, meetingLabel: r.meeting_label, reference: r.reference,
  decidedOn: r.decided_on, recordedAt: r.recorded_at, recordedBy: r.recorded_by, carriedOutAt: r.carried_out_at, removed: r.removed,
});

const yearOf = (date: string) => Number(date.slice(0, 4)) + 543;

/**
 * Every record whose retention ended by the end of `yearBe`: the year of a record is its meeting's
 * (Buddhist era), and one kept N years is due in that year + N (a 2558 record kept 10 years is listed in
 * 2568), as ข้อ 66 has agencies list, after each year ends, what fell due in it. Permanent kinds never are.
 * Drafts count as working papers only once the minutes are certified: until then they are the record.
 * Records already destroyed under a decision no longer exist and drop out; their decision stays.
 */
export async function dueRecords(db: Kysely<DB>, yearBe: number): Promise<DueRecord[]> {
  const classes = await retentionClasses(db);
  const out: DueRecord[] = [];
  const decisions = new Map((await db.selectFrom('destruction_decisions').selectAll().where('meeting_id', 'is not', null).execute())
    .map((d) => [`${d.meeting_id}:${d.kind}`, toDecision(d)]));
  const meetings = await db.selectFrom('meetings').innerJoin('meeting_series', 'meeting_series.id', 'meetings.series_id')
    .select(['meetings.id', 'meetings.number', 'meetings.year_be', 'meetings.date', 'meeting_series.name_th as series'])
    .where('meetings.date', 'is not', null).orderBy('meetings.date').orderBy('meetings.id').execute();
  const number = (m: (typeof meetings)[number]) => `ครั้งที่ ${formatMeetingNumber(m.number, m.year_be)}`;
  for (const { kind, years } of classes) {
    if (years === null) continue;
    // A record of year Y is due once Y + years <= yearBe, i.e. its meeting was held on or before 31 Dec of (yearBe - years) BE.
    const lastDate = `${yearBe - years - 543}-12-31`;
    const old = meetings.filter((m) => m.date! <= lastDate);
    if (old.length === 0) continue;
    const counts = await countsOf(db, kind, lastDate);
    for (const m of old) {
      const found = counts.get(m.id);
      if (!found) continue;
      out.push({
        meetingId: m.id, meetingLabel: `${m.series} ${number(m)}`, seriesName: m.series, meetingNumber: number(m), meetingDate: m.date, kind, subject: found.subject, count: found.count,
        dueYearBe: yearOf(m.date!) + years, decision: decisions.get(`${m.id}:${kind}`) ?? null,
      });
    }
  }
  return out.sort((a, b) => (a.meetingDate ?? '').localeCompare(b.meetingDate ?? '') || kinds.indexOf(a.kind) - kinds.indexOf(b.kind));
}

/** Per meeting held on or before `lastDate`: how many records of `kind` it still has, and what the list calls them. */
async function countsOf(db: Kysely<DB>, kind: RecordKind, lastDate: string): Promise<Map<string, { count: number; subject: string }>> {
  if (kind === 'minutes') {
    const rows = await db.selectFrom('minutes').innerJoin('meetings', 'meetings.id', 'minutes.meeting_id')
      .select(['minutes.meeting_id as id', 'minutes.status']).where('meetings.date', '<=', lastDate).execute();
    return new Map(rows.map((r) => [r.id, { count: 1, subject: r.status === 'certified' ? 'รับรองแล้ว' : 'ยังไม่รับรอง' }]));
  }
  if (kind === 'working_papers') {
    const rows = await db.selectFrom('minutes_versions').innerJoin('minutes', 'minutes.meeting_id', 'minutes_versions.meeting_id')
      .innerJoin('meetings', 'meetings.id', 'minutes_versions.meeting_id')
      .select(['minutes_versions.meeting_id as id', 'minutes_versions.version'])
      .where('minutes.status', '=', 'certified').where('minutes_versions.status', '!=', 'certified').where('meetings.date', '<=', lastDate)
      .orderBy('minutes_versions.version').execute();
    return group(rows.map((r) => ({ id: r.id, name: `ฉบับที่ ${r.version}` })), (names) => names.join(', '));
  }
  const rows = await db.selectFrom('attachments').innerJoin('agenda_items', 'agenda_items.id', 'attachments.agenda_item_id')
    .innerJoin('meetings', 'meetings.id', 'agenda_items.meeting_id')
    .select(['agenda_items.meeting_id as id', 'attachments.file_name as name']).where('meetings.date', '<=', lastDate)
    .orderBy('attachments.created_at').execute();
  return group(rows, (names) => names.length > 5 ? `${names.slice(0, 5).join(', ')} และอื่น ๆ` : names.join(', '));
}

function group(rows: { id: string; name: string }[], subject: (names: string[]) => string): Map<string, { count: number; subject: string }> {
  const by = new Map<string, string[]>();
  for (const r of rows) by.set(r.id, [...(by.get(r.id) ?? []), r.name]);
  return new Map([...by].map(([id, names]) => [id, { count: names.length, subject: subject(names) }]));
}

async function agencyName(db: Kysely<DB>): Promise<string> {
  const rows = await db.selectFrom('meeting_series').select('document_settings').execute();
  for (const r of rows) {
    const name = String((JSON.parse(r.document_settings) as { letterhead?: { agencyName?: string } }).letterhead?.agencyName ?? '').trim();
    if (name) return name;
  }
  return '........................................';
}

const mediaTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const retentionHandlers: HandlerSlice<'retention.get' | 'retention.update' | 'retention.due' | 'retention.destructionList' | 'retention.decide' | 'retention.destroy'> = {
  'retention.get': async (_a, { db }) => retentionClasses(db),

  'retention.update': async ({ kind, years }, ctx) => {
    await write(ctx, async (w) => {
      if (await w.get('retention_classes', kind)) await w.update('retention_classes', kind, { years, updated_at: w.at });
      else await w.insert('retention_classes', { id: kind, years, updated_at: w.at });
    });
    return retentionClasses(ctx.db);
  },

  'retention.due': async ({ yearBe }, { db }) => ({ yearBe, records: await dueRecords(db, yearBe) }),

  'retention.destructionList': async ({ yearBe, format }, ctx) => {
    const classes = await retentionClasses(ctx.db);
    const data: DestructionListData = {
      yearBe, agency: await agencyName(ctx.db), today: localIsoDate(ctx.now()), records: await dueRecords(ctx.db, yearBe),
      retentionYears: Object.fromEntries(classes.map((c) => [c.kind, c.years])),
    };
    const fileName = `บัญชีหนังสือขอทำลาย ประจำปี ${yearBe}.${format}`;
    const bytes = format === 'xlsx'
      ? await destructionWorkbook(data)
      : (await renderModel(ctx, buildDestructionList(data, resolveDocumentSettings()), 'docx', `retention.destructionList:${yearBe}`)).bytes;
    return { fileName, mediaType: mediaTypes[format], base64: toBase64(bytes), warnings: [] };
  },

  'retention.decide': async (a, ctx) => {
    // Only what is on that year's list can be decided on: never a permanent record, never one still in its period.
    const due = (await dueRecords(ctx.db, a.yearBe)).find((r) => r.meetingId === a.meetingId && r.kind === a.kind);
    if (!due) throw new LekhaError('INVALID', `รายการนี้ไม่อยู่ในบัญชีหนังสือขอทำลาย ประจำปี ${a.yearBe} (ยังไม่ครบกำหนดอายุการเก็บ หรือเป็นหนังสือที่เก็บไว้ตลอดไป) จึงบันทึกการอนุมัติให้ทำลายไม่ได้`);
    if (due.decision) throw new LekhaError('CONFLICT', 'รายการนี้บันทึกการอนุมัติให้ทำลายไว้แล้ว');
    return write(ctx, async (w) => toDecision(await w.insert('destruction_decisions', {
      id: newId(), year_be: a.yearBe, kind: a.kind, meeting_id: a.meetingId, meeting_label: due.meetingLabel, reference: a.reference,
      decided_on: a.decidedOn, recorded_at: w.at, recorded_by: w.actor, carried_out_at: null, carried_out_by: null, removed: null,
    }, a.meetingId)));
  },

  'retention.destroy': async ({ id }, ctx) => {
    const decision = await ctx.db.selectFrom('destruction_decisions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!decision) throw new LekhaError('NOT_FOUND', 'ไม่พบบันทึกการอนุมัติให้ทำลาย จึงไม่ลบสิ่งใด ต้องบันทึกการอนุมัติก่อนทำลาย');
    if (decision.carried_out_at) throw new LekhaError('CONFLICT', 'ทำลายตามบันทึกนี้ไปแล้ว');
    if (!decision.meeting_id) throw new LekhaError('NOT_FOUND', 'การประชุมของบันทึกนี้ถูกลบไปแล้ว');
    if (decision.kind === 'minutes') {
      // The minutes are the record the National Archives Act asks to keep complete (ม.7-8; ม.19 forbids destroying archives):
      // Lekha keeps them whatever a schedule says, and the decision stays recorded for the paper copies.
      throw new LekhaError('INVALID', 'โปรแกรมเลขาไม่ลบรายงานการประชุมออกจากฐานข้อมูล บันทึกการอนุมัติยังคงอยู่สำหรับการทำลายฉบับกระดาษ');
    }
    const meetingId = decision.meeting_id;
    const removedFiles: { sha256: string; stored: string }[] = [];
    const saved = await write(ctx, async (w) => {
      let removed = 0;
      if (decision.kind === 'working_papers') {
        const drafts = await w.trx.selectFrom('minutes_versions').select('id').where('meeting_id', '=', meetingId).where('status', '!=', 'certified').execute();
        for (const d of drafts) await w.remove('minutes_versions', d.id, meetingId);
        removed = drafts.length;
      } else {
        const files = await w.trx.selectFrom('attachments').innerJoin('agenda_items', 'agenda_items.id', 'attachments.agenda_item_id')
          .select(['attachments.id', 'attachments.sha256', 'attachments.stored_path']).where('agenda_items.meeting_id', '=', meetingId).execute();
        for (const f of files) {
          await w.remove('attachments', f.id, meetingId);
          removedFiles.push({ sha256: f.sha256, stored: f.stored_path });
        }
        removed = files.length;
      }
      return toDecision(await w.update('destruction_decisions', id, { carried_out_at: w.at, carried_out_by: w.actor, removed }, meetingId));
    });
    // The stored files go once their rows are gone, unless another meeting's attachment holds the same content.
    for (const f of removedFiles) {
      const stillUsed = await ctx.db.selectFrom('attachments').select('id').where('sha256', '=', f.sha256).executeTakeFirst();
      if (!stillUsed) rmSync(join(ctx.filesDir, f.stored), { force: true });
    }
    return saved;
  },
};
