import { refresh, SOURCE } from '../0070-agency-list-keys';

/**
 * The rows SQLite's triggers keep (migrations 0070 and 0075), kept on PostgreSQL by the same rules in
 * PL/pgSQL (the same statements as 0070's, in trigger functions): `action_list_keys` (an agency's page of the action list as one index range) and
 * `minutes_text` (each meeting's latest minutes as plain lines). Each runs in the transaction of the
 * write that changes its source, as on SQLite.
 */
/** A trigger does its work only where a key really changed (services rewrite whole rows). */
const changed = (columns: string[]) => columns.map((c) => `old.${c} IS DISTINCT FROM new.${c}`).join(' OR ');

const fn = (name: string, body: string) =>
  `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NULL; END $$`;

const trigger = (name: string, when: string, table: string, condition?: string) =>
  `CREATE TRIGGER ${name} ${when} ON ${table} FOR EACH ROW ${condition ? `WHEN (${condition})` : ''} EXECUTE FUNCTION ${name}()`;

const keys = [
  fn('action_list_keys_owner_ai', `INSERT INTO action_list_keys ${SOURCE} WHERE o.action_id = new.action_id AND o.organisation_id = new.organisation_id;`),
  trigger('action_list_keys_owner_ai', 'AFTER INSERT', 'action_owners'),
  fn('action_list_keys_owner_ad', 'DELETE FROM action_list_keys WHERE action_id = old.action_id AND organisation_id = old.organisation_id;'),
  trigger('action_list_keys_owner_ad', 'AFTER DELETE', 'action_owners'),
  fn('action_list_keys_owner_au', `DELETE FROM action_list_keys WHERE action_id = old.action_id AND organisation_id = old.organisation_id;
    INSERT INTO action_list_keys ${SOURCE} WHERE o.action_id = new.action_id AND o.organisation_id = new.organisation_id;`),
  trigger('action_list_keys_owner_au', 'AFTER UPDATE OF action_id, organisation_id', 'action_owners'),
  fn('action_list_keys_action_au', refresh('k.action_id = new.id')),
  trigger('action_list_keys_action_au', 'AFTER UPDATE OF due_date, status, created_at, position, agenda_item_id', 'action_items',
    changed(['due_date', 'status', 'created_at', 'position', 'agenda_item_id'])),
  fn('action_list_keys_item_au', refresh('k.action_id IN (SELECT a.id FROM action_items a WHERE a.agenda_item_id = new.id)')),
  trigger('action_list_keys_item_au', 'AFTER UPDATE OF position, meeting_id', 'agenda_items', changed(['position', 'meeting_id'])),
  fn('action_list_keys_meeting_au', refresh('k.action_id IN (SELECT a.id FROM agenda_items i JOIN action_items a ON a.agenda_item_id = i.id WHERE i.meeting_id = new.id)')),
  trigger('action_list_keys_meeting_au', 'AFTER UPDATE OF year_be, number', 'meetings', changed(['year_be', 'number'])),
];

/** `$.text` of a version's content, its lines joined by a line feed in their order (SQLite: group_concat over json_each). */
export const MINUTES_LINES = (content: string) =>
  `coalesce((SELECT string_agg(j.value, chr(10) ORDER BY j.n) FROM json_array_elements_text((${content})::json -> 'text') WITH ORDINALITY AS j(value, n)), '')`;

const minutes = [
  `CREATE FUNCTION minutes_text_refresh(m text) RETURNS void LANGUAGE sql AS $$
     DELETE FROM minutes_text WHERE meeting_id = m;
     INSERT INTO minutes_text (meeting_id, version, text)
       SELECT v.meeting_id, v.version, ${MINUTES_LINES('v.content')}
       FROM minutes_versions v WHERE v.meeting_id = m ORDER BY v.version DESC LIMIT 1;
   $$`,
  fn('minutes_text_change', `IF TG_OP <> 'INSERT' THEN PERFORM minutes_text_refresh(old.meeting_id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM minutes_text_refresh(new.meeting_id); END IF;`),
  'CREATE TRIGGER minutes_text_ai AFTER INSERT ON minutes_versions FOR EACH ROW EXECUTE FUNCTION minutes_text_change()',
  'CREATE TRIGGER minutes_text_au AFTER UPDATE OF content, version, meeting_id ON minutes_versions FOR EACH ROW EXECUTE FUNCTION minutes_text_change()',
  'CREATE TRIGGER minutes_text_ad AFTER DELETE ON minutes_versions FOR EACH ROW EXECUTE FUNCTION minutes_text_change()',
];

export const derivedRowsSql: readonly string[] = [...keys, ...minutes];
