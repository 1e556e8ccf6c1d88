/** Engagements, their status history, and their sessions. */
import { sql, type Selectable } from 'kysely';
import type { EngagementsTable, TherapySessionsTable } from './schema';
import type { Executor } from './users.repo';
import type { Cursor } from './pagination';

export type EngagementRow = Selectable<EngagementsTable>;
export type SessionRow = Selectable<TherapySessionsTable>;

export interface EngagementListRow extends EngagementRow {
  client_name: string;
  therapist_name: string;
  sessions_attended: number;
  next_session_at: Date | null;
}

function listQuery(db: Executor, now: Date) {
  return db
    .selectFrom('engagements as e')
    .innerJoin('users as c', 'c.id', 'e.client_id')
    .innerJoin('users as t', 't.id', 'e.therapist_id')
    .selectAll('e')
    .select([
      'c.display_name as client_name',
      't.display_name as therapist_name',
      sql<number>`(select count(*)::int from therapy_sessions s where s.engagement_id = e.id and s.status = 'attended')`.as(
        'sessions_attended',
      ),
      sql<Date | null>`(select min(s.scheduled_at) from therapy_sessions s where s.engagement_id = e.id and s.status = 'scheduled' and s.scheduled_at >= ${now})`.as(
        'next_session_at',
      ),
    ]);
}

export async function findEngagement(
  db: Executor,
  id: string,
  now: Date,
): Promise<EngagementListRow | undefined> {
  return listQuery(db, now).where('e.id', '=', id).executeTakeFirst();
}

export async function listEngagementsOf(
  db: Executor,
  person: { userId: string; role: 'client' | 'therapist' | 'admin'; clinicId: string },
  page: {
    limit: number;
    cursor?: Cursor | undefined;
    status?: EngagementRow['status'] | undefined;
    now: Date;
  },
): Promise<EngagementListRow[]> {
  let query = listQuery(db, page.now).where('e.clinic_id', '=', person.clinicId);
  if (person.role === 'client') query = query.where('e.client_id', '=', person.userId);
  if (person.role === 'therapist') query = query.where('e.therapist_id', '=', person.userId);
  if (page.status) query = query.where('e.status', '=', page.status);
  if (page.cursor) {
    const { at, id } = page.cursor;
    query = query.where((eb) =>
      eb.or([
        eb('e.created_at', '<', new Date(at)),
        eb.and([eb('e.created_at', '=', new Date(at)), eb('e.id', '<', id)]),
      ]),
    );
  }
  return query
    .orderBy('e.created_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

export async function findOpenEngagementBetween(
  db: Executor,
  clientId: string,
  therapistId: string,
): Promise<EngagementRow | undefined> {
  return db
    .selectFrom('engagements')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('therapist_id', '=', therapistId)
    .where('status', '!=', 'ended')
    .executeTakeFirst();
}

export async function insertEngagement(
  db: Executor,
  row: {
    id: string;
    clinicId: string;
    clientId: string;
    therapistId: string;
    initiatedBy: 'client' | 'therapist';
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('engagements')
    .values({
      id: row.id,
      clinic_id: row.clinicId,
      client_id: row.clientId,
      therapist_id: row.therapistId,
      status: 'consulting',
      initiated_by: row.initiatedBy,
      created_at: row.now,
    })
    .execute();
  await insertEngagementEvent(db, {
    clinicId: row.clinicId,
    engagementId: row.id,
    status: 'consulting',
    reason: null,
    actorId: null,
    now: row.now,
  });
}

export async function insertEngagementEvent(
  db: Executor,
  event: {
    clinicId: string;
    engagementId: string;
    status: EngagementRow['status'];
    reason: string | null;
    actorId: string | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('engagement_events')
    .values({
      clinic_id: event.clinicId,
      engagement_id: event.engagementId,
      status: event.status,
      reason: event.reason,
      actor_id: event.actorId,
      occurred_at: event.now,
    })
    .execute();
}

export async function setEngagementStatus(
  db: Executor,
  id: string,
  change: { status: EngagementRow['status']; endReason: string | null; now: Date },
): Promise<void> {
  await db
    .updateTable('engagements')
    .set({
      status: change.status,
      ...(change.status === 'active' ? { started_at: change.now } : {}),
      ...(change.status === 'ended' ? { ended_at: change.now, end_reason: change.endReason } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function insertSession(
  db: Executor,
  row: {
    id: string;
    clinicId: string;
    engagementId: string;
    scheduledAt: Date;
    durationMinutes: number;
    now: Date;
  },
): Promise<SessionRow> {
  return db
    .insertInto('therapy_sessions')
    .values({
      id: row.id,
      clinic_id: row.clinicId,
      engagement_id: row.engagementId,
      scheduled_at: row.scheduledAt,
      duration_minutes: row.durationMinutes,
      created_at: row.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findSession(db: Executor, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('therapy_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSessions(db: Executor, engagementId: string): Promise<SessionRow[]> {
  return db
    .selectFrom('therapy_sessions')
    .selectAll()
    .where('engagement_id', '=', engagementId)
    .orderBy('scheduled_at')
    .orderBy('id')
    .execute();
}

export async function setSessionStatus(
  db: Executor,
  id: string,
  change: { status: SessionRow['status']; cancelledBy: 'client' | 'therapist' | null; now: Date },
): Promise<SessionRow> {
  return db
    .updateTable('therapy_sessions')
    .set({ status: change.status, cancelled_by: change.cancelledBy, status_changed_at: change.now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
