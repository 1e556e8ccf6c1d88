/**
 * A database that a child process can open too (for tests that run Rapport's real server or
 * command-line tools): an embedded data directory, or — when the run is on PostgreSQL — a new
 * database on TEST_DATABASE_URL. Gives the environment to pass and removes it afterwards.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/api/config';
import { openConfiguredDatabase } from '../../src/api/startup';
import type { DatabaseHandle } from '../../src/storage/db';
import { testEncryptionKey } from './app';

export interface ServerDatabase {
  kind: 'pglite' | 'postgres';
  env: Record<string, string>;
  open(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function createServerDatabase(): Promise<ServerDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rapport-server-'));
  const base = {
    RAPPORT_DATA_DIR: dataDir,
    RAPPORT_ENCRYPTION_KEY: testEncryptionKey,
    RAPPORT_DEMO: '0',
    LOG_LEVEL: 'silent',
  };
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (process.env.RAPPORT_TEST_DB === 'postgres' && serverUrl) {
    const name = `rapport_srv_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    await onServer(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const env = { ...base, DATABASE_URL: url.toString() };
    return {
      kind: 'postgres',
      env,
      open: () => openConfiguredDatabase(loadConfig(env)),
      async drop() {
        await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  return {
    kind: 'pglite',
    env: base,
    open: () => openConfiguredDatabase(loadConfig(base)),
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run one of Rapport's TypeScript entry points with tsx, as `npm run …` would. */
export function runTsx(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(join('node_modules', '.bin', 'tsx'), [script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
