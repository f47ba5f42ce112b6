import { newId } from '../context';
import type { Writer } from '../write';
import { type Aliases, matchRow, nameCandidates } from './match';
import type { ReportRow } from './parse-report';
import { readEvidence } from './read';

/**
 * Stores a report's rows, each matched to an attendee where one fits (match.ts), and says which
 * matched and which the officer must match by hand. The rows go in as one batch: the report's own
 * audit entry (its file name and SHA-256) says what came in, and the file is kept.
 */
export async function matchReport(w: Writer, meetingId: string, reportId: string, rows: ReportRow[]) {
  const d = await readEvidence(w.trx, meetingId);
  const known = await w.trx.selectFrom('participant_aliases').select(['person_id', 'kind', 'value']).execute();
  const aliases: Aliases = {
    email: new Map(known.filter((k) => k.kind === 'email').map((k) => [k.value, k.person_id])),
    name: new Map(known.filter((k) => k.kind === 'name').map((k) => [k.value, k.person_id])),
  };
  const names = new Map(d.attendees.map((a) => [a.attendanceId, a.name]));
  const matched: { displayName: string; name: string; by: string }[] = [];
  const unmatched: { line: number; displayName: string; email: string }[] = [];
  for (const row of rows) {
    const found = matchRow(row, d.attendees, aliases);
    if (found) matched.push({ displayName: row.displayName, name: names.get(found.attendanceId) ?? '', by: found.by });
    else unmatched.push({ line: row.line, displayName: row.displayName, email: row.email });
    await w.trx.insertInto('participant_rows').values({
      id: newId(), report_id: reportId, line: row.line, display_name: row.displayName, email: row.email, joined_at: row.joinedAt, left_at: row.leftAt,
      attendance_id: found?.attendanceId ?? null, matched_by: found?.by ?? null,
    }).execute();
  }
  return { matched, unmatched };
}

/** What a hand match teaches: this e-mail address and this display name are this person, in later reports too. */
export async function learnAliases(w: Writer, personId: string, row: { email: string; display_name: string }): Promise<void> {
  const values = [
    ...(row.email ? [{ kind: 'email', value: row.email.toLowerCase() }] : []),
    ...nameCandidates(row.display_name).slice(0, 1).map((value) => ({ kind: 'name', value })),
  ];
  for (const v of values) {
    await w.trx.insertInto('participant_aliases').values({ id: newId(), person_id: personId, kind: v.kind, value: v.value, created_at: w.at })
      .onConflict((oc) => oc.columns(['kind', 'value']).doUpdateSet({ person_id: personId })).execute();
  }
}
