/**
 * Backup and restore of a whole installation (every clinic, every table of the public schema):
 * a gzip file of JSON lines — a header (format, migrations applied, tables), then one line per
 * row, then a footer with the row counts, so a cut-off file is refused. Sealed text is copied
 * as it is stored (still sealed: the encryption key is not in the backup and must be kept
 * apart). The backup reads one consistent snapshot; the restore runs in one transaction into an
 * empty database at the same migration, so it either lands whole or not at all, and the audit
 * chain verifies afterwards.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'kysely';
import type { Database } from './db';
import type { Executor } from './users.repo';

export const backupFormat = 'rapport-backup';
export const backupVersion = 1;

interface TableInfo {
  name: string;
  /** Columns to write back (generated columns are left to the database). */
  columns: string[];
  primaryKey: string[];
  identity: string[];
}

interface Header {
  format: typeof backupFormat;
  version: number;
  createdAt: string;
  migrations: { version: number; name: string; checksum: string }[];
  tables: string[];
}

/** The public tables, parents before children (foreign keys), without the migration ledger. */
export async function listTables(db: Executor): Promise<TableInfo[]> {
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'
    ORDER BY table_name`.execute(db);
  const columns = await sql<{
    table_name: string;
    column_name: string;
    is_generated: string;
    is_identity: string;
  }>`
    SELECT table_name, column_name, is_generated, is_identity FROM information_schema.columns
    WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`.execute(db);
  const keys = await sql<{
    table_name: string;
    column_name: string;
    kind: string;
    ref: string | null;
  }>`
    SELECT tc.table_name, kcu.column_name, tc.constraint_type AS kind, ccu.table_name AS ref
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu
      ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
     AND kcu.table_name = tc.table_name
    LEFT JOIN information_schema.constraint_column_usage ccu
      ON tc.constraint_type = 'FOREIGN KEY' AND ccu.constraint_name = tc.constraint_name
     AND ccu.constraint_schema = tc.constraint_schema
    WHERE tc.table_schema = 'public' AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')
    ORDER BY tc.table_name, kcu.ordinal_position`.execute(db);

  const info = new Map<string, TableInfo>();
  const parents = new Map<string, Set<string>>();
  for (const { table_name } of tables.rows) {
    info.set(table_name, { name: table_name, columns: [], primaryKey: [], identity: [] });
    parents.set(table_name, new Set());
  }
  for (const column of columns.rows) {
    const table = info.get(column.table_name);
    if (!table || column.is_generated === 'ALWAYS') continue;
    table.columns.push(column.column_name);
    if (column.is_identity === 'YES') table.identity.push(column.column_name);
  }
  for (const key of keys.rows) {
    const table = info.get(key.table_name);
    if (!table) continue;
    if (key.kind === 'PRIMARY KEY' && !table.primaryKey.includes(key.column_name))
      table.primaryKey.push(key.column_name);
    if (key.kind === 'FOREIGN KEY' && key.ref && key.ref !== key.table_name && info.has(key.ref))
      parents.get(key.table_name)?.add(key.ref);
  }
  // Parents first (Kahn's algorithm); a cycle would leave tables over, which is refused.
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  while (done.size < info.size) {
    const ready = [...info.keys()].filter(
      (name) => !done.has(name) && [...(parents.get(name) ?? [])].every((p) => done.has(p)),
    );
    if (ready.length === 0) throw new Error('The tables refer to each other in a cycle.');
    for (const name of ready) {
      done.add(name);
      const table = info.get(name);
      if (table) ordered.push(table);
    }
  }
  return ordered;
}

async function migrations(db: Executor) {
  const rows = await db
    .selectFrom('schema_migrations')
    .select(['version', 'name', 'checksum'])
    .orderBy('version')
    .execute();
  return rows.map((row) => ({
    version: Number(row.version),
    name: row.name,
    checksum: row.checksum,
  }));
}

export interface BackupReport {
  tables: { name: string; rows: number }[];
  rows: number;
}

/** Write a backup of everything to `path`. */
export async function backupDatabase(
  db: Database,
  path: string,
  options: { now?: Date; pageSize?: number } = {},
): Promise<BackupReport> {
  const pageSize = options.pageSize ?? 1000;
  const gzip = createGzip();
  const file = createWriteStream(path, { mode: 0o600 });
  gzip.pipe(file);
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  const report: BackupReport = { tables: [], rows: 0 };
  // One snapshot: rows written by the app meanwhile are either all in or all out.
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const tables = await listTables(trx);
      const header: Header = {
        format: backupFormat,
        version: backupVersion,
        createdAt: (options.now ?? new Date()).toISOString(),
        migrations: await migrations(trx),
        tables: tables.map((table) => table.name),
      };
      await write(header);
      for (const table of tables) {
        const order = table.primaryKey.length > 0 ? table.primaryKey : table.columns;
        let rows = 0;
        for (let offset = 0; ; offset += pageSize) {
          const page = await sql<{ j: string }>`
            SELECT row_to_json(t)::text AS j FROM ${sql.table(table.name)} t
            ORDER BY ${sql.join(order.map((column) => sql.ref(`t.${column}`)))}
            LIMIT ${pageSize} OFFSET ${offset}`.execute(trx);
          for (const row of page.rows)
            await write({ t: table.name, r: JSON.parse(row.j) as unknown });
          rows += page.rows.length;
          if (page.rows.length < pageSize) break;
        }
        report.tables.push({ name: table.name, rows });
        report.rows += rows;
      }
      await write({
        end: true,
        counts: Object.fromEntries(report.tables.map((t) => [t.name, t.rows])),
      });
    });
  gzip.end();
  await once(file, 'close');
  return report;
}

/** Restore a backup into this database, which must be migrated to the same version and empty. */
export async function restoreDatabase(
  db: Database,
  path: string,
  options: { batchSize?: number } = {},
): Promise<BackupReport> {
  const batchSize = options.batchSize ?? 500;
  const lines = createInterface({
    input: createReadStream(path).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new Error('The backup file is empty.');
  let header: Header;
  try {
    header = JSON.parse(first.value) as Header;
  } catch {
    throw new Error('This is not a Rapport backup.');
  }
  if (header.format !== backupFormat || header.version !== backupVersion)
    throw new Error('This is not a Rapport backup this version can read.');

  return db.transaction().execute(async (trx) => {
    const here = await migrations(trx);
    const same =
      here.length === header.migrations.length &&
      here.every(
        (m, i) =>
          m.version === header.migrations[i]?.version &&
          m.checksum === header.migrations[i]?.checksum,
      );
    if (!same)
      throw new Error(
        'The backup was made at a different database version than this one: restore it with the Rapport version that made it.',
      );
    const tables = await listTables(trx);
    const byName = new Map(tables.map((table) => [table.name, table]));
    for (const table of tables) {
      const count = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM ${sql.table(table.name)}`.execute(trx);
      if ((count.rows[0]?.n ?? 0) > 0)
        throw new Error(
          `The database is not empty (${table.name} has rows): restore into a new, empty database.`,
        );
    }
    const report: BackupReport = { tables: [], rows: 0 };
    const counts = new Map<string, number>();
    let batch: unknown[] = [];
    let batchTable: TableInfo | undefined;
    const flush = async () => {
      if (!batchTable || batch.length === 0) return;
      const columns = sql.join(batchTable.columns.map((column) => sql.ref(column)));
      await sql`
        INSERT INTO ${sql.table(batchTable.name)} (${columns}) OVERRIDING SYSTEM VALUE
        SELECT ${columns} FROM json_populate_recordset(NULL::${sql.table(batchTable.name)}, ${JSON.stringify(batch)}::json)`.execute(
        trx,
      );
      batch = [];
    };
    let footer: { end: true; counts: Record<string, number> } | undefined;
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      if (next.value.trim() === '') continue;
      const line = JSON.parse(next.value) as {
        t?: string;
        r?: unknown;
        end?: true;
        counts?: Record<string, number>;
      };
      if (line.end) {
        footer = { end: true, counts: line.counts ?? {} };
        continue;
      }
      const table = line.t === undefined ? undefined : byName.get(line.t);
      if (!table)
        throw new Error(`The backup has a table this database does not: ${line.t ?? '?'}.`);
      if (table !== batchTable) {
        await flush();
        batchTable = table;
      }
      batch.push(line.r);
      counts.set(table.name, (counts.get(table.name) ?? 0) + 1);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    if (!footer) throw new Error('The backup file is cut off: it has no end marker.');
    for (const [name, n] of Object.entries(footer.counts)) {
      if ((counts.get(name) ?? 0) !== n)
        throw new Error(`The backup file is damaged: ${name} should have ${n} rows.`);
    }
    // Identity columns carry on after the restored ids.
    for (const table of tables) {
      for (const column of table.identity) {
        await sql`
          SELECT setval(pg_get_serial_sequence(${table.name}, ${column}),
                        coalesce((SELECT max(${sql.ref(column)}) FROM ${sql.table(table.name)}), 0) + 1,
                        false)`.execute(trx);
      }
      const n = counts.get(table.name) ?? 0;
      report.tables.push({ name: table.name, rows: n });
      report.rows += n;
    }
    return report;
  });
}
