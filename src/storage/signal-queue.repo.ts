/**
 * The signal queue (migration 0013): engagements whose flags are behind their data. A check-in
 * marks its engagement in the transaction that stores it; a recomputation takes marked
 * engagements under a per-engagement advisory lock (two servers never recompute the same one at
 * once, and a check-in never waits for a recomputation), and removes a mark only if it is still
 * the version it read, so a check-in stored meanwhile is never forgotten.
 */
import { sql, type Insertable, type OnConflictBuilder, type QueryCreator } from 'kysely';
import { anyUuid } from './any-of';
import type { DB, SignalQueueTable } from './schema';
import type { Executor } from './users.repo';

export interface StaleEngagement {
  engagementId: string;
  clinicId: string;
  version: number;
}

/** Which marked engagements to take: these, a therapist's, or the oldest marks (of a clinic). */
export type StaleScope =
  | { engagementIds: readonly string[] }
  | { therapistId: string; clinicId: string }
  | { clinicId?: string; limit: number };

/** The advisory-lock namespace of signal recomputation (the first of the two int4 keys). */
const lockSpace = 0x5197;

/** The rows that mark engagements as behind (each once), for markSignalsStale or a larger statement. */
export function signalQueueRows(
  engagements: readonly { engagementId: string; clinicId: string }[],
  now: Date,
): Insertable<SignalQueueTable>[] {
  const unique = new Map(engagements.map((e) => [e.engagementId, e.clinicId]));
  return [...unique].map(([engagementId, clinicId]) => ({
    engagement_id: engagementId,
    clinic_id: clinicId,
    marked_at: now,
  }));
}

/** On a mark of an engagement already marked: a new version, so a recomputation under way keeps it. */
export const remarkOnConflict = (oc: OnConflictBuilder<DB, 'signal_queue'>) =>
  oc.column('engagement_id').doUpdateSet({
    version: sql<number>`nextval(pg_get_serial_sequence('signal_queue', 'version'))`,
    marked_at: (eb) => eb.ref('excluded.marked_at'),
  });

/** Mark engagements as behind, inside the transaction that changed their data. */
export async function markSignalsStale(
  db: Executor,
  engagements: readonly { engagementId: string; clinicId: string }[],
  now: Date,
): Promise<void> {
  const rows = signalQueueRows(engagements, now);
  if (rows.length === 0) return;
  await db.insertInto('signal_queue').values(rows).onConflict(remarkOnConflict).execute();
}

/** Which of these engagements are marked (one indexed lookup; usually none). */
export async function findStale(db: Executor, engagementIds: readonly string[]): Promise<string[]> {
  if (engagementIds.length === 0) return [];
  const rows = await db
    .selectFrom('signal_queue')
    .select('engagement_id')
    .where('engagement_id', '=', anyUuid(engagementIds))
    .execute();
  return rows.map((row) => row.engagement_id);
}

/** Whether any of a therapist's engagements is marked. */
export async function anyStaleOfTherapist(
  db: Executor,
  therapist: { therapistId: string; clinicId: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('signal_queue as q')
    .innerJoin('engagements as e', 'e.id', 'q.engagement_id')
    .select('q.engagement_id')
    .where('e.therapist_id', '=', therapist.therapistId)
    .where('e.clinic_id', '=', therapist.clinicId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a clinic (or, without one, any clinic) has engagements waiting. */
export async function countStale(db: Executor, clinicId?: string): Promise<number> {
  let query = db.selectFrom('signal_queue').select(sql<number>`count(*)::int`.as('n'));
  if (clinicId) query = query.where('clinic_id', '=', clinicId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Take marked engagements for recomputation inside the caller's transaction, oldest marks first,
 * each under its advisory lock until the transaction ends. `wait: false` skips, in the same
 * statement, the engagements another transaction is recomputing (background work); `wait: true`
 * waits for them (a read that needs current flags). A version read here may already be old when
 * the lock is granted; clearStale then keeps the mark, and the engagement is recomputed once more,
 * which changes nothing.
 */
export async function claimStale(
  db: Executor,
  scope: StaleScope,
  options: { wait: boolean },
): Promise<StaleEngagement[]> {
  if ('engagementIds' in scope && scope.engagementIds.length === 0) return [];
  const candidates = (q: QueryCreator<DB>) => {
    let query = q
      .selectFrom('signal_queue')
      .select(['engagement_id', 'clinic_id', 'version'])
      .orderBy('marked_at')
      .orderBy('engagement_id');
    if ('engagementIds' in scope)
      query = query.where('engagement_id', '=', anyUuid(scope.engagementIds));
    else if ('therapistId' in scope)
      query = query.where('engagement_id', 'in', (eb) =>
        eb
          .selectFrom('engagements')
          .select('id')
          .where('therapist_id', '=', scope.therapistId)
          .where('clinic_id', '=', scope.clinicId),
      );
    else {
      if (scope.clinicId) query = query.where('clinic_id', '=', scope.clinicId);
      query = query.limit(scope.limit);
    }
    return query;
  };
  const lockKey = (id: ReturnType<typeof sql.ref>) =>
    sql`${lockSpace}::int4, hashtext(${id}::text)`;
  let rows: { engagement_id: string; clinic_id: string; version: number }[];
  if (!options.wait) {
    rows = await db
      .with(
        (cte) => cte('c').materialized(),
        (q) => candidates(q),
      )
      .selectFrom('c')
      .select(['c.engagement_id', 'c.clinic_id', 'c.version'])
      .where(sql<boolean>`pg_try_advisory_xact_lock(${lockKey(sql.ref('c.engagement_id'))})`)
      .execute();
  } else {
    rows = await candidates(db).execute();
    await lockSignalRecomputation(
      db,
      rows.map((row) => row.engagement_id),
    );
  }
  return rows.map((row) => ({
    engagementId: row.engagement_id,
    clinicId: row.clinic_id,
    version: Number(row.version),
  }));
}

/**
 * Hold the recomputation lock of these engagements until the transaction ends (waiting for a
 * transaction that holds one). Every recomputation takes it, so two never interleave their writes
 * to one engagement's flags. Taken again by a transaction that holds it, it is granted at once.
 */
export async function lockSignalRecomputation(
  db: Executor,
  engagementIds: readonly string[],
): Promise<void> {
  if (engagementIds.length === 0) return;
  // One sorted order, so two transactions waiting for each other's locks cannot deadlock.
  const ids = [...new Set(engagementIds)].sort();
  await sql`SELECT pg_advisory_xact_lock(${lockSpace}::int4, hashtext(id))
    FROM unnest(${ids}::text[]) AS id ORDER BY id`.execute(db);
}

/** Remove the marks that are still at the version the recomputation read. */
export async function clearStale(db: Executor, done: readonly StaleEngagement[]): Promise<void> {
  if (done.length === 0) return;
  // Pairs as two arrays: one statement text whatever their number (one prepared statement).
  await sql`DELETE FROM signal_queue q
    USING unnest(${done.map((d) => d.engagementId)}::uuid[], ${done.map((d) => d.version)}::bigint[])
      AS d(engagement_id, version)
    WHERE q.engagement_id = d.engagement_id AND q.version = d.version`.execute(db);
}
