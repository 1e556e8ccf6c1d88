import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSignals } from './engine';
import { applySignalChanges, reconcileSignals } from './reconcile';
import type { SignalChanges } from './reconcile';
import { allianceHistory, historyArbitrary, historyUpTo } from './test-factory';
import type { SignalDraft, SignalStatus, StoredSignal } from './types';

const now = '2025-03-01T09:00:00+01:00';
const later = '2025-03-08T09:00:00+01:00';
const empty: SignalChanges = { insert: [], update: [], resolve: [] };

/** Store drafts as the storage layer would, with ids `f1`, `f2`, … */
function store(existing: StoredSignal[], drafts: SignalDraft[], at = now): StoredSignal[] {
  const counter = existing.length;
  return applySignalChanges(
    existing,
    reconcileSignals(existing, drafts, at),
    (_, i) => `f${counter + i + 1}`,
  );
}

const byKey = (signals: StoredSignal[], key: string) => signals.find((s) => s.ruleKey === key);
const setStatus = (signals: StoredSignal[], key: string, status: SignalStatus) =>
  signals.map((s) => (s.ruleKey === key ? { ...s, status } : s));

describe('reconcileSignals', () => {
  it('inserts new flags open, or already resolved when the engine knows they cleared', () => {
    const changes = reconcileSignals([], computeSignals(allianceHistory([9, 9, 9, 7.5, 9.5])), now);
    expect(changes.insert.map((s) => [s.ruleKey, s.status, s.resolvedAt])).toEqual([
      ['alliance_drop:s4', 'resolved', now],
      ['low_alliance:s4', 'resolved', now],
      ['rupture_repaired:s4', 'open', null],
    ]);
    expect(changes.insert[0]?.resolution?.reason).toBe('repaired');
    expect(changes.update).toEqual([]);
    expect(changes.resolve).toEqual([]);
  });

  it('keeps id and status across recomputation and changes nothing when nothing changed', () => {
    const drafts = computeSignals(allianceHistory([9, 9, 9, 7.5]));
    const stored = store([], drafts);
    expect(reconcileSignals(stored, drafts, later)).toEqual(empty);
  });

  it('updates an acknowledged flag’s evidence without reopening it, and escalates the same flag to urgent', () => {
    let stored = store([], computeSignals(allianceHistory([9, 9, 9, 7.5])));
    const id = byKey(stored, 'alliance_drop:s4')?.id;
    stored = setStatus(stored, 'alliance_drop:s4', 'acknowledged');
    stored = store(stored, computeSignals(allianceHistory([9, 9, 9, 7.5, 8])), later);
    expect(byKey(stored, 'alliance_drop:s4')).toMatchObject({
      id,
      status: 'acknowledged',
      severity: 'warning',
      evidence: { followUpScores: [8] },
    });

    const changes = reconcileSignals(
      stored,
      computeSignals(allianceHistory([9, 9, 9, 7.5, 8, 8.2])),
      later,
    );
    expect(changes.update.find((u) => u.ruleKey === 'alliance_drop:s4')).toMatchObject({
      id,
      severity: 'urgent',
      escalated: true,
    });
    stored = applySignalChanges(stored, changes, (_, i) => `new${i}`);
    expect(byKey(stored, 'alliance_drop:s4')).toMatchObject({
      id,
      status: 'acknowledged',
      severity: 'urgent',
    });
  });

  it('resolves a drop that was repaired, saying why, and adds the repair', () => {
    const stored = store([], computeSignals(allianceHistory([9, 9, 9, 7.5])));
    const changes = reconcileSignals(
      stored,
      computeSignals(allianceHistory([9, 9, 9, 7.5, 9.4])),
      later,
    );
    expect(changes.resolve.map((r) => [r.ruleKey, r.resolution.reason, r.resolvedAt])).toEqual([
      ['alliance_drop:s4', 'repaired', later],
      ['low_alliance:s4', 'recovered', later],
    ]);
    expect(changes.insert.map((s) => [s.ruleKey, s.status])).toEqual([
      ['rupture_repaired:s4', 'open'],
    ]);
  });

  it('resolves a flag the engine no longer produces as condition_cleared', () => {
    const stored = store([], computeSignals(allianceHistory([8])));
    const changes = reconcileSignals(stored, computeSignals(allianceHistory([9.5])), later);
    expect(changes.resolve).toMatchObject([
      {
        ruleKey: 'low_alliance:s1',
        resolution: {
          reason: 'condition_cleared',
          messageKey: 'signal.resolution.condition_cleared',
        },
      },
    ]);
  });

  it('leaves a resolved flag resolved even when its condition holds again', () => {
    const drafts = computeSignals(allianceHistory([8]));
    const stored = setStatus(store([], drafts), 'low_alliance:s1', 'resolved');
    expect(reconcileSignals(stored, drafts, later)).toEqual(empty);
  });
});

describe('reconcileSignals (properties)', () => {
  /** A history, and for each session a choice of what the therapist does with open flags. */
  const story = historyArbitrary().chain((history) =>
    fc.tuple(
      fc.constant(history),
      fc.array(fc.constantFrom('nothing', 'acknowledge', 'resolve'), {
        minLength: history.sessions.length,
        maxLength: history.sessions.length,
      }),
    ),
  );
  const rank: Record<SignalStatus, number> = { open: 0, acknowledged: 1, resolved: 2 };

  it('is idempotent: reconciling the same drafts twice changes nothing the second time', () => {
    fc.assert(
      fc.property(historyArbitrary(), historyArbitrary(), (before, after) => {
        const stored = store([], computeSignals(before));
        const drafts = computeSignals(after);
        const once = store(stored, drafts, later);
        expect(reconcileSignals(once, drafts, later)).toEqual(empty);
      }),
    );
  });

  it('over a whole engagement never changes an id, never reopens, and never moves a status backwards', () => {
    fc.assert(
      fc.property(story, ([history, actions]) => {
        let stored: StoredSignal[] = [];
        const ids = new Map<string, string>();
        history.sessions.forEach((_, k) => {
          const previous = new Map(stored.map((s) => [s.id, s]));
          stored = store(stored, computeSignals(historyUpTo(history, k + 1)), later);
          for (const signal of stored) {
            const known = ids.get(signal.ruleKey);
            if (known) expect(signal.id).toBe(known);
            ids.set(signal.ruleKey, signal.id);
            const before = previous.get(signal.id);
            if (before) expect(rank[signal.status]).toBeGreaterThanOrEqual(rank[before.status]);
          }
          expect(stored.length).toBeGreaterThanOrEqual(previous.size);
          expect(new Set(stored.map((s) => s.ruleKey)).size).toBe(stored.length);
          // The therapist acts on the open flags.
          const action = actions[k];
          if (action === 'acknowledge' || action === 'resolve') {
            const status = action === 'acknowledge' ? 'acknowledged' : 'resolved';
            stored = stored.map((s) => (s.status === 'open' ? { ...s, status } : s));
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('the stored open flags after reconciling are exactly the drafts still holding (for a fresh store)', () => {
    fc.assert(
      fc.property(historyArbitrary(), (history) => {
        const drafts = computeSignals(history);
        const stored = store([], drafts);
        expect(
          stored
            .filter((s) => s.status === 'open')
            .map((s) => s.ruleKey)
            .sort(),
        ).toEqual(drafts.filter((d) => d.resolution === null).map((d) => d.ruleKey));
      }),
    );
  });
});
