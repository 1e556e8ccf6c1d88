/**
 * Writing what a recomputation decided (writeSignalChangesOf) must find each changed flag by its
 * key, not by reading every flag of the database: a clinic's flags only grow, and the flags are
 * rewritten after every check-in. The changed rows arrive as one JSON value, which the planner
 * counts as 100 rows whatever their number; joined on that alone, a table of a few thousand
 * flags is read whole (a cached plan on the embedded database keeps doing so as it grows).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeSignalsOf } from '../../src/api/signals.service';
import { createSealer, generateKey, parseKeyRing } from '../../src/storage/crypto';
import { loadDemoClinic } from '../../src/storage/demo/generate';
import { toStoredSignal, writeSignalChangesOf } from '../../src/storage/signals.repo';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

const now = new Date('2026-03-02T10:00:00Z');
const sealer = createSealer(parseKeyRing(generateKey()));
/** Enough flags that reading them all looks cheaper than 100 lookups to the planner. */
const flags = 4000;

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemoClinic(database.handle.db, sealer, {
    seed: 5,
    now,
    hashPassword: (password) => Promise.resolve(`test$${password}`),
  });
  // The demo's flags, as the app stores them.
  const db = database.handle.db;
  const engagements = (
    await db.selectFrom('engagements').select(['id', 'clinic_id']).orderBy('id').execute()
  ).map((e) => ({ id: e.id, clinicId: e.clinic_id }));
  await db
    .transaction()
    .execute((trx) =>
      recomputeSignalsOf({ sealer, newId: () => randomUUID() }, trx, engagements, now),
    );
}, 60_000);
afterAll(() => database.drop());

describe('writing changed flags', () => {
  it('looks each changed flag up by its key, however many flags there are', async () => {
    const db = database.handle.db;
    const row = await db
      .selectFrom('signals')
      .selectAll()
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    expect(row).toBeDefined();
    // Many more (resolved) flags of the same engagement, each under a rule key of its own.
    await sql`INSERT INTO signals (id, clinic_id, engagement_id, kind, severity, status, rule_key,
        evidence, raised_at, updated_at, resolved_at)
      SELECT gen_random_uuid(), clinic_id, engagement_id, kind, severity, 'resolved',
        rule_key || ':old-' || n, evidence, raised_at, updated_at, updated_at
      FROM signals, generate_series(1, ${flags}) AS n WHERE id = ${row!.id}`.execute(db);
    await sql`ANALYZE signals`.execute(db);

    const stored = toStoredSignal(sealer, row!);
    const { before, scans, after } = await db.transaction().execute(async (trx) => {
      // The table's reads counted so far by this connection (as PostgreSQL 15+ counts them in
      // this view: since its last report, not only in this transaction), before and after.
      const reads = async () =>
        (
          await sql<{ seq_scan: string | number; idx_scan: string | number }>`
            SELECT seq_scan, idx_scan FROM pg_stat_xact_user_tables WHERE relname = 'signals'`.execute(
            trx,
          )
        ).rows.map((r) => ({ seq: Number(r.seq_scan), idx: Number(r.idx_scan) }))[0];
      const before = await reads();
      await writeSignalChangesOf(
        trx,
        sealer,
        [
          {
            target: { clinicId: row!.clinic_id, engagementId: row!.engagement_id },
            changes: {
              insert: [],
              update: [
                {
                  id: row!.id,
                  ruleKey: row!.rule_key,
                  severity: 'urgent',
                  sessionId: row!.session_id,
                  evidence: stored.evidence,
                  escalated: row!.severity !== 'urgent',
                },
              ],
              resolve: [],
            },
          },
        ],
        { newId: () => randomUUID(), now },
      );
      const scans = await reads();
      const after = await trx
        .selectFrom('signals')
        .select(['severity', 'updated_at'])
        .where('id', '=', row!.id)
        .executeTakeFirstOrThrow();
      return { before, scans, after };
    });
    expect(after.severity).toBe('urgent');
    expect(after.updated_at).toEqual(now);
    expect(before).toBeDefined();
    expect(scans).toBeDefined();
    // No read of the whole table; the flag found through an index.
    expect(scans!.seq - before!.seq).toBe(0);
    expect(scans!.idx - before!.idx).toBeGreaterThan(0);
  });
});
