import { describe, expect, it } from 'vitest';
import { personName } from '../../shared/names';
import { testCore } from '../helpers/core';
import { exportDocument } from '../helpers/demo';
import { libreOfficePdf, pageCount, pdfLayoutLines } from '../helpers/documents';
import { drawnLines } from '../helpers/pdf-lines';
import { realMinuteTaker, realPeople, realPeopleMeeting } from '../helpers/real-people';

const PT_PER_CM = 72 / 2.54;
/** A4 and the default margins (2 cm on the right): the page's centre and the right margin, in points. */
const CENTRE = 595.28 / 2;
const RIGHT = (21 - 2) * PT_PER_CM;

/** The minutes of a real-names meeting: the minute taker's and the reviewer's positions are both wider than half the page. */
async function minutesWithSignatures() {
  const t = await testCore();
  const { meetingId, people } = await realPeopleMeeting(t);
  // The reviewer: the MNRE minister, with the position the release prints beside his name.
  const reviewer = people.find((p) => p.firstName === 'พัชรวาท')!;
  await t.call('meetings.update', { id: meetingId, reviewerId: reviewer.id });
  return { t, meetingId, blocks: [realMinuteTaker, realPeople[1]] };
}

interface Line { x: number; width: number; text: string }

/** From each `(ลงชื่อ)` line, the lines of its block: up to the next one or the end. */
function signatureBlocks(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  for (const line of lines) {
    if (line.text.startsWith('(ลงชื่อ)')) out.push([line]);
    else if (out.length && line.text.trim()) out.at(-1)!.push(line);
  }
  return out;
}

type Signer = { title: string; firstName: string; lastName: string; position: string };

/**
 * Each block reads `(ลงชื่อ) ……`, the name in brackets, the position (wrapped: it is wider than the
 * half page), the role; every line lies between the page's centre and the right margin, centred there.
 */
function expectInRightHalf(blocks: Line[][], signers: Signer[], roles: string[], tolerance: number) {
  expect(blocks.length).toBe(2);
  const halfCentre = (CENTRE + RIGHT) / 2;
  for (const [i, lines] of blocks.entries()) {
    const text = lines.map((l) => l.text.replaceAll('\u00a0', ' '));
    expect(text[0]).toMatch(/^\(ลงชื่อ\) \.{18,}$/);
    expect(text[1]).toBe(`(${personName(signers[i])})`);
    expect(text.at(-1)).toBe(roles[i]);
    const position = text.slice(2, -1);
    expect(position.length, signers[i].position).toBeGreaterThanOrEqual(2);
    expect(position.join('').replace(/\s/g, '')).toBe(signers[i].position.replace(/\s/g, ''));
    for (const line of lines) {
      expect(line.x, line.text).toBeGreaterThanOrEqual(CENTRE - 0.5);
      expect(line.x + line.width, line.text).toBeLessThanOrEqual(RIGHT + 0.5);
      expect(Math.abs(line.x + line.width / 2 - halfCentre), line.text).toBeLessThan(tolerance);
    }
  }
}

const ROLES = ['ผู้จดรายงานการประชุม', 'ผู้ตรวจรายงานการประชุม'];

describe('the signature block stays in the right half of the page (officer review B9)', () => {
  it('centres every line of both blocks in the right half of the page, in the PDF', async () => {
    const { t, meetingId, blocks } = await minutesWithSignatures();
    const pdf = await exportDocument(t, meetingId, 'minutes', 'pdf');
    const last = pageCount(pdf);
    // Page furniture aside: the watermark, and page numbers (drawn last, their text not in Thai or UTF-16).
    const lines = drawnLines(pdf).filter((l) => l.page >= last - 1 && l.text !== 'ร่าง' && /^[\u0e00-\u0e7f\u00a0 -~]+$/.test(l.text) && !/^- \d+ -$/.test(l.text));
    const found = signatureBlocks(lines.slice(lines.findIndex((l) => l.text.startsWith('เลิกประชุมเวลา')) + 1));
    expectInRightHalf(found, blocks, ROLES, 0.5);
  }, 60_000);

  it('does the same in the DOCX as LibreOffice lays it out', async () => {
    const { t, meetingId, blocks } = await minutesWithSignatures();
    const pdf = libreOfficePdf(await exportDocument(t, meetingId, 'minutes', 'docx'));
    const last = pageCount(pdf);
    const lines = [last - 1, last].flatMap((p) => pdfLayoutLines(pdf, p)).map((l) => ({ x: l.xMin, width: l.xMax - l.xMin, text: l.text }));
    // Page furniture aside: page numbers and the draft's footer (รหัสร่าง).
    const found = signatureBlocks(lines.slice(lines.findIndex((l) => l.text.startsWith('เลิกประชุมเวลา')) + 1).filter((l) => !/^- \d+ -$/.test(l.text) && !l.text.startsWith('ร่าง ยังไม่ได้รับรอง')));
    // LibreOffice measures with its own shaping and rounds to twips: a point either way.
    expectInRightHalf(found, blocks, ROLES, 1.5);
  }, 60_000);
});
