import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { buildMinutes } from '../../electron/documents/builders/minutes';
import type { MeetingRecord } from '../../electron/documents/builders/record';
import { renderPdf } from '../../electron/documents/pdf/render-pdf';
import { pdfTextPages } from '../../electron/services/pdf-text';
import { bodyBand, versionParagraphs } from '../../electron/services/verify';
import { certifiedCabinet, lekha } from '../helpers/certified-cabinet';
import { pdfText } from '../helpers/documents';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('the command line on a database file');

const squeeze = (text: string) => text.replace(/\s+/g, '');
const listed = (out: string) => out.split('\n').filter((l) => l.startsWith('  - '));

describeSqlite('lekha verify on a real long meeting (the Cabinet), whose paragraphs run across page breaks', () => {
  it('lists no paragraph differences for a copy with bytes appended, and only the one paragraph whose word was changed', async () => {
    const { dir, db, certified } = await certifiedCabinet();
    expect(lekha(['verify', certified, '--db', db]).status).toBe(0);

    // The premise: some paragraphs of this meeting start on one page and end on the next, where the
    // page number and the footer (version, code, SHA-256) are printed in between.
    const version = new Database(db, { readonly: true }).prepare('select content from minutes_versions where version = 2').pluck().get() as string;
    const print = (JSON.parse(version) as { print: MeetingRecord }).print;
    const model = buildMinutes(print);
    const pages = (await pdfTextPages(readFileSync(certified), bodyBand(model))).map(squeeze);
    const split = versionParagraphs(model).filter((p) => !pages.some((page) => page.includes(squeeze(p))));
    expect(split.length).toBeGreaterThan(0);
    expect(split.every((p) => pages.join('').includes(squeeze(p)))).toBe(true);

    // Bytes appended after %%EOF (as some archives and mail gateways do): the text is the record's.
    const appended = join(dir, 'appended.pdf');
    writeFileSync(appended, Buffer.concat([readFileSync(certified), Buffer.from('\n% kept by the archive\n')]));
    const onAppended = lekha(['verify', appended, '--db', db]);
    expect(onAppended.status).toBe(1);
    expect(onAppended.stdout).toContain('ข้อความทุกย่อหน้าที่ตรวจได้ตรงกับฉบับที่จัดเก็บ');
    expect(listed(onAppended.stdout)).toEqual([]);

    // One word of one paragraph that runs across a page break changed, the file's claim kept (as a PDF
    // editor keeps its properties): that paragraph is named, and no other.
    const item = print.meeting.agendaItems.find((i) => split.some((p) => squeeze(p).includes(squeeze(i.summary))))!;
    expect(item).toBeDefined();
    const at = item.summary.lastIndexOf('และ');
    const summary = `${item.summary.slice(0, at)}หรือ${item.summary.slice(at + 3)}`;
    const hash = /SHA-256 ([0-9a-f]{64})/.exec(pdfText(readFileSync(certified)))![1];
    const forged = { ...print, certifiedHash: hash, printedVersion: { number: 2, hash, status: 'certified' as const } };
    forged.meeting = { ...print.meeting, agendaItems: print.meeting.agendaItems.map((i) => (i === item ? { ...i, summary } : i)) };
    const forgery = join(dir, 'forged.pdf');
    writeFileSync(forgery, await renderPdf(buildMinutes(forged)));
    const onForgery = lekha(['verify', forgery, '--db', db]);
    expect(onForgery.status).toBe(1);
    expect(onForgery.stdout).toContain('ข้อความ 1 ย่อหน้าไม่ตรงกับฉบับที่จัดเก็บ');
    const named = split.find((p) => squeeze(p).includes(squeeze(item.summary)))!;
    expect(onForgery.stdout).toContain(`- ไม่ตรงกับฉบับที่จัดเก็บ: “${named.slice(0, 40)}`);
    expect(listed(onForgery.stdout)).toHaveLength(1);
  }, 240_000);
});
