// Issue 9, point 1: justified Thai lines take their spare width at word joints and between clusters
// as well as at spaces. `lekha verify` reads the certified PDF's text back and compares it with the
// stored version, paragraph by paragraph; the added space must not read as text (a space inside a
// word would break the comparison). Checked on the real Cabinet meeting, set justified.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { certifiedCabinet, lekha } from '../helpers/certified-cabinet';
import { spacedLines } from '../helpers/pdf-lines';

describe('lekha verify on justified minutes of a real long meeting', () => {
  it('reads every paragraph of a justified certified PDF with bytes appended as equal to the stored version', async () => {
    const { dir, db, certified } = await certifiedCabinet({ align: 'justify' });

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
