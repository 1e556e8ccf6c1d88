/**
 * The fit ranking's data: the therapist profile it reads, the `POST /match` body (`matchRequest`)
 * and the response items (`matchResult`) with their structured reasons.
 */
import { z } from 'zod';
import {
  ageGroupCodes,
  approachCodes,
  characteristicPreferenceKeys,
  concernCodes,
  cultureCodes,
  faithCodes,
  genderCodes,
  importanceLevels,
  languageCodes,
  livedExperienceCodes,
  modeCodes,
  requestModes,
} from './codes';
import type { Mode } from './codes';

const unique = (values: readonly string[]) => new Set(values).size === values.length;

/** A list of distinct codes from `codes`, at most `max` of them. */
function codeList<const T extends readonly [string, ...string[]]>(codes: T, max: number) {
  return z
    .array(z.enum(codes))
    .max(max)
    .refine(unique, { message: 'Each code may appear only once.' });
}

/**
 * What a therapist says about themselves, all optional (a profile may say nothing). Unknown keys
 * are dropped, so older stored profiles still parse.
 */
export const therapistCharacteristics = z.object({
  gender: z.enum(genderCodes).optional(),
  pronouns: z.string().trim().max(40).optional(),
  ageGroup: z.enum(ageGroupCodes).optional(),
  lgbtqPositive: z.boolean().optional(),
  neurodiversityAffirming: z.boolean().optional(),
  faith: codeList(faithCodes, faithCodes.length).optional(),
  culture: codeList(cultureCodes, cultureCodes.length).optional(),
  livedExperience: codeList(livedExperienceCodes, livedExperienceCodes.length).optional(),
});
export type TherapistCharacteristics = z.infer<typeof therapistCharacteristics>;

/** The profile as the ranking reads it (storage builds it; unpublished ones are skipped). */
export interface TherapistProfileForMatching {
  readonly id: string;
  readonly displayName: string;
  /** Codes; any not in the code lists are ignored by the ranking (nobody can ask for them). */
  readonly approaches: readonly string[];
  readonly concerns: readonly string[];
  readonly languages: readonly string[];
  readonly modes: readonly Mode[];
  /** Free text as the therapist wrote it ("Ontario", "Île-de-France"). */
  readonly region: string | null;
  readonly feeMin: number | null;
  readonly feeMax: number | null;
  readonly slidingScale: boolean;
  readonly yearsPractice: number | null;
  readonly characteristics: Readonly<TherapistCharacteristics>;
  /** The earliest bookable free consultation, ISO 8601 with an offset; null when none. */
  readonly nextConsultationAt: string | null;
  readonly verified: boolean;
  readonly published: boolean;
}

const importance = z.enum(importanceLevels);
const anyOf = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.object({ value: codeList(codes, codes.length).min(1), importance }).strict();
const flag = z.object({ value: z.literal(true), importance }).strict();

/**
 * What the client cares about in a therapist. A list value means "any of these"; `importance`
 * says whether it filters (`must`) or only weighs (`prefer`).
 */
export const matchPreferences = z
  .object({
    gender: anyOf(genderCodes).optional(),
    ageGroup: anyOf(ageGroupCodes).optional(),
    lgbtqPositive: flag.optional(),
    neurodiversityAffirming: flag.optional(),
    faith: anyOf(faithCodes).optional(),
    culture: anyOf(cultureCodes).optional(),
    livedExperience: anyOf(livedExperienceCodes).optional(),
    yearsPracticeMin: z
      .object({ value: z.number().int().min(0).max(60), importance })
      .strict()
      .optional(),
    slidingScale: flag.optional(),
  })
  .strict();
export type MatchPreferences = z.infer<typeof matchPreferences>;

/** The `POST /match` body. Everything may be left out: `{}` ranks every profile by availability. */
export const matchRequest = z
  .object({
    concerns: codeList(concernCodes, 10).default([]),
    approaches: codeList(approachCodes, 8).default([]),
    languages: codeList(languageCodes, 6).default([]),
    mode: z.enum(requestModes).default('either'),
    region: z.string().trim().min(1).max(100).optional(),
    maxFee: z.number().min(0).max(100_000).optional(),
    availableWithinDays: z.number().int().min(1).max(365).optional(),
    preferences: matchPreferences.default({}),
  })
  .strict();
/** The parsed body, defaults filled in. */
export type MatchRequest = z.output<typeof matchRequest>;
/** The body as a client may send it. */
export type MatchRequestInput = z.input<typeof matchRequest>;

const reason = <const C extends string, S extends z.ZodRawShape>(code: C, params: S) =>
  z.object({ code: z.literal(code), params: z.object(params) });

/**
 * A structured reason: a code and the facts it is about. The same shape serves `reasons` (true of
 * the therapist) and `unmet` (asked for, not met); `describeReason` turns either into a sentence.
 */
export const matchReason = z.discriminatedUnion('code', [
  reason('offers_mode_language', { mode: z.enum(modeCodes), language: z.enum(languageCodes) }),
  reason('offers_mode', { mode: z.enum(modeCodes) }),
  reason('in_region', { region: z.string() }),
  reason('works_with_concern', { concern: z.enum(concernCodes) }),
  reason('uses_approach', { approach: z.enum(approachCodes) }),
  reason('within_budget', { feeMin: z.number(), feeMax: z.number(), maxFee: z.number() }),
  reason('sliding_scale', {}),
  reason('preference_met', {
    key: z.enum(characteristicPreferenceKeys),
    value: z.union([z.string(), z.number()]).optional(),
  }),
  reason('consultation_this_week', {}),
  reason('consultation_within', { days: z.number().int() }),
  reason('verified', {}),
]);
export type Reason = z.infer<typeof matchReason>;
export type ReasonCode = Reason['code'];
export const reasonCodes = matchReason.options.map((option) => option.shape.code.value);

/** One ranked therapist: the fit score (0–100), why, and what the client asked for but is not met. */
export const matchResult = z.object({
  therapistId: z.string(),
  score: z.number().int().min(0).max(100),
  reasons: z.array(matchReason),
  unmet: z.array(matchReason),
});
export type MatchResult = z.infer<typeof matchResult>;

/** The `POST /match` response: results, best first. */
export const matchResults = z.array(matchResult);
