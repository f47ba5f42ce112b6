import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';
import { pageImage } from '../helpers/documents';
import { letters, libreOfficePdfs, setLetterhead, testLetterhead } from '../helpers/letters';
import { drawnLines } from '../helpers/pdf-lines';

const PT_PER_CM = 72 / 2.54;
const PAGE = { width: 595.28, centre: 595.28 / 2 };
/** The default margins: 3 cm left, 2 cm right. */
const LEFT = 3 * PT_PER_CM;
const RIGHT = PAGE.width - 2 * PT_PER_CM;
const TEXT_WIDTH = RIGHT - LEFT;
/** Letters often print the ministry at the top right; its name fits the right column on one line. */
const head = { ...testLetterhead, agencyName: 'กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม' };

/** Words as LibreOffice placed them on page 1 (`pdftotext -bbox`): the officer's view of the DOCX. */
function words(pdf: Uint8Array): { text: string; xMin: number; xMax: number; yMin: number }[] {
  const file = join(tempDir('lekha-bbox-'), 'doc.pdf');
  writeFileSync(file, pdf);
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', '1', '-l', '2', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4],
  }));
}

/**
 * A dashed frame 2.6 cm wide and 3 cm tall, centred, from 1.5 cm below the top edge, on page 1: ink
 * along its two sides (dashed: not on every row) and none just outside them.
 */
function framed(pdf: Uint8Array): boolean {
  const image = pageImage(pdf, 1, 100);
  const dots = (cm: number) => Math.round((cm * 100) / 2.54);
  const rows = Array.from({ length: 25 }, (_, i) => dots(1.6 + (i * 2.8) / 24));
  // Ink within two pixels either side of the line (half a millimetre).
  const inked = (cmX: number) => rows.filter((y) => [-2, -1, 0, 1, 2].some((d) => image.greys[y * image.width + dots(cmX) + d] < 245)).length;
  const left = (21 - 2.6) / 2;
  return inked(left) >= 8 && inked(left + 2.6) >= 8 && inked(left - 0.5) === 0 && inked(left + 3.1) === 0;
}

async function invitation(options: { date?: string } = {}) {
  const t = await testCore();
  const meetingId = await loadDemo(t);
  await setLetterhead(t, meetingId, head);
  const pdf = await letters(t, meetingId, 'invitation', 'pdf', options);
  return { t, meetingId, pdf: pdf.bytes[0], file: pdf.files[0] };
}

describe('the letter on the page: the places of form 1', () => {
  it('PDF: Garuda space, ที่ and the address, the date, hanging เรื่อง, indented body, the close on one axis, contact lines at the left', async () => {
    const { pdf } = await invitation({ date: '2025-02-14' });
    const lines = drawnLines(pdf);
    const page1 = lines.filter((l) => l.page === 1);
    const line = (start: string) => {
      const found = lines.find((l) => l.text.replaceAll('\u00a0', ' ').startsWith(start));
      expect(found, start).toBeDefined();
      return found!;
    };

    // The Garuda's room: 3 cm tall from 1.5 cm below the top edge, centred, its label inside; the text starts below it.
    const label = line('ตราครุฑ');
    expect(Math.abs(label.x + label.width / 2 - PAGE.centre)).toBeLessThan(0.5);
    expect(label.y).toBeGreaterThan(1.5 * PT_PER_CM);
    expect(label.y).toBeLessThan(4.5 * PT_PER_CM);
    expect(framed(pdf), 'the dashed frame in the PDF').toBe(true);

    // ที่ at the left margin; the agency's name and address on the same rows, one column flush with the right margin, right of a third of the line.
    const ref = line('ที่ ');
    expect(ref.x).toBeCloseTo(LEFT, 0);
    expect(ref.y).toBeGreaterThan(4.5 * PT_PER_CM);
    const right = [head.agencyName, ...head.address.split('\n')].map((text) => line(text));
    expect(right[0].y).toBeCloseTo(ref.y, 1);
    for (const r of right) expect(r.x).toBeCloseTo(right[0].x, 1);
    expect(right[0].x).toBeGreaterThanOrEqual(LEFT + TEXT_WIDTH / 3 - 0.5);
    expect(right[0].x).toBeLessThanOrEqual(PAGE.centre + 0.5);
    const ends = right.map((r) => r.x + r.width);
    expect(Math.max(...ends)).toBeLessThanOrEqual(RIGHT + 0.5);
    expect(Math.max(...ends) > RIGHT - 4 || Math.abs(right[0].x - PAGE.centre) < 0.5).toBe(true);

    // The date from the page's centre, under the address.
    const date = line('14 กุมภาพันธ์ 2568');
    expect(date.x).toBeCloseTo(PAGE.centre, 0);
    expect(date.y).toBeGreaterThan(right.at(-1)!.y);

    // เรื่อง wraps under its own text, not under the word เรื่อง.
    const subject = page1.findIndex((l) => l.text === 'เรื่อง');
    expect(page1[subject].x).toBeCloseTo(LEFT, 0);
    const [first, second] = [page1[subject + 1], page1[subject + 2]];
    expect(first.text.startsWith('ขอเชิญประชุม')).toBe(true);
    expect(second.y).toBeGreaterThan(first.y);
    expect(second.x).toBeCloseTo(first.x, 1);
    expect(second.x).toBeGreaterThan(LEFT + 20);

    // The body's paragraphs start 2.5 cm in.
    expect(line('ด้วย').x).toBeCloseTo(LEFT + 2.5 * PT_PER_CM, 0);

    // ขอแสดงความนับถือ, the name in brackets and the position on one axis, right of the centre, inside the margin.
    const close = [line('ขอแสดงความนับถือ'), line(`(${head.signerName})`), ...head.signerPosition.split('\n').map((p) => line(p.slice(0, 20)))];
    const axis = close[0].x + close[0].width / 2;
    expect(axis).toBeGreaterThan(PAGE.centre);
    for (const c of close) {
      expect(Math.abs(c.x + c.width / 2 - axis), c.text).toBeLessThan(0.5);
      expect(c.x + c.width, c.text).toBeLessThanOrEqual(RIGHT + 0.5);
      expect(c.page).toBe(close[0].page);
    }
    // Room to sign: at least three lines between the closing and the name.
    expect(close[1].y - close[0].y).toBeGreaterThan(3 * 14 * 1.55);
    // Then the owning unit, telephone, fax and e-mail at the left margin, on the same page, below.
    const contact = [head.ownerUnit, `โทร. ${head.phone}`, `โทรสาร ${head.fax}`, `ไปรษณีย์อิเล็กทรอนิกส์ ${head.email}`].map((c) => line(c));
    for (const c of contact) {
      expect(c.x).toBeCloseTo(LEFT, 0);
      expect(c.page).toBe(close[0].page);
      expect(c.y).toBeGreaterThan(close.at(-1)!.y);
    }
  }, 60_000);

  it('the date of a letter not yet signed leaves room for the day; the DOCX puts every part where the PDF does, as LibreOffice lays it out', async () => {
    const { t, meetingId, pdf } = await invitation();
    const lines = drawnLines(pdf);
    const month = lines.find((l) => /^[ก-๙]+ 25\d\d$/.test(l.text) && l.page === 1)!;
    expect(month, 'the month and year').toBeDefined();
    expect(month.x).toBeCloseTo(PAGE.centre + 1.25 * PT_PER_CM, 0);

    const docx = await letters(t, meetingId, 'invitation', 'docx');
    const [printed] = libreOfficePdfs([docx.bytes[0]]);
    const placed = words(printed);
    const word = (text: string) => {
      const found = placed.find((w) => w.text === text);
      expect(found, text).toBeDefined();
      return found!;
    };
    const at = (start: string) => lines.find((l) => l.text.replaceAll('\u00a0', ' ').startsWith(start))!;
    // The Garuda's room heads the first page there too, from 1.5 cm down, and ที่ comes below it.
    const label = word('ตราครุฑ');
    expect(label.yMin).toBeGreaterThan(1.5 * PT_PER_CM);
    expect(label.yMin).toBeLessThan(4.5 * PT_PER_CM);
    expect(Math.abs((label.xMin + label.xMax) / 2 - PAGE.centre)).toBeLessThan(2);
    expect(framed(printed), 'the dashed frame in the DOCX').toBe(true);
    expect(word('ที่').yMin).toBeGreaterThan(4.5 * PT_PER_CM);
    expect(word('ที่').xMin).toBeCloseTo(LEFT, -0.5);
    // The tab stop puts the agency's name where the PDF puts it.
    expect(Math.abs(word(head.agencyName).xMin - at(head.agencyName).x)).toBeLessThan(3);
    expect(Math.abs(word(month.text.split(' ')[0]).xMin - month.x)).toBeLessThan(3);
    // The hanging indent: the subject's second line starts under its first, not under เรื่อง.
    const subjectStart = word('ขอเชิญประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
    expect(subjectStart.xMin).toBeGreaterThan(LEFT + 20);
    const next = placed.find((w) => w.yMin > subjectStart.yMin + 5)!;
    expect(Math.abs(next.xMin - subjectStart.xMin), next.text).toBeLessThan(3);
    // The close on the PDF's axis, the contact lines at the left margin.
    const close = word('ขอแสดงความนับถือ');
    const pdfClose = at('ขอแสดงความนับถือ');
    expect(Math.abs((close.xMin + close.xMax) / 2 - (pdfClose.x + pdfClose.width / 2))).toBeLessThan(3);
    const signer = head.signerName.split(' ');
    expect(placed.some((w) => w.text === `(${signer[0]}`)).toBe(true);
    expect(word(head.ownerUnit).xMin).toBeCloseTo(LEFT, -0.5);
  }, 120_000);
});
