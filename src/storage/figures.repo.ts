/**
 * What clinic figures are computed from: sessions, flags and engagements of one clinic (or one
 * therapist), reduced to the facts figures.ts counts. No free text and no names of clients
 * leave this module; client ids are only used to count distinct clients per group.
 */
import { sql } from 'kysely';
import type { FigureEngagement, FigureSession, FigureSignal } from '../core/figures';
import type { Executor } from './users.repo';

const iso = (value: Date | string) => new Date(value).toISOString();

export async function loadFigureFacts(
  db: Executor,
  scope: { clinicId: string; therapistId: string | null; from: Date; to: Date },
): Promise<{
  sessions: FigureSession[];
  signals: FigureSignal[];
  engagements: FigureEngagement[];
  therapists: { id: string; displayName: string }[];
}> {
  const { clinicId, therapistId, from, to } = scope;
  let sessionQuery = db
    .selectFrom('therapy_sessions as s')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .select([
      'e.therapist_id',
      'e.client_id',
      's.scheduled_at',
      's.status',
      's.cancelled_by',
      sql<boolean>`exists (select 1 from checkins c
        where c.session_id = s.id and c.respondent_role = 'client')`.as('checked_in'),
    ])
    .where('s.clinic_id', '=', clinicId)
    .where('s.scheduled_at', '>=', from)
    .where('s.scheduled_at', '<', to);
  if (therapistId) sessionQuery = sessionQuery.where('e.therapist_id', '=', therapistId);

  let signalQuery = db
    .selectFrom('signals as g')
    .innerJoin('engagements as e', 'e.id', 'g.engagement_id')
    .select([
      'e.therapist_id',
      'e.client_id',
      'g.kind',
      'g.severity',
      'g.raised_at',
      'g.resolved_at',
    ])
    .where('g.clinic_id', '=', clinicId)
    .where((eb) =>
      eb.or([
        eb.and([eb('g.raised_at', '>=', from), eb('g.raised_at', '<', to)]),
        eb.and([eb('g.resolved_at', '>=', from), eb('g.resolved_at', '<', to)]),
      ]),
    );
  if (therapistId) signalQuery = signalQuery.where('e.therapist_id', '=', therapistId);

  // Engagements that ended in the period, or whose client gave a well-being score in it.
  let engagementQuery = db
    .selectFrom('engagements as e')
    .select([
      'e.id',
      'e.therapist_id',
      'e.client_id',
      'e.ended_at',
      sql<number>`(select count(*)::int from therapy_sessions s
        where s.engagement_id = e.id and s.status = 'attended')`.as('attended'),
    ])
    .where('e.clinic_id', '=', clinicId)
    .where((eb) =>
      eb.or([
        eb.and([eb('e.ended_at', '>=', from), eb('e.ended_at', '<', to)]),
        eb.exists(
          eb
            .selectFrom('checkins as c')
            .innerJoin('therapy_sessions as s', 's.id', 'c.session_id')
            .select(sql`1`.as('one'))
            .whereRef('c.engagement_id', '=', 'e.id')
            .where('c.instrument_id', '=', 'wellbeing')
            .where('c.respondent_role', '=', 'client')
            .where('s.scheduled_at', '>=', from)
            .where('s.scheduled_at', '<', to),
        ),
      ]),
    );
  if (therapistId) engagementQuery = engagementQuery.where('e.therapist_id', '=', therapistId);

  let therapistQuery = db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('clinic_id', '=', clinicId)
    .where('role', '=', 'therapist')
    .orderBy('display_name')
    .orderBy('id');
  if (therapistId) therapistQuery = therapistQuery.where('id', '=', therapistId);

  const [sessions, signals, engagements, therapists] = await Promise.all([
    sessionQuery.execute(),
    signalQuery.execute(),
    engagementQuery.execute(),
    therapistQuery.execute(),
  ]);

  const ids = engagements.map((e) => e.id);
  const scores =
    ids.length === 0
      ? []
      : await db
          .selectFrom('checkins as c')
          .innerJoin('therapy_sessions as s', 's.id', 'c.session_id')
          .select(['c.engagement_id', 's.scheduled_at', 'c.scores'])
          .where('c.engagement_id', 'in', ids)
          .where('c.instrument_id', '=', 'wellbeing')
          .where('c.respondent_role', '=', 'client')
          .where('s.scheduled_at', '<', to)
          .orderBy('c.engagement_id')
          .orderBy('s.scheduled_at')
          .execute();
  const wellbeing = new Map<string, { at: string; score: number }[]>();
  for (const row of scores) {
    const score = row.scores.wellbeing;
    if (typeof score !== 'number') continue;
    const list = wellbeing.get(row.engagement_id) ?? [];
    list.push({ at: iso(row.scheduled_at), score });
    wellbeing.set(row.engagement_id, list);
  }

  return {
    sessions: sessions.map((s) => ({
      therapistId: s.therapist_id,
      clientId: s.client_id,
      scheduledAt: iso(s.scheduled_at),
      status: s.status,
      cancelledBy: s.cancelled_by,
      clientCheckedIn: Boolean(s.checked_in),
    })),
    signals: signals.map((g) => ({
      therapistId: g.therapist_id,
      clientId: g.client_id,
      kind: g.kind,
      severity: g.severity,
      raisedAt: iso(g.raised_at),
      resolvedAt: g.resolved_at === null ? null : iso(g.resolved_at),
    })),
    engagements: engagements.map((e) => ({
      id: e.id,
      therapistId: e.therapist_id,
      clientId: e.client_id,
      endedAt: e.ended_at === null ? null : iso(e.ended_at),
      attendedSessions: e.attended,
      wellbeing: wellbeing.get(e.id) ?? [],
    })),
    therapists: therapists.map((t) => ({ id: t.id, displayName: t.display_name })),
  };
}
