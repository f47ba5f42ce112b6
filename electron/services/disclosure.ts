import { versionOf } from '../db/versioned';
import { formatMeetingNumber } from '../../shared/numbering';
import type { Section15Category } from '../../shared/disclosure';
import { LekhaError } from '../../shared/errors';
import type { ItemDisclosure } from '../../shared/schemas/disclosure';
import type { ItemDisclosureTable } from '../db/types';
import { buildPublicVersion, type Withholding } from '../documents/builders/public-version';
import { type HandlerSlice, toBase64 } from './context';
import { meetingRecord } from './meeting-record';
import { certifiedRecord } from './printed-record';
import { renderModel } from './render';
import { write } from './write';

const toDisclosure = (r: ItemDisclosureTable): ItemDisclosure => ({ agendaItemId: r.id, status: r.status, category: r.category, reason: r.reason, version: versionOf(r) });

const mediaTypes = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

export const disclosureHandlers: HandlerSlice<'disclosure.list' | 'disclosure.set' | 'documents.publicVersion'> = {
  'disclosure.list': async ({ meetingId }, { db }) =>
    (await db.selectFrom('item_disclosure').innerJoin('agenda_items', 'agenda_items.id', 'item_disclosure.id')
      .selectAll('item_disclosure').where('agenda_items.meeting_id', '=', meetingId).execute()).map(toDisclosure),

  // Deciding what is published is not a change to the record: it stays open after the minutes are
  // certified (that is when a public version is usually made), so no lock is checked here.
  'disclosure.set': (a, ctx) =>
    write(ctx, async (w) => {
      const item = await w.trx.selectFrom('agenda_items').select('meeting_id').where('id', '=', a.agendaItemId).executeTakeFirst();
      if (!item) throw new LekhaError('NOT_FOUND', 'ไม่พบระเบียบวาระนี้ อาจถูกลบไปแล้ว', 'agendaItemId');
      const row = {
        status: a.status, category: a.status === 'withheld' ? a.category : null, reason: a.status === 'withheld' ? a.reason.trim() : '', updated_at: w.at,
      };
      const existing = await w.get('item_disclosure', a.agendaItemId);
      const saved = existing
        ? await w.update('item_disclosure', a.agendaItemId, row, item.meeting_id)
        : await w.insert('item_disclosure', { id: a.agendaItemId, ...row }, item.meeting_id);
      return toDisclosure(saved);
    }),

  'documents.publicVersion': async (a, ctx) => {
    // Resolutions as certified where they are; the draft otherwise (the builder marks it ร่าง).
    const record = (await certifiedRecord(ctx.db, a.meetingId, a.settings)) ?? (await meetingRecord(ctx.db, a.meetingId, a.settings));
    if (record.meeting.secrecy !== 'none') {
      throw new LekhaError('INVALID', 'การประชุมนี้มีชั้นความลับทั้งการประชุม จึงไม่มีฉบับเผยแพร่ หากยกเลิกชั้นความลับแล้ว กรุณาแก้ชั้นความลับของการประชุมก่อน');
    }
    // Today's classes as well as the certified ones: an item classified after certification stays out too.
    const live = await ctx.db.selectFrom('agenda_items').select(['id', 'secrecy']).where('meeting_id', '=', a.meetingId).execute();
    const secretIds = new Set(live.filter((i) => i.secrecy !== 'none').map((i) => i.id));
    const rows = await ctx.db.selectFrom('item_disclosure').selectAll().where('id', 'in', live.length ? live.map((i) => i.id) : ['']).where('status', '=', 'withheld').execute();
    const withheld = new Map<string, Withholding>(rows.map((r) => [r.id, { category: r.category as Section15Category, reason: r.reason }]));
    const model = buildPublicVersion(record, withheld, secretIds);
    const task = `documents.publicVersion:${a.meetingId}:${a.format}`;
    const { bytes, warnings } = await renderModel(ctx, model, a.format, task, a.settings, record.people);
    const number = formatMeetingNumber(record.meeting.number, record.meeting.yearBe).replace('/', '-');
    return { fileName: `มติการประชุม ครั้งที่ ${number} ฉบับเผยแพร่.${a.format}`, mediaType: mediaTypes[a.format], base64: toBase64(bytes), warnings };
  },
};
