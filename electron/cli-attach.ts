import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { MAX_ATTACHMENT_BYTES } from '../shared/schemas/attachments';
import { toArabicDigits } from '../shared/thai';
import { CliError, type CommandInput, call, optional, required, withCore } from './cli-common';
import { meetingId } from './cli-export';

/** What the desktop app's file picker would report for the usual kinds of meeting papers. */
const mediaTypes: Record<string, string> = {
  '.pdf': 'application/pdf', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.tif': 'image/tiff', '.tiff': 'image/tiff', '.txt': 'text/plain', '.csv': 'text/csv', '.zip': 'application/zip',
  '.doc': 'application/msword', '.xls': 'application/vnd.ms-excel', '.ppt': 'application/vnd.ms-powerpoint',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text', '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
};

interface Item {
  id: string;
  number: string;
  subject: string;
}

/** Each file read whole before the database is opened: a missing or oversized file changes nothing. */
function readFiles(paths: string[]): { name: string; bytes: Buffer }[] {
  return paths.map((path) => {
    let size: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) throw new CliError(`"${path}" ไม่ใช่ไฟล์`);
      size = stat.size;
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`ไม่พบไฟล์ "${path}"`);
    }
    if (size > MAX_ATTACHMENT_BYTES) throw new CliError(`ไฟล์ "${path}" ใหญ่เกิน 50 MB จึงแนบไม่ได้`);
    return { name: basename(path), bytes: readFileSync(path) };
  });
}

/**
 * `lekha attach --meeting 2/2568 --item 4.1 FILE…`: each file attached to the agenda item through the
 * attachments service, as the desktop app attaches it. A file whose contents the item already has is
 * not attached twice, so running the same command again changes nothing.
 */
export async function run(input: CommandInput): Promise<void> {
  if (input.args.length === 0) throw new CliError(`ต้องระบุไฟล์ที่จะแนบ\n\n${input.usage}`, 2);
  const meeting = required(input, 'meeting');
  const number = toArabicDigits(required(input, 'item')).replace(/^ระเบียบวาระที่\s*/, '').trim();
  const files = readFiles(input.args);
  await withCore(input, async (core) => {
    const id = await meetingId(core, { meeting, series: optional(input, 'series') });
    const { agendaItems } = await call<{ agendaItems: Item[] }>(core, 'meetings.get', { id });
    const item = agendaItems.find((i) => i.number === number);
    if (!item) {
      throw new CliError(`การประชุมครั้งที่ ${meeting} ไม่มีระเบียบวาระที่ ${number} (มี ${agendaItems.map((i) => i.number).join(', ') || 'ไม่มีระเบียบวาระ'})`);
    }
    const existing = await call<{ agendaItemId: string; sha256: string }[]>(core, 'attachments.list', { meetingId: id });
    const held = new Set(existing.filter((a) => a.agendaItemId === item.id).map((a) => a.sha256));
    for (const file of files) {
      if (held.has(createHash('sha256').update(file.bytes).digest('hex'))) {
        console.log(`ระเบียบวาระที่ ${number} มีไฟล์ "${file.name}" นี้อยู่แล้ว จึงไม่แนบซ้ำ`);
        continue;
      }
      const mediaType = mediaTypes[extname(file.name).toLowerCase()] ?? 'application/octet-stream';
      const added = await call<{ fileName: string; sha256: string }>(core, 'attachments.add', {
        agendaItemId: item.id, fileName: file.name, mediaType, base64: file.bytes.toString('base64'),
      });
      held.add(added.sha256);
      console.log(`แนบ "${added.fileName}" กับระเบียบวาระที่ ${number} เรื่อง ${item.subject} แล้ว`);
    }
  });
}
