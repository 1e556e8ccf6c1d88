/** Rapport itself, on a benchmark database: the same start-up as `npm start`, quiet and without jobs. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/api/config';
import { startRapport, type Started } from '../../src/api/startup';
import type { DatabaseHandle } from '../../src/storage/db';

/** A fixed key for generated data (never used outside benchmarks). */
export const benchEncryptionKey = Buffer.alloc(32, 3).toString('base64');

export async function startBenchRapport(
  handle: DatabaseHandle,
  options: { webRoot?: string } = {},
): Promise<Started> {
  // Rapport's data directory (key file, photos) — unused with a ready handle, removed at close.
  const dataDir = await mkdtemp(join(tmpdir(), 'rapport-bench-data-'));
  const started = await startRapport(
    loadConfig({
      RAPPORT_DATA_DIR: dataDir,
      RAPPORT_DEMO: '0',
      RAPPORT_JOBS: '0',
      LOG_LEVEL: 'silent',
      RAPPORT_ENCRYPTION_KEY: benchEncryptionKey,
    }),
    { handle, ...(options.webRoot ? { webRoot: options.webRoot } : {}) },
  );
  return {
    ...started,
    async close() {
      await started.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A check-in link token that the generator and the load client both derive from a number. */
export function benchToken(prefix: string, i: number): string {
  // 43 characters of the base64url alphabet, like a real token (32 random bytes).
  const token = `${prefix}${String(i).padStart(43 - prefix.length, '0')}`;
  if (token.length !== 43 || !/^[A-Za-z0-9_-]+$/.test(token)) throw new Error('bad bench token');
  return token;
}

/** The stored SHA-256 of benchToken(prefix, i) as SQL over an integer expression, for bulk inserts. */
export function tokenHashSql(prefix: string, indexExpression: string): string {
  if (!/^[A-Za-z]+$/.test(prefix)) throw new Error('bad bench token prefix');
  const token = `'${prefix}' || lpad((${indexExpression})::text, ${43 - prefix.length}, '0')`;
  return `encode(sha256(convert_to(${token}, 'UTF8')), 'hex')`;
}
