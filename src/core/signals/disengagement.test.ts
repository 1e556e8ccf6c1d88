import { describe, expect, it } from 'vitest';
import { computeSignals } from './engine';
import { allianceCheckin, at, session, wellbeingCheckin } from './test-factory';
import type { CheckinRecord, EngagementHistory, SessionRecord, SignalDraft } from './types';

const disengagement = (history: EngagementHistory, asOf?: string): SignalDraft[] =>
  computeSignals(history, undefined, { asOf: asOf ?? null }).filter(
    (d) => d.kind === 'disengagement',
  );
const rules = (drafts: SignalDraft[]) =>
  drafts.map((d) => [d.ruleKey, d.resolution?.reason ?? 'open']);

/** Sessions with these outcomes, and a good check-in for every attended one. */
function attendance(
  statuses: (SessionRecord['status'] | [SessionRecord['status'], 'client' | 'therapist'])[],
): EngagementHistory {
  const sessions = statuses.map((s, i) =>
    Array.isArray(s) ? session(i + 1, s[0], s[1]) : session(i + 1, s),
  );
  return {
    sessions,
    checkins: sessions.flatMap((s, i) =>
      s.status === 'attended' ? [allianceCheckin(i + 1, 9.6)] : [],
    ),
    goalRatings: [],
  };
}

describe('disengagement: cancellations and no-shows', () => {
  it('fires at 2 client cancellations or no-shows among the last 4 sessions', () => {
    const drafts = disengagement(
      attendance(['attended', ['cancelled', 'client'], 'attended', 'no_show']),
    );
    expect(drafts).toMatchObject([
      {
        ruleKey: 'disengagement:cancellations:s4',
        sessionId: 's4',
        resolution: null,
        evidence: {
          rule: 'cancellations',
          count: 2,
          window: 4,
          missedSessionIds: ['s2', 's4'],
          statuses: ['cancelled', 'no_show'],
        },
      },
    ]);
    expect(
      disengagement(attendance(['attended', ['cancelled', 'client'], 'attended', 'attended'])),
    ).toHaveLength(0);
  });

  it('does not count cancellations by the therapist', () => {
    expect(
      disengagement(
        attendance([
          ['cancelled', 'therapist'],
          ['late_cancelled', 'therapist'],
          'attended',
          'attended',
        ]),
      ),
    ).toHaveLength(0);
    expect(
      disengagement(
        attendance([
          ['cancelled', 'therapist'],
          ['late_cancelled', 'client'],
          'attended',
          'attended',
        ]),
      ),
    ).toHaveLength(0);
  });

  it('leaves sessions the therapist cancelled out of the window of the client’s last 4', () => {
    const drafts = disengagement(
      attendance([
        ['cancelled', 'client'],
        ['cancelled', 'therapist'],
        ['late_cancelled', 'therapist'],
        'attended',
        'no_show',
      ]),
    );
    expect(drafts.map((d) => [d.ruleKey, d.evidence.window, d.evidence.missedSessionIds])).toEqual([
      ['disengagement:cancellations:s5', 3, ['s1', 's5']],
    ]);
  });

  it('counts a cancellation without cancelledBy as the client’s, and ignores sessions not held yet', () => {
    expect(rules(disengagement(attendance(['cancelled', 'late_cancelled', 'scheduled'])))).toEqual([
      ['disengagement:cancellations:s2', 'open'],
    ]);
  });

  it('resolves once the missed sessions fall out of the window', () => {
    const drafts = disengagement(
      attendance([
        ['cancelled', 'client'],
        'no_show',
        'attended',
        'attended',
        'attended',
        'attended',
      ]),
    );
    expect(rules(drafts)).toEqual([['disengagement:cancellations:s2', 'attendance_recovered']]);
    expect(drafts[0]?.resolution?.sessionId).toBe('s5');
  });
});

describe('disengagement: a late cancellation or no-show right after a low or dropping score', () => {
  const history = (
    scores: number[],
    last: SessionRecord['status'],
    by: 'client' | 'therapist' | null = null,
  ): EngagementHistory => ({
    sessions: [...scores.map((_, i) => session(i + 1)), session(scores.length + 1, last, by)],
    checkins: scores.map((score, i) => allianceCheckin(i + 1, score)),
    goalRatings: [],
  });

  it('fires for a late cancellation after a low score and for a no-show after a drop', () => {
    expect(disengagement(history([9.5, 8.5], 'late_cancelled'))).toMatchObject([
      {
        ruleKey: 'disengagement:after_low:s3',
        evidence: {
          rule: 'late_cancel_after_low',
          previousSessionId: 's2',
          previousScore: 8.5,
          previousLow: true,
        },
      },
    ]);
    const drop = disengagement(history([10, 10, 9], 'no_show'));
    expect(drop).toMatchObject([
      { evidence: { rule: 'no_show_after_low', previousLow: false, previousDrop: true } },
    ]);
  });

  it('does not fire after a good score, for an ordinary cancellation, or when the therapist cancelled', () => {
    expect(disengagement(history([9.5, 9.6], 'no_show'))).toHaveLength(0);
    expect(disengagement(history([9.5, 8.5], 'cancelled'))).toHaveLength(0);
    expect(disengagement(history([9.5, 8.5], 'late_cancelled', 'therapist'))).toHaveLength(0);
  });

  it('resolves when the client comes to a later session', () => {
    const base = history([9.5, 8.5], 'no_show');
    const back: EngagementHistory = {
      ...base,
      sessions: [...base.sessions, session(4)],
      checkins: [...base.checkins, allianceCheckin(4, 9.5)],
    };
    expect(rules(disengagement(back))).toEqual([['disengagement:after_low:s3', 'attended_again']]);
  });
});

describe('disengagement: check-ins not completed', () => {
  const sessions = [1, 2, 3, 4].map((n) => session(n));
  const withCheckins = (ns: number[], extra: CheckinRecord[] = []): EngagementHistory => ({
    sessions,
    checkins: [...ns.map((n) => allianceCheckin(n, 9.5)), ...extra],
    goalRatings: [],
  });

  it('fires for two attended sessions in a row without a check-in, once a later one is attended', () => {
    expect(disengagement(withCheckins([1, 4]))).toMatchObject([
      {
        ruleKey: 'disengagement:missed_checkins:s3',
        sessionId: 's3',
        evidence: { rule: 'missed_checkins', count: 2, sessionIds: ['s2', 's3'] },
      },
    ]);
    expect(disengagement(withCheckins([1, 3, 4]))).toHaveLength(0);
  });

  it('treats the latest session as pending until the grace period has passed', () => {
    expect(disengagement(withCheckins([1, 2]))).toHaveLength(0);
    expect(disengagement(withCheckins([1, 2]), at(4, 71))).toHaveLength(0);
    expect(rules(disengagement(withCheckins([1, 2]), at(4, 72)))).toEqual([
      ['disengagement:missed_checkins:s4', 'open'],
    ]);
  });

  it('counts any check-in by the client, and resolves once one is completed again', () => {
    expect(
      disengagement(withCheckins([1, 4], [wellbeingCheckin(2, 20), wellbeingCheckin(3, 20)])),
    ).toHaveLength(0);
    const five: EngagementHistory = {
      sessions: [...sessions, session(5)],
      checkins: [1, 5].map((n) => allianceCheckin(n, 9.5)),
      goalRatings: [],
    };
    expect(rules(disengagement(five))).toEqual([
      ['disengagement:missed_checkins:s3', 'checkin_completed'],
    ]);
  });
});

describe('disengagement: flat ticking', () => {
  const ticks = (scores: number[], comments: number[] = []): EngagementHistory => ({
    sessions: scores.map((_, i) => session(i + 1)),
    checkins: scores.map((score, i) =>
      allianceCheckin(i + 1, score, { comment: comments.includes(i + 1) }),
    ),
    goalRatings: [],
  });

  it('fires when the last three check-ins are identical with no comment, after varied ones', () => {
    expect(disengagement(ticks([9.2, 9.6, 10, 10, 10]))).toMatchObject([
      {
        ruleKey: 'disengagement:flat_ticking:s5',
        evidence: {
          rule: 'flat_ticking',
          count: 3,
          answers: [10, 10, 10, 10, 10],
          checkinIds: ['a3', 'a4', 'a5'],
        },
        resolution: null,
      },
    ]);
  });

  it('does not fire after two identical check-ins, with a comment, or when answers never varied', () => {
    expect(disengagement(ticks([9.2, 10, 10]))).toHaveLength(0);
    expect(disengagement(ticks([9.2, 10, 10, 10], [3]))).toHaveLength(0);
    expect(disengagement(ticks([10, 10, 10, 10]))).toHaveLength(0);
  });

  it('a comment on the first of the run starts the run one later', () => {
    expect(disengagement(ticks([9.2, 10, 10, 10, 10], [2])).map((d) => d.ruleKey)).toEqual([
      'disengagement:flat_ticking:s5',
    ]);
  });

  it('resolves when the answers vary again', () => {
    expect(rules(disengagement(ticks([9.2, 10, 10, 10, 9.8])))).toEqual([
      ['disengagement:flat_ticking:s4', 'answers_varied'],
    ]);
  });
});
