/**
 * Check-in submission over HTTP (DESIGN.md: throughput within 70 % of a bare handler doing the
 * same insert on the same database; p99 under 50 ms at that load).
 *
 * Rapport listens on a loopback port and receives POST /api/v1/checkin-links/{token}/checkins,
 * each to a different single-use link prepared beforehand (bulk SQL), so every request is a
 * first submission: validation, scoring, screening of the comment, sealing, the insert, the
 * audit event, the link marked used and the engagement marked for signal recomputation, which the
 * server does in the background meanwhile, in the same process (the last row says how long after
 * the last answer every flag was current). The floor is a bare Fastify handler on the same
 * database that does only the insert of the same rows, in one statement. autocannon runs in a
 * child process, with the same connections for both.
 *
 * After a warm-up of each, the measured requests go in rounds, the floor's and Rapport's in turn
 * (floor, Rapport, floor, Rapport, ...), and each figure is the median of its rounds: a machine
 * that slows down or speeds up during the run (other tenants of a shared host) then weighs on
 * both sides alike, instead of on whichever happened to run in the slow minute. A round of
 * Rapport lasts until its background recomputation has caught up (the flags of its last second
 * are its work too), and the floor never runs beside it.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { recomputeSignals } from '../../src/api/signals.service';
import { row, type BenchRow } from '../report';
import { benchUuid, engagementsSql } from '../lib/checkin-requests';
import {
  bulkLoad,
  forEachLimited,
  refreshEngagementFacts,
  type BenchDatabase,
} from '../lib/database';
import { runLoad, type LoadResult } from '../lib/load';
import { startBenchRapport, tokenHashSql } from '../lib/rapport';
import type { DatabaseScenario, RunOptions } from '../lib/scenario';
import { median, since } from '../lib/stats';

const connections = 10;
/** Earlier sessions (each with its two check-ins) in every engagement, before the new one. */
const history = 8;
const clientsPerTherapist = 25;
export const tokenPrefix = 'bench';

interface Sizes {
  warmUp: number;
  /** Measured requests on each side, in `rounds` equal rounds. */
  measured: number;
  rounds: number;
}

function sizes(quick: boolean): Sizes {
  // Even the quick run sends enough requests for the figures to be past the JIT's warm-up: with
  // 200 the bare handler measured a third of its speed. Five rounds in a full run: on this
  // shared two-core machine single rounds of one side ranged from 0.6 to 1.35 times their median.
  return quick
    ? { warmUp: 200, measured: 1200, rounds: 3 }
    : { warmUp: 300, measured: 5000, rounds: 5 };
}

/**
 * Engagements 1..n, each with `history` attended sessions carrying an alliance and a well-being
 * check-in, and one more attended session (yesterday) with an unused check-in link whose token is
 * benchToken('bench', engagement number).
 */
export function checkinFixtureSql(clinic: string, engagements: number): string[] {
  const sessionTime = `now() - ((${history} + 1 - k) * 7 + 1) * interval '1 day'`;
  return [
    ...engagementsSql(clinic, engagements, clientsPerTherapist, 80),
    `INSERT INTO therapy_sessions (id, clinic_id, engagement_id, scheduled_at, status, status_changed_at, created_at)
      SELECT bench_uuid('session', e * 100 + k), '${clinic}', bench_uuid('engagement', e),
        ${sessionTime}, 'attended', ${sessionTime} + interval '1 hour', now() - interval '80 days'
      FROM generate_series(1, ${engagements}) AS e, generate_series(1, ${history} + 1) AS k`,
    // A steady, good alliance and a slowly improving well-being: the history raises few flags.
    `INSERT INTO checkins (id, clinic_id, engagement_id, session_id, instrument_id, respondent_role,
        respondent_id, answers, scores, submitted_at)
      SELECT bench_uuid('alliance', e * 100 + k), '${clinic}', bench_uuid('engagement', e),
        bench_uuid('session', e * 100 + k), 'alliance', 'client', bench_uuid('client', e),
        jsonb_build_object('heard', v, 'goals', v, 'approach', v, 'safety', v, 'overall', v),
        jsonb_build_object('alliance', v), ${sessionTime} + interval '2 hours'
      FROM generate_series(1, ${engagements}) AS e, generate_series(1, ${history}) AS k,
        LATERAL (SELECT round(9.2 + ((e * 7 + k * 3) % 8) / 10.0, 1)::float8 AS v) AS value`,
    `INSERT INTO checkins (id, clinic_id, engagement_id, session_id, instrument_id, respondent_role,
        respondent_id, answers, scores, submitted_at)
      SELECT bench_uuid('wellbeing', e * 100 + k), '${clinic}', bench_uuid('engagement', e),
        bench_uuid('session', e * 100 + k), 'wellbeing', 'client', bench_uuid('client', e),
        jsonb_build_object('personal', w, 'relationships', w, 'social', w, 'overall', w),
        jsonb_build_object('wellbeing', round((4 * w)::numeric, 1)::float8), ${sessionTime} + interval '2 hours'
      FROM generate_series(1, ${engagements}) AS e, generate_series(1, ${history}) AS k,
        LATERAL (SELECT round(6.0 + k * 0.2 + ((e + k) % 3) / 10.0, 1)::float8 AS w) AS value`,
    `INSERT INTO checkin_links (id, clinic_id, session_id, client_id, token_hash, created_at, expires_at)
      SELECT bench_uuid('link', e), '${clinic}', bench_uuid('session', e * 100 + ${history} + 1),
        bench_uuid('client', e), ${tokenHashSql(tokenPrefix, 'e')}, now(), now() + interval '7 days'
      FROM generate_series(1, ${engagements}) AS e`,
  ];
}

/** The floor: parse the body, insert the same rows in one statement, answer 201. */
async function startBareServer(
  database: BenchDatabase,
  clinic: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  app.post<{
    Params: { token: string };
    Body: {
      checkins: { instrument: string; answers: Record<string, number>; comment?: string }[];
    };
  }>('/bare/checkin-links/:token/checkins', async (request, reply) => {
    const e = Number(request.params.token.slice(tokenPrefix.length));
    const session = benchUuid('session', e * 100 + history + 1);
    const engagement = benchUuid('engagement', e);
    const client = benchUuid('client', e);
    const now = new Date();
    const rows = request.body.checkins.map((checkin) => {
      const values = Object.values(checkin.answers);
      const total = values.reduce((sum, value) => sum + value, 0);
      return {
        id: randomUUID(),
        clinic_id: clinic,
        engagement_id: engagement,
        session_id: session,
        instrument_id: checkin.instrument,
        respondent_role: 'client' as const,
        respondent_id: client,
        answers: JSON.stringify(checkin.answers),
        scores: JSON.stringify({
          [checkin.instrument]: checkin.instrument === 'alliance' ? total / values.length : total,
        }),
        comment_ciphertext: checkin.comment ?? null,
        idempotency_key: `${String(request.headers['idempotency-key'])}:${checkin.instrument}`,
        submitted_at: now,
      };
    });
    await database.handle.db.insertInto('checkins').values(rows).execute();
    return reply.code(201).send({ checkins: rows.map((r) => ({ id: r.id })) });
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}

/**
 * With BENCH_PROFILE=<dir>, a CPU profile of this process during Rapport's measured run, written
 * to <dir>/<name>.cpuprofile (open it in Chrome's DevTools); without it, nothing.
 */
async function startProfile(name: string): Promise<{ stop: () => Promise<void> }> {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return { stop: async () => {} };
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    async stop() {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      session.disconnect();
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    },
  };
}

/** The server process's CPU time in milliseconds since `since` (both servers run in this process). */
function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** One side's rounds: the median of each figure, and its CPU time per request over all of them. */
interface Side {
  results: LoadResult[];
  cpuMs: number;
}

function summary(side: Side): {
  throughput: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
} {
  const requests = side.results.reduce((sum, result) => sum + result.requests, 0);
  return {
    throughput: median(side.results.map((result) => result.throughput)),
    p50: median(side.results.map((result) => result.p50)),
    p99: median(side.results.map((result) => result.p99)),
    cpuMsPerRequest: side.cpuMs / requests,
  };
}

function rounds(side: Side): string {
  return side.results.map((result) => result.throughput.toFixed(0)).join(', ');
}

/** Wait until no engagement is marked for signal recomputation (at most two minutes). */
async function untilNoSignalsWaiting(database: BenchDatabase): Promise<void> {
  const deadline = performance.now() + 120_000;
  for (;;) {
    const waiting = await database.handle.db
      .selectFrom('signal_queue')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    if (waiting.n === 0) return;
    if (performance.now() > deadline)
      throw new Error(`${waiting.n} engagements still wait for their signals after two minutes.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function failIfErrors(what: string, result: LoadResult, expected: number): void {
  if (result.ok !== expected || result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${what}: ${result.ok} of ${expected} requests succeeded (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts).`,
    );
  }
}

export const checkinScenario: DatabaseScenario = {
  id: 'checkin',
  perDatabase: true,
  floor:
    'check-in submission: a bare Fastify handler on the same database that inserts the same rows in one INSERT (no validation, sealing, screening, audit or signals); both servers on loopback, autocannon with 10 connections in a separate process, each request to a fresh single-use link; throughput is the requests over the time from the first request to the last answer (for Rapport, until its flags are current too: see below). After a warm-up of each, five measured rounds of 1,000 requests (three of 400 in a quick run) of each side in turn (floor, Rapport, floor, ...), each figure the median of its rounds, so that a machine whose speed drifts during the run weighs on both alike. Rapport recomputes the flags in the background in the same process during its rounds; a round of Rapport ends only when no engagement waits for its flags, and the next round of the floor starts after that; "flags current after the last answer" is the longest, over the rounds of Rapport, that the last flags took after the last answer of its round.',
  async run(database: BenchDatabase, { quick, log }: RunOptions): Promise<BenchRow[]> {
    const { warmUp, measured, rounds: roundCount } = sizes(quick);
    // One engagement (and link) per request on each side, plus slack: autocannon may prepare a
    // request per connection that it never sends.
    const perSide = warmUp + measured + roundCount + 2 * connections;
    const started = await startBenchRapport(database.handle);
    const bare = await startBareServer(database, started.deps.defaultClinicId);
    try {
      const t0 = performance.now();
      await bulkLoad(database.handle, checkinFixtureSql(started.deps.defaultClinicId, 2 * perSide));
      await refreshEngagementFacts(database.handle);
      // The flags the history already has, as the app would have stored them.
      const engagements = Array.from({ length: 2 * perSide }, (_, i) =>
        benchUuid('engagement', i + 1),
      );
      const now = new Date();
      await forEachLimited(engagements, database.kind === 'postgres' ? 4 : 1, (id) =>
        database.handle.db
          .transaction()
          .execute((trx) =>
            recomputeSignals(
              started.deps,
              trx,
              { id, clinicId: started.deps.defaultClinicId },
              now,
            ),
          ),
      );
      log(
        `  ${2 * perSide} engagements with ${history} sessions of history and a fresh link each, ready in ${since(t0)}`,
      );
      const rapportUrl = await started.app.listen({ port: 0, host: '127.0.0.1' });
      const load = (baseUrl: string, pathTemplate: string, first: number, count: number) =>
        runLoad({ baseUrl, pathTemplate, tokenPrefix, first, count, connections });
      const barePath = '/bare/checkin-links/{token}/checkins';
      const rapportPath = '/api/v1/checkin-links/{token}/checkins';
      // The floor's links are perSide+1..2·perSide, Rapport's 1..perSide.
      failIfErrors('bare warm-up', await load(bare.url, barePath, perSide + 1, warmUp), warmUp);
      failIfErrors('Rapport warm-up', await load(rapportUrl, rapportPath, 1, warmUp), warmUp);
      await untilNoSignalsWaiting(database);
      const perRound = Math.ceil(measured / roundCount);
      const floorSide: Side = { results: [], cpuMs: 0 };
      const rapportSide: Side = { results: [], cpuMs: 0 };
      let caughtUpMs = 0;
      let rapportCpuMs = 0;
      for (let round = 0; round < roundCount; round++) {
        const offset = warmUp + round * perRound;
        const bareCpu = process.cpuUsage();
        const floorRound = await load(bare.url, barePath, perSide + 1 + offset, perRound);
        floorSide.cpuMs += cpuMsSince(bareCpu);
        failIfErrors('bare handler', floorRound, perRound);
        floorSide.results.push(floorRound);
        // A CPU profile of Rapport's first round, with BENCH_PROFILE.
        const profile = round === 0 ? await startProfile(`checkin-${database.kind}`) : null;
        const rapportCpu = process.cpuUsage();
        const rapportRound = await load(rapportUrl, rapportPath, 1 + offset, perRound);
        await profile?.stop();
        failIfErrors('Rapport', rapportRound, perRound);
        // Flags follow the check-ins in the background (signal-queue.service.ts): how long after
        // the last answer they are all current, with the server's own timing, nothing forced.
        // Counted from the last answer itself (the load generator's clock), not from when the
        // load generator has reported: the server recomputes in between too.
        await untilNoSignalsWaiting(database);
        const drainMs = Math.max(
          0,
          performance.timeOrigin + performance.now() - rapportRound.lastAnswerAt,
        );
        rapportCpuMs += cpuMsSince(rapportCpu);
        caughtUpMs = Math.max(caughtUpMs, drainMs);
        // The round lasts until its flags are current too: the recomputation the last second of a
        // round leaves for after its last answer is work of that round, not of nobody's.
        const seconds = rapportRound.seconds + drainMs / 1000;
        rapportSide.results.push({
          ...rapportRound,
          seconds,
          throughput: rapportRound.requests / seconds,
        });
      }
      const stored = await database.handle.db
        .selectFrom('checkin_links')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('used_at', 'is not', null)
        .executeTakeFirstOrThrow();
      const sent = warmUp + roundCount * perRound;
      if (stored.n !== sent) throw new Error(`Expected ${sent} used links, found ${stored.n}.`);
      rapportSide.cpuMs = rapportCpuMs;
      const rapport = summary(rapportSide);
      const floor = summary(floorSide);
      log(
        `  Rapport ${rapport.throughput.toFixed(0)} req/s (rounds ${rounds(rapportSide)}; p99 ${rapport.p99} ms, ${rapport.cpuMsPerRequest.toFixed(2)} ms of server CPU each, flags current at most ${caughtUpMs.toFixed(0)} ms after a round's last answer), bare ${floor.throughput.toFixed(0)} req/s (rounds ${rounds(floorSide)}; p99 ${floor.p99} ms, ${floor.cpuMsPerRequest.toFixed(2)} ms), ${roundCount} rounds of ${perRound} requests each`,
      );
      const scenario = 'check-in submission (HTTP)';
      const common = { scenario, database: database.label };
      return [
        row({
          ...common,
          measure: 'throughput',
          unit: 'req/s',
          rapport: rapport.throughput,
          floor: floor.throughput,
          target: { on: 'ratio', atLeast: 0.7 },
        }),
        row({
          ...common,
          measure: 'p50',
          unit: 'ms',
          rapport: rapport.p50,
          floor: floor.p50,
          target: null,
        }),
        row({
          ...common,
          measure: 'p99',
          unit: 'ms',
          rapport: rapport.p99,
          floor: floor.p99,
          target: { on: 'value', atMost: 50 },
        }),
        row({
          ...common,
          measure: 'flags current after the last answer',
          unit: 'ms',
          rapport: caughtUpMs,
          floor: null,
          target: null,
        }),
      ];
    } finally {
      await bare.close();
      await started.close();
    }
  },
};
