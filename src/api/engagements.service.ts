/**
 * Engagements and sessions: start (one party asks, the other accepts), end with a reason,
 * schedule sessions, record attendance. Access is checked first, through the one policy
 * (src/core/access.ts); every read and write is audited with the client as its subject.
 */
import {
  mayOnEngagement,
  type EngagementAction,
  type EngagementFacts,
  mayUseFeature,
} from '../core/access';
import {
  attendanceChangeAllowed,
  engagementTransitionAllowed,
  type CreateEngagementRequest,
  type EngagementView,
  type ScheduleSessionRequest,
  type SessionView,
  type UpdateEngagementRequest,
  type UpdateSessionRequest,
} from '../core/engagements';
import { AppError, type ErrorCode } from '../core/errors';
import { appendAudit } from '../storage/audit.repo';
import {
  findEngagement,
  findOpenEngagementBetween,
  findSession,
  insertEngagement,
  insertEngagementEvent,
  insertSession,
  listEngagementsOf,
  listSessions,
  setEngagementStatus,
  setSessionStatus,
  type EngagementListRow,
  type SessionRow,
} from '../storage/engagements.repo';
import { decodeCursor, encodeCursor, type Page } from '../storage/pagination';
import { findUserByEmail, findUserById, type Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';

const iso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

export function toEngagementView(row: EngagementListRow): EngagementView {
  return {
    id: row.id,
    status: row.status,
    initiatedBy: row.initiated_by,
    endReason: (row.end_reason as EngagementView['endReason']) ?? null,
    client: { id: row.client_id, displayName: row.client_name },
    therapist: { id: row.therapist_id, displayName: row.therapist_name },
    createdAt: new Date(row.created_at).toISOString(),
    startedAt: iso(row.started_at),
    endedAt: iso(row.ended_at),
    sessionsAttended: row.sessions_attended,
    nextSessionAt: iso(row.next_session_at),
  };
}

export function toSessionView(row: SessionRow, number: number): SessionView {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    number,
    scheduledAt: new Date(row.scheduled_at).toISOString(),
    durationMinutes: row.duration_minutes,
    status: row.status,
    cancelledBy: row.cancelled_by,
  };
}

export function engagementFacts(row: {
  clinic_id: string;
  client_id: string;
  therapist_id: string;
  status: EngagementFacts['status'];
  ended_at: Date | null;
}): EngagementFacts {
  return {
    clinicId: row.clinic_id,
    clientId: row.client_id,
    therapistId: row.therapist_id,
    status: row.status,
    endedAt: row.ended_at === null ? null : new Date(row.ended_at),
  };
}

/**
 * Load an engagement the actor may act on, or answer 404: someone without a relationship to it
 * does not learn that it exists.
 */
export async function requireEngagement(
  deps: AppDeps,
  db: Executor,
  actor: Actor,
  engagementId: string,
  action: EngagementAction,
  /** What to answer someone who may see the engagement but not do this (default 403). */
  whenReadOnly: ErrorCode = 'forbidden',
): Promise<EngagementListRow> {
  const now = deps.clock();
  const row = await findEngagement(db, engagementId, now);
  if (!row) throw new AppError('not_found');
  const facts = engagementFacts(row);
  if (mayOnEngagement(actor, action, facts, now)) return row;
  throw new AppError(
    mayOnEngagement(actor, 'engagement.read', facts, now) ? whenReadOnly : 'not_found',
  );
}

function partyOf(actor: Actor, row: EngagementListRow): 'client' | 'therapist' {
  return actor.userId === row.client_id ? 'client' : 'therapist';
}

export async function createEngagement(
  deps: AppDeps,
  actor: Actor,
  input: CreateEngagementRequest,
): Promise<EngagementView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    let clientId: string;
    let therapistId: string;
    if ('therapistId' in input) {
      if (!mayUseFeature(actor, 'engagement.request')) throw new AppError('forbidden');
      const therapist = await findUserById(trx, input.therapistId);
      if (
        !therapist ||
        therapist.role !== 'therapist' ||
        therapist.clinic_id !== actor.clinicId ||
        therapist.status !== 'active'
      ) {
        throw new AppError('not_found');
      }
      clientId = actor.userId;
      therapistId = therapist.id;
    } else {
      if (!mayUseFeature(actor, 'engagement.invite')) throw new AppError('forbidden');
      const client = await findUserByEmail(trx, input.clientEmail);
      if (
        !client ||
        client.role !== 'client' ||
        client.clinic_id !== actor.clinicId ||
        client.status !== 'active'
      ) {
        throw new AppError('not_found');
      }
      clientId = client.id;
      therapistId = actor.userId;
    }
    if (await findOpenEngagementBetween(trx, clientId, therapistId))
      throw new AppError('engagement_exists');
    const id = deps.newId();
    await insertEngagement(trx, {
      id,
      clinicId: actor.clinicId,
      clientId,
      therapistId,
      initiatedBy: actor.role === 'client' ? 'client' : 'therapist',
      now,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'engagement.create',
        resourceType: 'engagement',
        resourceId: id,
        subjectId: clientId,
      }),
    ]);
    const row = await findEngagement(trx, id, now);
    if (!row) throw new AppError('internal_error');
    return toEngagementView(row);
  });
}

export async function listMyEngagements(
  deps: AppDeps,
  actor: Actor,
  query: {
    limit: number;
    cursor?: string | undefined;
    status?: EngagementListRow['status'] | undefined;
  },
): Promise<Page<EngagementView>> {
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !cursor) throw new AppError('invalid_cursor');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const rows = await listEngagementsOf(trx, actor, {
      limit: query.limit,
      cursor,
      status: query.status,
      now,
    });
    const visible = rows
      .slice(0, query.limit)
      .filter((row) => mayOnEngagement(actor, 'engagement.read', engagementFacts(row), now));
    const others = visible.filter((row) => row.client_id !== actor.userId);
    if (others.length > 0) {
      await appendAudit(
        trx,
        others.map((row) =>
          auditBy(actor, now, {
            action: 'engagement.read',
            resourceType: 'engagement',
            resourceId: row.id,
            subjectId: row.client_id,
          }),
        ),
      );
    }
    const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
    return {
      items: visible.map(toEngagementView),
      nextCursor: last
        ? encodeCursor({ at: new Date(last.created_at).toISOString(), id: last.id })
        : null,
    };
  });
}

export async function getEngagement(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<EngagementView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const row = await requireEngagement(deps, trx, actor, id, 'engagement.read');
    if (row.client_id !== actor.userId) {
      await appendAudit(trx, [
        auditBy(actor, now, {
          action: 'engagement.read',
          resourceType: 'engagement',
          resourceId: id,
          subjectId: row.client_id,
        }),
      ]);
    }
    return toEngagementView(row);
  });
}

export async function updateEngagement(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: UpdateEngagementRequest,
): Promise<EngagementView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const row = await requireEngagement(
      deps,
      trx,
      actor,
      id,
      'engagement.update',
      'transition_not_allowed',
    );
    if (
      !engagementTransitionAllowed(row.status, input.status, partyOf(actor, row), row.initiated_by)
    ) {
      throw new AppError('transition_not_allowed');
    }
    const endReason = input.status === 'ended' ? (input.endReason ?? 'other') : null;
    await setEngagementStatus(trx, id, { status: input.status, endReason, now });
    await insertEngagementEvent(trx, {
      clinicId: row.clinic_id,
      engagementId: id,
      status: input.status,
      reason: endReason,
      actorId: actor.userId,
      now,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: `engagement.${input.status === 'ended' ? 'end' : 'accept'}`,
        resourceType: 'engagement',
        resourceId: id,
        subjectId: row.client_id,
        reason: endReason,
      }),
    ]);
    const updated = await findEngagement(trx, id, now);
    if (!updated) throw new AppError('internal_error');
    return toEngagementView(updated);
  });
}

export async function scheduleSession(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  input: ScheduleSessionRequest,
): Promise<SessionView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const row = await requireEngagement(deps, trx, actor, engagementId, 'engagement.read');
    if (row.status !== 'active') throw new AppError('engagement_not_active');
    if (!mayOnEngagement(actor, 'session.schedule', engagementFacts(row), now))
      throw new AppError('forbidden');
    const session = await insertSession(trx, {
      id: deps.newId(),
      clinicId: row.clinic_id,
      engagementId,
      scheduledAt: new Date(input.scheduledAt),
      durationMinutes: input.durationMinutes ?? 50,
      now,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'session.create',
        resourceType: 'session',
        resourceId: session.id,
        subjectId: row.client_id,
      }),
    ]);
    const all = await listSessions(trx, engagementId);
    return toSessionView(session, all.findIndex((s) => s.id === session.id) + 1);
  });
}

export async function getSessions(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<SessionView[]> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const row = await requireEngagement(deps, trx, actor, engagementId, 'engagement.read');
    const sessions = await listSessions(trx, engagementId);
    if (row.client_id !== actor.userId) {
      await appendAudit(trx, [
        auditBy(actor, now, {
          action: 'session.list',
          resourceType: 'engagement',
          resourceId: engagementId,
          subjectId: row.client_id,
        }),
      ]);
    }
    return sessions.map((session, index) => toSessionView(session, index + 1));
  });
}

/** Hooks other capabilities add to attendance changes (check-in links, signal recomputation). */
export type AttendanceHook = (
  trx: Executor,
  change: {
    actor: Actor;
    engagement: EngagementListRow;
    session: SessionRow;
    now: Date;
    deps: AppDeps;
    /** Work to do once the transaction has committed (sending e-mail). */
    afterCommit: (work: () => Promise<void>) => void;
  },
) => Promise<void>;

export async function recordAttendance(
  deps: AppDeps,
  actor: Actor,
  sessionId: string,
  input: UpdateSessionRequest,
  hooks: readonly AttendanceHook[] = [],
): Promise<SessionView> {
  const now = deps.clock();
  const later: (() => Promise<void>)[] = [];
  const view = await deps.db.transaction().execute(async (trx) => {
    const session = await findSession(trx, sessionId);
    if (!session) throw new AppError('not_found');
    const engagement = await requireEngagement(
      deps,
      trx,
      actor,
      session.engagement_id,
      'session.attendance',
      'attendance_not_allowed',
    );
    const party = partyOf(actor, engagement);
    if (!attendanceChangeAllowed(session.status, input.status, party))
      throw new AppError('attendance_not_allowed');
    const cancelled = input.status === 'cancelled' || input.status === 'late_cancelled';
    // A client can only cancel for themselves; a therapist says who cancelled (the client, by default).
    const cancelledBy = cancelled
      ? party === 'client'
        ? 'client'
        : (input.cancelledBy ?? 'client')
      : null;
    const updated = await setSessionStatus(trx, sessionId, {
      status: input.status,
      cancelledBy,
      now,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'session.attendance',
        resourceType: 'session',
        resourceId: sessionId,
        subjectId: engagement.client_id,
        reason: input.status,
      }),
    ]);
    for (const hook of hooks) {
      await hook(trx, {
        actor,
        engagement,
        session: updated,
        now,
        deps,
        afterCommit: (work) => later.push(work),
      });
    }
    const all = await listSessions(trx, session.engagement_id);
    return toSessionView(updated, all.findIndex((s) => s.id === sessionId) + 1);
  });
  for (const work of later) await work();
  return view;
}
