/**
 * A clinic's settings as the administrator edits them (`GET/PATCH /clinic/settings`): the signal
 * thresholds that matter most in practice (with the 1-SD or 2-SD drop rule), reminder timing,
 * which check-ins are used, the region and the crisis resources shown to its clients.
 *
 * Stored in `clinics.settings` (jsonb) as `{signals, reminders, checkins, region,
 * crisisResources}`; `signals` holds the engine's overrides (settings.ts), so values this page
 * does not edit (a learned trajectory model, say) are kept untouched.
 */
import { z } from 'zod';
import { crisisResource, defaultCrisisResources, type CrisisResource } from './crisis';
import {
  defaultSignalSettings,
  type SignalSettings,
  type SignalSettingsOverrides,
} from './signals/settings';

/** The alliance-drop rule: the drop must exceed max(floor, k · SD) with k = 1 or 2. */
export const dropRules = ['1sd', '2sd'] as const;
export type DropRule = (typeof dropRules)[number];

/** The built-in well-being scale, whose reliable-change threshold a clinic may set. */
export const wellbeingScaleKey = 'wellbeing/wellbeing';
export const defaultWellbeingReliableChange = 5;

/** On the 0.1 grid of the 0–10 answers (floating point tolerant). */
const onTenth = (value: number) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-6;
const tenth = (min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .refine(onTenth, { message: 'settings.problem.step', params: { step: 0.1 } });

const signalsView = z
  .object({
    /** Low alliance: a score below this raises a flag (DESIGN.md default 9.0). */
    lowAllianceBelow: tenth(1, 10),
    /** …or any item at or below this (default 6). */
    lowItemAtOrBelow: tenth(0, 9.9),
    dropRule: z.enum(dropRules),
    /** The "any drop of a point" floor of the drop rule (default 1.0). */
    dropMinPoints: tenth(0.1, 5),
    /** Agreement gap: the therapist's alliance score above the client's by at least this. */
    agreementGapAlliance: tenth(0.5, 10),
    /** Agreement gap on goal ratings. */
    agreementGapGoal: tenth(0.5, 10),
    /** Disengagement: how many recent sessions are looked at… */
    missedWindow: z.int().min(2).max(12),
    /** …and how many of them missed or cancelled by the client raise a flag. */
    missedMin: z.int().min(1).max(12),
    /** Reliable change on the 0–40 well-being score (default 5 points). */
    wellbeingReliableChange: tenth(1, 20),
  })
  .strict();

const remindersView = z
  .object({
    /** A reminder goes out this many hours after an attended session without a check-in. */
    checkinReminderHours: z.int().min(1).max(144),
  })
  .strict();

const instrumentId = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/);
const checkinsView = z
  .object({
    /** What the client is asked after each session; `alliance` is always among them. */
    client: z.array(instrumentId).min(1).max(6),
    /** What the therapist rates: `therapist-alliance`, or nothing. */
    therapist: z.array(instrumentId).max(3),
  })
  .strict();

export const clinicSettingsView = z.object({
  region: z.string().trim().max(80).nullable(),
  signals: signalsView,
  reminders: remindersView,
  checkins: checkinsView,
  crisisResources: z.array(crisisResource.strict()).min(1).max(12),
});
export type ClinicSettingsView = z.infer<typeof clinicSettingsView>;

/** A PATCH changes any subset of fields; unknown fields are refused. */
export const updateClinicSettingsRequest = z
  .object({
    region: clinicSettingsView.shape.region.optional(),
    signals: signalsView.partial().strict().optional(),
    reminders: remindersView.partial().strict().optional(),
    checkins: checkinsView.partial().strict().optional(),
    crisisResources: clinicSettingsView.shape.crisisResources.optional(),
  })
  .strict();
export type UpdateClinicSettingsRequest = z.infer<typeof updateClinicSettingsRequest>;

export const defaultCheckins = {
  client: ['alliance', 'wellbeing'],
  therapist: ['therapist-alliance'],
};
export const defaultReminderHours = 48;

/** What is kept in clinics.settings (every part optional: a new clinic has `{}`). */
export interface StoredClinicSettings {
  signals?: SignalSettingsOverrides;
  region?: string | null;
  reminders?: { checkinReminderHours?: number };
  checkins?: { client?: string[]; therapist?: string[] };
  crisisResources?: CrisisResource[];
  [other: string]: unknown;
}

const storedReminders = remindersView.partial();
const storedCheckins = checkinsView.partial();

/** The stored document read leniently: a part that does not parse falls back to its default. */
export function readStoredSettings(raw: unknown): {
  region: string | null;
  reminders: ClinicSettingsView['reminders'];
  checkins: ClinicSettingsView['checkins'];
  crisisResources: CrisisResource[];
} {
  const doc = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const reminders = storedReminders.safeParse(doc.reminders);
  const checkins = storedCheckins.safeParse(doc.checkins);
  const crisis = z.array(crisisResource).min(1).safeParse(doc.crisisResources);
  const region = z.string().max(80).nullable().safeParse(doc.region);
  return {
    region: region.success ? region.data : null,
    reminders: {
      checkinReminderHours:
        (reminders.success ? reminders.data.checkinReminderHours : undefined) ??
        defaultReminderHours,
    },
    checkins: {
      client: (checkins.success ? checkins.data.client : undefined) ?? [...defaultCheckins.client],
      therapist: (checkins.success ? checkins.data.therapist : undefined) ?? [
        ...defaultCheckins.therapist,
      ],
    },
    crisisResources: crisis.success ? crisis.data : [...defaultCrisisResources],
  };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The administrator's view of the engine's settings. */
export function signalsViewOf(settings: SignalSettings): ClinicSettingsView['signals'] {
  const wellbeing = settings.psychometrics[wellbeingScaleKey]?.reliableChange;
  return {
    lowAllianceBelow: settings.lowAlliance.scoreBelow,
    lowItemAtOrBelow: settings.lowAlliance.itemAtOrBelow,
    dropRule: settings.allianceDrop.k >= 1.5 ? '2sd' : '1sd',
    dropMinPoints: settings.allianceDrop.minDrop,
    agreementGapAlliance: settings.agreementGap.alliance,
    agreementGapGoal: settings.agreementGap.goal,
    missedWindow: settings.disengagement.window,
    missedMin: settings.disengagement.minMissed,
    wellbeingReliableChange: round1(wellbeing ?? defaultWellbeingReliableChange),
  };
}

/** Fold an edit of the view into the engine's stored overrides, keeping everything else. */
export function mergeSignalOverrides(
  current: SignalSettingsOverrides,
  edit: Partial<ClinicSettingsView['signals']>,
): SignalSettingsOverrides {
  const only = <T extends object>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
  const psychometrics = { ...current.psychometrics };
  if (edit.wellbeingReliableChange !== undefined) {
    psychometrics[wellbeingScaleKey] = {
      ...psychometrics[wellbeingScaleKey],
      reliableChange: edit.wellbeingReliableChange,
    };
  }
  return {
    ...current,
    lowAlliance: {
      ...current.lowAlliance,
      ...only({ scoreBelow: edit.lowAllianceBelow, itemAtOrBelow: edit.lowItemAtOrBelow }),
    },
    allianceDrop: {
      ...current.allianceDrop,
      ...only({
        k: edit.dropRule === undefined ? undefined : edit.dropRule === '2sd' ? 2 : 1,
        minDrop: edit.dropMinPoints,
      }),
    },
    agreementGap: {
      ...current.agreementGap,
      ...only({ alliance: edit.agreementGapAlliance, goal: edit.agreementGapGoal }),
    },
    disengagement: {
      ...current.disengagement,
      ...only({ window: edit.missedWindow, minMissed: edit.missedMin }),
    },
    psychometrics,
  };
}

/** The defaults, as the settings page shows them for a new clinic. */
export const defaultClinicSettings: ClinicSettingsView = {
  region: null,
  signals: signalsViewOf(defaultSignalSettings),
  reminders: { checkinReminderHours: defaultReminderHours },
  checkins: { client: [...defaultCheckins.client], therapist: [...defaultCheckins.therapist] },
  crisisResources: [...defaultCrisisResources],
};

/** Where each engine setting a view field maps to, to report cross-field problems on the field. */
export const signalFieldOfEnginePath: Readonly<Record<string, string>> = {
  'lowAlliance.scoreBelow': 'signals.lowAllianceBelow',
  'lowAlliance.itemAtOrBelow': 'signals.lowItemAtOrBelow',
  'allianceDrop.k': 'signals.dropRule',
  'allianceDrop.minDrop': 'signals.dropMinPoints',
  'agreementGap.alliance': 'signals.agreementGapAlliance',
  'agreementGap.goal': 'signals.agreementGapGoal',
  'disengagement.window': 'signals.missedWindow',
  'disengagement.minMissed': 'signals.missedMin',
};
