/**
 * The second factor at rest: the authenticator's secret (sealed), recovery codes (hashes only),
 * and the pending step of a two-step sign-in (hash of the cookie's token only).
 */
import { sql, type Selectable } from 'kysely';
import type { Sealer } from './crypto';
import type { LoginChallengesTable, UserTotpTable } from './schema';
import type { Executor } from './users.repo';

export type UserTotpRow = Selectable<UserTotpTable>;
export type LoginChallengeRow = Selectable<LoginChallengesTable>;

export const totpSecretAad = (userId: string) => `user_totp.secret:${userId}`;

export async function findTotp(db: Executor, userId: string): Promise<UserTotpRow | undefined> {
  return db.selectFrom('user_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Lock the row for the rest of the transaction (two codes checked at once cannot both pass). */
export async function findTotpForUpdate(
  db: Executor,
  userId: string,
): Promise<UserTotpRow | undefined> {
  return db
    .selectFrom('user_totp')
    .selectAll()
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
}

export function openTotpSecret(sealer: Sealer, row: UserTotpRow): string {
  return sealer.open(row.secret_ciphertext, totpSecretAad(row.user_id));
}

/** Start (or restart) setting up: a new unconfirmed secret replaces any unconfirmed one. */
export async function upsertPendingTotp(
  db: Executor,
  sealer: Sealer,
  row: { userId: string; clinicId: string; secret: string; now: Date },
): Promise<void> {
  const values = {
    user_id: row.userId,
    clinic_id: row.clinicId,
    secret_ciphertext: sealer.seal(row.secret, totpSecretAad(row.userId)),
    created_at: row.now,
    confirmed_at: null,
    last_step: null,
  };
  await db
    .insertInto('user_totp')
    .values(values)
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        secret_ciphertext: values.secret_ciphertext,
        created_at: row.now,
        confirmed_at: null,
        last_step: null,
      }),
    )
    .execute();
}

export async function confirmTotp(
  db: Executor,
  userId: string,
  step: number,
  now: Date,
): Promise<void> {
  await db
    .updateTable('user_totp')
    .set({ confirmed_at: now, last_step: step })
    .where('user_id', '=', userId)
    .execute();
}

export async function recordTotpStep(db: Executor, userId: string, step: number): Promise<void> {
  await db
    .updateTable('user_totp')
    .set({ last_step: step })
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteTotp(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('totp_recovery_codes').where('user_id', '=', userId).execute();
  await db.deleteFrom('user_totp').where('user_id', '=', userId).execute();
}

export async function replaceRecoveryCodes(
  db: Executor,
  rows: { id: string; userId: string; clinicId: string; codeHash: string; now: Date }[],
): Promise<void> {
  const userIds = [...new Set(rows.map((row) => row.userId))];
  if (userIds.length > 0)
    await db.deleteFrom('totp_recovery_codes').where('user_id', 'in', userIds).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('totp_recovery_codes')
    .values(
      rows.map((row) => ({
        id: row.id,
        user_id: row.userId,
        clinic_id: row.clinicId,
        code_hash: row.codeHash,
        created_at: row.now,
        used_at: null,
      })),
    )
    .execute();
}

/** Spend a recovery code: true when an unused one matched (and is now used). */
export async function useRecoveryCode(
  db: Executor,
  userId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('totp_recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countRecoveryCodesLeft(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('totp_recovery_codes')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function insertLoginChallenge(db: Executor, row: LoginChallengeRow): Promise<void> {
  // One pending step per person at a time: a new password entry replaces the old step.
  await db.deleteFrom('login_challenges').where('user_id', '=', row.user_id).execute();
  await db.insertInto('login_challenges').values(row).execute();
}

export async function findLoginChallengeForUpdate(
  db: Executor,
  id: string,
): Promise<LoginChallengeRow | undefined> {
  return db
    .selectFrom('login_challenges')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function countChallengeFailure(db: Executor, id: string): Promise<number> {
  const row = await db
    .updateTable('login_challenges')
    .set((eb) => ({ failures: eb('failures', '+', 1) }))
    .where('id', '=', id)
    .returning('failures')
    .executeTakeFirst();
  return row?.failures ?? 0;
}

export async function deleteLoginChallenge(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('login_challenges').where('id', '=', id).execute();
}

export async function deleteExpiredLoginChallenges(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('login_challenges').where('expires_at', '<=', now).execute();
}

/** Whose pending step this is (for the per-account rate limit before anything is checked). */
export async function findChallengeEmail(db: Executor, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('login_challenges as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select('u.email')
    .where('c.id', '=', id)
    .executeTakeFirst();
  return row?.email;
}
