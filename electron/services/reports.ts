import { assertFileClearance, trackerAgency } from './auth/agency';
import { assertTopSecretConfirmed, highestSecrecy } from '../../shared/secrecy';
import { LekhaError } from '../../shared/errors';
import { formatMeetingNumber } from '../../shared/numbering';
import { localIsoDate } from '../../shared/local-time';
import type { ActionRow } from '../../shared/schemas/actions';
import { resolveDocumentSettings, secrecyLabels } from '../../shared/schemas/document-settings';
import { buildActionTracker } from '../documents/builders/action-tracker';
import { buildPolicyReport, citedItems } from '../documents/builders/policy-report';
import { buildPress, pressText } from '../documents/builders/press';
import { trackerCsv, trackerWorkbook } from '../documents/renderers';
import type { TrackerSource } from '../documents/sheets/tracker-sheets';
import { countsByOwner, trackerRows, trackerSecrecy } from './action-export';
import { type HandlerSlice, toBase64 } from './context';
import { toOrganisation } from './directory';
import { meetingRecord } from './documents';
import { listPolicies, readPolicy } from './policy-read';
import { itemsSecrecy } from './item-secrecy';
import { renderModel } from './render';
import { registerSecretExport } from './secret-register';

const mediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
} as const;
type Format = keyof typeof mediaTypes;

const file = (name: string, format: Format, bytes: Uint8Array, warnings: string[] = []) => ({
  fileName: `${name}.${format}`, mediaType: mediaTypes[format], base64: toBase64(bytes), warnings,
});
const rendered = (name: string, format: Format, r: { bytes: Uint8Array; warnings: string[] }) => file(name, format, r.bytes, r.warnings);

/** Every row of a tracker, in its order (PDF and DOCX lay the table out from all its rows). */
async function allRows(source: TrackerSource): Promise<ActionRow[]> {
  const rows: ActionRow[] = [];
  for await (const batch of source.rows()) rows.push(...batch);
  return rows;
}

export const reportHandlers: HandlerSlice<'reports.actions' | 'reports.policies' | 'reports.press'> = {
  'reports.actions': async (a, ctx) => {
    const today = localIsoDate(ctx.now());
    const { format, settings, confirmTopSecret, ...asked } = a;
    const filter = { ...asked, organisationId: await trackerAgency(ctx, asked.organisationId) };
    // A tracker holding a directive of a secret item is itself secret, in every format (issue 14).
    const secrecy = await trackerSecrecy(ctx.db, filter, today);
    assertFileClearance(ctx, secrecy);
    assertTopSecretConfirmed(highestSecrecy(secrecy, settings?.secrecy), confirmTopSecret);
    const organisations = (await ctx.db.selectFrom('organisations').selectAll().execute()).map(toOrganisation);
    const org = organisations.find((o) => o.id === filter.organisationId);
    const name = `ตารางติดตามข้อสั่งการ${org ? ` ${org.abbrTh}` : ''}`;
    // One agency's tracker holds its rows only (the query's filter), and its workbook that agency's sheet and summary only.
    const source: TrackerSource = {
      organisations, organisationId: org?.id ?? null, secrecy: secrecyLabels[highestSecrecy(secrecy, settings?.secrecy)],
      counts: format === 'xlsx' ? await countsByOwner(ctx.db, filter, today) : [],
      rows: (organisationId) => trackerRows(ctx.db, { ...filter, organisationId: organisationId ?? filter.organisationId }, today),
    };
    // Made in a function of its own so the rows and the model are let go before the file is encoded as
    // base64: on a 50,000-row tracker they outweigh the file (docs/benchmarks.md).
    const made = await (async () => {
      if (format === 'xlsx') return { bytes: await trackerWorkbook(source), warnings: [] };
      if (format === 'csv') return { bytes: await trackerCsv(source), warnings: [] };
      // The rows are let go once the model holds their text.
      const model = buildActionTracker({ rows: await allRows(source), organisations, organisationId: a.organisationId ?? null, today, settings: resolveDocumentSettings(settings), secrecy });
      return renderModel(ctx, model, format, `reports.actions:${format}`, settings);
    })();
    // A secret tracker is a secret document handed out: it goes in the register like the minutes.
    const shown = highestSecrecy(secrecy, settings?.secrecy);
    if (shown !== 'none') await registerSecretExport(ctx, { meetingId: a.meetingId ?? null, kind: 'actions', format, fileName: `${name}.${format}`, bytes: made.bytes, secrecy: shown });
    return rendered(name, format, made);
  },

  'reports.policies': async (a, ctx) => {
    const summaries = await listPolicies(ctx.db, a.kind);
    const policies = await Promise.all(summaries.map((p) => readPolicy(ctx.db, p.id)));
    // The report prints what was decided at items (the last movement and its note, the latest values):
    // it takes the class of those items and their meetings, like the tracker (issue 14).
    const secrecy = highestSecrecy(await itemsSecrecy(ctx.db, policies.flatMap(citedItems)), a.settings?.secrecy);
    assertTopSecretConfirmed(secrecy, a.confirmTopSecret);
    const organisations = (await ctx.db.selectFrom('organisations').selectAll().execute()).map(toOrganisation);
    const model = buildPolicyReport(policies, organisations, resolveDocumentSettings({ ...a.settings, secrecy }), localIsoDate(ctx.now()));
    const name = 'รายงานสถานะนโยบายและร่างกฎหมาย';
    const made = await renderModel(ctx, model, a.format, `reports.policies:${a.format}`, a.settings);
    if (secrecy !== 'none') await registerSecretExport(ctx, { meetingId: null, kind: 'policies', format: a.format, fileName: `${name}.${a.format}`, bytes: made.bytes, secrecy });
    return rendered(name, a.format, made);
  },

  'reports.press': async (a, ctx) => {
    const record = await meetingRecord(ctx.db, a.meetingId);
    // Nothing of a ลับที่สุด meeting goes into a text meant for the public, not even that it met (issue 14).
    if (record.meeting.secrecy === 'top_secret') throw new LekhaError('INVALID', 'การประชุมนี้มีชั้นความลับ "ลับที่สุด" จึงไม่ทำร่างข่าวประชาสัมพันธ์', 'meetingId');
    const name = `ข่าวประชาสัมพันธ์ ครั้งที่ ${formatMeetingNumber(record.meeting.number, record.meeting.yearBe).replace('/', '-')}`;
    if (a.format === 'txt') return file(name, 'txt', new TextEncoder().encode(pressText(record)));
    return rendered(name, 'docx', await renderModel(ctx, buildPress(record), 'docx', 'reports.press:docx'));
  },
};
