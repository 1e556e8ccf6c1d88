/**
 * Signals after a check-in, off the request path. Storing a check-in marks its engagement in the
 * signal queue in the same transaction (so the mark is as durable as the check-in), and answers
 * the client without reading the whole history again. Then:
 *
 * - the server that stored it recomputes soon after, in the background, many engagements per
 *   transaction (the drainer below);
 * - anything that reads flags first brings the engagements it shows up to date (catchUpSignals),
 *   so a therapist never sees flags older than the check-ins they are about;
 * - the sweep job picks up marks a stopped server left behind (jobs/handlers.ts), and so does
 *   every server when it starts.
 */
import { anyStaleOfTherapist, countStale, type StaleScope } from '../storage/signal-queue.repo';
import type { Executor } from '../storage/users.repo';
import type { AppDeps } from './context';
import { recomputeStaleIn } from './signals.service';

/** Engagements per background transaction (and per sweep of the job). */
export const drainBatchSize = 32;

/**
 * Engagements per background transaction of a server, by database. On the embedded database a
 * transaction holds its one connection, and the check-ins that arrive meanwhile wait for it: a
 * batch of 32 held it 10–17 ms. With batches of 8, the check-in benchmark's p99 went from 48–64 ms
 * (four full runs) to 39–55 ms, at the same throughput within the machine's noise
 * (`npx tsx bench/run.ts --only=checkin`, 2026-12-06). PostgreSQL has a pool: larger batches
 * there save round trips.
 */
export const drainBatchSizes = { pglite: 8, postgres: drainBatchSize } as const;

type Deps = Pick<AppDeps, 'db' | 'sealer' | 'newId' | 'clock'>;

/** The same in a transaction of its own. */
export async function recomputeStale(
  deps: Deps,
  scope: StaleScope,
  options: { wait: boolean },
): Promise<number> {
  return deps.db.transaction().execute((trx) => recomputeStaleIn(deps, trx, scope, options));
}

/** Before a therapist's caseload: recompute their engagements still marked. */
export async function catchUpTherapistSignals(
  deps: Deps,
  therapist: { therapistId: string; clinicId: string },
): Promise<void> {
  // One indexed lookup outside a transaction in the usual case, where nothing waits.
  if (await anyStaleOfTherapist(deps.db, therapist))
    await recomputeStale(deps, therapist, { wait: true });
}

/** Before clinic-wide figures, inside their transaction: recompute all the clinic has marked. */
export async function catchUpClinicSignals(
  deps: Deps,
  trx: Executor,
  clinicId: string,
): Promise<void> {
  if ((await countStale(trx, clinicId)) > 0)
    await recomputeStaleIn(deps, trx, { clinicId, limit: 100_000 }, { wait: true });
}

export interface SignalDrainer {
  /** Something was marked: recompute soon, after the current request has been answered. */
  nudge(): void;
  /** Recompute now what is waiting for the timer, and resolve when nothing is under way. */
  idle(): Promise<void>;
  /** Finish the batch under way and take no more. */
  stop(): Promise<void>;
}

/**
 * When to recompute after a check-in: once check-ins have been quiet this long, or at the latest
 * this long after the first mark, so that under a steady stream the work goes in batches of
 * several engagements without falling behind. A short latest delay lets the recomputation use
 * the gaps between requests instead of piling up behind them: with 100 ms instead of 1 s, the
 * check-in benchmark's flags were current 150–180 ms after the last answer instead of 630–660 ms,
 * and the embedded database's throughput, counted until then, rose from 640–644 to 678–683 req/s
 * (runs in turn, `npx tsx bench/run.ts --only=checkin`, 2026-12-06); PostgreSQL's moved within
 * its noise.
 */
export const drainTiming = { quietMs: 50, maxDelayMs: 100 };

/**
 * The background recomputation of one server: one batch at a time, batches back to back while
 * they come full (each giving the event loop a turn, so requests are served in between), each
 * engagement skipped if another server holds it. `drainOnce` takes up to `limit` marked
 * engagements and returns how many it took (replaced in tests); `batchSize` is its limit
 * (`drainBatchSizes` for the server's database). Errors leave the marks in place for the next
 * nudge or the sweep job.
 */
export function createSignalDrainer(
  deps: Deps,
  onError: (error: unknown) => void,
  timing: { quietMs: number; maxDelayMs: number } = drainTiming,
  drainOnce: (limit: number) => Promise<number> = (limit) =>
    recomputeStale(deps, { limit }, { wait: false }),
  batchSize: number = drainBatchSize,
): SignalDrainer {
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let firstNudge = 0;
  let lastNudge = 0;
  let again = false;
  let stopped = false;

  const drain = async (): Promise<void> => {
    try {
      // Batches back to back only while they come full: a batch that was not full took every
      // mark there was, and the marks that came in meanwhile wait for the next nudge's timing,
      // which gathers them into full batches under load instead of one small batch per commit.
      let done = batchSize;
      while (!stopped && done === batchSize) {
        done = await drainOnce(batchSize);
        if (done === batchSize) await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      onError(error);
    }
  };

  const start = () => {
    timer = null;
    running = drain().finally(() => {
      running = null;
      // Marked while this run went on: the next run waits its turn like a first one.
      if (again && !stopped) {
        again = false;
        schedule();
      }
    });
  };

  const schedule = () => {
    const now = Date.now();
    const due = Math.min(lastNudge + timing.quietMs, firstNudge + timing.maxDelayMs);
    timer = setTimeout(
      () => {
        timer = null;
        if (stopped) return;
        const at = Date.now();
        // Still busy and not yet late: wait for the quiet.
        if (at - lastNudge < timing.quietMs && at - firstNudge < timing.maxDelayMs) schedule();
        else start();
      },
      Math.max(0, due - now),
    );
  };

  return {
    nudge() {
      if (stopped) return;
      const now = Date.now();
      lastNudge = now;
      if (running) {
        if (!again) firstNudge = now;
        again = true;
        return;
      }
      if (!timer) {
        firstNudge = now;
        schedule();
      }
    },
    async idle() {
      while (running || timer) {
        if (timer) {
          clearTimeout(timer);
          start();
        }
        await running;
      }
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      while (running) await running;
    },
  };
}
