// The floor of a meeting's history (audit.list). The history screen names each entry's record — an
// item's subject, a directive's text — read when the history is read from the record itself (the log
// keeps no copy of it: issue 11's lean log), so the same information is the entries AND those names.
// The entries alone (`select * … limit 200`, the floor before) is not that: no expert can show the
// screen without the lookups, which on the 20-year set cost about as much as the entries (200 index
// steps by a random UUID). Two shapes an expert would write, the faster one counting:
// - one statement, each name looked up in its entry's row (a CASE over the tables that name records);
// - the entries, then one statement per kind of record for the names (an IN list each).
// Neither looks up records since deleted (named from their delete entry): that can only make the
// floor lower, never higher than what an expert could write.
import type Database from 'better-sqlite3';
import { identity } from '../../../electron/services/audit-entries';
import type { Floor } from './floors';

const named = Object.entries(identity) as [string, readonly string[]][];

export function auditFloors(db: Database.Database, meetingId: string, limit: number): Floor[] {
  const entries = `select * from audit_log where meeting_id = ? order by id desc limit ${limit}`;
  const cases = named.map(([table, fields]) =>
    `when '${table}' then (select json_array(${fields.map((f) => `r.${f}`).join(', ')}) from ${table} r where r.id = l.entity_id)`);
  const joined = db.prepare(`select l.*, case l.entity ${cases.join(' ')} end label from audit_log l where l.meeting_id = ? order by l.id desc limit ${limit}`);
  const rows = db.prepare(entries);
  const names = new Map(named.map(([table, fields]) => [table,
    db.prepare(`select id, ${fields.join(', ')} from ${table} where id in (select value from json_each(?))`)]));
  return [
    { label: 'one query, names looked up per entry', run: () => joined.all(meetingId) },
    {
      label: 'entries, then names per kind',
      run: () => {
        const found = rows.all(meetingId) as { entity: string; entity_id: string }[];
        const byKind = new Map<string, string[]>();
        for (const r of found) if (names.has(r.entity)) byKind.set(r.entity, [...(byKind.get(r.entity) ?? []), r.entity_id]);
        return [found, ...[...byKind].map(([kind, ids]) => names.get(kind)!.all(JSON.stringify(ids)))];
      },
    },
  ];
}
