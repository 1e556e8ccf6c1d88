/**
 * Recomputing every signal for 1,000,000 stored check-ins (DESIGN.md: within 10× of a plain loop
 * that only reads the same numbers). The check-ins are generated with bulk SQL (in --quick,
 * 50,000: the table says so). Rapport's figure is the real path — `recomputeSignals` for each
 * engagement in its own transaction: load the history, compute with the pure engine
 * (src/core/signals), reconcile with the stored flags and write the changes. The floor is a
 * loop over the same engagements, with the same concurrency, that only reads the numbers the
 * engine reads (sessions, answers and scores).
 */
import { sql } from 'kysely';
import { recomputeSignals } from '../../src/api/signals.service';
import { row, type BenchRow } from '../report';
import { benchUuid, engagementsSql } from '../lib/checkin-requests';
import { bulkLoad, forEachLimited, type BenchDatabase } from '../lib/database';
import { startBenchRapport } from '../lib/rapport';
import type { DatabaseScenario, RunOptions } from '../lib/scenario';
import { since, timed } from '../lib/stats';

/** Attended sessions per engagement, each with an alliance and a well-being check-in. */
const sessions = 25;
const clientsPerTherapist = 30;

/**
 * A weekly history ending yesterday. Alliance high with occasional dips (some repaired the
 * next week); well-being improving for most clients and slipping for every seventh; every
 * fourth engagement also has a late cancellation and a no-show.
 */
function historySql(clinic: string, engagements: number): string[] {
  const at = `now() - ((${sessions} + 1 - k) * 7) * interval '1 day'`;
  return [
    ...engagementsSql(clinic, engagements, clientsPerTherapist, 200),
    `INSERT INTO therapy_sessions (id, clinic_id, engagement_id, scheduled_at, status, status_changed_at, created_at)
      SELECT bench_uuid('session', e * 100 + k), '${clinic}', bench_uuid('engagement', e),
        ${at}, 'attended', ${at} + interval '1 hour', now() - interval '200 days'
      FROM generate_series(1, ${engagements}) AS e, generate_series(1, ${sessions}) AS k`,
    `INSERT INTO therapy_sessions (id, clinic_id, engagement_id, scheduled_at, status, cancelled_by, status_changed_at, created_at)
      SELECT bench_uuid('session', e * 100 + 50 + m), '${clinic}', bench_uuid('engagement', e),
        now() - ((${sessions} + 1 - 10 * m) * 7 - 3) * interval '1 day',
        CASE m WHEN 1 THEN 'late_cancelled' ELSE 'no_show' END, CASE m WHEN 1 THEN 'client' END,
        now() - ((${sessions} + 1 - 10 * m) * 7 - 3) * interval '1 day', now() - interval '200 days'
      FROM generate_series(1, ${engagements}) AS e, generate_series(1, 2) AS m
      WHERE e % 4 = 0`,
    `INSERT INTO checkins (id, clinic_id, engagement_id, session_id, instrument_id, respondent_role,
        respondent_id, answers, scores, submitted_at)
      SELECT bench_uuid('alliance', e * 100 + k), '${clinic}', bench_uuid('engagement', e),
        bench_uuid('session', e * 100 + k), 'alliance', 'client', bench_uuid('client', e),
        jsonb_build_object('heard', v, 'goals', g, 'approach', v, 'safety', v, 'overall', v),
        jsonb_build_object('alliance', round(((4 * v + g) / 5)::numeric, 2)::float8),
        ${at} + interval '2 hours'
      FROM generate_series(1, ${engagements}) AS e, generate_series(1, ${sessions}) AS k,
        LATERAL (SELECT CASE WHEN (e * 37 + k * 11) % 100 < 6 THEN 7.2
                        ELSE round(9.1 + ((e * 7 + k * 3) % 9) / 10.0, 1) END::float8 AS v) AS value,
        LATERAL (SELECT greatest(v - 0.3, 0)::float8 AS g) AS goals`,
    `INSERT INTO checkins (id, clinic_id, engagement_id, session_id, instrument_id, respondent_role,
        respondent_id, answers, scores, submitted_at)
      SELECT bench_uuid('wellbeing', e * 100 + k), '${clinic}', bench_uuid('engagement', e),
        bench_uuid('session', e * 100 + k), 'wellbeing', 'client', bench_uuid('client', e),
        jsonb_build_object('personal', w, 'relationships', w, 'social', w, 'overall', w),
        jsonb_build_object('wellbeing', round((4 * w)::numeric, 1)::float8), ${at} + interval '2 hours'
      FROM generate_series(1, ${engagements}) AS e, generate_series(1, ${sessions}) AS k,
        LATERAL (SELECT round(CASE WHEN e % 7 = 0 THEN 6.5 - k * 0.08
                                   ELSE 4.5 + least(k, 12) * 0.2 + ((e + k) % 4) / 10.0 END, 1)::float8 AS w) AS value`,
  ];
}

export const signalsScenario: DatabaseScenario = {
  id: 'signals',
  perDatabase: true,
  floor:
    'signal recomputation: a loop over the same engagements, with the same concurrency, that only reads the numbers the engine reads (sessions, answers, scores) and sums them.',
  async run(database: BenchDatabase, { quick, log }: RunOptions): Promise<BenchRow[]> {
    const engagements = quick ? 1_000 : 20_000;
    const started = await startBenchRapport(database.handle);
    try {
      const { deps } = started;
      const db = database.handle.db;
      const clinic = deps.defaultClinicId;
      const t0 = performance.now();
      // The caseload's facts are not read here, so the load leaves them to their triggers (off).
      await bulkLoad(database.handle, historySql(clinic, engagements));
      const counted = await db
        .selectFrom('checkins')
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      log(
        `  ${counted.n.toLocaleString('en')} check-ins in ${engagements.toLocaleString('en')} engagements, generated in ${since(t0)}`,
      );
      const ids = Array.from({ length: engagements }, (_, i) => benchUuid('engagement', i + 1));
      const width = database.kind === 'postgres' ? 4 : 1;

      // The floor first: it only reads, so it leaves the database as it found it.
      let total = 0;
      const [floorMs] = await timed(() =>
        forEachLimited(ids, width, async (id) => {
          const [sessionRows, checkinRows] = await Promise.all([
            db
              .selectFrom('therapy_sessions')
              .select(['scheduled_at', 'status'])
              .where('engagement_id', '=', id)
              .execute(),
            db
              .selectFrom('checkins')
              .select([
                'session_id',
                'instrument_id',
                'respondent_role',
                'submitted_at',
                'answers',
                'scores',
              ])
              .where('engagement_id', '=', id)
              .execute(),
          ]);
          total += sessionRows.length;
          for (const c of checkinRows) {
            for (const value of Object.values(c.scores)) total += value;
            for (const value of Object.values(c.answers)) total += value;
          }
        }),
      );
      if (!(total > 0)) throw new Error('the floor read nothing');
      log(`  plain read loop: ${(floorMs / 1000).toFixed(1)} s`);

      const now = new Date();
      let inserted = 0;
      const [rapportMs] = await timed(() =>
        forEachLimited(ids, width, async (id) => {
          const result = await db
            .transaction()
            .execute((trx) => recomputeSignals(deps, trx, { id, clinicId: clinic }, now));
          inserted += result.inserted.length;
        }),
      );
      log(
        `  recomputeSignals: ${(rapportMs / 1000).toFixed(1)} s, ${inserted.toLocaleString('en')} flags raised`,
      );
      if (inserted === 0)
        throw new Error('recomputation raised no flag: the history is not what it should be');

      return [
        row({
          scenario: `signal recomputation (${counted.n.toLocaleString('en')} check-ins)`,
          measure: 'time',
          database: database.label,
          unit: 's',
          rapport: rapportMs / 1000,
          floor: floorMs / 1000,
          target: { on: 'ratio', atMost: 10 },
          ...(quick
            ? {
                note: `Quick run: signal recomputation over ${counted.n.toLocaleString('en')} check-ins instead of 1,000,000.`,
              }
            : {}),
        }),
      ];
    } finally {
      await started.close();
    }
  },
};
