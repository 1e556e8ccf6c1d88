/** The profile form as typed, checked with the server's schema, and what the preview shows. */
import {
  therapistProfileRequest,
  type MyProfileView,
  type PublicProfileView,
  type TherapistProfileRequest,
} from '../../core/directory';
import type { MessageKey } from '../../core/i18n';
import { viewerTimeZone } from '../directory/parts';

/** The form as typed: numbers stay text until they are checked. */
export interface Draft {
  displayName: string;
  bio: string;
  approaches: string[];
  concerns: string[];
  languages: string[];
  modes: string[];
  region: string;
  feeMin: string;
  feeMax: string;
  slidingScale: boolean;
  yearsPractice: string;
  timeZone: string;
  gender: string;
  pronouns: string;
  ageGroup: string;
  lgbtqPositive: boolean;
  neurodiversityAffirming: boolean;
  faith: string[];
  culture: string[];
  livedExperience: string[];
  published: boolean;
}

export type FieldName = keyof Draft;

export const numberText = (value: number | null) => (value === null ? '' : String(value));

export function draftOf(profile: MyProfileView): Draft {
  const c = profile.characteristics;
  return {
    displayName: profile.displayName,
    bio: profile.bio,
    approaches: [...profile.approaches],
    concerns: [...profile.concerns],
    languages: [...profile.languages],
    modes: [...profile.modes],
    region: profile.region ?? '',
    feeMin: numberText(profile.feeMin),
    feeMax: numberText(profile.feeMax),
    slidingScale: profile.slidingScale,
    yearsPractice: numberText(profile.yearsPractice),
    timeZone: profile.timeZone || viewerTimeZone(),
    gender: c.gender ?? '',
    pronouns: c.pronouns ?? '',
    ageGroup: c.ageGroup ?? '',
    lgbtqPositive: c.lgbtqPositive ?? false,
    neurodiversityAffirming: c.neurodiversityAffirming ?? false,
    faith: [...(c.faith ?? [])],
    culture: [...(c.culture ?? [])],
    livedExperience: [...(c.livedExperience ?? [])],
    published: profile.published,
  };
}

export const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));

/** The request body; anything the therapist left empty is left out or null. */
export function bodyOf(d: Draft): Record<string, unknown> {
  const characteristics: Record<string, unknown> = {};
  if (d.gender) characteristics.gender = d.gender;
  if (d.pronouns.trim()) characteristics.pronouns = d.pronouns.trim();
  if (d.ageGroup) characteristics.ageGroup = d.ageGroup;
  if (d.lgbtqPositive) characteristics.lgbtqPositive = true;
  if (d.neurodiversityAffirming) characteristics.neurodiversityAffirming = true;
  if (d.faith.length) characteristics.faith = d.faith;
  if (d.culture.length) characteristics.culture = d.culture;
  if (d.livedExperience.length) characteristics.livedExperience = d.livedExperience;
  return {
    displayName: d.displayName,
    bio: d.bio,
    approaches: d.approaches,
    concerns: d.concerns,
    languages: d.languages,
    modes: d.modes,
    region: d.region.trim() === '' ? null : d.region,
    feeMin: optionalNumber(d.feeMin),
    feeMax: optionalNumber(d.feeMax),
    slidingScale: d.slidingScale,
    yearsPractice: optionalNumber(d.yearsPractice),
    timeZone: d.timeZone.trim(),
    characteristics,
    published: d.published,
  };
}

export const messageFor: Partial<Record<FieldName, MessageKey>> = {
  displayName: 'profile.invalid.displayName',
  bio: 'profile.invalid.bio',
  region: 'profile.invalid.region',
  feeMin: 'profile.invalid.fee',
  feeMax: 'profile.invalid.fee',
  yearsPractice: 'profile.invalid.years',
  timeZone: 'profile.invalid.timeZone',
  pronouns: 'profile.invalid.pronouns',
  published: 'profile.invalid.published',
};

export type Errors = Partial<Record<FieldName, MessageKey>>;

export function validate(d: Draft): { body: TherapistProfileRequest | null; errors: Errors } {
  const result = therapistProfileRequest.safeParse(bodyOf(d));
  if (result.success) return { body: result.data, errors: {} };
  const errors: Errors = {};
  for (const issue of result.error.issues) {
    const [first, second] = issue.path;
    const name = (first === 'characteristics' ? second : first) as FieldName;
    if (errors[name]) continue;
    if (name === 'feeMax' && issue.code === 'custom') errors.feeMax = 'profile.invalid.feeOrder';
    else errors[name] = messageFor[name] ?? 'profile.invalid.generic';
  }
  return { body: null, errors };
}

/** What clients would see, from the form as it is now (unchecked values shown as typed). */
export function previewOf(profile: MyProfileView, d: Draft): PublicProfileView {
  const n = (text: string) => {
    const value = optionalNumber(text);
    return value === null || Number.isNaN(value) ? null : value;
  };
  return {
    ...profile,
    displayName: d.displayName.trim() || profile.displayName,
    bio: d.bio.trim(),
    approaches: d.approaches as PublicProfileView['approaches'],
    concerns: d.concerns as PublicProfileView['concerns'],
    languages: d.languages as PublicProfileView['languages'],
    modes: d.modes as PublicProfileView['modes'],
    region: d.region.trim() || null,
    feeMin: n(d.feeMin),
    feeMax: n(d.feeMax),
    slidingScale: d.slidingScale,
    yearsPractice: n(d.yearsPractice),
    timeZone: d.timeZone,
  };
}

export function toggle(list: string[], code: string, on: boolean): string[] {
  return on ? [...list, code] : list.filter((item) => item !== code);
}
