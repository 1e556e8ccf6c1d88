/**
 * A fresh, migrated database for one scenario: the embedded database (PGlite) in a temporary
 * data directory — as `npm start` runs it — or, on PostgreSQL, a new database created on the
 * server named by BENCH_DATABASE_URL and dropped again afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/storage/db';
import { migrate } from '../../src/storage/migrate';

export type DatabaseKind = 'pglite' | 'postgres';

export interface BenchDatabase {
  kind: DatabaseKind;
  /** What the table shows: "PGlite" or "PostgreSQL". */
  label: string;
  handle: DatabaseHandle;
  /** Close the handle and remove the data (directory or database). */
  drop(): Promise<void>;
}

export const databaseLabels: Record<DatabaseKind, string> = {
  pglite: 'PGlite',
  postgres: 'PostgreSQL',
};

export async function createBenchDatabase(
  kind: DatabaseKind,
  serverUrl: string | undefined,
): Promise<BenchDatabase> {
  if (kind === 'postgres') {
    if (!serverUrl) throw new Error('BENCH_DATABASE_URL is needed for PostgreSQL.');
    return createPostgresDatabase(serverUrl);
  }
  const dir = await mkdtemp(join(tmpdir(), 'rapport-bench-'));
  const handle = await openDatabase({ dataDir: join(dir, 'pglite') });
  await migrate(handle);
  return {
    kind,
    label: databaseLabels.pglite,
    handle,
    async drop() {
      await closeQuietly(handle);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresDatabase(serverUrl: string): Promise<BenchDatabase> {
  // Lower-case letters, digits and underscores only, so the quoted name needs no escaping.
  const name = `rapport_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({ url: url.toString() });
    await migrate(handle);
  } catch (error) {
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw error;
  }
  return {
    kind: 'postgres',
    label: databaseLabels.postgres,
    handle,
    async drop() {
      await closeQuietly(handle);
      await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Run one statement on the server's own database (creating and dropping databases). */
export async function onServer(serverUrl: string, statement: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const result = await client.query<Record<string, unknown>>(statement);
    const first = result.rows[0];
    return first ? String(Object.values(first)[0]) : null;
  } finally {
    await client.end();
  }
}

async function closeQuietly(handle: DatabaseHandle): Promise<void> {
  try {
    await handle.close();
  } catch (error) {
    if (!/more than once|closed/i.test((error as Error).message)) throw error;
  }
}

/**
 * Run bulk SQL on one connection with triggers and foreign-key checks switched off
 * (session_replication_role = replica): generated data is consistent by construction, and a
 * million rows through per-row triggers would measure the loader, not Rapport.
 */
export async function bulkLoad(
  handle: DatabaseHandle,
  statements: readonly string[],
): Promise<void> {
  await handle.withSession(async (exec) => {
    // Only a superuser may switch triggers off; anyone else loads through them (slower).
    const replica = await exec('SET session_replication_role = replica').then(
      () => true,
      () => false,
    );
    try {
      for (const statement of statements) await exec(statement);
    } finally {
      if (replica) await exec('SET session_replication_role = DEFAULT');
    }
  });
  // Fresh statistics, so the planner sees the generated tables as they are.
  await handle.withSession((exec) => exec('ANALYZE'));
}

/**
 * Bring the caseload's per-engagement facts up to date after a bulk load (the triggers that
 * keep them were off), when this schema has them.
 */
export async function refreshEngagementFacts(handle: DatabaseHandle): Promise<void> {
  await handle.withSession(async (exec) => {
    const [found] = await exec(
      `SELECT to_regproc('engagement_facts_refresh_sessions') IS NOT NULL AS present`,
    );
    if (found?.present !== true) return;
    await exec(`SELECT count(*) FROM (
      SELECT engagement_facts_refresh_sessions(id),
             engagement_facts_refresh_scores(id, 'alliance'),
             engagement_facts_refresh_scores(id, 'wellbeing')
      FROM engagements) AS refreshed`);
  });
}

/** Run fn over items with at most `width` running at once (the pool's width on PostgreSQL). */
export async function forEachLimited<T>(
  items: readonly T[],
  width: number,
  fn: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  });
  await Promise.all(lanes);
}
