// Many actions, fast: rows written straight into SQLite in one transaction (the services would take
// minutes for 100,000), shaped like real ones — owners, due dates spread over two years, statuses mixed.
import Database from 'better-sqlite3';

export function seedActions(dbPath: string, count: number): void {
  const db = new Database(dbPath);
  const at = '2026-01-01T00:00:00.000Z';
  const series = db.prepare('select id from meeting_series limit 1').get() as { id: string };
  const section = db.prepare("select id from series_sections where series_id = ? and kind = 'consideration'").get(series.id) as { id: string };
  const orgs = (db.prepare('select id from organisations').all() as { id: string }[]).map((o) => o.id);
  const insertMeeting = db.prepare(`insert into meetings (id, series_id, number, year_be, date, venue, mode, conferencing, status, secrecy, illustrative_note, created_at, updated_at)
    values (?, ?, ?, ?, ?, '', 'onsite', '', 'held', 'none', '', ?, ?)`);
  const insertItem = db.prepare(`insert into agenda_items (id, meeting_id, section_id, parent_id, position, subject, summary, proposal, discussion, resolution, secrecy, carry_forward, created_at, updated_at)
    values (?, ?, ?, null, ?, ?, '', '', '', '', 'none', 0, ?, ?)`);
  const insertAction = db.prepare(`insert into action_items (id, agenda_item_id, kind, text, due_date, status, illustrative, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, 1, ?, ?)`);
  const insertOwner = db.prepare('insert into action_owners (action_id, organisation_id, is_lead) values (?, ?, ?)');
  const statuses = ['open', 'in_progress', 'done', 'cancelled'];
  const perItem = 100;
  db.transaction(() => {
    let made = 0;
    for (let m = 0; made < count; m++) {
      const meetingId = crypto.randomUUID();
      insertMeeting.run(meetingId, series.id, (m % 24) + 1, 2567 + Math.floor(m / 24), '2025-01-15', at, at);
      for (let i = 0; i < 10 && made < count; i++) {
        const itemId = crypto.randomUUID();
        insertItem.run(itemId, meetingId, section.id, i + 1, `เรื่องที่ ${m + 1}.${i + 1} การขับเคลื่อนรัฐบาลดิจิทัล`, at, at);
        for (let a = 0; a < perItem && made < count; a++, made++) {
          const id = crypto.randomUUID();
          const day = new Date(Date.UTC(2025, 0, 1) + (made % 730) * 86_400_000).toISOString().slice(0, 10);
          insertAction.run(id, itemId, made % 3 ? 'directive' : 'follow_up', `ให้ดำเนินการตามข้อสั่งการที่ ${made + 1} และรายงานผลต่อที่ประชุม`, day, statuses[made % 4], at, at);
          insertOwner.run(id, orgs[made % orgs.length], 1);
          insertOwner.run(id, orgs[(made + 5) % orgs.length], 0);
        }
      }
    }
  })();
  db.close();
}
