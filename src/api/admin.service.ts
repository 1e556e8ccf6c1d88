/**
 * The administrator manages the clinic's therapists: deactivate (their sessions end at once,
 * they cannot sign in, their profile leaves the directory) and reactivate, verify credentials
 * (the "verified" badge), and see the clients left needing a new therapist. All audited.
 */
import type {
  ReassignmentList,
  TherapistAdminPage,
  TherapistAdminView,
  UpdateTherapistRequest,
} from '../core/clinic-admin';
import { AppError } from '../core/errors';
import { appendAudit, type AuditEntry } from '../storage/audit.repo';
import { deleteUserAuthSessions } from '../storage/auth-sessions.repo';
import {
  findClinicTherapist,
  listClinicTherapists,
  listEngagementsWithoutTherapist,
  setTherapistVerified,
  setUserStatus,
  type TherapistAdminRow,
} from '../storage/clinic-therapists.repo';
import { pageOf } from '../storage/pagination';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';
import { requireClinicAdmin } from './invitations.service';

function toView(row: TherapistAdminRow): TherapistAdminView {
  return {
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    status: row.status,
    verified: row.verified ?? false,
    published: row.published ?? false,
    openEngagements: row.open_engagements,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

const encodeNameCursor = (name: string, id: string) =>
  Buffer.from(JSON.stringify([name, id])).toString('base64url');

function decodeNameCursor(text: string): { name: string; id: string } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [name, id] = value as unknown[];
    if (typeof name !== 'string' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id))
      return undefined;
    return { name, id };
  } catch {
    return undefined;
  }
}

export async function listTherapists(
  deps: AppDeps,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined; status: 'active' | 'deactivated' | 'all' },
): Promise<TherapistAdminPage> {
  requireClinicAdmin(actor);
  const after = query.cursor ? decodeNameCursor(query.cursor) : null;
  if (after === undefined) throw new AppError('invalid_cursor');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const rows = await listClinicTherapists(trx, actor.clinicId, {
      limit: query.limit,
      status: query.status,
      after,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'therapist.list',
        resourceType: 'clinic',
        resourceId: actor.clinicId,
        subjectId: null,
      }),
    ]);
    return pageOf(rows, query.limit, toView, (last) =>
      encodeNameCursor(last.display_name, last.id),
    );
  });
}

export async function updateTherapist(
  deps: AppDeps,
  actor: Actor,
  therapistId: string,
  input: UpdateTherapistRequest,
): Promise<TherapistAdminView> {
  requireClinicAdmin(actor);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    // Another clinic's therapist, a client or an unknown id: not found, nothing revealed.
    const before = await findClinicTherapist(trx, actor.clinicId, therapistId);
    if (!before) throw new AppError('not_found');
    const events: AuditEntry[] = [];
    const event = (action: string) =>
      auditBy(actor, now, {
        action,
        resourceType: 'user',
        resourceId: therapistId,
        subjectId: therapistId,
      });
    if (input.status !== undefined && input.status !== before.status) {
      await setUserStatus(trx, therapistId, input.status, now);
      // Signed out everywhere at once: the session lookup also refuses a deactivated account.
      if (input.status === 'deactivated') await deleteUserAuthSessions(trx, therapistId);
      events.push(
        event(input.status === 'deactivated' ? 'therapist.deactivate' : 'therapist.reactivate'),
      );
    }
    if (input.verified !== undefined && input.verified !== (before.verified ?? false)) {
      await setTherapistVerified(
        trx,
        { id: therapistId, clinicId: actor.clinicId },
        input.verified,
        now,
      );
      events.push(event(input.verified ? 'therapist.verify' : 'therapist.unverify'));
    }
    if (events.length > 0) await appendAudit(trx, events);
    const after = await findClinicTherapist(trx, actor.clinicId, therapistId);
    if (!after) throw new AppError('internal_error');
    return toView(after);
  });
}

/** Clients whose therapist was deactivated, for the administrator to find them a new one. */
export async function listReassignments(deps: AppDeps, actor: Actor): Promise<ReassignmentList> {
  requireClinicAdmin(actor);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const rows = await listEngagementsWithoutTherapist(trx, actor.clinicId);
    if (rows.length > 0) {
      // One read that shows several clients: one event naming them all.
      await appendAudit(trx, [
        {
          ...auditBy(actor, now, {
            action: 'engagement.list',
            resourceType: 'clinic',
            resourceId: actor.clinicId,
            subjectId: null,
            reason: 'needs_new_therapist',
          }),
          subjectIds: [...new Set(rows.map((row) => row.client_id))],
        },
      ]);
    }
    return {
      items: rows.map((row) => ({
        engagementId: row.engagement_id,
        status: row.status,
        client: { id: row.client_id, displayName: row.client_name },
        therapist: { id: row.therapist_id, displayName: row.therapist_name },
        since: new Date(row.since).toISOString(),
      })),
      nextCursor: null,
    };
  });
}
