/**
 * The database connection: PGlite in a data directory by default, PostgreSQL when a connection
 * string is given. Both speak the same SQL and run the same migrations.
 */
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { namingPool } from './pg-statements';
import { changesSchema, Mutex, PGliteDialect, PreparedStatements } from './pglite-dialect';
import type { DB } from './schema';

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /**
   * Hold one connection that nothing else uses meanwhile and run raw SQL on it (several
   * statements allowed); `exec` returns the rows of the last statement.
   */
  withSession<T>(fn: (exec: SessionExec) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type SessionExec = (sql: string) => Promise<Record<string, unknown>[]>;

export type DatabaseOptions =
  { url: string; poolSize?: number } | { dataDir: string } | { memory: true };

const int8 = 20;

/**
 * PGlite's own start parameters, and one of ours: every prepared statement is planned once, for
 * any parameters (ADR 9). Otherwise PostgreSQL plans most of the hot statements again on every
 * execution (it keeps choosing a custom plan when an array's length makes it look cheaper), and
 * on the embedded database planning is a large part of a statement's cost. Its statements are
 * lookups by key, where a generic plan is the same plan; on PostgreSQL nothing changes
 * (node-postgres sends unnamed statements, planned each time).
 */
export const embeddedStartParams = [
  ...PGlite.defaultStartParams,
  '-c',
  'plan_cache_mode=force_generic_plan',
];

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if ('url' in options) return openPostgres(options.url, options.poolSize ?? 10);
  const pglite = new PGlite({
    ...('dataDir' in options ? { dataDir: options.dataDir } : {}),
    startParams: embeddedStartParams,
  });
  await pglite.waitReady;
  const mutex = new Mutex();
  const prepared = new PreparedStatements();
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite, mutex, prepared) });
  return {
    db,
    kind: 'pglite',
    async withSession(fn) {
      const release = await mutex.acquire();
      try {
        return await fn(async (sql) => {
          const results = await pglite.exec(sql);
          if (changesSchema.test(sql)) await prepared.clear(pglite);
          return results.at(-1)?.rows ?? [];
        });
      } finally {
        release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

// Counts and ids of type bigint fit in a JavaScript number here; PGlite returns numbers too.
const types = new pg.TypeOverrides();
types.setTypeParser(int8, Number);

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types,
  });
  // An idle connection closed by the server (a restart, a failover, a dropped test database)
  // must not bring the process down: the pool discards it and opens a new one when needed.
  pool.on('error', () => undefined);
  // Fail at start, with a clear message, rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: namingPool(pool) }) });
  return {
    db,
    kind: 'postgres',
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn(async (sql) => {
          const result = (await client.query(sql)) as pg.QueryResult | pg.QueryResult[];
          const last = Array.isArray(result) ? result.at(-1) : result;
          return (last?.rows ?? []) as Record<string, unknown>[];
        });
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}
