/** Sign-in attempts, for rate limiting across app servers. Buckets are keyed hashes. */
import { sql } from 'kysely';
import type { Executor } from './users.repo';

export async function recordLoginAttempt(
  db: Executor,
  attempt: { buckets: string[]; succeeded: boolean; at: Date },
): Promise<void> {
  if (attempt.buckets.length === 0) return;
  await db
    .insertInto('login_attempts')
    .values(
      attempt.buckets.map((bucket) => ({
        bucket,
        succeeded: attempt.succeeded,
        attempted_at: attempt.at,
      })),
    )
    .execute();
}

/**
 * Failures in a bucket since `since` that came after its last success (a successful sign-in
 * wipes the slate for that account).
 */
export async function recentFailures(
  db: Executor,
  bucket: string,
  since: Date,
): Promise<{ count: number; oldest: Date | null }> {
  const row = await db
    .selectFrom('login_attempts')
    .select([
      sql<number>`count(*)::int`.as('count'),
      sql<Date | null>`min(attempted_at)`.as('oldest'),
    ])
    .where('bucket', '=', bucket)
    .where('succeeded', '=', false)
    .where('attempted_at', '>', since)
    .where((eb) =>
      eb(
        'attempted_at',
        '>',
        eb
          .selectFrom('login_attempts as ok')
          .select(sql<Date>`coalesce(max(ok.attempted_at), '-infinity'::timestamptz)`.as('last'))
          .where('ok.bucket', '=', bucket)
          .where('ok.succeeded', '=', true),
      ),
    )
    .executeTakeFirstOrThrow();
  return { count: row.count, oldest: row.oldest === null ? null : new Date(row.oldest) };
}

export async function pruneLoginAttempts(db: Executor, before: Date): Promise<void> {
  await db.deleteFrom('login_attempts').where('attempted_at', '<', before).execute();
}
