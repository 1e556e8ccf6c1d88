import { describe, expect, it } from 'vitest';
import { computeSignals } from './engine';
import { allianceCheckin, at, session } from './test-factory';
import type { ScreeningFinding } from '../screening/types';
import type { EngagementHistory, SignalDraft } from './types';

const comments = (history: EngagementHistory): SignalDraft[] =>
  computeSignals(history).filter((d) =>
    ['comment_rupture', 'red_flag', 'comment_risk'].includes(d.kind),
  );

const withFindings = (
  findings: ScreeningFinding[],
  respondent: 'client' | 'therapist' = 'client',
): EngagementHistory => ({
  sessions: [session(1)],
  checkins: [allianceCheckin(1, 9.8, { findings, respondent })],
  goalRatings: [],
});

describe('comment screening flags', () => {
  it('risk language raises an urgent flag quoting the sentence', () => {
    const sentence = 'Some days I think everyone would be better off without me.';
    expect(comments(withFindings([{ label: 'risk', sentence, cue: 'burden' }]))).toEqual([
      {
        ruleKey: 'comment_risk:checkin:a1',
        kind: 'comment_risk',
        severity: 'urgent',
        sessionId: 's1',
        resolution: null,
        evidence: {
          rule: 'risk',
          source: 'checkin',
          checkinId: 'a1',
          quote: sentence,
          quotes: [sentence],
          cues: ['burden'],
          labels: ['risk'],
          messageKey: 'signal.comment_risk.reason.checkin',
          params: { quote: sentence },
        },
      },
    ]);
  });

  it('rupture markers of both kinds make one warning per comment; a red flag is its own warning', () => {
    const drafts = comments(
      withFindings([
        { label: 'rupture_confrontation', sentence: 'You never listen.', cue: 'not_listened' },
        { label: 'red_flag', sentence: 'They asked me out for a drink.', cue: 'dual_relationship' },
        {
          label: 'rupture_withdrawal',
          sentence: 'Maybe I should stop coming.',
          cue: 'wants_to_stop',
        },
      ]),
    );
    expect(drafts.map((d) => [d.ruleKey, d.severity, d.evidence.rule, d.evidence.quote])).toEqual([
      ['comment_rupture:checkin:a1', 'warning', 'rupture_confrontation', 'You never listen.'],
      ['red_flag:checkin:a1', 'warning', 'red_flag', 'They asked me out for a drink.'],
    ]);
    expect(drafts[0]?.evidence).toMatchObject({
      quotes: ['You never listen.', 'Maybe I should stop coming.'],
      labels: ['rupture_confrontation', 'rupture_withdrawal'],
      messageKey: 'signal.comment_rupture.reason.confrontation',
    });
  });

  it('no findings, no flag; a therapist’s check-in is not screened into flags', () => {
    expect(comments(withFindings([]))).toHaveLength(0);
    expect(
      comments(withFindings([{ label: 'risk', sentence: 'x', cue: 'y' }], 'therapist')),
    ).toHaveLength(0);
  });

  it('screens concerns the client raised', () => {
    const history: EngagementHistory = {
      sessions: [],
      checkins: [],
      goalRatings: [],
      concerns: [
        {
          id: 'c1',
          raisedAt: at(2),
          screening: {
            findings: [
              { label: 'rupture_withdrawal', sentence: 'I feel judged.', cue: 'felt_judged' },
            ],
          },
        },
      ],
    };
    expect(comments(history)).toMatchObject([
      {
        ruleKey: 'comment_rupture:concern:c1',
        sessionId: null,
        evidence: {
          source: 'concern',
          concernId: 'c1',
          messageKey: 'signal.comment_rupture.reason.concern',
        },
      },
    ]);
  });
});
