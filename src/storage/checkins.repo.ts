/** Check-ins (answers, scores, sealed comment and screening) and check-in links. */
import type { Selectable } from 'kysely';
import type { CheckinLinksTable, CheckinsTable } from './schema';
import type { Executor } from './users.repo';

export type CheckinRow = Selectable<CheckinsTable>;
export type CheckinLinkRow = Selectable<CheckinLinksTable>;

/** A respondent's check-ins stored under any of these idempotency keys (one query for a page). */
export async function findCheckinsByIdempotencyKeys(
  db: Executor,
  respondentId: string,
  keys: readonly string[],
): Promise<CheckinRow[]> {
  if (keys.length === 0) return [];
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('respondent_id', '=', respondentId)
    .where('idempotency_key', 'in', keys)
    .execute();
}

export async function findCheckinByIdempotencyKey(
  db: Executor,
  respondentId: string,
  key: string,
): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('respondent_id', '=', respondentId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function findCheckinsByIdempotencyPrefix(
  db: Executor,
  respondentId: string,
  prefix: string,
): Promise<CheckinRow[]> {
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('respondent_id', '=', respondentId)
    .where('idempotency_key', 'like', `${prefix.replace(/[%_\\]/g, '\\$&')}%`)
    .orderBy('submitted_at')
    .execute();
}

export async function findCheckinForSession(
  db: Executor,
  sessionId: string,
  instrumentId: string,
  role: 'client' | 'therapist',
): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('instrument_id', '=', instrumentId)
    .where('respondent_role', '=', role)
    .executeTakeFirst();
}

export async function listSessionCheckinInstruments(
  db: Executor,
  sessionId: string,
  role: 'client' | 'therapist',
): Promise<string[]> {
  const rows = await db
    .selectFrom('checkins')
    .select('instrument_id')
    .where('session_id', '=', sessionId)
    .where('respondent_role', '=', role)
    .execute();
  return rows.map((row) => row.instrument_id);
}

export async function insertCheckin(
  db: Executor,
  row: Omit<CheckinRow, 'answers' | 'scores' | 'screening_labels'> & {
    answers: Record<string, number>;
    scores: Record<string, number>;
    screening_labels: string[];
  },
): Promise<void> {
  await db
    .insertInto('checkins')
    .values({ ...row, answers: JSON.stringify(row.answers), scores: JSON.stringify(row.scores) })
    .execute();
}

export async function listCheckins(
  db: Executor,
  engagementId: string,
  respondent?: 'client' | 'therapist',
): Promise<CheckinRow[]> {
  let query = db.selectFrom('checkins').selectAll().where('engagement_id', '=', engagementId);
  if (respondent) query = query.where('respondent_role', '=', respondent);
  return query.orderBy('submitted_at').orderBy('id').execute();
}

export async function insertCheckinLink(
  db: Executor,
  row: Omit<CheckinLinkRow, 'used_at'>,
): Promise<void> {
  await db
    .insertInto('checkin_links')
    .values({ ...row, used_at: null })
    .execute();
}

export async function findCheckinLink(
  db: Executor,
  tokenHash: string,
): Promise<CheckinLinkRow | undefined> {
  return db
    .selectFrom('checkin_links')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Mark a link used; false when it was used meanwhile (so a double submit stores once). */
export async function useCheckinLink(db: Executor, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('checkin_links')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Client comments of some engagements, sealed, for screening them again (demo load, lexicon updates). */
export async function listClientComments(
  db: Executor,
  engagementIds: readonly string[],
): Promise<{ id: string; comment_ciphertext: string }[]> {
  if (engagementIds.length === 0) return [];
  const rows = await db
    .selectFrom('checkins')
    .select(['id', 'comment_ciphertext'])
    .where('engagement_id', 'in', engagementIds)
    .where('respondent_role', '=', 'client')
    .where('comment_ciphertext', 'is not', null)
    .execute();
  return rows.flatMap((row) =>
    row.comment_ciphertext === null
      ? []
      : [{ id: row.id, comment_ciphertext: row.comment_ciphertext }],
  );
}

export async function setCheckinScreening(
  db: Executor,
  id: string,
  labels: string[],
  ciphertext: string | null,
): Promise<void> {
  await db
    .updateTable('checkins')
    .set({ screening_labels: labels, screening_ciphertext: ciphertext })
    .where('id', '=', id)
    .execute();
}
