/** Search on PostgreSQL (filled in by the search step). */
export const searchSql: readonly string[] = [];
