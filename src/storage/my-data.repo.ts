/**
 * Reads for a client's own data: everything the export holds, and the accesses to their records
 * from the audit log ("who saw my data").
 */
import { sql, type Selectable } from 'kysely';
import type {
  CheckinsTable,
  ConcernsTable,
  ConsultationsTable,
  EngagementsTable,
  GoalRatingsTable,
  GoalsTable,
  HandoversTable,
  SupervisionConsentsTable,
  TherapySessionsTable,
} from './schema';
import type { Executor } from './users.repo';

export interface ExportEngagementRow extends Selectable<EngagementsTable> {
  therapist_name: string;
}
export interface ExportConsultationRow extends Selectable<ConsultationsTable> {
  therapist_name: string;
}

export interface ExportHandoverRow extends Selectable<HandoversTable> {
  to_therapist_name: string;
}

/** An ending message the client sent (the e-mail as their therapist received it, sealed). */
export interface ExportEndingMessageRow {
  id: string;
  recipient_id: string | null;
  body_ciphertext: string;
  created_at: Date;
}

export interface ExportRows {
  engagements: ExportEngagementRow[];
  sessions: Selectable<TherapySessionsTable>[];
  checkins: Selectable<CheckinsTable>[];
  goals: Selectable<GoalsTable>[];
  goalRatings: Selectable<GoalRatingsTable>[];
  consultations: ExportConsultationRow[];
  concerns: Selectable<ConcernsTable>[];
  handovers: ExportHandoverRow[];
  supervisionConsents: Selectable<SupervisionConsentsTable>[];
  endingMessages: ExportEndingMessageRow[];
}

/** Everything the export holds about one client, in a stable order. */
export async function readClientExport(db: Executor, clientId: string): Promise<ExportRows> {
  const engagements = await db
    .selectFrom('engagements as e')
    .innerJoin('users as t', 't.id', 'e.therapist_id')
    .selectAll('e')
    .select('t.display_name as therapist_name')
    .where('e.client_id', '=', clientId)
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
  const ids = engagements.map((e) => e.id);
  const [sessions, checkins, goals, consultations] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .selectFrom('therapy_sessions')
          .selectAll()
          .where('engagement_id', 'in', ids)
          .orderBy('scheduled_at')
          .orderBy('id')
          .execute(),
    db
      .selectFrom('checkins')
      .selectAll()
      .where('respondent_id', '=', clientId)
      .where('respondent_role', '=', 'client')
      .orderBy('submitted_at')
      .orderBy('id')
      .execute(),
    ids.length === 0
      ? []
      : db
          .selectFrom('goals')
          .selectAll()
          .where('engagement_id', 'in', ids)
          .orderBy('created_at')
          .orderBy('id')
          .execute(),
    db
      .selectFrom('consultations as c')
      .innerJoin('users as t', 't.id', 'c.therapist_id')
      .selectAll('c')
      .select('t.display_name as therapist_name')
      .where('c.client_id', '=', clientId)
      .orderBy('c.starts_at')
      .orderBy('c.id')
      .execute(),
  ]);
  const goalIds = goals.map((g) => g.id);
  const goalRatings =
    goalIds.length === 0
      ? []
      : await db
          .selectFrom('goal_ratings')
          .selectAll()
          .where('goal_id', 'in', goalIds)
          .orderBy('rated_at')
          .orderBy('id')
          .execute();
  const [concerns, handovers, supervisionConsents, endingMessages] = await Promise.all([
    db
      .selectFrom('concerns')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('handovers as h')
      .innerJoin('users as t', 't.id', 'h.to_therapist_id')
      .selectAll('h')
      .select('t.display_name as to_therapist_name')
      .where('h.client_id', '=', clientId)
      .orderBy('h.created_at')
      .orderBy('h.id')
      .execute(),
    db
      .selectFrom('supervision_consents')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('granted_at')
      .orderBy('id')
      .execute(),
    // Kept as long as the outbox keeps delivered mail (the retention period).
    db
      .selectFrom('outbox_messages')
      .select(['id', 'recipient_id', 'body_ciphertext', 'created_at'])
      .where('client_id', '=', clientId)
      .where('kind', '=', 'ending_message')
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  return {
    engagements,
    sessions,
    checkins,
    goals,
    goalRatings,
    consultations,
    concerns,
    handovers,
    supervisionConsents,
    endingMessages: endingMessages.map((row) => ({ ...row, created_at: new Date(row.created_at) })),
  };
}

export interface AccessRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_role: string | null;
  actor_name: string | null;
  action: string;
  resource_type: string;
  outcome: string;
}

/**
 * Events about the client (as the one subject, or among several, as a caseload read lists
 * them) done by someone other than the client, newest first. Keyset on (occurred_at, id).
 */
export async function listAccessesTo(
  db: Executor,
  person: { userId: string; clinicId: string },
  page: {
    from?: Date | undefined;
    to?: Date | undefined;
    limit: number;
    after?: { at: string; id: string } | undefined;
  },
): Promise<AccessRow[]> {
  let query = db
    .selectFrom('audit_events as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select([
      sql<string>`a.id::text`.as('id'),
      'a.occurred_at',
      'a.actor_id',
      'a.actor_role',
      'u.display_name as actor_name',
      'a.action',
      'a.resource_type',
      'a.outcome',
    ])
    .where('a.clinic_id', '=', person.clinicId)
    .where((eb) =>
      eb.or([
        eb('a.subject_id', '=', person.userId),
        eb(sql`a.subject_ids`, '@>', sql`array[${person.userId}]::uuid[]`),
      ]),
    )
    .where(sql<boolean>`a.actor_id is distinct from ${person.userId}::uuid`);
  if (page.from) query = query.where('a.occurred_at', '>=', page.from);
  if (page.to) query = query.where('a.occurred_at', '<', page.to);
  if (page.after) {
    const { at, id } = page.after;
    query = query.where((eb) =>
      eb.or([
        eb('a.occurred_at', '<', new Date(at)),
        eb.and([eb('a.occurred_at', '=', new Date(at)), eb('a.id', '<', Number(id))]),
      ]),
    );
  }
  return query
    .orderBy('a.occurred_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(page.limit + 1)
    .execute();
}
