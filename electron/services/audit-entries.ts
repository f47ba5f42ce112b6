// What the audit log keeps of each change (issue 11: the log was half the database, whole rows
// before and after). It keeps what changed and nothing the database already holds:
// - a create: who and when, and no copy of the row, which is in its table. Any state the record had
//   is still known: the row as it is now, stepped back through the changed fields of its updates
//   (or, once deleted, the row its delete entry keeps), back to what was created;
// - an update: the fields that changed, before and after;
// - a delete: the whole row, which is nowhere else afterwards.
// What names a record in the history (an item's subject, an action's text) is read when the history
// is read, from the record or its delete entry (audit.ts `labels`), not written into every entry.
// Tables below without a name are few and small (bulk changes, policy stages…): their creates keep
// the row, since the history has no other way to say what they were.

type Row = Record<string, unknown>;

/** The fields that name a record of each table in the history. */
export const identity: Partial<Record<string, readonly string[]>> = {
  agenda_items: ['subject'], attendance: ['person_id'], action_items: ['text', 'kind'], meetings: ['number', 'year_be'],
  minutes_versions: ['version'], attachments: ['file_name'], progress_updates: ['text'], people: ['title', 'first_name', 'last_name'],
  organisations: ['abbr_th', 'name_th'], policies: ['title_th'], meeting_series: ['name_th'], series_sections: ['title_th'],
  export_register: ['kind', 'format', 'version', 'minutes_status', 'file_name', 'copy_no', 'copy_count', 'recipient'],
};

/** What a create entry holds: nothing for a record the history names from its table; else the row. */
export const createdEntry = (table: string, row: Row): Row | null => (identity[table] ? null : row);

/** The changed fields of an update, before and after. */
export function changeOf(before: Row, after: Row, changed: readonly string[]): { before: Row; after: Row } {
  const pick = (row: Row) => Object.fromEntries(changed.map((k) => [k, row[k]]));
  return { before: pick(before), after: pick(after) };
}

/** An action's agencies as the history shows them: the lead and the supporting ones, not the rows' keys. */
export const ownersEntry = (rows: readonly { organisation_id: string; is_lead: number }[]) => ({
  owners: rows.map((r) => ({ organisation_id: r.organisation_id, is_lead: r.is_lead })),
});
