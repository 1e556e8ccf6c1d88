/** Reads for the therapist's workspace: the caseload in few queries, repair notes, reflections. */
import { sql, type Selectable } from 'kysely';
import type { EngagementsTable, RepairNotesTable, ReflectionNotesTable } from './schema';
import { openSignalHeadlinesJson, type RawSignalHeadline } from './signals.repo';
import type { Executor } from './users.repo';

export interface CaseloadEngagementRow extends Pick<
  Selectable<EngagementsTable>,
  'id' | 'client_id' | 'status'
> {
  client_name: string;
  sessions_attended: number;
  last_session_at: Date | null;
  next_session_at: Date | null;
  alliance_latest: number | null;
  alliance_previous: number | null;
  alliance_at: Date | null;
  wellbeing_latest: number | null;
  wellbeing_previous: number | null;
  wellbeing_at: Date | null;
  /** The open flags, oldest first (signals.repo toSignalHeadline opens them). */
  flags: RawSignalHeadline[];
}

/**
 * A therapist's current engagements (consulting and active), each with its session facts and
 * the client's last two alliance and well-being scores and the open flags — one row per client,
 * read from engagement_facts (kept by triggers), with index lookups for the next scheduled
 * session and the open flags (aggregated into one JSON value per client).
 */
export async function listCaseloadEngagements(
  db: Executor,
  therapistId: string,
  now: Date,
): Promise<CaseloadEngagementRow[]> {
  return db
    .selectFrom('engagements as e')
    .innerJoin('users as c', 'c.id', 'e.client_id')
    .leftJoin('engagement_facts as f', 'f.engagement_id', 'e.id')
    .select((eb) => [
      'e.id',
      'e.client_id',
      'e.status',
      'c.display_name as client_name',
      sql<number>`coalesce(f.sessions_attended, 0)`.as('sessions_attended'),
      'f.last_attended_at as last_session_at',
      eb
        .selectFrom('therapy_sessions as s')
        .select((inner) => inner.fn.min('s.scheduled_at').as('next'))
        .whereRef('s.engagement_id', '=', 'e.id')
        .where('s.status', '=', 'scheduled')
        .where('s.scheduled_at', '>=', now)
        .$castTo<Date | null>()
        .as('next_session_at'),
      'f.alliance_latest',
      'f.alliance_previous',
      'f.alliance_at',
      'f.wellbeing_latest',
      'f.wellbeing_previous',
      'f.wellbeing_at',
      openSignalHeadlinesJson(sql.ref('e.id')).as('flags'),
    ])
    .where('e.therapist_id', '=', therapistId)
    .where('e.status', '!=', 'ended')
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
