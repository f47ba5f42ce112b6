// Where the file's bytes go: each table with its indexes, from SQLite's dbstat (pages in use).
import Database from 'better-sqlite3';

export interface TableSize {
  table: string;
  tableBytes: number;
  indexBytes: number;
}

export function sizesByTable(path: string): { file: number; tables: TableSize[] } {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.prepare(`select s.name, coalesce(m.tbl_name, s.name) tbl, m.type, sum(s.pgsize) bytes
      from dbstat s left join sqlite_schema m on m.name = s.name group by s.name`).all() as { name: string; tbl: string; type: string | null; bytes: number }[];
    const byTable = new Map<string, TableSize>();
    for (const r of rows) {
      const t = byTable.get(r.tbl) ?? { table: r.tbl, tableBytes: 0, indexBytes: 0 };
      // Autoindexes (primary keys, UNIQUE) have no schema row of their own: name them by their table.
      if (r.type === 'index' || r.name.startsWith('sqlite_autoindex_')) t.indexBytes += r.bytes;
      else t.tableBytes += r.bytes;
      byTable.set(r.tbl, t);
    }
    for (const t of [...byTable.values()]) {
      const auto = /^sqlite_autoindex_(.+)_\d+$/.exec(t.table);
      if (auto && byTable.has(auto[1])) {
        byTable.get(auto[1])!.indexBytes += t.indexBytes + t.tableBytes;
        byTable.delete(t.table);
      }
    }
    const file = Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true }));
    return { file, tables: [...byTable.values()].sort((a, b) => b.tableBytes + b.indexBytes - (a.tableBytes + a.indexBytes)) };
  } finally {
    db.close();
  }
}
