/**
 * Caseload overview for a therapist with 200 clients × 30 sessions (DESIGN.md target: p95 under
 * 50 ms), through the HTTP layer (app.inject), on the embedded database — and on PostgreSQL
 * when BENCH_DATABASE_URL is set. Not a test: it prints numbers.
 * Run: npx tsx bench/caseload.bench.ts
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../src/api/config';
import { recomputeSignals } from '../src/api/signals.service';
import { startRapport } from '../src/api/startup';
import { openDatabase } from '../src/storage/db';

const clients = 200;
const sessionsEach = 30;
const runs = 200;

const url = process.env.BENCH_DATABASE_URL;
const handle = url ? await openDatabase({ url }) : await openDatabase({ memory: true });
if (url)
  await handle.withSession((exec) => exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;'));
const started = await startRapport(
  loadConfig({
    RAPPORT_DATA_DIR: await mkdtemp(join(tmpdir(), 'bench-')),
    RAPPORT_DEMO: '0',
    LOG_LEVEL: 'silent',
    RAPPORT_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
  }),
  { handle },
);
const { app, deps } = started;
const db = handle.db;

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
const therapistId = register.json<{ user: { id: string } }>().user.id;
const cookie = `rapport_session=${register.cookies.find((c) => c.name === 'rapport_session')?.value ?? ''}`;
const clinic = deps.defaultClinicId;

const t0 = performance.now();
await sql`insert into users (id, clinic_id, email, role, display_name, password_hash, created_at, updated_at)
  select gen_random_uuid(), ${clinic}, 'client' || i || '@bench.example', 'client', 'Client ' || i, 'x', now(), now()
  from generate_series(1, ${clients}) as i`.execute(db);
await sql`insert into engagements (id, clinic_id, client_id, therapist_id, status, created_at, started_at)
  select gen_random_uuid(), ${clinic}, u.id, ${therapistId}, 'active', now() - interval '240 days', now() - interval '240 days'
  from users u where u.role = 'client'`.execute(db);
await sql`insert into therapy_sessions (id, clinic_id, engagement_id, scheduled_at, status, created_at)
  select gen_random_uuid(), ${clinic}, e.id, now() - ((${sessionsEach} + 1 - i) * interval '7 days'), 'attended', now()
  from engagements e cross join generate_series(1, ${sessionsEach}) as i`.execute(db);
// Alliance mostly high with some dips; well-being drifting; deterministic from the row numbers.
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
for (const e of engagements) {
  await db
    .transaction()
    .execute((trx) => recomputeSignals(deps, trx, { id: e.id, clinicId: clinic }, new Date()));
}
const open = await db
  .selectFrom('signals')
  .select(sql<number>`count(*)::int`.as('n'))
  .where('status', '!=', 'resolved')
  .executeTakeFirstOrThrow();
console.log(
  `data: ${clients} clients × ${sessionsEach} sessions, ${clients * sessionsEach * 2} check-ins, ${open.n} open flags (${((performance.now() - t0) / 1000).toFixed(1)} s to build)`,
);

const timings: number[] = [];
for (let i = 0; i < runs + 20; i++) {
  const start = performance.now();
  const response = await app.inject({
    method: 'GET',
    url: '/api/v1/caseload?limit=200',
    headers: { cookie },
  });
  const ms = performance.now() - start;
  if (response.statusCode !== 200) throw new Error(`caseload answered ${response.statusCode}`);
  if (i >= 20) timings.push(ms);
}
timings.sort((a, b) => a - b);
const at = (q: number) =>
  timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]?.toFixed(1);
console.log(
  `GET /caseload (200 clients) on ${url ? 'PostgreSQL' : 'PGlite'}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms over ${runs} requests (target p95 < 50 ms)`,
);
if (process.env.BENCH_PROFILE) {
  const { getCaseload } = await import('../src/api/caseload.service');
  const actor = {
    userId: therapistId,
    clinicId: clinic,
    role: 'therapist' as const,
    sessionId: 'bench',
    csrfToken: '',
    locale: null,
  };
  const direct: number[] = [];
  for (let i = 0; i < 60; i++) {
    const s0 = performance.now();
    await getCaseload(deps, actor, { limit: 200 }, 'en');
    direct.push(performance.now() - s0);
  }
  direct.sort((a, b) => a - b);
  console.log(`  service without HTTP: p50 ${direct[30]?.toFixed(1)} ms`);
  const { listCaseloadEngagements, listLatestClientScores, listOpenSignals } =
    await import('../src/storage/workspace.repo');
  const time = async (label: string, fn: () => Promise<unknown>) => {
    const list: number[] = [];
    for (let i = 0; i < 30; i++) {
      const s0 = performance.now();
      await fn();
      list.push(performance.now() - s0);
    }
    list.sort((a, b) => a - b);
    console.log(`  ${label}: p50 ${list[15]?.toFixed(1)} ms`);
  };
  const ids = engagements.map((e) => e.id);
  await time('engagements + session facts', () =>
    listCaseloadEngagements(db, therapistId, new Date()),
  );
  await time('latest scores', () => listLatestClientScores(db, ids));
  await time('open signals', () => listOpenSignals(db, ids));
}
await started.close();
