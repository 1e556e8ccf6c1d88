import { describe, expect, it } from 'vitest';
import type { AppDeps } from './context';
import { createSignalDrainer, drainBatchSize, drainBatchSizes } from './signal-queue.service';

/** A queue of marks that the drainer under test takes from, recording each batch it took. */
function markQueue() {
  const queue = {
    waiting: 0,
    batches: [] as number[],
    /** Called while a batch is under way (after it took its marks). */
    during: (): void => {},
    drainOnce: async (limit: number): Promise<number> => {
      const taken = Math.min(queue.waiting, limit);
      queue.waiting -= taken;
      queue.batches.push(taken);
      queue.during();
      await new Promise<void>((resolve) => setImmediate(resolve));
      return taken;
    },
  };
  return queue;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const noDeps = {} as Pick<AppDeps, 'db' | 'sealer' | 'newId' | 'clock'>;
const failOnError = (error: unknown) => {
  throw error;
};

describe('the background signal drainer', () => {
  it('takes full batches back to back and stops at the first one that was not full', async () => {
    const queue = markQueue();
    queue.waiting = 2 * drainBatchSize + 6;
    const drainer = createSignalDrainer(noDeps, failOnError, undefined, queue.drainOnce);
    drainer.nudge();
    await drainer.idle();
    expect(queue.batches).toEqual([drainBatchSize, drainBatchSize, 6]);
    expect(queue.waiting).toBe(0);
  });

  it('takes batches of the size it is given (smaller on the embedded database)', async () => {
    const queue = markQueue();
    queue.waiting = 2 * drainBatchSizes.pglite + 3;
    const drainer = createSignalDrainer(
      noDeps,
      failOnError,
      undefined,
      queue.drainOnce,
      drainBatchSizes.pglite,
    );
    drainer.nudge();
    await drainer.idle();
    expect(drainBatchSizes.pglite).toBeLessThan(drainBatchSizes.postgres);
    expect(queue.batches).toEqual([drainBatchSizes.pglite, drainBatchSizes.pglite, 3]);
  });

  it('leaves marks made during a batch that was not full for the next nudge, after the quiet time', async () => {
    const queue = markQueue();
    queue.waiting = 5;
    const timing = { quietMs: 30, maxDelayMs: 1_000 };
    const drainer = createSignalDrainer(noDeps, failOnError, timing, queue.drainOnce);
    let first = true;
    queue.during = () => {
      if (!first) return;
      first = false;
      // A check-in stored while the first batch runs.
      queue.waiting += 3;
      drainer.nudge();
    };
    drainer.nudge();
    await sleep(timing.quietMs + 15);
    // The first batch has run and, not being full, did not go straight on to the new marks.
    expect(queue.batches).toEqual([5]);
    expect(queue.waiting).toBe(3);
    await sleep(timing.quietMs * 3);
    expect(queue.batches).toEqual([5, 3]);
    await drainer.stop();
  });

  it('gathers a steady stream of marks into few batches and still takes every mark', async () => {
    const queue = markQueue();
    const timing = { quietMs: 20, maxDelayMs: 60 };
    const drainer = createSignalDrainer(noDeps, failOnError, timing, queue.drainOnce);
    let marks = 0;
    const until = Date.now() + 240;
    while (Date.now() < until) {
      queue.waiting += 1;
      marks += 1;
      drainer.nudge();
      await sleep(2);
    }
    await drainer.idle();
    expect(queue.waiting).toBe(0);
    expect(queue.batches.reduce((sum, n) => sum + n, 0)).toBe(marks);
    // Never a quiet moment, so each run waits for the longest delay: a handful of runs, not one
    // per mark (a run is one batch here, as the stream is far below a full batch per delay).
    expect(queue.batches.length).toBeLessThanOrEqual(Math.ceil(marks / 4));
    await drainer.stop();
  });
});
