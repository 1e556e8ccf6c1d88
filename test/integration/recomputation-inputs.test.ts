/**
 * The one-statement read behind every recomputation of flags (loadRecomputationInputs): on the
 * demo clinic's varied histories it must give the engine exactly what a plain read of each
 * table gives, and the flags as stored, so that recomputing twice changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeSignalsOf } from '../../src/api/signals.service';
import { screenComment } from '../../src/core/screening';
import type { EngagementHistory } from '../../src/core/signals';
import {
  concernScreeningAad,
  concernTextAad,
  openSharedConcern,
} from '../../src/storage/concerns.repo';
import { createSealer, generateKey, parseKeyRing } from '../../src/storage/crypto';
import { loadDemoClinic } from '../../src/storage/demo/generate';
import {
  listSignalRows,
  loadRecomputationInputs,
  openScreening,
  toStoredSignal,
} from '../../src/storage/signals.repo';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

const now = new Date('2026-03-02T10:00:00Z');
const sealer = createSealer(parseKeyRing(generateKey()));
const deps = { sealer, newId: () => randomUUID() };

let database: TestDatabase;
let engagements: { id: string; clinicId: string }[];

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.handle.db;
  await loadDemoClinic(db, sealer, {
    seed: 11,
    now,
    hashPassword: (password) => Promise.resolve(`test$${password}`),
  });
  // Two commented check-ins whose words the screening found something in, as the service stores.
  const screening = screenComment('Some days I feel hopeless and I want to give up on it all.');
  expect(screening.findings.length).toBeGreaterThan(0);
  const commented = await db
    .selectFrom('checkins')
    .select('id')
    .where('comment_ciphertext', 'is not', null)
    .orderBy('id')
    .limit(2)
    .execute();
  for (const { id } of commented)
    await db
      .updateTable('checkins')
      .set({
        screening_ciphertext: sealer.seal(JSON.stringify(screening), `checkins.screening:${id}`),
      })
      .where('id', '=', id)
      .execute();
  // Concerns: one shared with words and their screening, one shared without words, one the
  // client kept to themselves (which the read must leave out).
  const [first, second] = await db
    .selectFrom('engagements')
    .select(['id', 'clinic_id', 'client_id'])
    .orderBy('id')
    .limit(2)
    .execute();
  const concern = (
    engagement: typeof first,
    shared: boolean,
    words: string | null,
    minutes: number,
  ) => {
    const id = randomUUID();
    return {
      id,
      clinic_id: engagement!.clinic_id,
      engagement_id: engagement!.id,
      client_id: engagement!.client_id,
      category: 'felt_dismissed',
      text_ciphertext: words === null ? null : sealer.seal(words, concernTextAad(id)),
      shared_with_therapist: shared,
      reported_to_clinic: false,
      screening_ciphertext:
        words === null ? null : sealer.seal(JSON.stringify(screening), concernScreeningAad(id)),
      created_at: new Date(now.getTime() - minutes * 60_000),
    };
  };
  await db
    .insertInto('concerns')
    .values([
      concern(first, true, 'I left feeling unheard, and hopeless about it.', 90),
      concern(first, false, 'Only for me.', 60),
      concern(second, true, null, 30),
    ])
    .execute();
  engagements = (
    await db.selectFrom('engagements').select(['id', 'clinic_id']).orderBy('id').execute()
  ).map((e) => ({ id: e.id, clinicId: e.clinic_id }));
  await db.transaction().execute((trx) => recomputeSignalsOf(deps, trx, engagements, now));
});

afterAll(async () => {
  await database?.drop();
});

/** The reference: one plain query per table, every value through the driver's own parsing. */
async function plainHistory(engagementId: string): Promise<EngagementHistory> {
  const db = database.handle.db;
  const iso = (value: Date | string) => new Date(value).toISOString();
  const [sessions, checkins, ratings, concerns] = await Promise.all([
    db
      .selectFrom('therapy_sessions')
      .selectAll()
      .where('engagement_id', '=', engagementId)
      .execute(),
    db.selectFrom('checkins').selectAll().where('engagement_id', '=', engagementId).execute(),
    db
      .selectFrom('goal_ratings as r')
      .innerJoin('goals as g', 'g.id', 'r.goal_id')
      .selectAll('r')
      .where('g.engagement_id', '=', engagementId)
      .execute(),
    db
      .selectFrom('concerns')
      .selectAll()
      .where('engagement_id', '=', engagementId)
      .where('shared_with_therapist', '=', true)
      .execute(),
  ]);
  return {
    sessions: sessions.map((s) => ({
      id: s.id,
      scheduledAt: iso(s.scheduled_at),
      status: s.status,
      cancelledBy: s.cancelled_by,
    })),
    checkins: checkins.map((c) => ({
      id: c.id,
      sessionId: c.session_id,
      instrumentId: c.instrument_id,
      respondent: c.respondent_role,
      submittedAt: iso(c.submitted_at),
      answers: c.answers,
      scores: c.scores,
      hasComment: c.comment_ciphertext !== null,
      screening: openScreening(sealer, c.id, c.screening_ciphertext),
    })),
    goalRatings: ratings.map((r) => ({
      id: r.id,
      goalId: r.goal_id,
      sessionId: r.session_id,
      raterRole: r.rater_role,
      progress: r.progress,
      agreement: r.agreement,
      ratedAt: iso(r.rated_at),
    })),
    concerns: concerns.map((c) => openSharedConcern(sealer, c)),
  };
}

const byId = <T extends { id: string }>(list: readonly T[] | undefined) =>
  [...(list ?? [])].sort((a, b) => a.id.localeCompare(b.id));

const sorted = (history: EngagementHistory) => ({
  sessions: byId(history.sessions),
  checkins: byId(history.checkins),
  goalRatings: byId(history.goalRatings),
  concerns: byId(history.concerns),
});

describe('the recomputation read', () => {
  it('gives every engagement the same history and flags as a plain read of each table', async () => {
    const db = database.handle.db;
    const inputs = await loadRecomputationInputs(
      db,
      sealer,
      engagements.map((e) => e.id),
    );
    expect(inputs.size).toBe(engagements.length);
    const seen = {
      comments: 0,
      screenings: 0,
      ratings: 0,
      concerns: 0,
      concernWords: 0,
      flags: 0,
      resolved: 0,
    };
    for (const { id } of engagements) {
      const input = inputs.get(id);
      expect(input, id).toBeDefined();
      expect(sorted(input!.history), id).toEqual(sorted(await plainHistory(id)));
      const stored = (await listSignalRows(db, id)).map((row) => toStoredSignal(sealer, row));
      expect(input!.signals, id).toEqual(stored);
      seen.comments += input!.history.checkins.filter((c) => c.hasComment).length;
      seen.screenings += input!.history.checkins.filter((c) => c.screening).length;
      seen.ratings += input!.history.goalRatings.length;
      seen.concerns += input!.history.concerns?.length ?? 0;
      seen.concernWords += input!.history.concerns?.filter((c) => c.words).length ?? 0;
      seen.flags += input!.signals.length;
      seen.resolved += input!.signals.filter((s) => s.status === 'resolved').length;
    }
    // The demo's histories reach every part of the read (none of these may be vacuous).
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(0);
    // The concern the client kept to themselves is not part of any history.
    expect(seen.concerns).toBe(2);
  });

  it('answers nothing for an engagement that does not exist, and nothing for none', async () => {
    const db = database.handle.db;
    expect((await loadRecomputationInputs(db, sealer, [randomUUID()])).size).toBe(0);
    expect((await loadRecomputationInputs(db, sealer, [])).size).toBe(0);
  });

  it('recomputing again leaves every flag as it was', async () => {
    const db = database.handle.db;
    const before = await db.selectFrom('signals').selectAll().orderBy('id').execute();
    const results = await db
      .transaction()
      .execute((trx) => recomputeSignalsOf(deps, trx, engagements, now));
    expect(results.flatMap((r) => [...r.inserted, ...r.escalated])).toEqual([]);
    expect(await db.selectFrom('signals').selectAll().orderBy('id').execute()).toEqual(before);
  });
});
