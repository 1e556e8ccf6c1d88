/**
 * The directory on the wire (DESIGN.md, Client journey 1 and Therapist journey 1): the profile a
 * therapist publishes, the public directory and its filters, `POST /match` results with their
 * reasons in words, availability and bookable slots. Codes come from the matching code lists.
 */
import { z } from 'zod';
import { displayNameSchema } from './accounts';
import {
  approachCodes,
  concernCodes,
  languageCodes,
  modeCodes,
  reasonCodes,
  therapistCharacteristics,
  type ReasonCode,
} from './matching';
import { canonicalTimeZone } from './slots';

const isoWithOffset = z.iso.datetime({ offset: true });

export const bioMaxLength = 2000;
export const feeMax = 100_000;
/** How far ahead slots are offered and asked for (`from`–`to` at most this many days). */
export const slotHorizonDays = 60;
/** The longest availability block; exceptions (time off) may be longer. */
export const maxBlockHours = 12;
export const maxExceptionDays = 90;

const unique = (values: readonly string[]) => new Set(values).size === values.length;

function codeList<const T extends readonly [string, ...string[]]>(codes: T) {
  return z
    .array(z.enum(codes))
    .max(codes.length)
    .refine(unique, { message: 'Each code may appear only once.' });
}

/** An IANA time zone ("Europe/Paris"); offsets such as "+01:00" have no daylight-saving rules. */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((value) => canonicalTimeZone(value) !== undefined, {
    message: 'Not an IANA time zone, e.g. Europe/Paris.',
  });

const fee = z.number().int().min(0).max(feeMax);

/** `PUT /therapists/me/profile`: the whole profile (fields left out take their empty value). */
export const therapistProfileRequest = z
  .object({
    displayName: displayNameSchema,
    bio: z.string().trim().max(bioMaxLength).default(''),
    approaches: codeList(approachCodes).default([]),
    concerns: codeList(concernCodes).default([]),
    languages: codeList(languageCodes).default([]),
    modes: codeList(modeCodes).default([]),
    region: z.string().trim().min(1).max(100).nullable().default(null),
    feeMin: fee.nullable().default(null),
    feeMax: fee.nullable().default(null),
    slidingScale: z.boolean().default(false),
    yearsPractice: z.number().int().min(0).max(70).nullable().default(null),
    timeZone: timeZoneSchema,
    characteristics: therapistCharacteristics.default({}),
    published: z.boolean(),
  })
  .strict()
  .refine((p) => p.feeMin === null || p.feeMax === null || p.feeMin <= p.feeMax, {
    message: 'feeMin must not be above feeMax.',
    path: ['feeMax'],
  })
  // A published profile nobody could be matched with (no language, no way to meet) helps no one.
  .refine((p) => !p.published || (p.languages.length > 0 && p.modes.length > 0), {
    message: 'A published profile needs at least one language and one mode.',
    path: ['published'],
  });
export type TherapistProfileRequest = z.output<typeof therapistProfileRequest>;

/** What anyone may read about a published therapist. */
export const publicProfileView = z.object({
  id: z.uuid(),
  displayName: z.string(),
  bio: z.string(),
  approaches: z.array(z.enum(approachCodes)),
  concerns: z.array(z.enum(concernCodes)),
  languages: z.array(z.enum(languageCodes)),
  modes: z.array(z.enum(modeCodes)),
  region: z.string().nullable(),
  feeMin: z.number().nullable(),
  feeMax: z.number().nullable(),
  slidingScale: z.boolean(),
  yearsPractice: z.number().int().nullable(),
  characteristics: therapistCharacteristics,
  timeZone: z.string(),
  /** The clinic has checked the therapist's credentials. */
  verified: z.boolean(),
  /** The earliest free consultation within the slot horizon, or null. */
  nextConsultationAt: isoWithOffset.nullable(),
  /** The profile photo (a square JPEG, metadata removed), or null when there is none. */
  photoUrl: z.string().nullable(),
});
export type PublicProfileView = z.infer<typeof publicProfileView>;

/** The therapist's own profile: the public view (a live preview) and whether it is published. */
export const myProfileView = publicProfileView.extend({
  published: z.boolean(),
  /** null until the profile is first saved. */
  updatedAt: isoWithOffset.nullable(),
});
export type MyProfileView = z.infer<typeof myProfileView>;

/* ---------- Directory ---------- */

/** A query value given once, repeated (`?concern=a&concern=b`) or comma-separated (`a,b`). */
const listParam = (value: unknown) =>
  value === undefined
    ? undefined
    : [value]
        .flat()
        .flatMap((item) => (typeof item === 'string' ? item.split(',') : []))
        .map((item) => item.trim())
        .filter((item) => item !== '');
/** `?maxFee=` (empty) means "no filter", as a form sends it. */
const blankAsAbsent = (value: unknown) => (value === '' ? undefined : value);
const codesParam = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z.preprocess(listParam, codeList(codes).optional());

/**
 * Directory filters: a therapist is listed when they work with every concern asked for and use
 * every approach asked for, speak any of the languages, offer any of the modes, practise in the
 * region (compared without case or accents), have a lowest fee within `maxFee`, and have a free
 * consultation within `availableWithinDays`.
 */
export const directoryFilters = z.object({
  concern: codesParam(concernCodes),
  approach: codesParam(approachCodes),
  language: codesParam(languageCodes),
  mode: codesParam(modeCodes),
  region: z.preprocess(blankAsAbsent, z.string().trim().min(1).max(100).optional()),
  maxFee: z.preprocess(blankAsAbsent, z.coerce.number().min(0).max(feeMax).optional()),
  availableWithinDays: z.preprocess(
    blankAsAbsent,
    z.coerce.number().int().min(1).max(slotHorizonDays).optional(),
  ),
});
export type DirectoryFilters = z.output<typeof directoryFilters>;

/* ---------- Match ---------- */

/** A reason with its sentence in the reader's language (`describeReason`). */
export const describedReason = z.object({
  code: z.enum(reasonCodes as [ReasonCode, ...ReasonCode[]]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  text: z.string(),
});

export const matchItem = z.object({
  therapistId: z.uuid(),
  displayName: z.string(),
  score: z.number().int().min(0).max(100),
  reasons: z.array(describedReason),
  unmet: z.array(describedReason),
});
export type MatchItem = z.infer<typeof matchItem>;

/* ---------- Availability and slots ---------- */

export const availabilityKinds = ['consultation', 'session', 'unavailable'] as const;
export type AvailabilityKind = (typeof availabilityKinds)[number];

const clock = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM, 00:00 to 24:00');
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const hourMs = 3_600_000;

/**
 * `POST /therapists/me/availability`: a one-off block (`start`, `end`), a weekly rule (`weekday`
 * 0 = Sunday … 6, `startTime`–`endTime` on the wall clock of `timeZone`, by default the
 * profile's), or an exception (`kind: unavailable`, `start`, `end`: time off).
 */
export const availabilityRequest = z.union([
  z
    .object({
      kind: z.enum(['consultation', 'session']),
      weekday: z.number().int().min(0).max(6),
      startTime: clock,
      endTime: clock,
      timeZone: timeZoneSchema.optional(),
    })
    .strict()
    .refine((r) => minutes(r.endTime) > minutes(r.startTime), {
      message: 'endTime must be after startTime.',
      path: ['endTime'],
    })
    .refine((r) => minutes(r.endTime) - minutes(r.startTime) <= maxBlockHours * 60, {
      message: `At most ${maxBlockHours} hours per block.`,
      path: ['endTime'],
    }),
  z
    .object({ kind: z.enum(availabilityKinds), start: isoWithOffset, end: isoWithOffset })
    .strict()
    .refine((r) => Date.parse(r.end) > Date.parse(r.start), {
      message: 'end must be after start.',
      path: ['end'],
    })
    .refine(
      (r) =>
        Date.parse(r.end) - Date.parse(r.start) <=
        (r.kind === 'unavailable' ? maxExceptionDays * 24 : maxBlockHours) * hourMs,
      { message: 'The block is too long.', path: ['end'] },
    ),
]);
export type AvailabilityRequest = z.infer<typeof availabilityRequest>;

export const availabilityView = z.object({
  id: z.uuid(),
  kind: z.enum(availabilityKinds),
  /** Set for a one-off block or an exception. */
  start: isoWithOffset.nullable(),
  end: isoWithOffset.nullable(),
  /** Set for a weekly rule. */
  weekday: z.number().int().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  timeZone: z.string().nullable(),
  createdAt: isoWithOffset,
});
export type AvailabilityView = z.infer<typeof availabilityView>;

export const slotsQuery = z
  .object({
    kind: z.enum(['consultation']).default('consultation'),
    /** Default: now. */
    from: isoWithOffset.optional(),
    /** Default: 14 days after `from`; at most 60 days after it. */
    to: isoWithOffset.optional(),
    /** Give the slots in this time zone's offset (default UTC, "…Z"). */
    tz: timeZoneSchema.optional(),
  })
  .strict();
export type SlotsQuery = z.output<typeof slotsQuery>;

export const slotView = z.object({ start: isoWithOffset, end: isoWithOffset });

export const slotsView = z.object({
  items: z.array(slotView),
  nextCursor: z.null(),
  /** The zone the offsets are given in; the therapist's own zone is on their profile. */
  timeZone: z.string(),
});
export type SlotsView = z.infer<typeof slotsView>;
