import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { pdfText, positionsInOrder, squash } from '../helpers/documents';
import { realMeetingFile } from '../helpers/real-meeting';

const bytes = (f: { base64: string }) => new Uint8Array(Buffer.from(f.base64, 'base64'));

/** RFC 4180 fields, the byte-order mark dropped. */
function csvRows(csv: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[i++];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') {
      rows.at(-1)!.push(field.replace(/\r$/, ''));
      field = '';
      if (c === '\n') rows.push([]);
    } else field += c;
  }
  return rows.filter((r) => r.length > 1);
}

/** `4.10` after `4.9`. */
const byItemNumber = (a: string, b: string) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? -1) !== (pb[i] ?? -1)) return (pa[i] ?? -1) - (pb[i] ?? -1);
  return 0;
};

describe('the action tracker lists undated rows in the order they were decided (officer review D14)', () => {
  it('due dates first, then meeting, agenda item and place under the item, in the PDF and the CSV', async () => {
    const t = await testCore();
    // The two real meetings: the Cabinet's of 14 March 2566 and the MNRE executives' 3/2566 of 15 November 2566.
    // Their 22 directives have no due date, as the releases give none. The later meeting is imported first.
    const later = await t.call('exchange.importMeeting', { file: realMeetingFile('ministry-executives'), renameOrganisations: { 'อสส.': 'อสส.(สวนสัตว์)' } });
    const earlier = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') });
    const decided = [];
    for (const meetingId of [earlier.meetingId, later.meetingId]) {
      const m = await t.call('meetings.get', { id: meetingId });
      const number = new Map(m.agendaItems.map((i) => [i.id, i.number]));
      const actions = [...m.actions].sort((a, b) => byItemNumber(number.get(a.agendaItemId)!, number.get(b.agendaItemId)!) || a.position - b.position);
      decided.push(...actions);
    }
    expect(decided.length).toBe(22);
    // Two of them are given due dates: they come first, the earlier due date first, whatever their meeting.
    const [dueLater, dueSooner] = [decided[3], decided[20]];
    await t.call('actions.update', { id: dueLater.id, dueDate: '2024-03-31' });
    await t.call('actions.update', { id: dueSooner.id, dueDate: '2024-01-31' });
    const expected = [dueSooner, dueLater, ...decided.filter((a) => a !== dueSooner && a !== dueLater)].map((a) => a.text);

    const csv = csvRows(new TextDecoder().decode(bytes(await t.call('reports.actions', { format: 'csv' }))));
    expect(csv.slice(1).map((r) => r[2])).toEqual(expected);
    const pdf = squash(pdfText(bytes(await t.call('reports.actions', { format: 'pdf' }))));
    // Each row as the PDF prints it: `ข้อสั่งการ: ` and the text, wrapped in its cell (whitespace aside).
    const at = positionsInOrder(pdf, expected.map((text) => squash(`ข้อสั่งการ: ${text}`).slice(0, 60)));
    expect(at.every((p) => p >= 0), 'every directive, in the expected order').toBe(true);
  }, 60_000);
});
