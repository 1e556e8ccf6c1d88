/**
 * Supervision with consent. An administrator designates a therapist as supervisor of another and
 * decides whether supervisors may read client records at all; each client decides, per
 * engagement, and may withdraw at any time. A supervisor's read needs both, gives a reason every
 * time (sealed at rest), and is audited with the client as its subject — so the client sees it in
 * "who looked at my data". Supervisors read; they never write and never see reflections.
 */
import {
  mayOnEngagement,
  relationshipTo,
  type EngagementFacts,
  mayUseFeature,
  mayOnClinic,
} from '../core/access';
import { AppError } from '../core/errors';
import type { Locale } from '../core/i18n';
import {
  supervisionReason,
  type CreateSupervisionRequest,
  type SupervisedEngagementView,
  type SupervisionConsentView,
  type SupervisionPolicyView,
  type SupervisionRecordView,
  type SupervisionView,
} from '../core/supervision';
import { appendAudit } from '../storage/audit.repo';
import { listCheckins } from '../storage/checkins.repo';
import { findEngagement, listSessions, type EngagementListRow } from '../storage/engagements.repo';
import { listGoalRatings, listGoals } from '../storage/goals.repo';
import { decodeCursor, encodeCursor, pageOf, type Cursor, type Page } from '../storage/pagination';
import { listSignalRows, toStoredSignal } from '../storage/signals.repo';
import {
  endSupervision,
  findCurrentConsent,
  findCurrentSupervision,
  findSupervision,
  findSupervisionPolicy,
  grantConsent,
  insertSupervision,
  insertSupervisionAccess,
  listCurrentSupervisions,
  listSupervisedEngagements,
  listSupervisorIds,
  saveSupervisionPolicy,
  withdrawConsent,
  type SupervisionListRow,
} from '../storage/supervision.repo';
import { findUserById, type Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import { toCheckinView } from './checkins.service';
import type { Actor, AppDeps } from './context';
import {
  engagementFacts,
  requireEngagement,
  toEngagementView,
  toSessionView,
} from './engagements.service';
import { toGoalView } from './goals.service';
import { catchUpSignals, toSignalView } from './signals.service';

function requireAdmin(actor: Actor): void {
  if (!mayOnClinic(actor, 'clinic.manage', actor.clinicId)) throw new AppError('forbidden');
}

function cursorFrom(text: string | undefined): Cursor | undefined {
  if (text === undefined) return undefined;
  const cursor = decodeCursor(text);
  if (!cursor) throw new AppError('invalid_cursor');
  return cursor;
}

function toSupervisionView(row: SupervisionListRow): SupervisionView {
  return {
    id: row.id,
    supervisor: { id: row.supervisor_id, displayName: row.supervisor_name },
    therapist: { id: row.therapist_id, displayName: row.therapist_name },
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Off until an administrator turns it on: least privilege (DESIGN.md, Privacy). */
export async function clinicAllowsSupervision(db: Executor, clinicId: string): Promise<boolean> {
  return (await findSupervisionPolicy(db, clinicId))?.allow_with_consent ?? false;
}

/* ---------- The administrator ---------- */

export async function designateSupervisor(
  deps: AppDeps,
  actor: Actor,
  input: CreateSupervisionRequest,
): Promise<SupervisionView> {
  requireAdmin(actor);
  if (input.supervisorId === input.therapistId) throw new AppError('supervisor_is_therapist');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    for (const id of [input.supervisorId, input.therapistId]) {
      const user = await findUserById(trx, id);
      if (
        !user ||
        user.clinic_id !== actor.clinicId ||
        user.role !== 'therapist' ||
        user.status !== 'active'
      )
        throw new AppError('not_found');
    }
    if (await findCurrentSupervision(trx, actor.clinicId, input.supervisorId, input.therapistId))
      throw new AppError('supervision_exists');
    const id = deps.newId();
    await insertSupervision(trx, {
      id,
      clinic_id: actor.clinicId,
      supervisor_id: input.supervisorId,
      therapist_id: input.therapistId,
      created_by: actor.userId,
      created_at: now,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'supervision.designate',
        resourceType: 'supervision',
        resourceId: id,
        subjectId: input.therapistId,
      }),
    ]);
    const row = await findSupervision(trx, id);
    if (!row) throw new AppError('internal_error');
    return toSupervisionView(row);
  });
}

export async function listSupervisions(
  deps: AppDeps,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<SupervisionView>> {
  requireAdmin(actor);
  const rows = await listCurrentSupervisions(deps.db, actor.clinicId, {
    limit: query.limit,
    cursor: cursorFrom(query.cursor),
  });
  return pageOf(rows, query.limit, toSupervisionView, (last) =>
    encodeCursor({ at: new Date(last.created_at).toISOString(), id: last.id }),
  );
}

export async function endSupervisionById(
  deps: AppDeps,
  actor: Actor,
  supervisionId: string,
): Promise<void> {
  requireAdmin(actor);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const row = await findSupervision(trx, supervisionId);
    if (!row || row.clinic_id !== actor.clinicId || row.ended_at !== null)
      throw new AppError('not_found');
    await endSupervision(trx, supervisionId, now);
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'supervision.end',
        resourceType: 'supervision',
        resourceId: supervisionId,
        subjectId: row.therapist_id,
      }),
    ]);
  });
}

export async function getSupervisionPolicy(
  deps: AppDeps,
  actor: Actor,
): Promise<SupervisionPolicyView> {
  requireAdmin(actor);
  const policy = await findSupervisionPolicy(deps.db, actor.clinicId);
  return {
    allowWithConsent: policy?.allow_with_consent ?? false,
    updatedAt: policy ? new Date(policy.updated_at).toISOString() : null,
  };
}

export async function setSupervisionPolicy(
  deps: AppDeps,
  actor: Actor,
  allowWithConsent: boolean,
): Promise<SupervisionPolicyView> {
  requireAdmin(actor);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await saveSupervisionPolicy(trx, {
      clinicId: actor.clinicId,
      allowWithConsent,
      updatedBy: actor.userId,
      now,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: allowWithConsent ? 'supervision_policy.allow' : 'supervision_policy.deny',
        resourceType: 'clinic',
        resourceId: actor.clinicId,
        subjectId: null,
      }),
    ]);
  });
  return { allowWithConsent, updatedAt: now.toISOString() };
}

/* ---------- The client ---------- */

/** What supervision of an engagement hangs on: the client's consent, the clinic's policy, who supervises. */
async function supervisionState(db: Executor, engagement: EngagementListRow) {
  const [consent, clinicAllows, supervisorIds] = await Promise.all([
    findCurrentConsent(db, engagement.id),
    clinicAllowsSupervision(db, engagement.clinic_id),
    listSupervisorIds(db, engagement.therapist_id),
  ]);
  return { consent, clinicAllows, supervisorIds };
}

async function consentView(
  db: Executor,
  engagement: EngagementListRow,
): Promise<SupervisionConsentView> {
  const { consent, clinicAllows, supervisorIds } = await supervisionState(db, engagement);
  return {
    engagementId: engagement.id,
    consented: consent !== undefined,
    since: consent ? new Date(consent.granted_at).toISOString() : null,
    clinicAllows,
    supervisorCount: supervisorIds.length,
  };
}

export async function getSupervisionConsent(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<SupervisionConsentView> {
  return deps.db.transaction().execute(async (trx) => {
    // Only the client decides; the therapist and others get 404/403 through the policy.
    const engagement = await requireEngagement(
      deps,
      trx,
      actor,
      engagementId,
      'supervision.consent',
    );
    return consentView(trx, engagement);
  });
}

export async function setSupervisionConsent(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  consent: boolean,
): Promise<SupervisionConsentView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const engagement = await requireEngagement(
      deps,
      trx,
      actor,
      engagementId,
      'supervision.consent',
    );
    const changed = consent
      ? await grantConsent(trx, {
          id: deps.newId(),
          clinic_id: engagement.clinic_id,
          engagement_id: engagement.id,
          client_id: actor.userId,
          granted_at: now,
        })
      : await withdrawConsent(trx, engagement.id, now);
    // Saying the same thing twice changes nothing and is not a new event.
    if (changed) {
      await appendAudit(trx, [
        auditBy(actor, now, {
          action: consent ? 'supervision_consent.grant' : 'supervision_consent.withdraw',
          resourceType: 'engagement',
          resourceId: engagement.id,
          subjectId: engagement.client_id,
        }),
      ]);
    }
    return consentView(trx, engagement);
  });
}

/* ---------- The supervisor ---------- */

async function supervisionFacts(
  db: Executor,
  engagement: EngagementListRow,
): Promise<EngagementFacts> {
  const {
    supervisorIds,
    clinicAllows: policyAllows,
    consent,
  } = await supervisionState(db, engagement);
  return {
    ...engagementFacts(engagement),
    supervision: { supervisorIds, policyAllows, clientConsents: consent !== undefined },
  };
}

export async function listMySupervisedEngagements(
  deps: AppDeps,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<SupervisedEngagementView>> {
  if (!mayUseFeature(actor, 'supervision.read')) throw new AppError('forbidden');
  const cursor = cursorFrom(query.cursor);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await clinicAllowsSupervision(trx, actor.clinicId)))
      return { items: [], nextCursor: null };
    const rows = await listSupervisedEngagements(trx, actor.userId, actor.clinicId, {
      limit: query.limit,
      cursor,
    });
    const page = rows.slice(0, query.limit);
    if (page.length > 0) {
      // The list names clients: the supervisor learned who they are, so it is recorded.
      await appendAudit(
        trx,
        page.map((row) =>
          auditBy(actor, now, {
            action: 'supervision.list',
            resourceType: 'engagement',
            resourceId: row.engagement_id,
            subjectId: row.client_id,
          }),
        ),
      );
    }
    return pageOf(
      rows,
      query.limit,
      (row) => ({
        engagementId: row.engagement_id,
        status: row.status,
        client: { id: row.client_id, displayName: row.client_name },
        therapist: { id: row.therapist_id, displayName: row.therapist_name },
        consentSince: new Date(row.consent_since).toISOString(),
      }),
      (last) =>
        encodeCursor({ at: new Date(last.consent_since).toISOString(), id: last.engagement_id }),
    );
  });
}

export async function readSupervisedRecord(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  rawReason: string | undefined,
  locale: Locale,
): Promise<SupervisionRecordView> {
  const reason = supervisionReason.safeParse(rawReason ?? '');
  if (!reason.success) throw new AppError('supervision_reason_required');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const engagement = await findEngagement(trx, engagementId, now);
    if (!engagement || !mayUseFeature(actor, 'supervision.read')) throw new AppError('not_found');
    const facts = await supervisionFacts(trx, engagement);
    // Only as supervisor: the therapist and the client have their own routes, audited as theirs.
    const asSupervisor =
      relationshipTo(actor, facts, now) === 'supervisor' &&
      mayOnEngagement(actor, 'checkin.read', facts, now);
    if (!asSupervisor) {
      // A supervisor of this therapist learns only that policy or consent is missing; anyone
      // else does not learn that the engagement exists.
      const supervises = facts.supervision?.supervisorIds.includes(actor.userId) === true;
      const sameClinic = facts.clinicId === actor.clinicId;
      throw new AppError(supervises && sameClinic ? 'supervision_not_allowed' : 'not_found');
    }
    const accessId = deps.newId();
    await insertSupervisionAccess(trx, {
      id: accessId,
      clinic_id: engagement.clinic_id,
      supervisor_id: actor.userId,
      engagement_id: engagement.id,
      reason_ciphertext: deps.sealer.seal(reason.data, `supervision_accesses.reason:${accessId}`),
      accessed_at: now,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'supervision.read',
        resourceType: 'engagement',
        resourceId: engagement.id,
        subjectId: engagement.client_id,
        // The reason itself is sealed with the access; the log points to it.
        reason: `supervision_access:${accessId}`,
      }),
    ]);
    await catchUpSignals(deps, trx, [engagement.id]);
    const [sessions, checkins, signals, goals] = await Promise.all([
      listSessions(trx, engagement.id),
      listCheckins(trx, engagement.id),
      listSignalRows(trx, engagement.id),
      listGoals(trx, engagement.id),
    ]);
    const ratings = await listGoalRatings(
      trx,
      goals.map((goal) => goal.id),
    );
    return {
      accessId,
      engagement: toEngagementView(engagement),
      sessions: sessions.map((session, index) => toSessionView(session, index + 1)),
      checkins: checkins.map((row) => toCheckinView(deps, row)),
      signals: signals.map((row) => toSignalView(row, toStoredSignal(deps.sealer, row), locale)),
      goals: goals.map((goal) => toGoalView(deps, goal, ratings)),
    };
  });
}
