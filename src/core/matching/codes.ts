/**
 * The code lists of the directory and the fit ranking. Codes are lower-case and stable: they are
 * stored in profiles, sent in requests and used as message keys (`concern.anxiety`), so rename a
 * label in the catalogues, never a code here. The profile editor and the directory offer these.
 */

export const concernCodes = [
  'anxiety',
  'depression',
  'stress',
  'burnout',
  'panic',
  'phobias',
  'ocd',
  'trauma',
  'ptsd',
  'abuse',
  'grief',
  'relationships',
  'couples',
  'family',
  'parenting',
  'perinatal',
  'identity',
  'gender_identity',
  'sexuality',
  'self_esteem',
  'anger',
  'loneliness',
  'life_transitions',
  'work',
  'eating',
  'sleep',
  'addiction',
  'adhd',
  'autism',
  'bipolar',
  'personality',
  'psychosis',
  'self_harm',
  'suicidal_thoughts',
  'chronic_illness',
] as const;
export type ConcernCode = (typeof concernCodes)[number];

export const approachCodes = [
  'cbt',
  'act',
  'dbt',
  'emdr',
  'cft',
  'mbct',
  'schema',
  'psychodynamic',
  'psychoanalytic',
  'mbt',
  'person_centred',
  'existential',
  'gestalt',
  'eft',
  'ifs',
  'ipt',
  'systemic',
  'narrative',
  'sfbt',
  'motivational_interviewing',
  'somatic',
  'art',
  'integrative',
] as const;
export type ApproachCode = (typeof approachCodes)[number];

/** ISO 639-1 where it exists; ISO 639-3 for Mandarin, Cantonese and sign languages. */
export const languageCodes = [
  'en',
  'fr',
  'es',
  'pt',
  'it',
  'de',
  'nl',
  'pl',
  'ro',
  'ru',
  'uk',
  'el',
  'tr',
  'ar',
  'fa',
  'he',
  'hi',
  'ur',
  'pa',
  'bn',
  'gu',
  'ta',
  'cmn',
  'yue',
  'ja',
  'ko',
  'vi',
  'tl',
  'sw',
  'am',
  'so',
  'ht',
  'cr',
  'iu',
  'ase',
  'fcs',
  'fsl',
  'bfi',
] as const;
export type LanguageCode = (typeof languageCodes)[number];

/** How a therapist sees clients. */
export const modeCodes = ['in_person', 'online'] as const;
export type Mode = (typeof modeCodes)[number];

/** What a client asks for: one of the modes, or either. */
export const requestModes = ['in_person', 'online', 'either'] as const;
export type RequestMode = (typeof requestModes)[number];

// Self-described therapist characteristics a client may care about (all optional on a profile).
export const genderCodes = ['woman', 'man', 'non_binary'] as const;
export type Gender = (typeof genderCodes)[number];

export const ageGroupCodes = ['20s', '30s', '40s', '50s', '60s', '70s'] as const;
export type AgeGroup = (typeof ageGroupCodes)[number];

/** Faith traditions a therapist can integrate into the work when a client wishes. */
export const faithCodes = [
  'christian',
  'muslim',
  'jewish',
  'hindu',
  'buddhist',
  'sikh',
  'spiritual',
] as const;
export type FaithCode = (typeof faithCodes)[number];

/** Communities a therapist offers culturally specific care for. */
export const cultureCodes = [
  'black',
  'indigenous',
  'african',
  'caribbean',
  'east_asian',
  'south_asian',
  'southeast_asian',
  'latin_american',
  'mena',
] as const;
export type CultureCode = (typeof cultureCodes)[number];

/** Lived experience a therapist chooses to share on their profile. */
export const livedExperienceCodes = [
  'immigration',
  'racism',
  'disability',
  'chronic_illness',
  'neurodivergence',
  'lgbtq',
  'trans',
  'parenthood',
  'addiction_recovery',
  'military',
] as const;
export type LivedExperienceCode = (typeof livedExperienceCodes)[number];

export const importanceLevels = ['must', 'prefer'] as const;
/** `must`: a hard requirement (filters); `prefer`: nice to have (weighs in the score). */
export type Importance = (typeof importanceLevels)[number];

/** Preferences about the therapist's characteristics, reported with `preference_met`. */
export const characteristicPreferenceKeys = [
  'gender',
  'ageGroup',
  'lgbtqPositive',
  'neurodiversityAffirming',
  'faith',
  'culture',
  'livedExperience',
  'yearsPracticeMin',
] as const;
export type CharacteristicPreferenceKey = (typeof characteristicPreferenceKeys)[number];

/** Every preference; `slidingScale` also relaxes the budget filter, and has its own reason. */
export const preferenceKeys = [...characteristicPreferenceKeys, 'slidingScale'] as const;
export type PreferenceKey = (typeof preferenceKeys)[number];

/** The code lists that have a label in the catalogues, by the label key's prefix. */
export const labelledCodes = {
  concern: concernCodes,
  approach: approachCodes,
  spokenLanguage: languageCodes,
  mode: modeCodes,
  gender: genderCodes,
  ageGroup: ageGroupCodes,
  faith: faithCodes,
  culture: cultureCodes,
  livedExperience: livedExperienceCodes,
} as const;
export type LabelKind = keyof typeof labelledCodes;
