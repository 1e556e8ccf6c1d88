import { describe, expect, it } from 'vitest';
import { defaultSignalSettings, resolveSignalSettings, signalSettingsSchema } from './settings';

describe('signal settings', () => {
  it('the defaults are DESIGN.md’s and pass their own schema', () => {
    expect(signalSettingsSchema.parse(defaultSignalSettings)).toEqual(defaultSignalSettings);
    expect(defaultSignalSettings).toMatchObject({
      lowAlliance: { scoreBelow: 9, itemAtOrBelow: 6 },
      allianceDrop: { minDrop: 1, k: 1, clinicWithinClientSd: 0.5, recoveryWindow: 2 },
      agreementGap: { alliance: 2, goal: 3 },
      disengagement: { window: 4, minMissed: 2, missedCheckinsInRow: 2, flatCheckins: 3 },
      notOnTrack: { fromCheckin: 3, minModelEngagements: 30, model: null },
    });
  });

  it('merges a clinic’s overrides over the defaults', () => {
    const result = resolveSignalSettings({
      allianceDrop: { k: 2 },
      psychometrics: { 'wellbeing/wellbeing': { cutoff: 24 } },
    });
    expect(result).toMatchObject({
      success: true,
      settings: {
        allianceDrop: { k: 2, minDrop: 1, clinicWithinClientSd: 0.5 },
        psychometrics: { 'wellbeing/wellbeing': { cutoff: 24 } },
      },
    });
    expect(resolveSignalSettings(undefined)).toEqual({
      success: true,
      settings: defaultSignalSettings,
    });
  });

  it('rejects out-of-bounds values and unknown keys with their paths', () => {
    const result = resolveSignalSettings({
      lowAlliance: { scoreBelow: 11 },
      allianceDrop: { recoveryWindow: 1.5 },
      surprise: true,
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.problems.map((p) => p.path).sort()).toEqual([
        '',
        'allianceDrop.recoveryWindow',
        'lowAlliance.scoreBelow',
      ]);
  });

  it('checks the settings together: no more misses than the window holds, a model from at least 30 engagements', () => {
    const tooMany = resolveSignalSettings({ disengagement: { minMissed: 5 } });
    expect(tooMany).toMatchObject({
      success: false,
      problems: [{ path: 'disengagement.minMissed' }],
    });
    expect(resolveSignalSettings({ disengagement: { minMissed: 5, window: 6 } }).success).toBe(
      true,
    );
    expect(resolveSignalSettings({ notOnTrack: { minModelEngagements: 10 } }).success).toBe(false);
  });
});
