import { describe, expect, it } from 'vitest';
import { describeSignal } from './messages';
import { computeSignals } from './engine';
import { applySignalChanges, reconcileSignals } from './reconcile';
import { repairPromptFor } from '../repair';
import { allianceHistory } from './test-factory';
import type { ConcernRecord, EngagementHistory, StoredSignal } from './types';

const now = '2026-03-02T10:00:00+00:00';
const later = '2026-03-09T10:00:00+00:00';

const concern = (over: Partial<ConcernRecord> = {}): ConcernRecord => ({
  id: 'c1',
  raisedAt: now,
  category: 'felt_judged',
  words: null,
  ...over,
});

const withConcerns = (concerns: ConcernRecord[]): EngagementHistory => ({
  ...allianceHistory([9.5, 9.6]),
  concerns,
});

describe('a concern the client shared', () => {
  it('raises a rupture flag from its category alone, with no words', () => {
    const drafts = computeSignals(withConcerns([concern()]));
    const flag = drafts.find((d) => d.ruleKey === 'comment_rupture:concern:c1');
    expect(flag).toMatchObject({
      kind: 'comment_rupture',
      severity: 'warning',
      resolution: null,
      evidence: { rule: 'concern_felt_judged', source: 'concern', category: 'felt_judged' },
    });
    expect(flag?.evidence.quote).toBeUndefined();
    const words = describeSignal(flag!, 'en');
    expect(words.title).toBe('Your client raised a concern');
    expect(words.reason).toContain('I felt judged or criticised');
    expect(describeSignal(flag!, 'fr').reason).toContain('jug');
    expect(repairPromptFor(flag!).key).toBe('confrontation');
  });

  it('quotes the client’s words when they wrote some, and routes the category to its prompt', () => {
    const drafts = computeSignals(
      withConcerns([
        concern({ id: 'c2', category: 'goals', words: '  We never talk about work. ' }),
      ]),
    );
    const flag = drafts.find((d) => d.ruleKey === 'comment_rupture:concern:c2');
    expect(flag?.evidence.quote).toBe('We never talk about work.');
    expect(describeSignal(flag!, 'en').reason).toContain('“We never talk about work.”');
    expect(repairPromptFor(flag!).key).toBe('goals');
  });

  it('makes a boundary concern a red flag that follows the clinic’s protocol', () => {
    const drafts = computeSignals(withConcerns([concern({ id: 'c3', category: 'boundary' })]));
    const flag = drafts.find((d) => d.ruleKey === 'red_flag:concern:c3');
    expect(flag?.kind).toBe('red_flag');
    expect(describeSignal(flag!, 'en').title).toBe('Your client reported a boundary concern');
    expect(repairPromptFor(flag!).followClinicProtocol).toBe(true);
  });

  it('raises nothing for a concern without a category (screening alone decides then)', () => {
    const drafts = computeSignals(withConcerns([concern({ category: undefined })]));
    expect(drafts.some((d) => d.ruleKey.includes('concern:'))).toBe(false);
  });

  it('is never resolved by recomputation, only by the therapist', () => {
    let counter = 0;
    const first = computeSignals(withConcerns([concern()]));
    let stored: StoredSignal[] = applySignalChanges(
      [],
      reconcileSignals([], first, now),
      () => `f${++counter}`,
    );
    const flag = stored.find((s) => s.ruleKey === 'comment_rupture:concern:c1');
    expect(flag?.status).toBe('open');
    // The concern no longer reaches the engine (say, a history loaded without it): still open.
    const changes = reconcileSignals(stored, computeSignals(withConcerns([])), later);
    expect(changes.resolve.map((r) => r.id)).not.toContain(flag?.id);
    stored = applySignalChanges(stored, changes, () => `f${++counter}`);
    expect(stored.find((s) => s.id === flag?.id)?.status).toBe('open');
    // Acknowledged by the therapist, recomputed again: still acknowledged, same id.
    stored = stored.map((s) => (s.id === flag?.id ? { ...s, status: 'acknowledged' } : s));
    const again = reconcileSignals(stored, computeSignals(withConcerns([concern()])), later);
    expect(again.resolve).toEqual([]);
    expect(again.insert.map((s) => s.ruleKey)).not.toContain('comment_rupture:concern:c1');
  });
});
