/**
 * The therapist's caseload overview for 200 clients × 30 sessions (DESIGN.md: p95 under 50 ms):
 * GET /api/v1/caseload?limit=200 through the HTTP layer (inject: routing, session, schema,
 * serialisation, the audit event), against the floor — the simplest single SQL query that
 * returns the same rows (one per client, with the same facts and the open flags).
 */
import { sql } from 'kysely';
import { recomputeSignals } from '../../src/api/signals.service';
import { row, type BenchRow } from '../report';
import { forEachLimited, type BenchDatabase } from '../lib/database';
import { startBenchRapport } from '../lib/rapport';
import type { DatabaseScenario, RunOptions } from '../lib/scenario';
import { percentile, sample, since } from '../lib/stats';

const clients = 200;
const sessionsEach = 30;

export const caseloadScenario: DatabaseScenario = {
  id: 'caseload',
  perDatabase: true,
  floor:
    'caseload: one SQL query for the same rows (current engagements with client name, session facts, latest scores, next session and open flags as JSON), run directly on the database.',
  async run(database: BenchDatabase, { quick, log }: RunOptions): Promise<BenchRow[]> {
    const runs = quick ? 60 : 300;
    const warmUp = quick ? 10 : 30;
    const started = await startBenchRapport(database.handle);
    try {
      const { app, deps } = started;
      const db = database.handle.db;
      const t0 = performance.now();
      const register = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: {
          email: 'bench.therapist@bench.example',
          password: 'a bench password phrase',
          displayName: 'Bench Therapist',
          role: 'therapist',
        },
      });
      if (register.statusCode !== 201)
        throw new Error(`registering the therapist answered ${register.statusCode}`);
      const therapistId = register.json<{ user: { id: string } }>().user.id;
      const session = register.cookies.find((c) => c.name === 'rapport_session')?.value ?? '';
      const cookie = `rapport_session=${session}`;
      const clinic = deps.defaultClinicId;

      // Through the triggers, as the app writes them (the data is small enough).
      await sql`insert into users (id, clinic_id, email, role, display_name, password_hash, created_at, updated_at)
        select gen_random_uuid(), ${clinic}, 'client' || i || '@bench.example', 'client', 'Client ' || i, 'x', now(), now()
        from generate_series(1, ${clients}) as i`.execute(db);
      await sql`insert into engagements (id, clinic_id, client_id, therapist_id, status, created_at, started_at)
        select gen_random_uuid(), ${clinic}, u.id, ${therapistId}, 'active', now() - interval '240 days', now() - interval '240 days'
        from users u where u.role = 'client'`.execute(db);
      await sql`insert into therapy_sessions (id, clinic_id, engagement_id, scheduled_at, status, created_at)
        select gen_random_uuid(), ${clinic}, e.id, now() - ((${sessionsEach} + 1 - i) * interval '7 days'), 'attended', now()
        from engagements e cross join generate_series(1, ${sessionsEach}) as i`.execute(db);
      // Alliance mostly high with some dips; well-being flat; deterministic from the dates.
      await sql`insert into checkins (id, clinic_id, engagement_id, session_id, instrument_id, respondent_role, respondent_id, answers, scores, submitted_at)
        select gen_random_uuid(), ${clinic}, s.engagement_id, s.id, 'alliance', 'client', e.client_id,
          jsonb_build_object('heard', v, 'goals', v, 'approach', v, 'safety', v, 'overall', v), jsonb_build_object('alliance', v), s.scheduled_at + interval '2 hours'
        from (select s.*, round((9.4 - (case when (extract(epoch from s.scheduled_at)::bigint / 604800) % 11 = 0 then 2.5 else 0 end))::numeric, 1)::float8 as v from therapy_sessions s) s
        join engagements e on e.id = s.engagement_id`.execute(db);
      await sql`insert into checkins (id, clinic_id, engagement_id, session_id, instrument_id, respondent_role, respondent_id, answers, scores, submitted_at)
        select gen_random_uuid(), ${clinic}, s.engagement_id, s.id, 'wellbeing', 'client', e.client_id,
          jsonb_build_object('personal', 5.5, 'relationships', 5.5, 'social', 5.5, 'overall', 5.5), jsonb_build_object('wellbeing', 22), s.scheduled_at + interval '2 hours'
        from therapy_sessions s join engagements e on e.id = s.engagement_id`.execute(db);
      const engagements = await db.selectFrom('engagements').select('id').execute();
      const now = new Date();
      await forEachLimited(engagements, database.kind === 'postgres' ? 4 : 1, (e) =>
        db
          .transaction()
          .execute((trx) => recomputeSignals(deps, trx, { id: e.id, clinicId: clinic }, now)),
      );
      await database.handle.withSession((exec) => exec('ANALYZE'));
      const open = await db
        .selectFrom('signals')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('status', '!=', 'resolved')
        .executeTakeFirstOrThrow();
      log(
        `  ${clients} clients × ${sessionsEach} sessions, ${clients * sessionsEach * 2} check-ins, ${open.n} open flags, ready in ${since(t0)}`,
      );

      let shown = 0;
      const rapport = await sample(runs, warmUp, async () => {
        const response = await app.inject({
          method: 'GET',
          url: `/api/v1/caseload?limit=${clients}`,
          headers: { cookie },
        });
        if (response.statusCode !== 200)
          throw new Error(`the caseload answered ${response.statusCode}`);
        shown = response.json<{ items: unknown[] }>().items.length;
      });
      if (shown !== clients) throw new Error(`the caseload showed ${shown} of ${clients} clients`);

      let floorRows = 0;
      const floor = await sample(runs, warmUp, async () => {
        const result = await sql<{ id: string }>`
          select e.id, e.client_id, e.status, c.display_name as client_name,
            coalesce(f.sessions_attended, 0) as sessions_attended, f.last_attended_at,
            f.alliance_latest, f.alliance_previous, f.alliance_at,
            f.wellbeing_latest, f.wellbeing_previous, f.wellbeing_at,
            (select min(s.scheduled_at) from therapy_sessions s
              where s.engagement_id = e.id and s.status = 'scheduled' and s.scheduled_at >= now()) as next_session_at,
            (select json_agg(json_build_object('id', g.id, 'kind', g.kind, 'severity', g.severity,
                'raisedAt', g.raised_at, 'messageKey', g.evidence->>'messageKey', 'params', g.evidence->'params')
                order by g.raised_at)
              from signals g where g.engagement_id = e.id and g.status <> 'resolved') as flags
          from engagements e
          join users c on c.id = e.client_id
          left join engagement_facts f on f.engagement_id = e.id
          where e.therapist_id = ${therapistId} and e.status <> 'ended'`.execute(db);
        floorRows = result.rows.length;
      });
      if (floorRows !== clients) throw new Error(`the floor query returned ${floorRows} rows`);

      const common = {
        scenario: 'caseload overview (200 × 30)',
        database: database.label,
        unit: 'ms',
      };
      return [
        row({
          ...common,
          measure: 'p50',
          rapport: percentile(rapport, 50),
          floor: percentile(floor, 50),
          target: null,
        }),
        row({
          ...common,
          measure: 'p95',
          rapport: percentile(rapport, 95),
          floor: percentile(floor, 95),
          target: { on: 'value', atMost: 50 },
        }),
      ];
    } finally {
      await started.close();
    }
  },
};
