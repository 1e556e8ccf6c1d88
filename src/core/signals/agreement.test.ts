import { describe, expect, it } from 'vitest';
import { computeSignals } from './engine';
import { allianceCheckin, goalRating, session } from './test-factory';
import type { EngagementHistory, GoalRatingRecord, SignalDraft } from './types';

const gaps = (history: EngagementHistory): SignalDraft[] =>
  computeSignals(history).filter((d) => d.kind === 'agreement_gap');

function pairs(list: [client: number, therapist: number][]): EngagementHistory {
  return {
    sessions: list.map((_, i) => session(i + 1)),
    checkins: list.flatMap(([client, therapist], i) => [
      allianceCheckin(i + 1, client),
      allianceCheckin(i + 1, therapist, { respondent: 'therapist' }),
    ]),
    goalRatings: [],
  };
}

const goals = (ratings: GoalRatingRecord[]): EngagementHistory => ({
  sessions: [1, 2, 3, 4].map((n) => session(n)),
  checkins: [],
  goalRatings: ratings,
});

describe('agreement_gap on the alliance', () => {
  it('fires when the therapist rates the same session 2.0 or more higher', () => {
    expect(gaps(pairs([[7.5, 9.5]]))).toMatchObject([
      {
        ruleKey: 'agreement_gap:alliance:s1',
        severity: 'warning',
        sessionId: 's1',
        evidence: {
          rule: 'alliance',
          client: 7.5,
          therapist: 9.5,
          gap: 2,
          threshold: 2,
          clientCheckinId: 'a1',
          therapistCheckinId: 't1',
        },
      },
    ]);
    expect(gaps(pairs([[7.6, 9.5]]))).toHaveLength(0);
  });

  it('does not fire when the client is the one who rates higher', () => {
    expect(gaps(pairs([[9.8, 6]]))).toHaveLength(0);
  });

  it('compares only ratings of the same session', () => {
    const history = pairs([[9.5, 9.5]]);
    const shifted: EngagementHistory = {
      ...history,
      sessions: [session(1), session(2)],
      checkins: [allianceCheckin(1, 7), allianceCheckin(2, 9.5, { respondent: 'therapist' })],
    };
    expect(gaps(shifted)).toHaveLength(0);
  });

  it('keeps the latest gap open and resolves earlier ones', () => {
    const drafts = gaps(
      pairs([
        [7, 9.5],
        [7, 9.5],
        [9, 9.5],
        [6, 9],
      ]),
    );
    expect(drafts.map((d) => [d.ruleKey, d.resolution?.reason ?? 'open'])).toEqual([
      ['agreement_gap:alliance:s1', 'superseded'],
      ['agreement_gap:alliance:s2', 'gap_closed'],
      ['agreement_gap:alliance:s4', 'open'],
    ]);
    expect(drafts[1]?.resolution).toMatchObject({ sessionId: 's3', params: { gap: 0.5 } });
  });
});

describe('agreement_gap on goals', () => {
  it('fires when the latest progress ratings are 3 or more apart, either way', () => {
    const clientHigher = gaps(
      goals([goalRating('r1', 'g1', 1, 'client', 8), goalRating('r2', 'g1', 1, 'therapist', 5)]),
    );
    expect(clientHigher).toMatchObject([
      {
        ruleKey: 'agreement_gap:goal_progress:g1:r2',
        sessionId: 's1',
        resolution: null,
        evidence: {
          rule: 'goal_progress',
          goalId: 'g1',
          client: 8,
          therapist: 5,
          gap: 3,
          threshold: 3,
        },
      },
    ]);
    expect(
      gaps(
        goals([goalRating('r1', 'g1', 1, 'client', 2), goalRating('r2', 'g1', 1, 'therapist', 5)]),
      ),
    ).toHaveLength(1);
    expect(
      gaps(
        goals([
          goalRating('r1', 'g1', 1, 'client', 2.1),
          goalRating('r2', 'g1', 1, 'therapist', 5),
        ]),
      ),
    ).toHaveLength(0);
  });

  it('compares agreement with the goal when both sides gave one', () => {
    const drafts = gaps(
      goals([
        goalRating('r1', 'g1', 1, 'client', 5, 3),
        goalRating('r2', 'g1', 1, 'therapist', 5, 9),
      ]),
    );
    expect(drafts).toMatchObject([
      {
        ruleKey: 'agreement_gap:goal_agreement:g1:r2',
        evidence: { rule: 'goal_agreement', gap: 6 },
      },
    ]);
    expect(
      gaps(
        goals([
          goalRating('r1', 'g1', 1, 'client', 5, 3),
          goalRating('r2', 'g1', 1, 'therapist', 5, null),
        ]),
      ),
    ).toHaveLength(0);
  });

  it('never compares ratings of different goals, and resolves once the two come closer', () => {
    expect(
      gaps(
        goals([goalRating('r1', 'g1', 1, 'client', 9), goalRating('r2', 'g2', 1, 'therapist', 2)]),
      ),
    ).toHaveLength(0);
    const closed = gaps(
      goals([
        goalRating('r1', 'g1', 1, 'client', 2),
        goalRating('r2', 'g1', 1, 'therapist', 6),
        goalRating('r3', 'g1', 3, 'client', 5),
      ]),
    );
    expect(closed).toMatchObject([
      {
        ruleKey: 'agreement_gap:goal_progress:g1:r2',
        resolution: { reason: 'gap_closed', sessionId: 's3', params: { gap: 1 } },
      },
    ]);
  });
});
