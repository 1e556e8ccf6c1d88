import { describe, expect, it } from 'vitest';
import { rollingMean } from './alliance';
import { computeSignals } from './engine';
import { defaultSignalSettings } from './settings';
import type { SignalSettings } from './settings';
import { allianceHistory } from './test-factory';
import type { SignalDraft } from './types';

const run = (
  scores: Parameters<typeof allianceHistory>[0],
  settings: SignalSettings = defaultSignalSettings,
) => computeSignals(allianceHistory(scores), settings);
const ofKind = (drafts: SignalDraft[], kind: SignalDraft['kind']) =>
  drafts.filter((d) => d.kind === kind);
const open = (drafts: SignalDraft[]) => drafts.filter((d) => d.resolution === null);
const withDrop = (patch: Partial<SignalSettings['allianceDrop']>): SignalSettings => ({
  ...defaultSignalSettings,
  allianceDrop: { ...defaultSignalSettings.allianceDrop, ...patch },
});

const items = (overrides: Record<string, number>) => ({
  heard: 9.5,
  goals: 9.5,
  approach: 9.5,
  safety: 9.5,
  overall: 9.5,
  ...overrides,
});

describe('low_alliance', () => {
  it('fires below 9.0 and not at 9.0', () => {
    expect(ofKind(run([8.99]), 'low_alliance').map((d) => d.evidence.score)).toEqual([8.99]);
    expect(ofKind(run([9]), 'low_alliance')).toHaveLength(0);
    expect(
      ofKind(
        run([items({ heard: 8.6, goals: 8.6, approach: 8.6, safety: 8.6, overall: 9.5 })]),
        'low_alliance',
      ),
    ).toMatchObject([
      {
        ruleKey: 'low_alliance:s1',
        severity: 'warning',
        sessionId: 's1',
        evidence: { rule: 'score', score: 8.78 },
      },
    ]);
    expect(
      ofKind(
        run([items({ heard: 8.5, goals: 8.5, approach: 9, safety: 9.5, overall: 9.5 })]),
        'low_alliance',
      ),
    ).toHaveLength(0);
  });

  it('fires at a score of 8.99 when the score itself is below 9.0', () => {
    // Mean 8.98: just below the threshold.
    const drafts = ofKind(
      run([items({ heard: 8.9, goals: 8.9, approach: 9, safety: 9, overall: 9.1 })]),
      'low_alliance',
    );
    expect(drafts.map((d) => d.evidence.score)).toEqual([8.98]);
  });

  it('fires when any item is 6 or less, even with a high score, and not at 6.1', () => {
    const at6 = ofKind(
      run([items({ safety: 6, heard: 10, goals: 10, approach: 10, overall: 10 })]),
      'low_alliance',
    );
    expect(at6).toMatchObject([
      {
        evidence: {
          rule: 'item',
          lowItems: ['safety'],
          lowestItem: 'safety',
          lowestValue: 6,
          score: 9.2,
        },
      },
    ]);
    expect(at6[0]?.evidence.params).toMatchObject({ item: 'safety', value: 6 });
    expect(
      ofKind(
        run([items({ safety: 6.1, heard: 10, goals: 10, approach: 10, overall: 10 })]),
        'low_alliance',
      ),
    ).toHaveLength(0);
  });

  it('says when both the score and an item are low', () => {
    const drafts = ofKind(run([items({ safety: 4, goals: 8 })]), 'low_alliance');
    expect(drafts).toMatchObject([
      {
        evidence: {
          rule: 'score_and_item',
          messageKey: 'signal.low_alliance.reason.score_and_item',
        },
      },
    ]);
  });

  it('keeps only the latest low check-in open; earlier ones are recovered or superseded', () => {
    const drafts = ofKind(run([8, 7.5, 9.5, 8.5]), 'low_alliance');
    expect(
      drafts.map((d) => [d.ruleKey, d.resolution?.reason ?? 'open', d.evidence.consecutiveLow]),
    ).toEqual([
      ['low_alliance:s1', 'superseded', 1],
      ['low_alliance:s2', 'recovered', 2],
      ['low_alliance:s4', 'open', 1],
    ]);
    expect(drafts[1]?.resolution).toMatchObject({ sessionId: 's3', params: { score: 9.5 } });
  });
});

describe('alliance_drop', () => {
  it('the first session only sets the baseline', () => {
    expect(ofKind(run([2]), 'alliance_drop')).toHaveLength(0);
  });

  it('fires at a drop of exactly 1.0 from the second session on, and not at 0.98', () => {
    expect(ofKind(run([9, 8]), 'alliance_drop')).toMatchObject([
      {
        ruleKey: 'alliance_drop:s2',
        severity: 'warning',
        evidence: { rule: 'drop', runningMean: 9, drop: 1, threshold: 1 },
      },
    ]);
    expect(ofKind(run([9, 8.02]), 'alliance_drop')).toHaveLength(0);
    // Running mean of 8.6 and 9.4 is 9.0 (with binary noise): still exactly a one-point drop.
    expect(ofKind(run([8.6, 9.4, 8]), 'alliance_drop')).toHaveLength(1);
  });

  it('uses the client’s own SD when it is larger, so a variable client is not flagged on every wobble', () => {
    // Earlier 6, 9, 6, 9: mean 7.5, own SD ≈ 1.73 → threshold 1.73.
    expect(ofKind(run([6, 9, 6, 9, 5.9]), 'alliance_drop')).toHaveLength(0);
    const drafts = ofKind(run([6, 9, 6, 9, 5.7]), 'alliance_drop');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.evidence).toMatchObject({
      runningMean: 7.5,
      drop: 1.8,
      threshold: 1.73,
      ownSd: 1.732,
    });
  });

  it('uses the clinic-wide within-client SD when the client’s own is smaller, with k = 2', () => {
    const strict = withDrop({ k: 2, clinicWithinClientSd: 0.8 });
    expect(ofKind(run([9, 9, 9, 7.5], strict), 'alliance_drop')).toHaveLength(0); // needs 1.6
    expect(ofKind(run([9, 9, 9, 7.4], strict), 'alliance_drop')).toMatchObject([
      { evidence: { threshold: 1.6, k: 2, clinicSd: 0.8 } },
    ]);
    // k = 2 with the default clinic SD of 0.5 keeps the 1-point floor.
    expect(ofKind(run([9, 9, 8], withDrop({ k: 2 })), 'alliance_drop')).toHaveLength(1);
  });

  it('a V-shape back to the pre-drop mean at the next session repairs the drop', () => {
    const drafts = run([9, 9, 9, 7.5, 9]);
    expect(ofKind(drafts, 'alliance_drop')).toMatchObject([
      {
        ruleKey: 'alliance_drop:s4',
        severity: 'warning',
        resolution: { reason: 'repaired', sessionId: 's5' },
      },
    ]);
    expect(ofKind(drafts, 'rupture_repaired')).toMatchObject([
      {
        ruleKey: 'rupture_repaired:s4',
        severity: 'info',
        sessionId: 's5',
        resolution: null,
        evidence: {
          dropScore: 7.5,
          preDropMean: 9,
          repairedScore: 9,
          sessionsToRepair: 1,
          messageKey: 'signal.rupture_repaired.reason.next',
        },
      },
    ]);
  });

  it('a return within two sessions still counts as a repair', () => {
    const drafts = run([9, 9, 9, 7.5, 8, 9.1]);
    expect(ofKind(drafts, 'alliance_drop')[0]?.resolution?.reason).toBe('repaired');
    expect(ofKind(drafts, 'rupture_repaired')[0]?.evidence).toMatchObject({
      sessionsToRepair: 2,
      messageKey: 'signal.rupture_repaired.reason.later',
    });
  });

  it('a return to just under the pre-drop mean is not a repair', () => {
    expect(ofKind(run([9, 9, 9, 7.5, 8.98]), 'rupture_repaired')).toHaveLength(0);
  });

  it('stays a warning while the two sessions after it are pending, and becomes urgent once both pass unrecovered', () => {
    expect(open(ofKind(run([9, 9, 9, 7.5, 8]), 'alliance_drop'))).toMatchObject([
      { severity: 'warning', evidence: { rule: 'drop' } },
    ]);
    const urgent = ofKind(run([9, 9, 9, 7.5, 8, 8.2]), 'alliance_drop');
    expect(urgent).toMatchObject([
      {
        ruleKey: 'alliance_drop:s4',
        severity: 'urgent',
        resolution: null,
        evidence: {
          rule: 'unrecovered',
          followUpScores: [8, 8.2],
          latestScore: 8.2,
          messageKey: 'signal.alliance_drop.reason.unrecovered',
        },
      },
    ]);
  });

  it('a late return resolves the urgent drop as recovered, without the repair credit', () => {
    const drafts = run([9, 9, 9, 7.5, 8, 8.2, 9.2]);
    expect(ofKind(drafts, 'alliance_drop')).toMatchObject([
      { severity: 'urgent', resolution: { reason: 'recovered', sessionId: 's7' } },
    ]);
    expect(ofKind(drafts, 'rupture_repaired')).toHaveLength(0);
  });

  it('a further fall during an open drop belongs to that drop; a new drop after a repair is a new flag', () => {
    expect(ofKind(run([9, 9, 7.5, 6]), 'alliance_drop').map((d) => d.ruleKey)).toEqual([
      'alliance_drop:s3',
    ]);
    expect(ofKind(run([9, 9, 7.5, 9.2, 7]), 'alliance_drop').map((d) => d.ruleKey)).toEqual([
      'alliance_drop:s3',
      'alliance_drop:s5',
    ]);
  });
});

describe('rollingMean', () => {
  it('averages each session with up to three before it', () => {
    expect(rollingMean([8, 9, 10, 9, 6])).toEqual([8, 8.5, 9, 9, 8.5]);
    expect(rollingMean([])).toEqual([]);
  });
});
