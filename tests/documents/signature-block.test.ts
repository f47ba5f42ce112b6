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

/** The signature line of each block and the lines under it, up to the next signature line or the end. */
function signatureBlocks(lines: Line[]): { sign: Line; under: Line[] }[] {
  const out: { sign: Line; under: Line[] }[] = [];
  for (const line of lines) {
    if (line.text.startsWith('(ลงชื่อ)')) out.push({ sign: line, under: [] });
    else if (out.length && line.text.trim()) out.at(-1)!.under.push(line);
  }
  return out;
}

function expectInRightHalf(blocks: { sign: Line; under: Line[] }[], expected: typeof realPeople[number][] | { title: string; firstName: string; lastName: string; position: string }[]) {
  expect(blocks.length).toBe(2);
  for (const [i, { under }] of blocks.entries()) {
    const person = expected[i];
    expect(under[0].text.replaceAll('\u00a0', ' ')).toBe(`(${personName(person)})`);
    // The position wraps rather than reaching left of the centre: it takes more than one line here.
    expect(under.length, person.position).toBeGreaterThanOrEqual(3);
    expect(under.slice(1).map((l) => l.text).join('').replace(/\s/g, '')).toBe(person.position.replace(/\s/g, ''));
    const centres = under.map((l) => l.x + l.width / 2);
    for (const line of under) {
      expect(line.x, line.text).toBeGreaterThanOrEqual(CENTRE - 0.5);
      expect(line.x + line.width, line.text).toBeLessThanOrEqual(RIGHT + 0.5);
    }
    // The name and each line of the position are centred on one another.
    expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(2);
  }
}

describe('the signature block stays in the right half of the page (officer review B9)', () => {
  it('centres the name and a wrapped position within the right half, in the PDF', async () => {
    const { t, meetingId, blocks } = await minutesWithSignatures();
    const pdf = await exportDocument(t, meetingId, 'minutes', 'pdf');
    const last = pageCount(pdf);
    // Page furniture aside: the watermark, and page numbers (drawn last, their text not in Thai or UTF-16).
    const lines = drawnLines(pdf).filter((l) => l.page >= last - 1 && l.text !== 'ร่าง' && /^[\u0e00-\u0e7f\u00a0 -~]+$/.test(l.text) && !/^- \d+ -$/.test(l.text));
    const found = signatureBlocks(lines.slice(lines.findIndex((l) => l.text.startsWith('เลิกประชุมเวลา')) + 1));
    expectInRightHalf(found, blocks);
    for (const { sign, under } of found) {
      // The signature line ends at the right margin; the block under it starts where the right half does,
      // as near the dotted line's centre as the half allows (the role after the dots pushes that centre left).
      expect(Math.abs(sign.x + sign.width - RIGHT)).toBeLessThan(1);
      expect(Math.min(...under.map((l) => l.x))).toBeLessThan(CENTRE + 5);
    }
  }, 60_000);

  it('does the same in the DOCX as LibreOffice lays it out', async () => {
    const { t, meetingId, blocks } = await minutesWithSignatures();
    const pdf = libreOfficePdf(await exportDocument(t, meetingId, 'minutes', 'docx'));
    const last = pageCount(pdf);
    const lines = [last - 1, last].flatMap((p) => pdfLayoutLines(pdf, p)).map((l) => ({ x: l.xMin, width: l.xMax - l.xMin, text: l.text }));
    const found = signatureBlocks(lines.slice(lines.findIndex((l) => l.text.startsWith('เลิกประชุมเวลา')) + 1).filter((l) => !/^- \d+ -$/.test(l.text)));
    expectInRightHalf(found, blocks);
  }, 60_000);
});
