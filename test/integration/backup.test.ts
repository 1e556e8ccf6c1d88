import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/api/config';
import { startRapport } from '../../src/api/startup';
import { verifyAuditChain } from '../../src/storage/audit.repo';
import { listTables, restoreDatabase } from '../../src/storage/backup.repo';
import { migrate } from '../../src/storage/migrate';
import type { DatabaseHandle } from '../../src/storage/db';
import { createClient, createClock, goodPassword } from '../helpers/app';
import { seedSealedData, type SealedSample } from '../helpers/sealed-data';
import { createServerDatabase, runTsx, type ServerDatabase } from '../helpers/server-db';

// Each command-line run starts Node, tsx and the database: seconds each on a small machine.
vi.setConfig({ testTimeout: 120_000 });

let source: ServerDatabase;
let target: ServerDatabase;
let samples: SealedSample[] = [];
let dir: string;

beforeAll(async () => {
  source = await createServerDatabase();
  target = await createServerDatabase();
  dir = await mkdtemp(join(tmpdir(), 'rapport-backup-'));
  const clock = createClock();
  const started = await startRapport(loadConfig(source.env), { clock: clock.now });
  try {
    samples = [];
    for (let i = 0; i < 2; i++) samples.push(await seedSealedData(started.app, clock, i));
  } finally {
    await started.close();
  }
}, 120_000);
afterAll(async () => {
  await source.drop();
  await target.drop();
});

/** Every row of every table, as JSON text, in primary-key order. */
async function snapshot(handle: DatabaseHandle): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await listTables(handle.db)) {
    const order = table.primaryKey.length > 0 ? table.primaryKey : table.columns;
    const rows = await sql<{ j: string }>`
      SELECT row_to_json(t)::text AS j FROM ${sql.table(table.name)} t
      ORDER BY ${sql.join(order.map((c) => sql.ref(`t.${c}`)))}`.execute(handle.db);
    out[table.name] = rows.rows.map((row) => row.j);
  }
  return out;
}

describe('backup and restore', () => {
  it('round-trips every table through the command-line tools, sealed text still sealed', async () => {
    const file = join(dir, 'clinic.backup.gz');
    const backup = await runTsx('src/api/backup-cli.ts', ['--out', file], source.env);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backed up \d+ rows/);

    const text = gunzipSync(await readFile(file)).toString('utf8');
    const lines = text.trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ format: 'rapport-backup', version: 1 });
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ end: true });
    for (const sample of samples) {
      expect(text).not.toContain(sample.comment);
      expect(text).not.toContain(sample.goalTitle);
      expect(text).not.toContain(sample.reflection);
    }
    expect(text).toMatch(/"comment_ciphertext":"v1\./);

    const restore = await runTsx('src/api/restore-cli.ts', ['--in', file], target.env);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/chain intact/);

    const a = await source.open();
    const b = await target.open();
    try {
      const before = await snapshot(a);
      const after = await snapshot(b);
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      for (const name of Object.keys(before)) expect(after[name], name).toEqual(before[name]);
      expect(before.checkins?.length).toBe(2);
      expect(before.audit_events?.length).toBeGreaterThan(10);
      const clinics = await b.db.selectFrom('clinics').select('id').execute();
      for (const clinic of clinics) expect((await verifyAuditChain(b.db, clinic.id)).ok).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('the restored installation works: people sign in and read their sealed text', async () => {
    const clock = createClock(new Date('2026-03-03T10:00:00Z'));
    const started = await startRapport(loadConfig(target.env), { clock: clock.now });
    try {
      const sample = samples[0];
      if (!sample) throw new Error('no sample');
      const therapist = createClient(started.app, '10.60.0.1');
      expect((await therapist.login(sample.therapist.email, goodPassword)).statusCode).toBe(200);
      const goals = await therapist.request(
        'GET',
        `/api/v1/engagements/${sample.engagementId}/goals`,
      );
      expect(goals.statusCode).toBe(200);
      expect(goals.body).toContain(sample.goalTitle);
      // New rows get new ids after the restored ones (identity columns carried on).
      const again = createClient(started.app, '10.60.0.2');
      expect((await again.login(sample.client.email, goodPassword)).statusCode).toBe(200);
      const clinics = await started.handle.db.selectFrom('clinics').select('id').execute();
      for (const clinic of clinics)
        expect((await verifyAuditChain(started.handle.db, clinic.id)).ok).toBe(true);
    } finally {
      await started.close();
    }
  });

  it('refuses to restore over a database that has data, and changes nothing', async () => {
    const file = join(dir, 'clinic.backup.gz');
    const b = await target.open();
    const before = (await snapshot(b)).users?.length;
    await b.close();
    const refused = await runTsx('src/api/restore-cli.ts', ['--in', file], target.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty/);
    const again = await target.open();
    expect((await snapshot(again)).users?.length).toBe(before);
    await again.close();
  });

  it('refuses a file that is cut off, and writes nothing', async () => {
    const fresh = await createServerDatabase();
    const handle = await fresh.open();
    try {
      await migrate(handle);
      const whole = gunzipSync(await readFile(join(dir, 'clinic.backup.gz'))).toString('utf8');
      const lines = whole.trim().split('\n');
      const cut = join(dir, 'cut.backup.gz');
      await writeFile(cut, gzipSync(lines.slice(0, -5).join('\n')));
      await expect(restoreDatabase(handle.db, cut)).rejects.toThrow(/cut off/);
      expect(await handle.db.selectFrom('users').select('id').execute()).toHaveLength(0);
      expect(await handle.db.selectFrom('audit_events').select('id').execute()).toHaveLength(0);
    } finally {
      await handle.close();
      await fresh.drop();
    }
  });
});
