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
import {
  listSignalRows,
  toStoredSignal,
  writeSignalChangesOf,
} from '../../src/storage/signals.repo';
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
  it('writes new, changed and resolved flags of several engagements in one go, each as given', async () => {
    const db = database.handle.db;
    const open = await db
      .selectFrom('signals')
      .selectAll()
      .where('status', '=', 'open')
      .orderBy('engagement_id')
      .orderBy('id')
      .execute();
    const first = open[0]!;
    const second = open.find((row) => row.engagement_id !== first.engagement_id)!;
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    const firstEvidence = toStoredSignal(sealer, first).evidence;
    const secondEvidence = toStoredSignal(sealer, second).evidence;
    const later = new Date(now.getTime() + 3_600_000);
    const newId = randomUUID();
    // A new flag with words (sealed apart), a changed flag, and a resolved one elsewhere.
    const newEvidence = { ...firstEvidence, quote: 'A sentence the client wrote.', extra: 3 };
    const changedEvidence = { ...firstEvidence, extra: 7 };
    const resolution = {
      reason: 'recovered' as const,
      sessionId: null,
      messageKey: firstEvidence.messageKey,
      params: {},
    };
    const inserted = await db.transaction().execute((trx) =>
      writeSignalChangesOf(
        trx,
        sealer,
        [
          {
            target: { clinicId: first.clinic_id, engagementId: first.engagement_id },
            changes: {
              insert: [
                {
                  ruleKey: `${first.rule_key}:another`,
                  kind: first.kind as never,
                  severity: 'warning',
                  status: 'open',
                  sessionId: first.session_id,
                  evidence: newEvidence,
                  resolution: null,
                  raisedAt: later.toISOString(),
                  resolvedAt: null,
                },
              ],
              update: [
                {
                  id: first.id,
                  ruleKey: first.rule_key,
                  severity: 'urgent',
                  sessionId: first.session_id,
                  evidence: changedEvidence,
                  escalated: first.severity !== 'urgent',
                },
              ],
              resolve: [],
            },
          },
          {
            target: { clinicId: second.clinic_id, engagementId: second.engagement_id },
            changes: {
              insert: [],
              update: [],
              resolve: [
                {
                  id: second.id,
                  ruleKey: second.rule_key,
                  severity: second.severity,
                  sessionId: second.session_id,
                  evidence: secondEvidence,
                  resolution,
                  resolvedAt: later.toISOString(),
                },
              ],
            },
          },
        ],
        { newId: () => newId, now: later },
      ),
    );
    expect(inserted).toEqual([[newId], []]);

    const rows = new Map(
      [
        ...(await listSignalRows(db, first.engagement_id)),
        ...(await listSignalRows(db, second.engagement_id)),
      ].map((row) => [row.id, row]),
    );
    const added = rows.get(newId)!;
    expect(added).toMatchObject({
      engagement_id: first.engagement_id,
      rule_key: `${first.rule_key}:another`,
      severity: 'warning',
      status: 'open',
      resolved_at: null,
      resolution: null,
    });
    expect(added.raised_at).toEqual(later);
    expect(added.updated_at).toEqual(later);
    expect(toStoredSignal(sealer, added).evidence).toEqual(newEvidence);
    // The words are not in the stored evidence, only sealed apart.
    expect(JSON.stringify(added.evidence)).not.toContain('client wrote');
    expect(added.quote_ciphertext).not.toBeNull();

    const changed = rows.get(first.id)!;
    expect(changed).toMatchObject({ severity: 'urgent', status: 'open', resolution: null });
    expect(changed.updated_at).toEqual(later);
    expect(toStoredSignal(sealer, changed).evidence).toEqual(changedEvidence);

    const resolved = rows.get(second.id)!;
    expect(resolved).toMatchObject({ status: 'resolved', resolution });
    expect(resolved.resolved_at).toEqual(later);
    expect(toStoredSignal(sealer, resolved).evidence).toEqual(secondEvidence);
  });

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
