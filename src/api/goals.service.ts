/**
 * Goals agreed in an engagement, rated by both sides (progress and agreement, 0–10). A rating
 * recomputes the engagement's signals: goal ratings far apart raise an agreement-gap flag.
 */
import { AppError } from '../core/errors';
import type { GoalRatingRequest, GoalView } from '../core/workspace';
import { appendAudit } from '../storage/audit.repo';
import { findSession } from '../storage/engagements.repo';
import {
  findGoal,
  insertGoal,
  insertGoalRating,
  listGoalRatings,
  listGoals,
  setGoalStatus,
  type GoalRatingRow,
  type GoalRow,
} from '../storage/goals.repo';
import type { Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';
import { requireEngagement } from './engagements.service';
import { recomputeSignals } from './signals.service';

export function toGoalView(
  deps: Pick<AppDeps, 'sealer'>,
  goal: GoalRow,
  ratings: GoalRatingRow[],
): GoalView {
  return {
    id: goal.id,
    engagementId: goal.engagement_id,
    title: deps.sealer.open(goal.title_ciphertext, `goals.title:${goal.id}`),
    status: goal.status,
    createdAt: new Date(goal.created_at).toISOString(),
    ratings: ratings
      .filter((rating) => rating.goal_id === goal.id)
      .map((rating) => ({
        id: rating.id,
        raterRole: rating.rater_role,
        progress: rating.progress,
        agreement: rating.agreement,
        sessionId: rating.session_id,
        ratedAt: new Date(rating.rated_at).toISOString(),
      })),
  };
}

async function goalView(deps: AppDeps, db: Executor, goal: GoalRow): Promise<GoalView> {
  return toGoalView(deps, goal, await listGoalRatings(db, [goal.id]));
}

export async function listEngagementGoals(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<GoalView[]> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const engagement = await requireEngagement(deps, trx, actor, engagementId, 'goal.read');
    const goals = await listGoals(trx, engagementId);
    const ratings = await listGoalRatings(
      trx,
      goals.map((goal) => goal.id),
    );
    if (engagement.client_id !== actor.userId) {
      await appendAudit(trx, [
        auditBy(actor, now, {
          action: 'goal.list',
          resourceType: 'engagement',
          resourceId: engagementId,
          subjectId: engagement.client_id,
        }),
      ]);
    }
    return goals.map((goal) => toGoalView(deps, goal, ratings));
  });
}

export async function createGoal(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  title: string,
): Promise<GoalView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const engagement = await requireEngagement(
      deps,
      trx,
      actor,
      engagementId,
      'goal.write',
      'forbidden',
    );
    if (engagement.status === 'ended') throw new AppError('engagement_not_active');
    const id = deps.newId();
    const goal: GoalRow = {
      id,
      clinic_id: engagement.clinic_id,
      engagement_id: engagementId,
      title_ciphertext: deps.sealer.seal(title, `goals.title:${id}`),
      status: 'active',
      created_by: actor.userId,
      created_at: now,
    };
    await insertGoal(trx, goal);
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'goal.create',
        resourceType: 'goal',
        resourceId: id,
        subjectId: engagement.client_id,
      }),
    ]);
    return toGoalView(deps, goal, []);
  });
}

async function requireGoal(deps: AppDeps, db: Executor, actor: Actor, goalId: string) {
  const goal = await findGoal(db, goalId);
  if (!goal) throw new AppError('not_found');
  const engagement = await requireEngagement(
    deps,
    db,
    actor,
    goal.engagement_id,
    'goal.write',
    'forbidden',
  );
  return { goal, engagement };
}

export async function rateGoal(
  deps: AppDeps,
  actor: Actor,
  goalId: string,
  input: GoalRatingRequest,
): Promise<GoalView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const { goal, engagement } = await requireGoal(deps, trx, actor, goalId);
    if (goal.status !== 'active' || engagement.status === 'ended')
      throw new AppError('transition_not_allowed');
    if (input.sessionId) {
      const session = await findSession(trx, input.sessionId);
      if (!session || session.engagement_id !== engagement.id) throw new AppError('not_found');
    }
    await insertGoalRating(trx, {
      id: deps.newId(),
      clinic_id: goal.clinic_id,
      goal_id: goalId,
      rater_role: engagement.client_id === actor.userId ? 'client' : 'therapist',
      rater_id: actor.userId,
      session_id: input.sessionId ?? null,
      progress: input.progress,
      agreement: input.agreement ?? null,
      rated_at: now,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'goal.rate',
        resourceType: 'goal',
        resourceId: goalId,
        subjectId: engagement.client_id,
      }),
    ]);
    await recomputeSignals(deps, trx, { id: engagement.id, clinicId: engagement.clinic_id }, now);
    return goalView(deps, trx, goal);
  });
}

export async function updateGoalStatus(
  deps: AppDeps,
  actor: Actor,
  goalId: string,
  status: GoalRow['status'],
): Promise<GoalView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const { goal, engagement } = await requireGoal(deps, trx, actor, goalId);
    await setGoalStatus(trx, goalId, status);
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'goal.update',
        resourceType: 'goal',
        resourceId: goalId,
        subjectId: engagement.client_id,
        reason: status,
      }),
    ]);
    return goalView(deps, trx, { ...goal, status });
  });
}
