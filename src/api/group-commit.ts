/**
 * Group commit: requests that arrive while a transaction is under way wait for it, then go
 * together in the next one. A request that arrives alone goes at once (no timer; one turn of the
 * event loop); under load, one transaction (one lock of the audit chain, one commit) serves many.
 * The `run` function answers each item on its own, so one bad item never fails the others.
 */

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface GroupCommit<I, O> {
  submit(item: I): Promise<O>;
  /** Resolves when no batch is under way or waiting. */
  idle(): Promise<void>;
}

export function createGroupCommit<I, O>(
  run: (items: readonly I[]) => Promise<Outcome<O>[]>,
  options: { maxBatch: number },
): GroupCommit<I, O> {
  interface Waiting {
    item: I;
    resolve: (value: O) => void;
    reject: (error: unknown) => void;
  }
  // One batch at a time: measured on PostgreSQL, a second one under way made every batch
  // smaller, and cost more per request than it saved in waiting (bench/scenarios/checkin.ts).
  let flushing: Promise<void> | null = null;
  let waiting: Waiting[] = [];

  // Each batch starts on the event loop's next turn, after the I/O it has waiting: on the
  // embedded database a transaction runs without giving the loop a turn, so requests that came in
  // meanwhile are only read then, and join the batch instead of each starting one.
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

  const flush = async (): Promise<void> => {
    await nextTurn();
    while (waiting.length > 0) {
      const batch = waiting.slice(0, options.maxBatch);
      waiting = waiting.slice(batch.length);
      try {
        const outcomes = await run(batch.map((w) => w.item));
        batch.forEach((w, i) => {
          const outcome = outcomes[i];
          if (!outcome) w.reject(new Error('group commit: no outcome for an item'));
          else if (outcome.ok) w.resolve(outcome.value);
          else w.reject(outcome.error);
        });
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
      await nextTurn();
    }
  };

  const start = (): void => {
    flushing = flush().finally(() => {
      flushing = null;
      // An item may have arrived after the loop's last look and before this line.
      if (waiting.length > 0) start();
    });
  };

  return {
    submit(item) {
      return new Promise<O>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        if (!flushing) start();
      });
    },
    async idle() {
      while (flushing) await flushing;
    },
  };
}
