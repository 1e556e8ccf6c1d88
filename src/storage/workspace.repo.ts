/** Reads for the therapist's workspace: the caseload in few queries, repair notes, reflections. */
import { sql, type Selectable } from 'kysely';
import type {
  EngagementsTable,
  RepairNotesTable,
  ReflectionNotesTable,
  SignalsTable,
} from './schema';
import type { Executor } from './users.repo';

export interface CaseloadEngagementRow extends Selectable<EngagementsTable> {
  client_name: string;
  sessions_attended: number;
  last_session_at: Date | null;
  next_session_at: Date | null;
}

/** A therapist's current engagements (consulting and active) with their session facts. */
export async function listCaseloadEngagements(
  db: Executor,
  therapistId: string,
  now: Date,
): Promise<CaseloadEngagementRow[]> {
  return db
    .selectFrom('engagements as e')
    .innerJoin('users as c', 'c.id', 'e.client_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('therapy_sessions as s')
          .innerJoin('engagements as e2', 'e2.id', 's.engagement_id')
          .where('e2.therapist_id', '=', therapistId)
          .select([
            's.engagement_id',
            sql<number>`count(*) filter (where s.status = 'attended')::int`.as('sessions_attended'),
            sql<Date | null>`max(s.scheduled_at) filter (where s.status = 'attended')`.as(
              'last_session_at',
            ),
            sql<Date | null>`min(s.scheduled_at) filter (where s.status = 'scheduled' and s.scheduled_at >= ${now})`.as(
              'next_session_at',
            ),
          ])
          .groupBy('s.engagement_id')
          .as('facts'),
      (join) => join.onRef('facts.engagement_id', '=', 'e.id'),
    )
    .selectAll('e')
    .select([
      'c.display_name as client_name',
      sql<number>`coalesce(facts.sessions_attended, 0)`.as('sessions_attended'),
      'facts.last_session_at',
      'facts.next_session_at',
    ])
    .where('e.therapist_id', '=', therapistId)
    .where('e.status', '!=', 'ended')
    .execute();
}

export interface LatestScoreRow {
  engagement_id: string;
  instrument_id: string;
  scores: Record<string, number>;
  submitted_at: Date;
  rank: number;
}

/** The last two client check-ins per engagement and instrument (for the latest value and its trend). */
export async function listLatestClientScores(
  db: Executor,
  engagementIds: readonly string[],
): Promise<LatestScoreRow[]> {
  if (engagementIds.length === 0) return [];
  // Two index lookups per engagement and instrument (checkins_engagement_instrument_idx),
  // instead of ranking every check-in of the caseload.
  const result = await sql<LatestScoreRow>`
    select e.id as engagement_id, i.instrument_id, c.scores, c.submitted_at, c.rank
    from unnest(${sql.val([...engagementIds])}::uuid[]) as e(id)
    cross join (values ('alliance'), ('wellbeing')) as i(instrument_id)
    cross join lateral (
      select x.scores, x.submitted_at, row_number() over (order by x.submitted_at desc, x.id desc)::int as rank
      from (
        select scores, submitted_at, id from checkins
        where engagement_id = e.id and instrument_id = i.instrument_id and respondent_role = 'client'
        order by submitted_at desc, id desc
        limit 2
      ) as x
    ) as c`.execute(db);
  return result.rows;
}

export async function listOpenSignals(
  db: Executor,
  engagementIds: readonly string[],
): Promise<Selectable<SignalsTable>[]> {
  if (engagementIds.length === 0) return [];
  return db
    .selectFrom('signals')
    .selectAll()
    .where('engagement_id', 'in', engagementIds)
    .where('status', '!=', 'resolved')
    .orderBy('raised_at')
    .execute();
}

export type RepairNoteRow = Selectable<RepairNotesTable> & { author_name: string };

export async function insertRepairNote(
  db: Executor,
  row: Selectable<RepairNotesTable>,
): Promise<void> {
  await db.insertInto('repair_notes').values(row).execute();
}

export async function listRepairNotes(db: Executor, signalId: string): Promise<RepairNoteRow[]> {
  return db
    .selectFrom('repair_notes as r')
    .innerJoin('users as u', 'u.id', 'r.author_id')
    .selectAll('r')
    .select('u.display_name as author_name')
    .where('r.signal_id', '=', signalId)
    .orderBy('r.created_at')
    .execute();
}

export type ReflectionRow = Selectable<ReflectionNotesTable>;

export async function insertReflection(db: Executor, row: ReflectionRow): Promise<void> {
  await db.insertInto('reflection_notes').values(row).execute();
}

/** Only the author's own notes: the query itself cannot return anyone else's. */
export async function listReflections(
  db: Executor,
  authorId: string,
  engagementId: string,
): Promise<ReflectionRow[]> {
  return db
    .selectFrom('reflection_notes')
    .selectAll()
    .where('author_id', '=', authorId)
    .where('engagement_id', '=', engagementId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function deleteReflection(
  db: Executor,
  authorId: string,
  id: string,
): Promise<ReflectionRow | undefined> {
  return db
    .deleteFrom('reflection_notes')
    .where('id', '=', id)
    .where('author_id', '=', authorId)
    .returningAll()
    .executeTakeFirst();
}
