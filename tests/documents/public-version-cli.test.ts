import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import type { Result } from '../../shared/contract';
import { section15Categories } from '../../shared/disclosure';
import { tempDir } from '../helpers/core';
import { docxParagraphs, pdfFonts, pdfText, squash } from '../helpers/documents';

const bin = new URL('../../bin/lekha.mjs', import.meta.url).pathname;
const lekha = (args: string[], cwd?: string) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd });

describe('lekha export public', () => {
  it('from a fresh demo: the withheld item by heading, category and reason; written private, named by itself without --out', async () => {
    const dir = tempDir();
    const db = join(dir, 'lekha.db');
    expect(lekha(['demo', '--db', db]).status).toBe(0);
    // The setting is made through the contract (the item form's call); the command only exports.
    const core = await openCore({ dbPath: db, log: () => {} });
    const found = await core.invoke('meetings.find', { number: '2/2568' });
    if (!found.ok) throw new Error(found.error.message);
    const detail = await core.invoke('meetings.get', { id: (found.value as Result<'meetings.find'>).id });
    if (!detail.ok) throw new Error(detail.error.message);
    const item = (detail.value as Result<'meetings.get'>).agendaItems.find((i) => i.resolution.length > 60)!;
    const reason = 'ร่างกฎหมายยังอยู่ระหว่างการพิจารณาของสำนักงานคณะกรรมการกฤษฎีกา';
    expect((await core.invoke('disclosure.set', { agendaItemId: item.id, status: 'withheld', category: '3', reason })).ok).toBe(true);
    await core.close();

    const r = lekha(['export', 'public', '--meeting', '2/2568', '--format', 'pdf', '--db', db], dir);
    expect(r.status, r.stderr).toBe(0);
    const name = 'มติการประชุม ครั้งที่ 2-2568 ฉบับเผยแพร่.pdf';
    expect(readdirSync(dir)).toContain(name);
    expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
    const pdf = readFileSync(join(dir, name));
    const text = squash(pdfText(pdf));
    expect(text).toContain(squash(item.subject));
    expect(text).not.toContain(squash(item.resolution));
    expect(text).toContain(squash(`มาตรา 15 (3) แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 คือ ${section15Categories['3']}`));
    expect(text).toContain(squash(reason));
    expect(pdfFonts(pdf).every((f) => f.embedded && f.name.includes('Sarabun'))).toBe(true);

    const out = join(dir, 'public.docx');
    expect(lekha(['export', 'public', '--meeting', '2/2568', '--format', 'docx', '--thai-digits', '--out', out, '--db', db]).status).toBe(0);
    const docx = squash(docxParagraphs(readFileSync(out)).join('\n'));
    expect(docx).toContain('มาตรา๑๕(๓)');
    expect(docx).not.toContain(squash(item.resolution));
  });

  it('refuses a format the public version does not have', () => {
    const r = lekha(['export', 'public', '--meeting', '2/2568', '--format', 'xlsx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format pdf');
  });
});
