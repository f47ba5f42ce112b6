import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { latestVersion } from '../../electron/db/migrations/index';
import { backToShipped, coreWithRealMeetings, readAfterMigrating } from '../helpers/back-to-60';
import { keysNow } from '../helpers/list-keys';
import { sqliteOnly } from '../helpers/pg';
import { withoutRecordVersions } from '../helpers/record-versions';

const describeSqlite = sqliteOnly('SQLite migration tests start from a shipped SQLite file');

describeSqlite('migration 0125-agenda-order', () => {
  it('gives every item of a version-120 database its place in the agenda, and the lists by meeting read in that order', async () => {
    const t = await coreWithRealMeetings();
    // A sub-item of a sub-item with a directive, so the places go three levels down.
    const meeting = (await t.call('meetings.list', {}))[0];
    const detail = await t.call('meetings.get', { id: meeting.id });
    const top = detail.agendaItems.find((i) => i.parentId === null)!;
    const sub = await t.call('agenda.create', { meetingId: meeting.id, sectionId: top.sectionId, parentId: top.id, subject: 'การเก็บข้อมูลภาคสนาม' });
    const subSub = await t.call('agenda.create', { meetingId: meeting.id, sectionId: top.sectionId, parentId: sub.id, subject: 'การจ้างพนักงานแจงนับ' });
    const lead = (await t.call('organisations.list', {})).find((o) => o.abbrTh === 'สสช.')!.id;
    await t.call('actions.create', { agendaItemId: subSub.id, kind: 'directive', text: 'ประกาศรับสมัครพนักงาน', dueDate: '2026-12-31', leadOrgId: lead });
    const agencies = [...new Set((await t.call('actions.list', { today: '2026-06-30', limit: 1000 })).rows.flatMap((r) => [r.leadOrgId, ...r.supportOrgIds]).filter((o): o is string => o !== null))];
    const lists = async (invoke: (args: object) => Promise<unknown>) => {
      const out: unknown[] = [await invoke({ sort: 'meeting', today: '2026-06-30', limit: 1000 })];
      for (const organisationId of agencies) out.push(await invoke({ organisationId, sort: 'meeting', direction: 'desc', today: '2026-06-30', limit: 1000 }));
      return out;
    };
    const before = await lists((args) => t.call('actions.list', args as never));

    // Version 120 as it shipped: no places, the agency keys by year, number and the item's own position.
    await backToShipped(t, 120);

    const after = await readAfterMigrating(t.dbPath, (invoke) => lists((args) => invoke('actions.list', args)));
    expect(withoutRecordVersions(after)).toEqual(withoutRecordVersions(before));
    const { stored, expected } = await keysNow(t.dbPath);
    expect(stored).toEqual(expected);
    expect(stored.some((k) => k.item_place.length === 16)).toBe(true);
    const check = new Database(t.dbPath, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion);
    const items = check.prepare('select count(*) from agenda_items').pluck().get();
    expect(check.prepare('select count(*) from agenda_places').pluck().get()).toBe(items);
    check.close();
    // The whole list, by meeting: within each meeting the numbers read in the agenda's order.
    const rows = (after[0] as { rows: { meetingId: string; itemNumber: string }[] }).rows;
    const parts = (n: string) => n.split('.').map(Number);
    for (let i = 1; i < rows.length; i++) {
      if (rows[i].meetingId !== rows[i - 1].meetingId) continue;
      const [a, b] = [parts(rows[i - 1].itemNumber), parts(rows[i].itemNumber)];
      const k = a.findIndex((x, j) => x !== b[j]);
      // The same item, a parent before its sub-items, or a smaller number at the first difference.
      const inOrder = k === -1 ? a.length <= b.length : b[k] !== undefined && a[k] < b[k];
      expect(inOrder, `${rows[i - 1].itemNumber} before ${rows[i].itemNumber}`).toBe(true);
    }
    // The sub-item of a sub-item is among them (section, item, sub-item, its sub-item: four numbers).
    expect(rows.some((r) => parts(r.itemNumber).length === 4)).toBe(true);
  });
});
