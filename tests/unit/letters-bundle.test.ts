import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { LetterFile } from '../../shared/schemas/letters';
import { base64ToBytes } from '../../renderer/lib/download';
import { bundleLetters } from '../../renderer/lib/letters-bundle';

const file = (fileName: string, text: string, role: LetterFile['role'] = 'letter'): LetterFile => ({
  fileName, mediaType: 'application/pdf', base64: Buffer.from(text).toString('base64'), role, recipient: role === 'letter' ? 'ผู้อำนวยการสำนักงานสถิติแห่งชาติ' : '', organisationId: null,
});

describe('the letters as one download', () => {
  it('one letter is the file itself, under the name the core gave it', async () => {
    const out = await bundleLetters('หนังสือแจ้งมติ ครั้งที่ 2-2568', { files: [file('แจ้งมติ - 01 สสช.pdf', '%PDF-1.7 หนึ่ง')], warnings: ['ตรวจคำขึ้นต้น'] });
    expect(out).toEqual({ fileName: 'แจ้งมติ - 01 สสช.pdf', mediaType: 'application/pdf', base64: Buffer.from('%PDF-1.7 หนึ่ง').toString('base64'), warnings: ['ตรวจคำขึ้นต้น'] });
  });

  it('several letters are one ZIP holding each, byte for byte, under its Thai name', async () => {
    // Large enough that turning the ZIP into base64 in one call would overflow the stack.
    const big = 'ก'.repeat(300_000);
    const files = [file('เชิญประชุม - 01 นางสาวพรทิพย์ ศรีสุข.pdf', big), file('เชิญประชุม - 02 นายวิชัย รุ่งเรือง.pdf', '%PDF สอง'), file('สิ่งที่ส่งมาด้วย ระเบียบวาระ.pdf', '%PDF วาระ', 'enclosure')];
    const out = await bundleLetters('หนังสือเชิญประชุม ครั้งที่ 2-2568', { files, warnings: [] });
    expect(out.fileName).toBe('หนังสือเชิญประชุม ครั้งที่ 2-2568.zip');
    expect(out.mediaType).toBe('application/zip');
    expect(out.warnings).toBeUndefined();
    const entries = unzipSync(base64ToBytes(out.base64));
    expect(Object.keys(entries)).toEqual(files.map((f) => f.fileName));
    expect(strFromU8(entries[files[0].fileName])).toBe(big);
    expect(strFromU8(entries[files[2].fileName])).toBe('%PDF วาระ');
  });
});
