// Run inside a private mount namespace on a small tmpfs (see disk-full.test.ts): fills the disk, then
// adds an attachment and writes records, and prints what happened as JSON.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../electron/api';

const dir = process.argv[2];
const logged: string[] = [];
const core = await openCore({ dbPath: join(dir, 'lekha.db'), log: (e) => logged.push(String((e as { code?: string }).code ?? e)) });
const call = async (method: string, args: unknown) => {
  const a = await core.invoke(method, args);
  if (!a.ok) throw new Error(`${method}: ${a.error.message}`);
  return a.value as { id: string; sections: { id: string }[] };
};
const series = await call('series.create', { nameTh: 'ทดสอบดิสก์เต็ม' });
const meeting = await call('meetings.create', { seriesId: series.id, date: '2026-11-30' });
const item = await call('agenda.create', { meetingId: meeting.id, sectionId: series.sections[3].id, subject: 'เอกสารแนบขนาดใหญ่' });

// Fill the disk, leaving less room than the attachment needs.
const free = () => { const s = statfsSync(dir); return s.bavail * s.bsize; };
const attachment = Buffer.alloc(600 * 1024, 7);
writeFileSync(join(dir, 'filler'), Buffer.alloc(Math.max(0, free() - 200 * 1024)));
const add = () => core.invoke('attachments.add', { agendaItemId: item.id, fileName: 'ภาคผนวก.pdf', base64: attachment.toString('base64') });
const refused = await add();
const record = await core.invoke('agenda.update', { id: item.id, discussion: 'ที่ประชุมอภิปราย'.repeat(6_000) });
const after = await core.invoke('meetings.get', { id: meeting.id });
const discussionAfter = after.ok ? (after.value as { agendaItems: { id: string; discussion: string }[] }).agendaItems.find((i) => i.id === item.id)?.discussion : null;
const filesAfterRefusal = (() => { try { return readdirSync(join(dir, 'attachments'), { recursive: true }).map(String); } catch { return []; } })();

rmSync(join(dir, 'filler'));
const accepted = await add();
const stored = readdirSync(join(dir, 'attachments'), { recursive: true }).map(String).filter((f) => f.length > 60);
const hash = createHash('sha256').update(readFileSync(join(dir, 'attachments', stored[0]))).digest('hex');
await core.close();
process.stdout.write(JSON.stringify({
  refused: refused.ok ? null : refused.error, recordRefused: record.ok ? null : record.error, discussionAfter, filesAfterRefusal,
  logged, accepted: accepted.ok, storedHashMatches: hash === createHash('sha256').update(attachment).digest('hex'),
}));
