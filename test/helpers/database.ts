/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or — when the
 * run asks for PostgreSQL (RAPPORT_TEST_DB=postgres with TEST_DATABASE_URL) — a new, uniquely
 * named database on that server, dropped again by drop().
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/storage/db';
import { migrate } from '../../src/storage/migrate';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** Close the handle (if still open) and remove the database. */
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (process.env.RAPPORT_TEST_DB === 'postgres' && serverUrl)
    return createPostgresDatabase(serverUrl);
  const handle = await openDatabase({ memory: true });
  await migrate(handle);
  return { handle, drop: () => closeQuietly(handle) };
}

async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  // Lower-case letters and digits only, so the name needs no quoting rules beyond the quotes.
  const name = `rapport_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({ url: url.toString(), poolSize: 5 });
    await migrate(handle);
  } catch (error) {
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw error;
  }
  let dropped = false;
  return {
    handle,
    async drop() {
      if (dropped) return;
      dropped = true;
      await closeQuietly(handle);
      await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A test may already have closed the handle (for example through the app's close()). */
async function closeQuietly(handle: DatabaseHandle): Promise<void> {
  try {
    await handle.close();
  } catch (error) {
    if (!/more than once|closed/i.test((error as Error).message)) throw error;
  }
}
