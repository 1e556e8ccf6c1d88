/**
 * Factories for the matching tests: a profile builder with plain defaults, and fast-check
 * arbitraries drawn from small pools of codes so that profiles and requests overlap often.
 * Test support only: nothing outside tests imports this file.
 */
import fc from 'fast-check';
import {
  ageGroupCodes,
  approachCodes,
  concernCodes,
  cultureCodes,
  faithCodes,
  genderCodes,
  importanceLevels,
  livedExperienceCodes,
  modeCodes,
  preferenceKeys,
  requestModes,
} from './codes';
import type { Importance, LanguageCode, PreferenceKey } from './codes';
import type {
  MatchPreferences,
  MatchRequest,
  TherapistCharacteristics,
  TherapistProfileForMatching,
} from './schema';

/** The frozen clock of every test: Monday 6 January 2025, 09:00 UTC. */
export const now = Date.parse('2025-01-06T09:00:00Z');
export const inDays = (days: number) => new Date(now + days * 86_400_000).toISOString();

export function profile(
  overrides: Partial<TherapistProfileForMatching> = {},
): TherapistProfileForMatching {
  return {
    id: 't1',
    displayName: 'Test Therapist',
    approaches: ['cbt'],
    concerns: ['anxiety'],
    languages: ['en'],
    modes: ['online'],
    region: 'Ontario',
    feeMin: 100,
    feeMax: 140,
    slidingScale: false,
    yearsPractice: 10,
    characteristics: {},
    nextConsultationAt: inDays(2),
    verified: true,
    published: true,
    ...overrides,
  };
}

export function request(overrides: Partial<MatchRequest> = {}): MatchRequest {
  return {
    concerns: [],
    approaches: [],
    languages: [],
    mode: 'either',
    preferences: {},
    ...overrides,
  };
}

const concernPool = concernCodes.slice(0, 6);
const approachPool = approachCodes.slice(0, 5);
const languagePool: LanguageCode[] = ['en', 'fr', 'es', 'de'];
const regionPool = ['Ontario', 'ontario ', 'Québec', 'Quebec', 'Île-de-France'];
/** Old codes a stored profile may still carry; nobody can ask for them. */
const legacyCodes = ['legacy_code'];

const subset = <T>(pool: readonly T[], maxLength = pool.length, minLength = 0) =>
  fc.shuffledSubarray([...pool], { minLength, maxLength });
/** Present about one time in three. */
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: arb, weight: 1 });

const characteristicsArb: fc.Arbitrary<TherapistCharacteristics> = fc.record(
  {
    gender: fc.constantFrom(...genderCodes),
    ageGroup: fc.constantFrom(...ageGroupCodes.slice(0, 3)),
    lgbtqPositive: fc.boolean(),
    neurodiversityAffirming: fc.boolean(),
    faith: subset(faithCodes.slice(0, 3)),
    culture: subset(cultureCodes.slice(0, 3)),
    livedExperience: subset(livedExperienceCodes.slice(0, 3)),
  },
  { requiredKeys: [] },
);

/** A few distinct instants, so that equal consultation times (ties) are common. */
const nextArb = fc.option(fc.constantFrom(-0.5, 0.25, 1, 3, 6.9, 7, 7.5, 12, 30, 90).map(inDays), {
  nil: null,
  freq: 5,
});

const profileArb = fc.record({
  displayName: fc.constant('T'),
  approaches: subset([...approachPool, ...legacyCodes], 3),
  concerns: subset([...concernPool, ...legacyCodes], 4),
  languages: subset(languagePool, 3, 1),
  modes: subset(modeCodes),
  region: fc.option(fc.constantFrom(...regionPool), { nil: null }),
  feeMin: fc.option(
    fc.integer({ min: 4, max: 20 }).map((n) => n * 10),
    { nil: null, freq: 6 },
  ),
  spread: fc.constantFrom(0, 20, 60),
  noFeeMax: fc.boolean(),
  slidingScale: fc.boolean(),
  yearsPractice: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 6 }),
  characteristics: characteristicsArb,
  nextConsultationAt: nextArb,
  verified: fc.boolean(),
  published: fc.integer({ min: 0, max: 6 }).map((n) => n > 0),
});

/** 3–`maxLength` profiles with distinct ids; about one in seven unpublished. */
export function profilesArb(maxLength = 25): fc.Arbitrary<TherapistProfileForMatching[]> {
  const minLength = Math.min(3, maxLength);
  return fc.array(profileArb, { minLength, maxLength, size: 'medium' }).chain((drafts) =>
    fc
      .uniqueArray(fc.integer({ min: 0, max: 999 }), {
        minLength: drafts.length,
        maxLength: drafts.length,
      })
      .map((ids) =>
        drafts.map(({ spread, noFeeMax, ...draft }, i) => ({
          ...draft,
          id: `t${ids[i] ?? i}`,
          feeMax: draft.feeMin === null || noFeeMax ? null : draft.feeMin + spread,
        })),
      ),
  );
}

const importanceArb = fc.constantFrom(...importanceLevels);
const anyOfArb = <T extends string>(pool: readonly T[]) =>
  fc.record({
    value: subset(pool, pool.length, 1),
    importance: importanceArb,
  });
const flagArb = fc.record({ value: fc.constant(true as const), importance: importanceArb });

const preferenceArbs = {
  gender: anyOfArb(genderCodes),
  ageGroup: anyOfArb(ageGroupCodes.slice(0, 3)),
  lgbtqPositive: flagArb,
  neurodiversityAffirming: flagArb,
  faith: anyOfArb(faithCodes.slice(0, 3)),
  culture: anyOfArb(cultureCodes.slice(0, 3)),
  livedExperience: anyOfArb(livedExperienceCodes.slice(0, 3)),
  yearsPracticeMin: fc.record({
    value: fc.integer({ min: 0, max: 20 }),
    importance: importanceArb,
  }),
  slidingScale: flagArb,
};

/** Up to three preferences (more would leave few profiles to rank). */
export const preferencesArb: fc.Arbitrary<MatchPreferences> = fc
  .shuffledSubarray([...preferenceKeys], { maxLength: 3 })
  .chain((keys) =>
    fc.record(
      Object.fromEntries(keys.map((key) => [key, preferenceArbs[key]])) as {
        [K in PreferenceKey]: (typeof preferenceArbs)[K];
      },
    ),
  );

export const requestArb: fc.Arbitrary<MatchRequest> = fc
  .record({
    concerns: subset(concernPool, 4),
    approaches: subset(approachPool, 3),
    languages: subset(languagePool, 2),
    mode: fc.constantFrom(...requestModes),
    region: maybe(fc.constantFrom(...regionPool, 'Yukon')),
    maxFee: maybe(fc.integer({ min: 4, max: 20 }).map((n) => n * 10)),
    availableWithinDays: maybe(fc.integer({ min: 1, max: 14 })),
    preferences: preferencesArb,
  })
  .map(({ region, maxFee, availableWithinDays, ...rest }) => ({
    ...rest,
    // Leave optional fields out rather than undefined, as the parsed body does.
    ...(region === undefined ? {} : { region: region.trim() }),
    ...(maxFee === undefined ? {} : { maxFee }),
    ...(availableWithinDays === undefined ? {} : { availableWithinDays }),
  }));

type Preference = NonNullable<MatchPreferences[PreferenceKey]>;

/** Every preference this profile meets that the client could add, at the given importance. */
export function metPreferences(
  p: TherapistProfileForMatching,
  importance: Importance,
): [PreferenceKey, Preference][] {
  const c = p.characteristics;
  const found: [PreferenceKey, Preference][] = [];
  if (c.gender) found.push(['gender', { value: [c.gender], importance }]);
  if (c.ageGroup) found.push(['ageGroup', { value: [c.ageGroup, '70s'], importance }]);
  if (c.lgbtqPositive) found.push(['lgbtqPositive', { value: true, importance }]);
  if (c.neurodiversityAffirming)
    found.push(['neurodiversityAffirming', { value: true, importance }]);
  if (c.faith?.[0]) found.push(['faith', { value: [c.faith[0]], importance }]);
  if (c.culture?.[0]) found.push(['culture', { value: ['mena', c.culture[0]], importance }]);
  if (c.livedExperience?.[0])
    found.push(['livedExperience', { value: [c.livedExperience[0]], importance }]);
  if (p.yearsPractice !== null)
    found.push(['yearsPracticeMin', { value: Math.floor(p.yearsPractice / 2), importance }]);
  if (p.slidingScale) found.push(['slidingScale', { value: true, importance }]);
  return found;
}
