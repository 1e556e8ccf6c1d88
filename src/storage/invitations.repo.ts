/** Invitations for therapists to join a clinic. Only the SHA-256 of a link's token is stored. */
import { sql, type Selectable } from 'kysely';
import type { ClinicInvitationsTable } from './schema';
import type { Executor } from './users.repo';

export type InvitationRow = Selectable<ClinicInvitationsTable>;

export async function insertInvitation(
  db: Executor,
  row: {
    id: string;
    clinicId: string;
    email: string;
    tokenHash: string;
    invitedBy: string;
    now: Date;
    expiresAt: Date;
  },
): Promise<InvitationRow> {
  return db
    .insertInto('clinic_invitations')
    .values({
      id: row.id,
      clinic_id: row.clinicId,
      email: row.email,
      token_hash: row.tokenHash,
      invited_by: row.invitedBy,
      created_at: row.now,
      expires_at: row.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Withdraw the pending invitation to this address, if any (inviting again replaces it). */
export async function revokePendingInvitationsTo(
  db: Executor,
  clinicId: string,
  email: string,
  now: Date,
): Promise<string[]> {
  const rows = await db
    .updateTable('clinic_invitations')
    .set({ revoked_at: now })
    .where('clinic_id', '=', clinicId)
    .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function findInvitationByTokenHash(
  db: Executor,
  tokenHash: string,
  options: { forUpdate?: boolean } = {},
): Promise<InvitationRow | undefined> {
  let query = db.selectFrom('clinic_invitations').selectAll().where('token_hash', '=', tokenHash);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findInvitation(
  db: Executor,
  clinicId: string,
  id: string,
): Promise<InvitationRow | undefined> {
  return db
    .selectFrom('clinic_invitations')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Pending invitations (not accepted, not withdrawn), newest first, by keyset on (created_at, id). */
export async function listPendingInvitations(
  db: Executor,
  clinicId: string,
  page: { limit: number; after: { createdAt: Date; id: string } | null },
): Promise<InvitationRow[]> {
  let query = db
    .selectFrom('clinic_invitations')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
      ]),
    );
  }
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

export async function revokeInvitation(db: Executor, id: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('clinic_invitations')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function markInvitationAccepted(
  db: Executor,
  id: string,
  userId: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('clinic_invitations')
    .set({ accepted_at: now, accepted_user_id: userId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
