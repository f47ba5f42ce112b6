import type { Kysely } from 'kysely';
import { formatMeetingNumber } from '../../shared/numbering';
import type { ActionRow } from '../../shared/schemas/actions';
import { resolveDocumentSettings } from '../../shared/schemas/document-settings';
import type { DB } from '../db/types';
import { buildActionTracker, trackerOrder } from '../documents/builders/action-tracker';
import { buildPolicyReport } from '../documents/builders/policy-report';
import { buildPress, pressText } from '../documents/builders/press';
import { trackerCsv, trackerWorkbook } from '../documents/renderers';
import { queryActions } from './action-list';
import type { HandlerSlice } from './context';
import { toOrganisation } from './directory';
import { meetingRecord } from './documents';
import { listPolicies, readPolicy } from './policy-read';
import { renderModel } from './render';

const mediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
} as const;
type Format = keyof typeof mediaTypes;

const file = (name: string, format: Format, bytes: Uint8Array, warnings: string[] = []) => ({
  fileName: `${name}.${format}`, mediaType: mediaTypes[format], base64: Buffer.from(bytes).toString('base64'), warnings,
});
const rendered = (name: string, format: Format, r: { bytes: Uint8Array; warnings: string[] }) => file(name, format, r.bytes, r.warnings);

/** Every action the filter selects, read a page at a time, in the tracker's order (action-tracker.ts `trackerOrder`). */
async function allActions(db: Kysely<DB>, filter: Parameters<typeof queryActions>[1], today: string): Promise<ActionRow[]> {
  const rows: ActionRow[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await queryActions(db, { ...filter, limit: 1000, offset }, today);
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) break;
  }
  const ids = [...new Set(rows.map((r) => r.meetingId))];
  const meetings = ids.length ? await db.selectFrom('meetings').select(['id', 'date', 'year_be', 'number']).where('id', 'in', ids).execute() : [];
  return trackerOrder(rows, new Map(meetings.map((m) => [m.id, { date: m.date, yearBe: m.year_be, number: m.number }])));
}

export const reportHandlers: HandlerSlice<'reports.actions' | 'reports.policies' | 'reports.press'> = {
  'reports.actions': async (a, ctx) => {
    const today = ctx.now().slice(0, 10);
    const { format, settings, ...filter } = a;
    const rows = await allActions(ctx.db, { ...filter, sort: 'due', direction: 'asc', limit: 1000, offset: 0 }, today);
    const organisations = (await ctx.db.selectFrom('organisations').selectAll().execute()).map(toOrganisation);
    const org = organisations.find((o) => o.id === a.organisationId);
    const name = `ตารางติดตามข้อสั่งการ${org ? ` ${org.abbrTh}` : ''}`;
    // One agency's tracker holds its rows only (the query's filter), and its workbook that agency's sheet and summary only.
    if (format === 'xlsx') return file(name, format, await trackerWorkbook(rows, organisations, org?.id ?? null));
    if (format === 'csv') return file(name, format, await trackerCsv(rows, organisations));
    const model = buildActionTracker({ rows, organisations, organisationId: a.organisationId ?? null, today, settings: resolveDocumentSettings(settings) });
    return rendered(name, format, await renderModel(ctx, model, format, `reports.actions:${format}`, settings));
  },

  'reports.policies': async (a, ctx) => {
    const summaries = await listPolicies(ctx.db, a.kind);
    const policies = await Promise.all(summaries.map((p) => readPolicy(ctx.db, p.id)));
    const organisations = (await ctx.db.selectFrom('organisations').selectAll().execute()).map(toOrganisation);
    const model = buildPolicyReport(policies, organisations, resolveDocumentSettings(a.settings), ctx.now().slice(0, 10));
    return rendered('รายงานสถานะนโยบายและร่างกฎหมาย', a.format, await renderModel(ctx, model, a.format, `reports.policies:${a.format}`, a.settings));
  },

  'reports.press': async (a, ctx) => {
    const record = await meetingRecord(ctx.db, a.meetingId);
    const name = `ข่าวประชาสัมพันธ์ ครั้งที่ ${formatMeetingNumber(record.meeting.number, record.meeting.yearBe).replace('/', '-')}`;
    if (a.format === 'txt') return file(name, 'txt', new TextEncoder().encode(pressText(record)));
    return rendered(name, 'docx', await renderModel(ctx, buildPress(record), 'docx', 'reports.press:docx'));
  },
};
