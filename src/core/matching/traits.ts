/**
 * Characteristics and preferences as "trait" codes (`gender:woman`, `lgbtqPositive`, …), so that
 * every categorical or yes/no preference is one test: does the profile have any trait the
 * preference names? The ranking turns traits into bits; the explanation reads them as strings.
 */
import {
  ageGroupCodes,
  cultureCodes,
  faithCodes,
  genderCodes,
  livedExperienceCodes,
} from './codes';
import type { PreferenceKey } from './codes';
import type { MatchPreferences, TherapistProfileForMatching } from './schema';

export const traitCodes: readonly string[] = [
  ...genderCodes.map((code) => `gender:${code}`),
  ...ageGroupCodes.map((code) => `ageGroup:${code}`),
  'lgbtqPositive',
  'neurodiversityAffirming',
  'slidingScale',
  ...faithCodes.map((code) => `faith:${code}`),
  ...cultureCodes.map((code) => `culture:${code}`),
  ...livedExperienceCodes.map((code) => `livedExperience:${code}`),
];

/** The traits a profile has. */
export function profileTraits(profile: TherapistProfileForMatching): string[] {
  const c = profile.characteristics;
  const traits: string[] = [];
  if (c.gender !== undefined) traits.push(`gender:${c.gender}`);
  if (c.ageGroup !== undefined) traits.push(`ageGroup:${c.ageGroup}`);
  if (c.lgbtqPositive === true) traits.push('lgbtqPositive');
  if (c.neurodiversityAffirming === true) traits.push('neurodiversityAffirming');
  if (profile.slidingScale) traits.push('slidingScale');
  for (const code of c.faith ?? []) traits.push(`faith:${code}`);
  for (const code of c.culture ?? []) traits.push(`culture:${code}`);
  for (const code of c.livedExperience ?? []) traits.push(`livedExperience:${code}`);
  return traits;
}

/**
 * The traits that satisfy a preference (any one is enough), in the client's order; null for
 * `yearsPracticeMin`, which is a number, and for a preference the client did not give.
 */
export function preferenceTraits(
  key: PreferenceKey,
  preferences: MatchPreferences,
): string[] | null {
  switch (key) {
    case 'gender':
    case 'ageGroup':
    case 'faith':
    case 'culture':
    case 'livedExperience':
      return preferences[key]?.value.map((code) => `${key}:${code}`) ?? null;
    case 'lgbtqPositive':
    case 'neurodiversityAffirming':
    case 'slidingScale':
      return preferences[key] ? [key] : null;
    case 'yearsPracticeMin':
      return null;
  }
}

/** Regions are free text: compare them without case, accents or extra spaces. */
export function regionKey(region: string): string {
  return region
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The distinct values, first occurrence first. */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
