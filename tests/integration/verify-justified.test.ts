// Issue 9, point 1: justified Thai lines take their spare width at word joints and between clusters
// as well as at spaces. `lekha verify` reads the certified PDF's text back and compares it with the
// stored version, paragraph by paragraph; the added space must not read as text (a space inside a
// word would break the comparison). Checked on the real Cabinet meeting, set justified.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmAttendance, coreOnFile, tempDir } from '../helpers/core';
import { spacedLines } from '../helpers/pdf-lines';
import { realMeetingFile } from '../helpers/real-meeting';

const lekha = (args: string[]) => spawnSync(process.execPath, ['bin/lekha.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('lekha verify on justified minutes of a real long meeting', () => {
  it('reads every paragraph of a justified certified PDF with bytes appended as equal to the stored version', async () => {
    const dir = tempDir();
    const db = join(dir, 'lekha.db');
    const file = join(dir, 'meeting.json');
    writeFileSync(file, JSON.stringify(realMeetingFile('cabinet-style')));
    expect(lekha(['import', 'meeting', file, '--db', db]).status).toBe(0);
    const t = await coreOnFile(db, 'สุดา แก้วมณี');
    const [meeting] = await t.call('meetings.list', {});
    await t.call('series.update', { id: meeting.seriesId, documentSettings: { align: 'justify' } });
    await confirmAttendance(t, meeting.id);
    await t.call('minutes.circulate', { meetingId: meeting.id });
    await t.call('minutes.certify', { meetingId: meeting.id, how: 'circulation', date: '2023-03-20' });
    await t.core.close();
    const certified = join(dir, 'certified.pdf');
    expect(lekha(['export', 'minutes', '--meeting', '1/2566', '--format', 'pdf', '--out', certified, '--db', db]).stderr).toBe('');

    // The premise: the body is justified, with space added inside Thai runs (at joints and between clusters).
    const stretchedInsideThai = spacedLines(readFileSync(certified)).filter((l) =>
      l.extra.some((e, k) => e > 0.01 && /[ก-ฮ]/.test(l.clusters[k]) && /[ก-๛]/.test(l.clusters[k + 1] ?? '')),
    );
    expect(stretchedInsideThai.length).toBeGreaterThan(500);

    expect(lekha(['verify', certified, '--db', db]).status).toBe(0);
    // Bytes appended after %%EOF: no longer the certified file byte for byte, so verify reads its
    // text paragraph by paragraph, and finds every one equal to the record's.
    const appended = join(dir, 'appended.pdf');
    writeFileSync(appended, Buffer.concat([readFileSync(certified), Buffer.from('\n% kept by the archive\n')]));
    const onAppended = lekha(['verify', appended, '--db', db]);
    expect(onAppended.stdout).toContain('ข้อความทุกย่อหน้าที่ตรวจได้ตรงกับฉบับที่จัดเก็บ');
    expect(onAppended.stdout.split('\n').filter((l) => l.startsWith('  - '))).toEqual([]);
  }, 240_000);
});
