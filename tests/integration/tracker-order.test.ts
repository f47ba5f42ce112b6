// The order of an exported tracker (officer review D14, issue 11): by due date, and where dates are
// equal or missing, as the minutes run — older meeting first, then item number, then the directive's
// own place under its item. Two real meetings, imported; read back from the CSV.
import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { realMeetingFile } from '../helpers/real-meeting';

const ZOO = { 'อสส.': 'อสส.(สวนสัตว์)' };

/** CSV rows as arrays of cells (RFC 4180: quoted cells with "" inside; the BOM dropped). */
function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return [...text.matchAll(/((?:"(?:[^"]|"")*"|[^,\r\n"]*)(?:,(?:"(?:[^"]|"")*"|[^,\r\n"]*))*)\r\n/g)].map((line) =>
    [...line[1].matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => (m[1].startsWith('"') ? m[1].slice(1, -1).replaceAll('""', '"') : m[1])),
  );
}

describe('the exported tracker', () => {
  it('lists actions by due date, then as the minutes run: meeting, item, directive', async () => {
    const t = await testCore();
    // The later meeting is imported first, so import order cannot pass for meeting order.
    const later = await t.call('exchange.importMeeting', { file: realMeetingFile('ministry-executives'), renameOrganisations: ZOO });
    const earlier = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') });
    const [a, b] = [await t.call('meetings.get', { id: earlier.meetingId }), await t.call('meetings.get', { id: later.meetingId })];
    expect(a.date! < b.date!).toBe(true);
    // Two directives get the same due date: the earlier meeting's comes first whatever the ids.
    const dated = [b.actions[0], a.actions.at(-1)!];
    for (const x of dated) await t.call('actions.update', { id: x.id, dueDate: '2026-03-31' });

    const number = (m: typeof a, id: string) => m.agendaItems.find((i) => i.id === id)!.number;
    const key = (n: string) => n.split('.').map((p) => p.padStart(4, '0')).join('.');
    const expected = [
      ...[a, b].flatMap((m) => m.actions.filter((x) => dated.some((d) => d.id === x.id)).map((x) => x.text)),
      ...[a, b].flatMap((m) =>
        m.actions.filter((x) => !dated.some((d) => d.id === x.id))
          .map((x, order) => ({ x, item: key(number(m, x.agendaItemId)), order }))
          .sort((p, q) => p.item.localeCompare(q.item) || p.order - q.order)
          .map(({ x }) => x.text),
      ),
    ];
    expect(expected.length).toBeGreaterThan(10);
    const csv = await t.call('reports.actions', { format: 'csv' });
    const rows = csvRows(Buffer.from(csv.base64, 'base64'));
    expect(rows.slice(1).map((r) => r[2])).toEqual(expected);
    expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((_, i) => String(i + 1)));
  });
});
