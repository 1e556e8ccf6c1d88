/** Goals (titles sealed) and their ratings by either side. */
import type { Selectable } from 'kysely';
import type { GoalRatingsTable, GoalsTable } from './schema';
import type { Executor } from './users.repo';

export type GoalRow = Selectable<GoalsTable>;
export type GoalRatingRow = Selectable<GoalRatingsTable>;

export async function insertGoal(db: Executor, row: GoalRow): Promise<void> {
  await db.insertInto('goals').values(row).execute();
}

export async function findGoal(db: Executor, id: string): Promise<GoalRow | undefined> {
  return db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listGoals(db: Executor, engagementId: string): Promise<GoalRow[]> {
  return db
    .selectFrom('goals')
    .selectAll()
    .where('engagement_id', '=', engagementId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function listGoalRatings(
  db: Executor,
  goalIds: readonly string[],
): Promise<GoalRatingRow[]> {
  if (goalIds.length === 0) return [];
  return db
    .selectFrom('goal_ratings')
    .selectAll()
    .where('goal_id', 'in', goalIds)
    .orderBy('rated_at')
    .orderBy('id')
    .execute();
}

export async function insertGoalRating(db: Executor, row: GoalRatingRow): Promise<void> {
  await db.insertInto('goal_ratings').values(row).execute();
}

export async function setGoalStatus(
  db: Executor,
  id: string,
  status: GoalRow['status'],
): Promise<void> {
  await db.updateTable('goals').set({ status }).where('id', '=', id).execute();
}
