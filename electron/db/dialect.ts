import { type Kysely, type RawBuilder, sql } from 'kysely';
import { engineOf } from './engine';

/**
 * The few SQL constructs SQLite and PostgreSQL spell differently, each written once here so services
 * hold no engine `if`s (issue 15). Each helper takes the Kysely instance the statement runs on and
 * answers a fragment in that engine's words, with the same result on both.
 */
export function dialect<D>(db: Kysely<D>) {
  const pg = engineOf(db) === 'postgres';
  return {
    /** A JSON array of the values, as text: SQLite `json_array`, PostgreSQL `json_build_array`. */
    jsonArray: (...values: RawBuilder<unknown>[]) => sql<string>`${sql.raw(pg ? 'json_build_array' : 'json_array')}(${sql.join(values)})`,
    /**
     * The rows' values gathered into one JSON array, in `orderBy`'s order; `[]` when there are none
     * (SQLite `json_group_array`; PostgreSQL `json_agg`, which answers null for no rows).
     */
    jsonGroupArray: (value: RawBuilder<unknown>, orderBy?: RawBuilder<unknown>) => {
      const order = orderBy ? sql` order by ${orderBy}` : sql``;
      return pg ? sql<string>`coalesce(json_agg(${value}${order}), '[]')` : sql<string>`json_group_array(${value}${order})`;
    },
    /** Where `needle` first occurs in `hay`, from 1; 0 when it does not (SQLite `instr`, PostgreSQL `strpos`). */
    instr: (hay: RawBuilder<unknown>, needle: RawBuilder<unknown>) => sql<number>`${sql.raw(pg ? 'strpos' : 'instr')}(${hay}, ${needle})`,
    /** The larger of two values (SQLite's two-argument `max`, PostgreSQL `greatest`). */
    greatest: (a: RawBuilder<unknown>, b: RawBuilder<unknown>) => sql<number>`${sql.raw(pg ? 'greatest' : 'max')}(${a}, ${b})`,
    /**
     * `col IN (the values of a JSON array)`: a list of any length bound as one parameter (SQLite
     * `json_each`, PostgreSQL `json_array_elements_text`).
     */
    inJsonList: (column: RawBuilder<unknown>, values: readonly (string | number)[], type: 'text' | 'bigint' = 'text') =>
      pg
        ? sql<boolean>`${column} in (select value::${sql.raw(type)} from json_array_elements_text(${JSON.stringify(values)}::json))`
        : sql<boolean>`${column} in (select value from json_each(${JSON.stringify(values)}))`,
  };
}

/** How many rows meet a condition: the same on both engines (SQLite could sum a boolean, PostgreSQL cannot). */
export const countWhere = (condition: RawBuilder<unknown>) => sql<number>`count(case when ${condition} then 1 end)`;
