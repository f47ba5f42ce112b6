import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { buildMinutes } from '../../electron/documents/builders/minutes';
import type { MeetingRecord } from '../../electron/documents/builders/record';
import { renderPdf } from '../../electron/documents/pdf/render-pdf';
import { confirmAttendance, coreOnFile, tempDir } from '../helpers/core';
import { pdfText } from '../helpers/documents';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('the command line on a database file');

const lekha = (args: string[]) => spawnSync(process.execPath, ['bin/lekha.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });

/** The offset of a byte in the middle of a page's compressed content stream (the one that draws its text). */
function textStreamByte(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  for (const s of text.matchAll(/stream\r?\n/g)) {
    const start = s.index! + s[0].length;
    const end = text.indexOf('endstream', start);
    try {
      if (inflateSync(pdf.subarray(start, end)).toString('latin1').includes(' TJ')) return start + ((end - start) >> 1);
    } catch {
      // not a deflated stream
    }
  }
  throw new Error('no page content stream found');
}

describeSqlite('lekha verify: which export a file is, and whether it is the certified record', () => {
  it('tells a draft, a circulated version, the certified minutes and a changed copy apart, with exit codes 1, 3, 0, 1', async () => {
    const dir = tempDir();
    const db = join(dir, 'lekha.db');
    expect(lekha(['demo', '--db', db]).status).toBe(0);
    const exportTo = (name: string) => {
      const out = join(dir, name);
      expect(lekha(['export', 'minutes', '--meeting', '2/2568', '--format', 'pdf', '--out', out, '--db', db]).status).toBe(0);
      return out;
    };
    const verify = (file: string) => lekha(['verify', file, '--db', db]);

    const draft = exportTo('draft.pdf');
    const onDraft = verify(draft);
    expect(onDraft.status).toBe(1);
    expect(onDraft.stdout).toContain('เป็นร่างรายงานการประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (Top Executives) ครั้งที่ 2/2568 ที่ยังไม่ได้จัดเก็บเป็นฉบับ');

    // Circulate, then certify by circulation, through the contract on the same file.
    const t = await coreOnFile(db, 'สุดา แก้วมณี');
    const [meeting] = await t.call('meetings.list', {});
    await confirmAttendance(t, meeting.id);
    await t.call('minutes.circulate', { meetingId: meeting.id });
    const circulated = exportTo('circulated.pdf');
    const footer = pdfText(readFileSync(circulated));
    expect(footer).toMatch(/แจ้งเวียนแล้ว ยังไม่ได้รับรอง ฉบับที่ 1 รหัสตรวจสอบ [0-9A-F]{4}-[0-9A-F]{4}/);
    expect(footer).toMatch(/SHA-256 [0-9a-f]{64}/);
    const onCirculated = verify(circulated);
    expect(onCirculated.status).toBe(3);
    expect(onCirculated.stdout).toContain('ฉบับที่ 1 ซึ่งแจ้งเวียนแล้ว ยังไม่ได้รับรอง');

    await t.call('minutes.certify', { meetingId: meeting.id, how: 'circulation', date: '2025-05-02' });
    await t.core.close();
    const certified = exportTo('certified.pdf');
    const printed = pdfText(readFileSync(certified));
    const hash = /SHA-256 ([0-9a-f]{64})/.exec(printed)![1];
    expect(printed).toContain(`รับรองแล้ว ฉบับที่ 2 รหัสตรวจสอบ ${hash.slice(0, 4).toUpperCase()}-${hash.slice(4, 8).toUpperCase()}`);
    const onCertified = verify(certified);
    expect(onCertified.status).toBe(0);
    expect(onCertified.stdout).toContain('ฉบับที่ 2 ที่รับรองแล้ว ทุกไบต์');
    // The file exported before certification is still a faithful copy of version 1, which is not the certified one.
    expect(verify(circulated).stdout).toContain('ต่อมาได้รับรองฉบับอื่น');

    // One byte changed: no longer the certified record, and the file's own claim is checked against version 2.
    const changed = Buffer.from(readFileSync(certified));
    changed[textStreamByte(changed)] ^= 0x01;
    const copy = join(dir, 'changed.pdf');
    writeFileSync(copy, changed);
    const onChanged = verify(copy);
    expect(onChanged.status).toBe(1);
    expect(onChanged.stdout).toContain('ฉบับที่ 2 แต่ไม่ตรงกับไฟล์ใดที่ส่งออกจากฐานข้อมูลนี้');

    // A forgery that keeps the file's claim (as a PDF editor keeps its properties) but changes a resolution:
    // the changed paragraph is named.
    const version = new Database(db, { readonly: true }).prepare("select content from minutes_versions where version = 2").pluck().get() as string;
    const print = (JSON.parse(version) as { print: MeetingRecord }).print;
    const item = print.meeting.agendaItems.find((i) => i.resolution.length > 20)!;
    const forged = { ...print, certifiedHash: hash, printedVersion: { number: 2, hash, status: 'certified' as const } };
    forged.meeting = { ...print.meeting, agendaItems: print.meeting.agendaItems.map((i) => (i === item ? { ...i, resolution: 'ที่ประชุมไม่เห็นชอบ' } : i)) };
    const forgery = join(dir, 'forged.pdf');
    writeFileSync(forgery, await renderPdf(buildMinutes(forged)));
    const onForgery = verify(forgery);
    expect(onForgery.status).toBe(1);
    expect(onForgery.stdout).toContain('ข้อความ 1 ย่อหน้าไม่ตรงกับฉบับที่จัดเก็บ');
    expect(onForgery.stdout).toContain(`- ไม่ตรงกับฉบับที่จัดเก็บ: “มติที่ประชุม ${item.resolution.slice(0, 20)}`);
  }, 120_000);
});
