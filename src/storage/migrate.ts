/**
 * Numbered, forward-only SQL migrations, the same files for PGlite and PostgreSQL.
 * The runner refuses a history it does not recognise: an applied migration whose file is gone
 * or renamed, or a new file numbered below one already applied (it would never run elsewhere).
 * Several app servers may start at once: an advisory lock lets one migrate while others wait.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { DatabaseHandle } from './db';

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
}

const migrationsDir = new URL('./migrations/', import.meta.url);
const lockKey = 7_217_767_370; // arbitrary, Rapport's own

export async function loadMigrationFiles(dir: URL = migrationsDir): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  const files: MigrationFile[] = [];
  for (const name of names) {
    const match = /^(\d{4})_[a-z0-9_]+\.sql$/.exec(name);
    if (!match?.[1]) throw new Error(`Migration file name must look like 0001_name.sql: ${name}`);
    const version = Number(match[1]);
    if (files.some((file) => file.version === version)) {
      throw new Error(`Two migrations share the number ${version}`);
    }
    files.push({ version, name, sql: await readFile(new URL(name, dir), 'utf8') });
  }
  return files;
}

export class MigrationHistoryError extends Error {
  override name = 'MigrationHistoryError';
}

/** Which files to apply, given what is applied; throws when the history is out of order. */
export function planMigrations(
  files: readonly MigrationFile[],
  applied: readonly { version: number; name: string }[],
): MigrationFile[] {
  const byVersion = new Map(files.map((file) => [file.version, file]));
  for (const row of applied) {
    const file = byVersion.get(row.version);
    if (!file || file.name !== row.name) {
      throw new MigrationHistoryError(
        `Applied migration ${row.name} has no matching file; refusing to continue.`,
      );
    }
  }
  const highest = Math.max(0, ...applied.map((row) => row.version));
  const appliedVersions = new Set(applied.map((row) => row.version));
  const pending = files.filter((file) => !appliedVersions.has(file.version));
  const late = pending.find((file) => file.version < highest);
  if (late) {
    throw new MigrationHistoryError(
      `Migration ${late.name} is numbered below one already applied (${highest}); renumber it.`,
    );
  }
  return pending;
}

function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

export async function migrate(
  handle: DatabaseHandle,
  files?: readonly MigrationFile[],
): Promise<{ applied: string[] }> {
  const all = files ?? (await loadMigrationFiles());
  return handle.withSession(async (exec) => {
    await exec(`SELECT pg_advisory_lock(${lockKey})`);
    try {
      await exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const rows = (await exec('SELECT version, name FROM schema_migrations ORDER BY version')).map(
        (row) => ({ version: Number(row.version), name: String(row.name) }),
      );
      const pending = planMigrations(all, rows);
      for (const file of pending) {
        try {
          await exec(
            `BEGIN;\n${file.sql}\n;\nINSERT INTO schema_migrations (version, name, checksum) VALUES (${file.version}, '${file.name}', '${checksum(file.sql)}');\nCOMMIT;`,
          );
        } catch (error) {
          await exec('ROLLBACK').catch(() => undefined);
          throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`, {
            cause: error,
          });
        }
      }
      return { applied: pending.map((file) => file.name) };
    } finally {
      await exec(`SELECT pg_advisory_unlock(${lockKey})`);
    }
  });
}
