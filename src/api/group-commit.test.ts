import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGroupCommit, type Outcome } from './group-commit';

/** A run that records its batches and answers each item after a turn of the event loop. */
function recorder(answer: (item: number) => Outcome<string>) {
  const batches: number[][] = [];
  const run = async (items: readonly number[]) => {
    batches.push([...items]);
    await new Promise<void>((resolve) => setImmediate(resolve));
    return items.map(answer);
  };
  return { batches, run };
}

describe('group commit', () => {
  it('sends a lone item at once, in a batch of its own', async () => {
    const { batches, run } = recorder((n) => ({ ok: true, value: `#${n}` }));
    const commit = createGroupCommit(run, { maxBatch: 8 });
    await expect(commit.submit(1)).resolves.toBe('#1');
    expect(batches).toEqual([[1]]);
  });

  it('gathers what arrives together into one batch, and what arrives meanwhile into the next', async () => {
    const { batches, run } = recorder((n) => ({ ok: true, value: `#${n}` }));
    const commit = createGroupCommit(run, { maxBatch: 8 });
    const first = [1, 2, 3].map((n) => commit.submit(n));
    // Arrives while the first batch is under way.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const second = [4, 5].map((n) => commit.submit(n));
    expect(await Promise.all([...first, ...second])).toEqual(['#1', '#2', '#3', '#4', '#5']);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('answers each item with its own outcome: one refusal fails no other item', async () => {
    const { run } = recorder((n) =>
      n % 2 === 0 ? { ok: false, error: new Error(`even ${n}`) } : { ok: true, value: `#${n}` },
    );
    const commit = createGroupCommit(run, { maxBatch: 8 });
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => commit.submit(n)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
      '#1',
      'Error: even 2',
      '#3',
      'Error: even 4',
    ]);
  });

  it('fails only the batch whose run threw, and goes on with the next', async () => {
    let calls = 0;
    const commit = createGroupCommit(
      async (items: readonly number[]) => {
        calls += 1;
        if (calls === 1) throw new Error('database went away');
        return items.map((n): Outcome<number> => ({ ok: true, value: n * 10 }));
      },
      { maxBatch: 8 },
    );
    await expect(commit.submit(1)).rejects.toThrow('database went away');
    await expect(commit.submit(2)).resolves.toBe(20);
  });

  it('never puts more than maxBatch items in a batch, and answers every item once, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 12 }),
        async (maxBatch, waves) => {
          const { batches, run } = recorder((n) => ({ ok: true, value: `#${n}` }));
          const commit = createGroupCommit(run, { maxBatch });
          const pending: Promise<string>[] = [];
          let next = 0;
          for (const size of waves) {
            for (let i = 0; i < size; i += 1) pending.push(commit.submit(next++));
            await new Promise<void>((resolve) => setImmediate(resolve));
          }
          const answers = await Promise.all(pending);
          await commit.idle();
          expect(answers).toEqual(Array.from({ length: next }, (_, n) => `#${n}`));
          expect(batches.every((batch) => batch.length >= 1 && batch.length <= maxBatch)).toBe(
            true,
          );
          expect(batches.flat()).toEqual(Array.from({ length: next }, (_, n) => n));
        },
      ),
      { numRuns: 60 },
    );
  });
});
