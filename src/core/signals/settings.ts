/**
 * Every threshold of the signal engine, with DESIGN.md's defaults, and the schema a clinic's
 * overrides must pass (bounds keep a mistyped setting from silencing or flooding the flags).
 */
import { z } from 'zod';
import { formatPath } from '../instruments/schema';
import type { InstrumentProblem } from '../instruments/schema';

const lowAlliance = z
  .object({
    /** Flag when the alliance score is below this (Duncan et al., 2003: 36 of 40 → 9 of 10). */
    scoreBelow: z.number().min(0).max(10),
    /** …or when any item is at or below this. */
    itemAtOrBelow: z.number().min(0).max(10),
  })
  .strict();

const allianceDrop = z
  .object({
    /** The "any drop of a point" floor. */
    minDrop: z.number().min(0.1).max(10),
    /** Multiplier of SD: 1 (Strauss et al., 2006) or 2, stricter (Stiles et al., 2004). */
    k: z.number().min(0.5).max(4),
    /** The clinic-wide within-client SD, 0.5 until the clinic has enough data (Gumz et al., 2012). */
    clinicWithinClientSd: z.number().min(0.05).max(5),
    /** Sessions after a drop in which a return to the pre-drop mean counts as a repair. */
    recoveryWindow: z.int().min(1).max(6),
  })
  .strict();

const agreementGap = z
  .object({
    /** Therapist's alliance score above the client's by at least this. */
    alliance: z.number().min(0.1).max(10),
    /** Client's and therapist's goal ratings apart by at least this. */
    goal: z.number().min(0.1).max(10),
  })
  .strict();

const disengagement = z
  .object({
    /** How many of the client's most recent sessions to look at… */
    window: z.int().min(2).max(12),
    /** …and how many of them cancelled by the client or missed raise a flag. */
    minMissed: z.int().min(1).max(12),
    /** Attended sessions in a row without a check-in. */
    missedCheckinsInRow: z.int().min(1).max(10),
    /** Identical check-ins in a row (with no comment) that count as flat ticking. */
    flatCheckins: z.int().min(2).max(10),
    /** A check-in counts as not completed this long after its session (or once a later session was attended). */
    checkinGraceHours: z
      .number()
      .min(0)
      .max(24 * 60),
  })
  .strict();

const trajectoryModel = z
  .object({
    engagements: z.int().min(0),
    intercept: z.number().min(-1000).max(1000),
    slope: z.number().min(-5).max(5),
  })
  .strict();

const notOnTrack = z
  .object({
    /** The outcome scale followed (the built-in well-being by default). */
    instrumentId: z.string().min(1),
    scaleId: z.string().min(1),
    /** First check-in (1 = intake) at which the rule applies. */
    fromCheckin: z.int().min(2).max(20),
    /** Gain of the default curve (trajectory.ts). */
    defaultGain: z.number().min(0).max(1),
    /** The clinic's model is used only when learned from at least this many engagements. */
    minModelEngagements: z.int().min(30).max(1_000_000),
    model: trajectoryModel.nullable(),
  })
  .strict();

const psychometricOverride = z
  .object({ cutoff: z.number().optional(), reliableChange: z.number().positive().optional() })
  .strict();

/** Keyed by `<instrumentId>/<scaleId>`, e.g. `wellbeing/wellbeing`. */
const psychometrics = z.record(
  z.string().regex(/^[A-Za-z0-9\-.]+\/[A-Za-z0-9\-.]+$/, 'keys are "<instrumentId>/<scaleId>"'),
  psychometricOverride,
);

export const signalSettingsSchema = z
  .object({ lowAlliance, allianceDrop, agreementGap, disengagement, notOnTrack, psychometrics })
  .strict()
  .superRefine((settings, ctx) => {
    if (settings.disengagement.minMissed > settings.disengagement.window) {
      ctx.addIssue({
        code: 'custom',
        path: ['disengagement', 'minMissed'],
        message: `must be at most the window (${settings.disengagement.window})`,
      });
    }
  });
export type SignalSettings = z.infer<typeof signalSettingsSchema>;

export const defaultSignalSettings: SignalSettings = {
  lowAlliance: { scoreBelow: 9, itemAtOrBelow: 6 },
  allianceDrop: { minDrop: 1, k: 1, clinicWithinClientSd: 0.5, recoveryWindow: 2 },
  agreementGap: { alliance: 2, goal: 3 },
  disengagement: {
    window: 4,
    minMissed: 2,
    missedCheckinsInRow: 2,
    flatCheckins: 3,
    checkinGraceHours: 72,
  },
  notOnTrack: {
    instrumentId: 'wellbeing',
    scaleId: 'wellbeing',
    fromCheckin: 3,
    defaultGain: 0.15,
    minModelEngagements: 30,
    model: null,
  },
  psychometrics: {},
};

/** What a clinic may store: any subset of the settings. */
export const signalSettingsOverridesSchema = z
  .object({
    lowAlliance: lowAlliance.partial().optional(),
    allianceDrop: allianceDrop.partial().optional(),
    agreementGap: agreementGap.partial().optional(),
    disengagement: disengagement.partial().optional(),
    notOnTrack: notOnTrack.partial().optional(),
    psychometrics: psychometrics.optional(),
  })
  .strict();
export type SignalSettingsOverrides = z.infer<typeof signalSettingsOverridesSchema>;

export type ResolveSettingsResult =
  { success: true; settings: SignalSettings } | { success: false; problems: InstrumentProblem[] };

/** A clinic's overrides on top of the defaults, validated as a whole (bounds and cross-checks). */
export function resolveSignalSettings(overrides: unknown): ResolveSettingsResult {
  const parsed = signalSettingsOverridesSchema.safeParse(overrides ?? {});
  const toProblems = (error: z.ZodError) =>
    error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  if (!parsed.success) return { success: false, problems: toProblems(parsed.error) };
  const o = parsed.data;
  const d = defaultSignalSettings;
  const merged = signalSettingsSchema.safeParse({
    lowAlliance: { ...d.lowAlliance, ...o.lowAlliance },
    allianceDrop: { ...d.allianceDrop, ...o.allianceDrop },
    agreementGap: { ...d.agreementGap, ...o.agreementGap },
    disengagement: { ...d.disengagement, ...o.disengagement },
    notOnTrack: { ...d.notOnTrack, ...o.notOnTrack },
    psychometrics: { ...d.psychometrics, ...o.psychometrics },
  });
  if (!merged.success) return { success: false, problems: toProblems(merged.error) };
  return { success: true, settings: merged.data };
}
