import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concernCodes } from './codes';
import { matchRequest, matchResult, therapistCharacteristics } from './schema';
import { requestArb } from './test-factory';

const fails = (body: unknown) => !matchRequest.safeParse(body).success;

describe('the POST /match body', () => {
  it('accepts an empty body and fills in the defaults', () => {
    expect(matchRequest.parse({})).toEqual({
      concerns: [],
      approaches: [],
      languages: [],
      mode: 'either',
      preferences: {},
    });
  });

  it('accepts every request the tests generate, unchanged', () => {
    fc.assert(
      fc.property(requestArb, (r) => {
        expect(matchRequest.parse(r)).toEqual(r);
      }),
    );
  });

  it('takes lower-case codes from the lists only', () => {
    expect(fails({ concerns: ['Anxiety'] })).toBe(true);
    expect(fails({ concerns: ['astrology'] })).toBe(true);
    expect(fails({ approaches: ['CBT'] })).toBe(true);
    expect(fails({ languages: ['EN'] })).toBe(true);
    expect(fails({ languages: ['english'] })).toBe(true);
    expect(fails({ mode: 'video' })).toBe(true);
    expect(
      matchRequest.parse({ concerns: ['anxiety'], languages: ['es', 'cmn'] }).languages,
    ).toEqual(['es', 'cmn']);
  });

  it('limits sizes and refuses repeats and unknown fields', () => {
    expect(fails({ concerns: concernCodes.slice(0, 11) })).toBe(true);
    expect(fails({ concerns: concernCodes.slice(0, 10) })).toBe(false);
    expect(fails({ concerns: ['anxiety', 'anxiety'] })).toBe(true);
    expect(fails({ region: 'x'.repeat(101) })).toBe(true);
    expect(fails({ region: '   ' })).toBe(true);
    expect(fails({ maxFee: -1 })).toBe(true);
    expect(fails({ availableWithinDays: 0 })).toBe(true);
    expect(fails({ availableWithinDays: 2.5 })).toBe(true);
    expect(fails({ clinicId: 'x' })).toBe(true);
  });

  it('checks each preference’s shape', () => {
    const prefer = (preferences: unknown) => fails({ preferences });
    expect(prefer({ gender: { value: ['woman'], importance: 'must' } })).toBe(false);
    expect(prefer({ gender: { value: [], importance: 'must' } })).toBe(true);
    expect(prefer({ gender: { value: 'woman', importance: 'must' } })).toBe(true);
    expect(prefer({ gender: { value: ['woman'], importance: 'essential' } })).toBe(true);
    expect(prefer({ lgbtqPositive: { value: false, importance: 'prefer' } })).toBe(true);
    expect(prefer({ yearsPracticeMin: { value: 5, importance: 'prefer' } })).toBe(false);
    expect(prefer({ yearsPracticeMin: { value: 61, importance: 'prefer' } })).toBe(true);
    expect(prefer({ zodiac: { value: ['leo'], importance: 'prefer' } })).toBe(true);
    expect(prefer({ faith: { value: ['buddhist'], importance: 'prefer', note: 'x' } })).toBe(true);
  });
});

describe('the response and the profile characteristics', () => {
  it('drops fields a result does not declare', () => {
    const parsed = matchResult.parse({
      therapistId: 't1',
      score: 80,
      reasons: [{ code: 'verified', params: {} }],
      unmet: [],
      displayName: 'leak',
    });
    expect(parsed).not.toHaveProperty('displayName');
    expect(() =>
      matchResult.parse({ therapistId: 't1', score: 101, reasons: [], unmet: [] }),
    ).toThrow();
    expect(() =>
      matchResult.parse({
        therapistId: 't',
        score: 1,
        reasons: [{ code: 'nope', params: {} }],
        unmet: [],
      }),
    ).toThrow();
  });

  it('reads stored characteristics, dropping keys it does not know', () => {
    expect(
      therapistCharacteristics.parse({
        gender: 'woman',
        pronouns: 'she/her',
        favouriteColour: 'red',
      }),
    ).toEqual({ gender: 'woman', pronouns: 'she/her' });
    expect(therapistCharacteristics.safeParse({ gender: 'Woman' }).success).toBe(false);
  });
});
