/**
 * Inviting therapists: the administrator sends a single-use, expiring link (only its SHA-256 is
 * stored; the e-mail with the link is sealed in the outbox); the invitee opens it, chooses a
 * name and a password and becomes a therapist of that clinic, signed in. Every step is audited.
 */
import { randomBytes } from 'node:crypto';
import { mayOnClinic } from '../core/access';
import type { UserView } from '../core/accounts';
import { AppError } from '../core/errors';
import { negotiateLocale, translate, type Locale } from '../core/i18n';
import {
  invitationDays,
  type AcceptInvitationRequest,
  type CreateInvitationRequest,
  type InvitationPage,
  type InvitationPreview,
  type InvitationView,
} from '../core/invitations';
import { appendAudit } from '../storage/audit.repo';
import { findClinic } from '../storage/clinics.repo';
import {
  findInvitation,
  findInvitationByTokenHash,
  insertInvitation,
  listPendingInvitations,
  markInvitationAccepted,
  revokeInvitation,
  revokePendingInvitationsTo,
  type InvitationRow,
} from '../storage/invitations.repo';
import { decodeCursor, encodeCursor, pageOf } from '../storage/pagination';
import { findUserByEmail, type Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import {
  hashToken,
  openAccount,
  requireAcceptablePassword,
  type IssuedSession,
} from './auth.service';
import type { Actor, AppDeps } from './context';

/** Administrators of the actor's own clinic only (anyone else: 403, nothing is revealed). */
export function requireClinicAdmin(actor: Actor): void {
  if (!mayOnClinic(actor, 'clinic.manage', actor.clinicId)) throw new AppError('forbidden');
}

function toInvitationView(row: InvitationRow, now: Date): InvitationView {
  const expiresAt = new Date(row.expires_at);
  return {
    id: row.id,
    email: row.email,
    role: 'therapist',
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: expiresAt.toISOString(),
    expired: expiresAt.getTime() <= now.getTime(),
  };
}

export async function createInvitation(
  deps: AppDeps,
  actor: Actor,
  input: CreateInvitationRequest,
  locale: Locale,
): Promise<InvitationView> {
  requireClinicAdmin(actor);
  const now = deps.clock();
  const token = randomBytes(32).toString('base64url');
  const { row, mailId } = await deps.db.transaction().execute(async (trx) => {
    const clinic = await findClinic(trx, actor.clinicId);
    if (!clinic) throw new AppError('not_found');
    // Someone with an account already: they cannot be invited to make another one.
    if (await findUserByEmail(trx, input.email)) throw new AppError('email_unavailable');
    const replaced = await revokePendingInvitationsTo(trx, actor.clinicId, input.email, now);
    const row = await insertInvitation(trx, {
      id: deps.newId(),
      clinicId: actor.clinicId,
      email: input.email,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      now,
      expiresAt: new Date(now.getTime() + invitationDays * 86_400_000),
    });
    const params = {
      clinic: clinic.name,
      link: `${deps.publicUrl}/invitations/${token}`,
      days: invitationDays,
    };
    const mailId = await deps.mailer.queue(trx, {
      clinicId: actor.clinicId,
      recipientId: null,
      clientId: null,
      to: input.email,
      subject: translate(locale, 'mail.invitation.subject', params),
      body: translate(locale, 'mail.invitation.body', params),
      kind: 'therapist_invitation',
      now,
    });
    await appendAudit(trx, [
      ...replaced.map((id) =>
        auditBy(actor, now, {
          action: 'invitation.revoke',
          resourceType: 'invitation',
          resourceId: id,
          subjectId: null,
          reason: 'replaced',
        }),
      ),
      auditBy(actor, now, {
        action: 'invitation.create',
        resourceType: 'invitation',
        resourceId: row.id,
        subjectId: null,
      }),
    ]);
    return { row, mailId };
  });
  void deps.mailer.deliver([mailId]);
  return toInvitationView(row, now);
}

export async function listInvitations(
  deps: AppDeps,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined },
): Promise<InvitationPage> {
  requireClinicAdmin(actor);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  if (after === undefined) throw new AppError('invalid_cursor');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const rows = await listPendingInvitations(trx, actor.clinicId, {
      limit: query.limit,
      after: after ? { createdAt: new Date(after.at), id: after.id } : null,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'invitation.list',
        resourceType: 'clinic',
        resourceId: actor.clinicId,
        subjectId: null,
      }),
    ]);
    return pageOf(
      rows,
      query.limit,
      (row) => toInvitationView(row, now),
      (last) => encodeCursor({ at: new Date(last.created_at).toISOString(), id: last.id }),
    );
  });
}

export async function withdrawInvitation(
  deps: AppDeps,
  actor: Actor,
  invitationId: string,
): Promise<void> {
  requireClinicAdmin(actor);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const row = await findInvitation(trx, actor.clinicId, invitationId);
    if (!row) throw new AppError('not_found');
    if (!(await revokeInvitation(trx, invitationId, now))) throw new AppError('invitation_used');
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'invitation.revoke',
        resourceType: 'invitation',
        resourceId: invitationId,
        subjectId: null,
      }),
    ]);
  });
}

/** The invitation behind a link, if it can still be accepted. */
async function openInvitation(
  deps: AppDeps,
  db: Executor,
  token: string,
  forUpdate: boolean,
): Promise<InvitationRow> {
  const row = await findInvitationByTokenHash(db, hashToken(token), { forUpdate });
  if (!row) throw new AppError('not_found');
  if (row.accepted_at !== null || row.revoked_at !== null) throw new AppError('invitation_used');
  if (new Date(row.expires_at).getTime() <= deps.clock().getTime())
    throw new AppError('invitation_expired');
  return row;
}

export async function previewInvitation(deps: AppDeps, token: string): Promise<InvitationPreview> {
  const row = await openInvitation(deps, deps.db, token, false);
  const clinic = await findClinic(deps.db, row.clinic_id);
  if (!clinic) throw new AppError('not_found');
  return {
    clinicName: clinic.name,
    email: row.email,
    role: 'therapist',
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}

export async function acceptInvitation(
  deps: AppDeps,
  token: string,
  input: AcceptInvitationRequest,
  meta: { locale: string | null },
): Promise<{ user: UserView; session: IssuedSession }> {
  // Check the link first, so a dead link is not met with a password complaint.
  const peek = await openInvitation(deps, deps.db, token, false);
  requireAcceptablePassword(input.password, {
    email: peek.email,
    displayName: input.displayName,
  });
  const passwordHash = await deps.hashPassword(input.password);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    // Locked: of two people racing with the same link, one account is made.
    const row = await openInvitation(deps, trx, token, true);
    if (await findUserByEmail(trx, row.email)) throw new AppError('email_unavailable');
    return openAccount(
      deps,
      trx,
      {
        clinicId: row.clinic_id,
        email: row.email,
        role: 'therapist',
        displayName: input.displayName,
        passwordHash,
        locale: input.locale ?? negotiateLocale(meta.locale, undefined),
      },
      now,
      async (user) => {
        if (!(await markInvitationAccepted(trx, row.id, user.id, now)))
          throw new AppError('invitation_used');
        return [
          {
            clinicId: user.clinic_id,
            actorId: user.id,
            actorRole: user.role,
            action: 'invitation.accept',
            resourceType: 'invitation',
            resourceId: row.id,
            subjectId: null,
            occurredAt: now,
          },
        ];
      },
    );
  });
}
