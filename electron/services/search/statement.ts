import { CompiledQuery, type Kysely } from 'kysely';
import { engineOf } from '../../db/engine';
import type { DB } from '../../db/types';

/** SQL written out with `?` placeholders and its values in the same order. */
export interface Statement {
  text: string;
  values: unknown[];
}

/** A piece of SQL; the values interpolated (`${x}`) become placeholders, in order. Statements nest. */
export function q(parts: TemplateStringsArray, ...values: unknown[]): Statement {
  let text = parts[0];
  const out: unknown[] = [];
  values.forEach((v, i) => {
    if (isStatement(v)) {
      text += v.text;
      out.push(...v.values);
    } else {
      text += '?';
      out.push(v);
    }
    text += parts[i + 1];
  });
  return { text, values: out };
}

const isStatement = (v: unknown): v is Statement => typeof v === 'object' && v !== null && 'text' in v && 'values' in v;

/** SQL text taken as it is (a table's name, a column expression of kinds.ts): never a value from outside. */
export const raw = (text: string): Statement => ({ text, values: [] });

export const joinSql = (items: readonly Statement[], separator: string): Statement =>
  ({ text: items.map((s) => s.text).join(separator), values: items.flatMap((s) => s.values) });

/**
 * Runs a statement as written, through Kysely's executor (its connection and the statement cache of
 * db/open.ts) but not its compiler: turning a `sql` template into its node tree, freezing it and
 * visiting it cost 1.5 ms of a 9.5 ms search (CPU, twenty statements, the 20-year set) and a good share
 * of the garbage collected, where SQLite's own step for most of these reads is a tenth of a millisecond.
 */
export async function run<T>(db: Kysely<DB>, s: Statement): Promise<T[]> {
  const text = engineOf(db) === 'postgres' ? forPostgres(s.text) : s.text;
  return (await db.executeQuery<T>(CompiledQuery.raw(text, s.values))).rows;
}

/** The marker `jsonEach` leaves, so one statement's text serves both engines (issue 15). */
const JSON_EACH = 'json_each(';

/**
 * A JSON array of values bound as one value, as a table of `value`s: SQLite's `json_each`, which
 * `run` turns into PostgreSQL's `json_array_elements_text` there.
 */
export const jsonEach = (values: readonly (string | number)[]): Statement => q`${raw(JSON_EACH)}${JSON.stringify(values)})`;

/**
 * `d.id IN (…)` for these documents (`search_docs` ids) as one bound value; cast, as PostgreSQL's JSON
 * elements come as text and its ids are `bigint`.
 */
export const docsIn = (docs: readonly number[]): Statement => q`d.id IN (SELECT CAST(value AS BIGINT) FROM ${jsonEach(docs)})`;

/** PostgreSQL numbers its placeholders and has no `json_each` (the statements here hold no `?` in a literal). */
function forPostgres(text: string): string {
  let n = 0;
  return text.replaceAll(JSON_EACH, 'json_array_elements_text(').replace(/\?/g, () => `$${++n}`);
}
