import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { matchingEn } from '../i18n/matching.en';
import { matchingFr } from '../i18n/matching.fr';
import { characteristicPreferenceKeys, labelledCodes } from './codes';
import { codeLabel, describeReason, reasonKey } from './describe';
import { prepareProfiles, rankTherapists } from './rank';
import { reasonCodes } from './schema';
import type { Reason } from './schema';
import { now, profilesArb, requestArb } from './test-factory';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the matching catalogue', () => {
  it('names every code in English and French', () => {
    for (const [kind, codes] of Object.entries(labelledCodes))
      for (const code of codes) {
        const key = `${kind}.${code}`;
        expect(matchingEn, key).toHaveProperty([key]);
        expect(matchingFr, key).toHaveProperty([key]);
      }
  });

  it('has a sentence for every reason, met and unmet, with the same placeholders in French', () => {
    const keys = reasonCodes.flatMap((code) =>
      code === 'preference_met'
        ? characteristicPreferenceKeys.map((key) => `preference_met.${key}`)
        : [code],
    );
    for (const side of ['reason', 'unmet'])
      for (const key of keys) expect(matchingEn, key).toHaveProperty([`match.${side}.${key}`]);
    for (const [key, english] of Object.entries(matchingEn)) {
      const french: string = matchingFr[key as keyof typeof matchingFr];
      expect(french.trim(), key).not.toBe('');
      expect(placeholders(french), key).toEqual(placeholders(english));
    }
  });

  it('is merged into the main catalogue without any other key overriding its messages', () => {
    const enMain: Record<string, string> = en;
    const frMain: Record<string, string> = fr;
    const frMatching: Record<string, string> = matchingFr;
    for (const [key, text] of Object.entries(matchingEn)) {
      expect(enMain[key], key).toBe(text);
      expect(frMain[key], key).toBe(frMatching[key]);
    }
  });
});

describe('describing a reason', () => {
  it('fills codes with their names in the reader’s language', () => {
    const reason: Reason = { code: 'works_with_concern', params: { concern: 'anxiety' } };
    expect(describeReason(reason, 'en')).toBe('Works with anxiety');
    expect(describeReason(reason, 'fr')).toBe('Accompagne : anxiété');
    expect(describeReason(reason, 'en', 'unmet')).toBe('Does not list anxiety');
    const gender: Reason = {
      code: 'preference_met',
      params: { key: 'gender', value: 'non_binary' },
    };
    expect(describeReason(gender, 'en')).toBe('Gender: non-binary, as you preferred');
    expect(describeReason(gender, 'fr')).toBe('Genre : non binaire, comme vous le souhaitiez');
    const years: Reason = {
      code: 'preference_met',
      params: { key: 'yearsPracticeMin', value: 10 },
    };
    expect(describeReason(years, 'en', 'unmet')).toBe(
      'Not listed with 10 or more years in practice',
    );
    expect(reasonKey(years, 'unmet')).toBe('match.unmet.preference_met.yearsPracticeMin');
    expect(codeLabel('spokenLanguage', 'cmn', 'fr')).toBe('mandarin');
    expect(codeLabel('concern', 'legacy_code', 'fr')).toBe('legacy_code');
  });

  it('leaves no placeholder unfilled in any reason the ranking gives', () => {
    fc.assert(
      fc.property(requestArb, profilesArb(), (r, profiles) => {
        for (const result of rankTherapists(r, prepareProfiles(profiles), { now }))
          for (const locale of ['en', 'fr'] as const) {
            for (const reason of result.reasons)
              expect(describeReason(reason, locale)).not.toMatch(/[{}]|\w\.\w/);
            for (const item of result.unmet)
              expect(describeReason(item, locale, 'unmet')).not.toMatch(/[{}]|\w\.\w/);
          }
      }),
    );
  });
});
