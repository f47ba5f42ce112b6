// LibreOffice broke the real Cabinet minutes' DOCX inside years, numbers and Latin words
// (`22 มีนาคม 2|565`, `12,58|8.95`, `M|Hz`, `SHA-25|6`): text whose Latin language (`w:lang w:val`) is th-TH
// is broken with its Thai dictionary, which cuts between any two characters it does not know. The runs
// now say English for Latin letters and digits and Thai for Thai (issue 9 point 2; electron/documents/docx/runs.ts).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { docxParagraphs, libreOfficePdf, pdfText } from '../helpers/documents';
import { realMeetingFile } from '../helpers/real-meeting';

const bytes = (file: { base64: string }) => new Uint8Array(Buffer.from(file.base64, 'base64'));
const D = '[0-9๐-๙]';
const MONTHS = 'มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม';
// What a reader keeps on one line, written out here rather than taken from the code under test: a date,
// พ.ศ. with its year, a number with its separators, a number with its `.` or `)`, a Latin word (SHA-256,
// COVID-19, a group of a hash).
const GROUPS = [
  new RegExp(`${D}{1,2} (?:${MONTHS}) ${D}{4}`, 'g'),
  new RegExp(`พ\\.ศ\\. ?${D}{4}`, 'g'),
  new RegExp(`${D}+(?:[,.:]${D}+)*`, 'g'),
  new RegExp(`\\(?${D}+[.)](?!${D})`, 'g'),
  /[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g,
];

/** The places LibreOffice's page text ends a line inside one of the source's groups, as `left|right`. */
function splitGroups(source: string[], docx: Uint8Array): string[] {
  // Spaces aside (pdftotext drops a line's last space), line ends kept; page numbers, the ร่าง mark and the draft's
  // footer are no lines of the text (a group cut across a page break is found too).
  const lines = pdfText(libreOfficePdf(docx)).split(/[\n\f]/).map((l) => l.replace(/\s+/g, ''));
  const text = lines.filter((l) => l && l !== 'ร่าง' && !/^-[0-9๐-๙]+-$/.test(l) && !l.startsWith('ร่างยังไม่ได้รับรองรหัสร่าง')).join('\n');
  const found = new Set<string>();
  const squash = (s: string) => s.replace(/\s+/g, '');
  for (const paragraph of source.map((p) => p.replaceAll('\u00a0', ' '))) {
    for (const pattern of GROUPS) {
      for (const m of paragraph.matchAll(pattern)) {
        const end = m.index + m[0].length;
        // Three characters of context each side, so a group found elsewhere whole does not count.
        const before = squash(paragraph.slice(0, m.index)).slice(-3);
        const after = squash(paragraph.slice(end)).slice(0, 3);
        for (let k = 1; k < m[0].length; k++) {
          const [left, right] = [squash(m[0].slice(0, k)), squash(m[0].slice(k))];
          if (left && right && text.includes(`${before}${left}\n${right}${after}`)) found.add(`${m[0].slice(0, k)}|${m[0].slice(k)}`);
        }
      }
    }
  }
  return [...found];
}

/** The same DOCX with every run's languages Thai, as Lekha wrote it before. */
function latinAsThai(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  for (const part of ['word/document.xml', 'word/styles.xml']) {
    files[part] = strToU8(strFromU8(files[part]).replace(/w:val="en-US" w:eastAsia="th-TH" w:bidi="[a-zA-Z-]+"/g, 'w:val="th-TH" w:eastAsia="th-TH" w:bidi="th-TH"'));
  }
  return zipSync(files);
}

describe('years, numbers and Latin words in the DOCX stay whole in LibreOffice (issue 9 point 2)', () => {
  it('the real Cabinet minutes with an electronic-meeting evidence paragraph: no line ends inside a date, a number or a hash', async () => {
    const t = await testCore();
    const { meetingId } = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') });
    await t.call('meetings.update', { id: meetingId, mode: 'hybrid' });
    await t.call('evidence.setRecording', {
      meetingId, fileName: 'GMT20230314-020512_Recording_1920x1080.mp4', durationSeconds: 10_768,
      sha256: '968d1ecc26d1471839c2a4f0b5e6d7c8a9b0c1d2e3f405162738495a6b7c8d9e', location: 'เครื่องแม่ข่ายจัดเก็บเอกสาร กลุ่มงานประชุม',
    });
    const docx = bytes(await t.call('documents.export', { meetingId, kind: 'minutes', format: 'docx' }));
    const source = docxParagraphs(docx);
    expect(source.join('\n')).toContain('SHA-256 968d1ecc');
    // Nothing invisible is added to the text a reader copies: the words are the source's.
    expect(source.join('\n')).not.toMatch(/[\u2060\u200b\ufeff]/);

    const split = splitGroups(source, docx);
    expect(split).toEqual([]);
    // The check can fail: the DOCX as it was written before breaks years, amounts and Latin words.
    const before = splitGroups(source, latinAsThai(docx));
    console.log(`LibreOffice's line ends inside a group, all-Thai languages: ${before.join('  ')}`);
    expect(before.length, before.join(' ')).toBeGreaterThan(3);
  }, 240_000);

  it('the same minutes in Thai digits: no line ends inside a date, a year or a number', async () => {
    const t = await testCore();
    const { meetingId } = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') });
    const docx = bytes(await t.call('documents.export', { meetingId, kind: 'minutes', format: 'docx', settings: { digits: 'thai' } }));
    const source = docxParagraphs(docx);
    expect(source.join('\n')).toContain('๒๕๖๖');
    expect(splitGroups(source, docx)).toEqual([]);
  }, 240_000);
});
