import { describe, expect, it } from 'vitest';
import { signalsEn } from '../i18n/signals.en';
import { signalsFr } from '../i18n/signals.fr';
import { computeSignals } from './engine';
import { describeSignal } from './messages';
import { allianceCheckin, allianceHistory, session } from './test-factory';

describe('signal messages', () => {
  it('English and French have the same keys and the same placeholders', () => {
    expect(Object.keys(signalsFr).sort()).toEqual(Object.keys(signalsEn).sort());
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(signalsEn)) {
      const french: Readonly<Record<string, string>> = signalsFr;
      expect(names(french[key] ?? ''), key).toEqual(names(text));
    }
  });

  it('reads a low item flag with the item named in the reader’s language', () => {
    const history = {
      sessions: [session(1)],
      checkins: [
        allianceCheckin(1, { heard: 10, goals: 10, approach: 10, safety: 5.5, overall: 10 }),
      ],
      goalRatings: [],
    };
    const [flag] = computeSignals(history);
    if (!flag) throw new Error('expected a flag');
    expect(describeSignal(flag, 'en')).toEqual({
      title: 'Low alliance score',
      reason:
        '“feeling safe to be honest” was rated 5.5 (at or below 6), though the alliance score was 9.1.',
      resolution: null,
    });
    expect(describeSignal(flag, 'fr').reason).toContain(
      '« se sentir libre d’être franc·he » a été noté 5.5',
    );
  });

  it('says why a flag was resolved', () => {
    const drop = computeSignals(allianceHistory([9, 9, 9, 7.5, 9.2])).find(
      (d) => d.kind === 'alliance_drop',
    );
    if (!drop) throw new Error('expected a drop');
    expect(describeSignal(drop, 'en')).toEqual({
      title: 'Alliance dropped',
      reason: 'The alliance fell to 7.5, 1.5 below this client’s running mean of 9 (alert at 1).',
      resolution: 'Repaired: the alliance came back to 9.2, at or above the earlier mean of 9.',
    });
  });
});
