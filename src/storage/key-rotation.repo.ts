/**
 * Re-sealing data at rest with the active encryption key (npm run keys:rotate). Every column
 * named `*_ciphertext` in the public schema is found from the catalogue, so a table added later
 * is rotated too; its associated data is `<table>.<column without _ciphertext>:<primary key>`
 * (the convention of crypto.ts), except for the few named in `aadNames`.
 * Work goes in batches, one transaction each, so a run can stop at any point and the next run
 * carries on: it only picks values not yet under the active key. A value changed by the app
 * while a batch ran is left for the next batch rather than overwritten.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { generateKey, type Sealer } from './crypto';
import type { Database } from './db';
import { keyFileName } from './keyfile';

/** Columns whose associated data does not follow the `<table>.<column>` convention. */
const aadNames: Record<string, string> = {
  'outbox_messages.to_address_ciphertext': 'outbox_messages.to',
};

export interface SealedColumn {
  table: string;
  column: string;
  primaryKey: string;
  /** The associated-data prefix; a row's is `${aad}:${primary key}`. */
  aad: string;
}

export async function findSealedColumns(db: Database): Promise<SealedColumn[]> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name LIKE '%\\_ciphertext' ESCAPE '\\'
    ORDER BY table_name, column_name`.execute(db);
  const keys = await sql<{ table_name: string; column_name: string }>`
    SELECT tc.table_name, kcu.column_name
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu
      ON kcu.constraint_name = tc.constraint_name
     AND kcu.table_schema = tc.table_schema
     AND kcu.table_name = tc.table_name
    WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY'`.execute(db);
  const keyColumns = new Map<string, string[]>();
  for (const row of keys.rows)
    keyColumns.set(row.table_name, [...(keyColumns.get(row.table_name) ?? []), row.column_name]);
  return columns.rows.map((row) => {
    const pk = keyColumns.get(row.table_name) ?? [];
    if (pk.length !== 1 || !pk[0]) {
      throw new Error(
        `${row.table_name}.${row.column_name} is sealed but its table has no single-column primary key to bind it to.`,
      );
    }
    const name = `${row.table_name}.${row.column_name}`;
    return {
      table: row.table_name,
      column: row.column_name,
      primaryKey: pk[0],
      aad: aadNames[name] ?? `${row.table_name}.${row.column_name.replace(/_ciphertext$/, '')}`,
    };
  });
}

export interface RotationReport {
  activeKeyId: string;
  columns: { table: string; column: string; resealed: number; remaining: number }[];
  resealed: number;
  /** Values still under an older key (0 when the run finished). */
  remaining: number;
}

/** How many values of a column are not yet under the active key. */
async function countStale(db: Database, col: SealedColumn, prefix: string): Promise<number> {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM ${sql.table(col.table)}
    WHERE ${sql.ref(col.column)} IS NOT NULL
      AND left(${sql.ref(col.column)}, ${prefix.length}) <> ${prefix}`.execute(db);
  return result.rows[0]?.n ?? 0;
}

/**
 * Re-seal every sealed value that is not under the sealer's active key. `maxBatches` stops
 * early (to show that a run can be interrupted and resumed).
 */
export async function resealAll(
  db: Database,
  sealer: Sealer,
  options: { batchSize?: number; maxBatches?: number; onBatch?: (done: number) => void } = {},
): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 500;
  let batchesLeft = options.maxBatches ?? Number.POSITIVE_INFINITY;
  const prefix = `v1.${sealer.activeKeyId}.`;
  const report: RotationReport = {
    activeKeyId: sealer.activeKeyId,
    columns: [],
    resealed: 0,
    remaining: 0,
  };
  for (const col of await findSealedColumns(db)) {
    let resealed = 0;
    while (batchesLeft > 0) {
      const done = await db.transaction().execute(async (trx) => {
        const rows = await sql<{ id: string; value: string }>`
          SELECT ${sql.ref(col.primaryKey)}::text AS id, ${sql.ref(col.column)} AS value
          FROM ${sql.table(col.table)}
          WHERE ${sql.ref(col.column)} IS NOT NULL
            AND left(${sql.ref(col.column)}, ${prefix.length}) <> ${prefix}
          ORDER BY ${sql.ref(col.primaryKey)}
          LIMIT ${batchSize}
          FOR UPDATE SKIP LOCKED`.execute(trx);
        let changed = 0;
        for (const row of rows.rows) {
          const aad = `${col.aad}:${row.id}`;
          let plain: string;
          try {
            plain = sealer.open(row.value, aad);
          } catch (error) {
            throw new Error(
              `Could not open ${col.table}.${col.column} for row ${row.id} (${(error as Error).message}); nothing in this batch was changed.`,
            );
          }
          const result = await sql`
            UPDATE ${sql.table(col.table)} SET ${sql.ref(col.column)} = ${sealer.seal(plain, aad)}
            WHERE ${sql.ref(col.primaryKey)}::text = ${row.id}
              AND ${sql.ref(col.column)} = ${row.value}`.execute(trx);
          changed += Number(result.numAffectedRows ?? 0);
        }
        return { seen: rows.rows.length, changed };
      });
      batchesLeft -= 1;
      resealed += done.changed;
      options.onBatch?.(done.changed);
      if (done.seen < batchSize) break;
    }
    const remaining = await countStale(db, col, prefix);
    report.columns.push({ table: col.table, column: col.column, resealed, remaining });
    report.resealed += resealed;
    report.remaining += remaining;
  }
  return report;
}

/**
 * Put a new key first in an embedded installation's key file (older keys stay after it, so
 * what they sealed can still be read). Written to a temporary file and renamed, so the key file
 * is never half-written. Returns the new key ring text.
 */
export async function addKeyToKeyFile(dataDir: string): Promise<string> {
  const path = join(dataDir, keyFileName);
  const existing = (await readFile(path, 'utf8')).trim();
  if (!existing) throw new Error(`The encryption key file ${path} is empty.`);
  const ring = `${generateKey()},${existing}`;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${ring}\n`, { mode: 0o600, flag: 'wx' });
  await rename(temporary, path);
  return ring;
}
