import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { visibleFileName } from '../../shared/names';
import type { DocumentSettingsPatch } from '../../shared/schemas/document-settings';
import { assertTopSecretConfirmed, type Secrecy } from '../../shared/secrecy';
import { formatMeetingNumber } from '../../shared/numbering';
import { pageSetup } from '../documents/builders/page';
import type { BookFile } from '../documents/book/types';
import { type HandlerSlice, type ServiceContext, toBase64 } from './context';
import { meetingRecord } from './meeting-record';
import { readyFont } from './render';
import { readAppSettings } from './settings';
import { registerSecretExport } from './secret-register';

/** The meeting's attachments with their contents, in the order they were attached (as the agenda lists them). */
async function meetingFiles(ctx: ServiceContext, meetingId: string): Promise<BookFile[]> {
  const rows = await ctx.db.selectFrom('attachments').innerJoin('agenda_items', 'agenda_items.id', 'attachments.agenda_item_id')
    .select(['attachments.agenda_item_id', 'attachments.file_name', 'attachments.media_type', 'attachments.size', 'attachments.stored_path', 'attachments.secrecy'])
    .where('agenda_items.meeting_id', '=', meetingId).orderBy('attachments.created_at').orderBy('attachments.id').execute();
  return Promise.all(rows.map(async (r) => ({
    agendaItemId: r.agenda_item_id,
    fileName: visibleFileName(r.file_name),
    mediaType: r.media_type,
    size: r.size,
    secrecy: r.secrecy as Secrecy,
    // A file missing from the data folder (restored without its attachments) is listed in the book, with a warning.
    bytes: await readFile(join(ctx.filesDir, r.stored_path)).then((b) => new Uint8Array(b), () => null),
  })));
}

/** The meeting book as one PDF; `copy` (`ฉบับที่ 2 ของ 5 ฉบับ`) on every page of a numbered copy. */
export async function makeBook(ctx: ServiceContext, meetingId: string, settings: DocumentSettingsPatch | undefined, copy?: string) {
  const record = await meetingRecord(ctx.db, meetingId, settings);
  const files = await meetingFiles(ctx, meetingId);
  const { font, warnings: fontWarnings } = await readyFont(pageSetup(record, '').font, settings);
  const { noBreakWords } = await readAppSettings(ctx.db);
  const task = `documents.book:${meetingId}`;
  // pdf-lib and the book's code load with the first book, not with every export.
  const { renderBook } = await import('../documents/book/render-book');
  const { bytes, warnings, secrecy } = await renderBook({ record, files, font }, {
    noBreakWords, people: record.people, onProgress: (done, total) => ctx.emit({ type: 'progress', task, done, total }), copy,
  });
  const number = formatMeetingNumber(record.meeting.number, record.meeting.yearBe).replace('/', '-');
  return { bytes, secrecy, fileName: `เอกสารประกอบการประชุม ครั้งที่ ${number}.pdf`, warnings: [...fontWarnings, ...warnings] };
}

export const bookHandlers: HandlerSlice<'documents.book'> = {
  'documents.book': async ({ meetingId, settings, confirmTopSecret }, ctx) => {
    const { bytes, secrecy, fileName, warnings } = await makeBook(ctx, meetingId, settings);
    assertTopSecretConfirmed(secrecy, confirmTopSecret);
    // A book that prints a secrecy class (the meeting's or one item's) is entered in the export register,
    // as every document of a secret meeting is (documents.ts): `lekha verify` then knows the file.
    if (secrecy !== 'none') await registerSecretExport(ctx, { meetingId, kind: 'book', format: 'pdf', fileName, bytes, secrecy });
    return {
      fileName,
      mediaType: 'application/pdf',
      base64: toBase64(bytes),
      warnings,
    };
  },
};
