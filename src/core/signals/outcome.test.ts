import { describe, expect, it } from 'vitest';
import { builtinInstruments } from '../instruments/builtins';
import type { Instrument } from '../instruments/types';
import { computeSignals } from './engine';
import { defaultSignalSettings } from './settings';
import type { SignalSettings } from './settings';
import { at, session, wellbeingHistory } from './test-factory';
import type { EngagementHistory, SignalDraft } from './types';

const ofKind = (drafts: SignalDraft[], kind: SignalDraft['kind']) =>
  drafts.filter((d) => d.kind === kind);
const change = (scores: number[], settings: SignalSettings = defaultSignalSettings) =>
  ofKind(computeSignals(wellbeingHistory(scores), settings), 'reliable_change');
const track = (scores: number[], settings: SignalSettings = defaultSignalSettings) =>
  ofKind(computeSignals(wellbeingHistory(scores), settings), 'not_on_track');

describe('reliable_change on well-being', () => {
  it('an improvement of exactly 5 from intake is reliable; 4.9 is not', () => {
    expect(change([26, 31])).toMatchObject([
      {
        ruleKey: 'reliable_change:wellbeing/wellbeing:improved:s2',
        severity: 'info',
        sessionId: 's2',
        resolution: null,
        evidence: {
          rule: 'improved',
          intake: 26,
          score: 31,
          change: 5,
          threshold: 5,
          cutoff: 25,
          category: 'improved',
          crossedCutoff: false,
        },
      },
    ]);
    expect(change([26, 30.9])).toHaveLength(0);
  });

  it('says recovered when the improvement crosses the cutoff out of the clinical range', () => {
    expect(change([19, 22, 25])).toMatchObject([
      {
        ruleKey: 'reliable_change:wellbeing/wellbeing:improved:s3',
        evidence: {
          rule: 'recovered',
          category: 'recovered',
          crossedCutoff: true,
          messageKey: 'signal.reliable_change.reason.recovered',
        },
      },
    ]);
  });

  it('a reliable deterioration is a warning', () => {
    expect(change([30, 27, 24])).toMatchObject([
      {
        ruleKey: 'reliable_change:wellbeing/wellbeing:deteriorated:s3',
        severity: 'warning',
        evidence: {
          rule: 'deteriorated',
          change: -6,
          category: 'deteriorated',
          crossedCutoff: true,
        },
      },
    ]);
  });

  it('is measured from the first well-being check-in, whatever order the data came in', () => {
    const history = wellbeingHistory([20, 21, 26]);
    const reversed: EngagementHistory = {
      ...history,
      checkins: [...history.checkins].reverse(),
      sessions: [...history.sessions].reverse(),
    };
    expect(computeSignals(reversed)).toEqual(computeSignals(history));
    expect(change([20, 21, 26])[0]?.evidence).toMatchObject({ intake: 20, intakeSessionId: 's1' });
  });

  it('follows the stretch during which the change holds, and opens a new flag when it returns', () => {
    const drafts = change([20, 26, 27, 22, 26]);
    expect(drafts.map((d) => [d.ruleKey, d.resolution?.reason ?? 'open'])).toEqual([
      ['reliable_change:wellbeing/wellbeing:improved:s2', 'no_longer_reliable'],
      ['reliable_change:wellbeing/wellbeing:improved:s5', 'open'],
    ]);
    expect(drafts[0]?.evidence).toMatchObject({ score: 27, change: 7 });
    expect(drafts[0]?.resolution).toMatchObject({ sessionId: 's4', params: { change: '+2' } });
  });

  it('uses a clinic’s cutoff and threshold overrides', () => {
    const settings: SignalSettings = {
      ...defaultSignalSettings,
      psychometrics: { 'wellbeing/wellbeing': { reliableChange: 3, cutoff: 22 } },
    };
    expect(change([20, 23], settings)).toMatchObject([
      { evidence: { threshold: 3, cutoff: 22, category: 'recovered' } },
    ]);
  });

  it('does not fire on the alliance, which has no SD or reliability', () => {
    const history: EngagementHistory = {
      sessions: [session(1), session(2)],
      checkins: [1, 2].map((n) => ({
        id: `a${n}`,
        sessionId: `s${n}`,
        instrumentId: 'alliance',
        respondent: 'client' as const,
        submittedAt: at(n, 1),
        answers: {},
        scores: { alliance: n === 1 ? 2 : 10 },
        hasComment: false,
      })),
      goalRatings: [],
    };
    expect(ofKind(computeSignals(history), 'reliable_change')).toHaveLength(0);
  });
});

describe('reliable_change on an imported scale', () => {
  const stress: Instrument = {
    id: 'stress-check',
    url: 'https://clinic.example/fhir/Questionnaire/stress-check',
    status: 'active',
    language: 'en',
    title: { en: 'Stress' },
    respondent: 'client',
    items: [
      {
        id: 'tense',
        type: 'integer',
        min: 0,
        max: 12,
        decimals: 0,
        text: { en: 'Tense?' },
        lower: { en: 'No' },
        upper: { en: 'Very' },
      },
    ],
    // Threshold 1.96 · 2.5 · √2 · √0.15 ≈ 2.68; lower is better; clinical above 6.
    scales: [
      {
        id: 'stress',
        items: ['tense'],
        method: 'sum',
        direction: 'lower-is-better',
        reversed: [],
        min: 0,
        max: 12,
        sd: 2.5,
        reliability: 0.85,
        cutoff: 6,
      },
    ],
  };
  const history = (scores: number[]): EngagementHistory => ({
    sessions: scores.map((_, i) => session(i + 1)),
    checkins: scores.map((score, i) => ({
      id: `x${i + 1}`,
      sessionId: `s${i + 1}`,
      instrumentId: 'stress-check',
      respondent: 'client' as const,
      submittedAt: at(i + 1, 1),
      answers: { tense: score },
      scores: { stress: score },
      hasComment: false,
    })),
    goalRatings: [],
  });
  const run = (scores: number[]) =>
    ofKind(
      computeSignals(history(scores), undefined, { instruments: [...builtinInstruments, stress] }),
      'reliable_change',
    );

  it('uses 1.96 · SD · √2 · √(1 − r) and the scale’s direction', () => {
    expect(run([9, 6])).toMatchObject([
      {
        ruleKey: 'reliable_change:stress-check/stress:improved:s2',
        evidence: { rule: 'recovered', change: -3, threshold: 2.68, category: 'recovered' },
      },
    ]);
    expect(run([9, 6.5])).toHaveLength(0);
    expect(run([3, 6])).toMatchObject([
      { severity: 'warning', evidence: { rule: 'deteriorated' } },
    ]);
  });

  it('is not computed for instruments the clinic does not have', () => {
    expect(ofKind(computeSignals(history([9, 2])), 'reliable_change')).toHaveLength(0);
  });
});

describe('not_on_track', () => {
  // Default curve for an intake of 20: 20 + 0.15 · (40 − 20) · ln(1 + t); at check-in 3 (t = 2) ≈ 23.30.
  it('fires from the third check-in when well-being is more than the reliable change below the expected path', () => {
    expect(track([20, 20, 18.2])).toMatchObject([
      {
        ruleKey: 'not_on_track:wellbeing/wellbeing:s3',
        severity: 'warning',
        sessionId: 's3',
        evidence: {
          rule: 'below_expected',
          checkinNumber: 3,
          intake: 20,
          score: 18.2,
          expected: 23.3,
          threshold: 5,
          model: 'default',
          modelEngagements: 0,
        },
      },
    ]);
    expect(track([20, 20, 18.3])).toHaveLength(0);
  });

  it('never fires before the third check-in', () => {
    expect(track([20, 5])).toHaveLength(0);
    expect(track([20, 5, 5]).map((d) => d.ruleKey)).toEqual([
      'not_on_track:wellbeing/wellbeing:s3',
    ]);
  });

  it('resolves when the client is back within the expected band', () => {
    expect(
      track([20, 20, 15, 16, 24]).map((d) => [
        d.ruleKey,
        d.resolution?.reason ?? 'open',
        d.evidence.checkinNumber,
      ]),
    ).toEqual([['not_on_track:wellbeing/wellbeing:s3', 'back_on_track', 4]]);
  });

  it('uses the clinic’s model only when it was learned from at least 30 engagements', () => {
    const withModel = (engagements: number): SignalSettings => ({
      ...defaultSignalSettings,
      notOnTrack: {
        ...defaultSignalSettings.notOnTrack,
        model: { engagements, intercept: 10, slope: -0.2 },
      },
    });
    // Clinic curve at t = 2: 20 + (10 − 0.2 · 20) · ln 3 ≈ 26.59, so 21 is off track; by default it is not.
    expect(track([20, 22, 21], withModel(30))).toMatchObject([
      { evidence: { model: 'clinic', modelEngagements: 30, expected: 26.59 } },
    ]);
    expect(track([20, 22, 21], withModel(29))).toHaveLength(0);
  });
});
