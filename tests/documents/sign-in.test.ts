import { describe, expect, it } from 'vitest';
import { wordPieces } from '../../electron/documents/columns/measure';
import { noBreakMatcher, shippedNoBreakWords } from '../../electron/documents/thai/no-break';
import { personName } from '../../shared/names';
import { testCore } from '../helpers/core';
import { exportDocument } from '../helpers/demo';
import { libreOfficePdf, pdfText, verticalRulesCm } from '../helpers/documents';
import { drawnLines } from '../helpers/pdf-lines';
import { realPeopleMeeting } from '../helpers/real-people';

const count = (text: string, word: string) => text.split(word).length - 1;

/** The lines of the members' table: after its header row (ending in หมายเหตุ), before the next heading. */
function tableLines(lines: string[]): string[] {
  const from = lines.findIndex((l) => l.includes('หมายเหตุ'));
  const to = lines.findIndex((l, i) => i > from && l.includes('ผู้เข้าประชุมที่ไม่มีรายชื่อข้างต้น'));
  return lines.slice(from + 1, to < 0 ? undefined : to).map((l) => l.replaceAll('\u00a0', ' '));
}

/** Words a line of the sheet must never cut, with how often the sheet's cells hold each. */
function wordsOf(cells: { text: string; name: boolean }[]): Map<string, number> {
  const noBreak = noBreakMatcher(shippedNoBreakWords);
  const words = new Map<string, number>();
  for (const cell of cells) {
    for (const w of cell.name ? cell.text.split(' ') : wordPieces(cell.text, noBreak)) words.set(w, 0);
  }
  for (const w of words.keys()) words.set(w, cells.reduce((n, c) => n + count(c.text, w), 0));
  return words;
}

/** Each word appears whole on the page as often as the cells hold it: no line ends inside one. */
function expectWhole(lines: string[], words: Map<string, number>) {
  for (const [word, times] of words) {
    const found = lines.reduce((n, l) => n + count(l, word), 0);
    expect(found, `${word} (${times} in the cells)`).toBeGreaterThanOrEqual(times);
  }
}

describe('the sign-in sheet (officer review B6)', () => {
  it('breaks names, positions and roles only between words and leaves at least 3.5 cm to sign, in the PDF and the DOCX', async () => {
    const t = await testCore();
    const { meetingId } = await realPeopleMeeting(t);
    const meeting = await t.call('meetings.get', { id: meetingId });
    const people = new Map((await t.call('people.list', {})).map((p) => [p.id, p]));
    const cells = meeting.attendance.flatMap((a) => {
      const p = people.get(a.personId)!;
      return [{ text: personName(p), name: true }, { text: a.position || p.position, name: false }, { text: a.meetingRole, name: false }];
    });
    expect(cells.map((c) => c.text)).toContain('กรรมการและเลขานุการ');

    const pdf = await exportDocument(t, meetingId, 'signin', 'pdf');
    const drawn = tableLines(drawnLines(pdf).filter((l) => l.page === 1).map((l) => l.text));
    expectWhole(drawn, wordsOf(cells));
    // The role wraps between its words where its column is narrow.
    expect(drawn).toContain('เลขานุการ');

    // LibreOffice breaks Thai with its own dictionary; names and roles still only between words.
    const converted = libreOfficePdf(await exportDocument(t, meetingId, 'signin', 'docx'));
    const lines = tableLines(pdfText(converted, { first: 1, last: 1 }).split('\n'));
    expectWhole(lines, wordsOf(cells.filter((c) => c.name || c.text === 'กรรมการและเลขานุการ')));

    for (const sheet of [pdf, converted]) {
      // Six rules: the table's two sides and four between its five columns; ลายมือชื่อ is the fourth column.
      const rules = verticalRulesCm(sheet, 1);
      expect(rules.length).toBe(6);
      expect(rules[4] - rules[3]).toBeGreaterThanOrEqual(3.5);
    }
  }, 60_000);
});
