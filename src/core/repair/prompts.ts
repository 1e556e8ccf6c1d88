/**
 * Repair prompts (DESIGN.md, Journeys → Therapist 4): for each flag, a short, specific prompt for
 * the next session — a title, example words to open the door, and one thing to avoid. "What
 * changed" is the flag's own reason (describeSignal), shown above the prompt.
 *
 * Two prompts are not about the relationship at all: a boundary concern (`red_flag`) and risk
 * language (`comment_risk`) call for the clinic's policy or risk protocol, the supervisor and the
 * record, so they are marked `followClinicProtocol` and carry steps instead of repair words.
 */
import type { Locale } from '../i18n';
import { repairEn } from '../i18n/repair.en';
import { repairFr } from '../i18n/repair.fr';
import type { SignalKind, SignalSeverity } from '../signals/types';

export type RepairMessageKey = keyof typeof repairEn;

/** `repair` invites a conversation; `protocol` means follow the clinic's procedure; `positive` celebrates. */
export type RepairTone = 'repair' | 'protocol' | 'positive';

interface PromptSpec {
  readonly tone: RepairTone;
  readonly urgent: boolean;
  readonly titleKey: RepairMessageKey;
  readonly openKeys: readonly RepairMessageKey[];
  readonly avoidKey: RepairMessageKey;
}

const specs = {
  // Safran & Muran (2000): withdrawal markers (going quiet, deferring) call for gentle invitation.
  // Hill et al. (1993): clients often hide negative reactions, and therapists rarely notice.
  withdrawal: {
    tone: 'repair',
    urgent: false,
    titleKey: 'repair.withdrawal.title',
    openKeys: [
      'repair.withdrawal.open.1',
      'repair.withdrawal.open.2',
      'repair.withdrawal.open.3',
      'repair.withdrawal.open.4',
    ],
    avoidKey: 'repair.withdrawal.avoid',
  },
  // Eubanks, Muran & Safran (2018): repaired ruptures go with better outcome, unrepaired with dropout.
  drop_unrecovered: {
    tone: 'repair',
    urgent: false,
    titleKey: 'repair.drop_unrecovered.title',
    openKeys: [
      'repair.drop_unrecovered.open.1',
      'repair.drop_unrecovered.open.2',
      'repair.drop_unrecovered.open.3',
    ],
    avoidKey: 'repair.drop_unrecovered.avoid',
  },
  // Safran & Muran (2000): confrontation markers; validate, own your part, metacommunicate.
  // Rhodes et al. (1994): misunderstandings resolved when therapists took complaints non-defensively.
  confrontation: {
    tone: 'repair',
    urgent: false,
    titleKey: 'repair.confrontation.title',
    openKeys: [
      'repair.confrontation.open.1',
      'repair.confrontation.open.2',
      'repair.confrontation.open.3',
      'repair.confrontation.open.4',
    ],
    avoidKey: 'repair.confrontation.avoid',
  },
  // Hannan et al. (2005): therapists foresaw 1 of 40 clients who deteriorated; ask, don't assume.
  agreement: {
    tone: 'repair',
    urgent: false,
    titleKey: 'repair.agreement.title',
    openKeys: ['repair.agreement.open.1', 'repair.agreement.open.2', 'repair.agreement.open.3'],
    avoidKey: 'repair.agreement.avoid',
  },
  // Bordin (1979): alliance = bond + agreement on goals and tasks; Tryon, Birch & Verkuilen (2018):
  // goal consensus and collaboration go with better outcome.
  goals: {
    tone: 'repair',
    urgent: false,
    titleKey: 'repair.goals.title',
    openKeys: [
      'repair.goals.open.1',
      'repair.goals.open.2',
      'repair.goals.open.3',
      'repair.goals.open.4',
    ],
    avoidKey: 'repair.goals.avoid',
  },
  // Swift & Greenberg (2012): about 1 in 5 clients drop out; attending to fit and practical
  // barriers, without blame, is how to keep them.
  disengagement: {
    tone: 'repair',
    urgent: false,
    titleKey: 'repair.disengagement.title',
    openKeys: [
      'repair.disengagement.open.1',
      'repair.disengagement.open.2',
      'repair.disengagement.open.3',
    ],
    avoidKey: 'repair.disengagement.avoid',
  },
  // Safran & Muran (2000): missing a session after a hard one can itself be a withdrawal marker.
  after_low: {
    tone: 'repair',
    urgent: false,
    titleKey: 'repair.after_low.title',
    openKeys: ['repair.after_low.open.1', 'repair.after_low.open.2', 'repair.after_low.open.3'],
    avoidKey: 'repair.after_low.avoid',
  },
  // Duncan et al. (2003): feedback only helps when the client feels safe to give honest answers.
  checkins: {
    tone: 'repair',
    urgent: false,
    titleKey: 'repair.checkins.title',
    openKeys: [
      'repair.checkins.open.1',
      'repair.checkins.open.2',
      'repair.checkins.open.3',
      'repair.checkins.open.4',
    ],
    avoidKey: 'repair.checkins.avoid',
  },
  // Lambert, Whipple & Kleinstäuber (2018): feedback on off-track clients, with a review of the
  // alliance, motivation, support and the plan, improves their outcomes.
  off_track: {
    tone: 'repair',
    urgent: false,
    titleKey: 'repair.off_track.title',
    openKeys: [
      'repair.off_track.open.1',
      'repair.off_track.open.2',
      'repair.off_track.open.3',
      'repair.off_track.open.4',
    ],
    avoidKey: 'repair.off_track.avoid',
  },
  // Lambert et al. (2018) as above; Dazzi et al. (2014): asking about suicide does not raise risk.
  deterioration: {
    tone: 'repair',
    urgent: false,
    titleKey: 'repair.deterioration.title',
    openKeys: [
      'repair.deterioration.open.1',
      'repair.deterioration.open.2',
      'repair.deterioration.open.3',
      'repair.deterioration.open.4',
    ],
    avoidKey: 'repair.deterioration.avoid',
  },
  // Eubanks, Muran & Safran (2018): repaired vs unrepaired ruptures, r = .29 with outcome.
  repaired: {
    tone: 'positive',
    urgent: false,
    titleKey: 'repair.repaired.title',
    openKeys: ['repair.repaired.open.1', 'repair.repaired.open.2', 'repair.repaired.open.3'],
    avoidKey: 'repair.repaired.avoid',
  },
  // Jacobson & Truax (1991): a reliable change is larger than measurement error.
  improvement: {
    tone: 'positive',
    urgent: false,
    titleKey: 'repair.improvement.title',
    openKeys: [
      'repair.improvement.open.1',
      'repair.improvement.open.2',
      'repair.improvement.open.3',
    ],
    avoidKey: 'repair.improvement.avoid',
  },
  // A boundary concern is a conduct matter for the clinic, never a rupture to smooth over.
  boundary: {
    tone: 'protocol',
    urgent: false,
    titleKey: 'repair.boundary.title',
    openKeys: [
      'repair.boundary.open.1',
      'repair.boundary.open.2',
      'repair.boundary.open.3',
      'repair.boundary.open.4',
    ],
    avoidKey: 'repair.boundary.avoid',
  },
  risk: {
    tone: 'protocol',
    urgent: true,
    titleKey: 'repair.risk.title',
    openKeys: [
      'repair.risk.open.1',
      'repair.risk.open.2',
      'repair.risk.open.3',
      'repair.risk.open.4',
    ],
    avoidKey: 'repair.risk.avoid',
  },
} as const satisfies Record<string, PromptSpec>;

export type RepairPromptId = keyof typeof specs;
export const repairPromptIds = Object.keys(specs) as RepairPromptId[];

/**
 * The prompt for each rule variant the engine emits (`evidence.rule`), by kind, and the one used
 * for a variant not listed here (a newer engine, a clinic's own rule).
 */
export const repairRoutes = {
  low_alliance: {
    rules: { score: 'withdrawal', item: 'withdrawal', score_and_item: 'withdrawal' },
    otherwise: 'withdrawal',
  },
  alliance_drop: {
    rules: { drop: 'withdrawal', unrecovered: 'drop_unrecovered' },
    otherwise: 'withdrawal',
  },
  rupture_repaired: { rules: { repaired: 'repaired' }, otherwise: 'repaired' },
  agreement_gap: {
    rules: { alliance: 'agreement', goal_progress: 'goals', goal_agreement: 'goals' },
    otherwise: 'agreement',
  },
  disengagement: {
    rules: {
      cancellations: 'disengagement',
      late_cancel_after_low: 'after_low',
      no_show_after_low: 'after_low',
      missed_checkins: 'checkins',
      flat_ticking: 'checkins',
    },
    otherwise: 'disengagement',
  },
  reliable_change: {
    rules: { improved: 'improvement', recovered: 'improvement', deteriorated: 'deterioration' },
    otherwise: 'deterioration',
  },
  not_on_track: { rules: { below_expected: 'off_track' }, otherwise: 'off_track' },
  comment_rupture: {
    rules: {
      rupture_withdrawal: 'withdrawal',
      rupture_confrontation: 'confrontation',
      // A concern the client shared, by its category (src/core/signals/concerns.ts).
      concern_felt_judged: 'confrontation',
      concern_felt_dismissed: 'confrontation',
      concern_goals: 'goals',
      concern_approach: 'goals',
      concern_practical: 'disengagement',
      concern_other: 'confrontation',
    },
    otherwise: 'withdrawal',
  },
  red_flag: {
    rules: { red_flag: 'boundary', concern_boundary: 'boundary' },
    otherwise: 'boundary',
  },
  comment_risk: { rules: { risk: 'risk' }, otherwise: 'risk' },
} as const satisfies Record<
  SignalKind,
  { rules: Readonly<Record<string, RepairPromptId>>; otherwise: RepairPromptId }
>;

/** The alliance items about goals and tasks rather than the bond (Bordin, 1979). */
const goalAndTaskItems: ReadonlySet<unknown> = new Set(['goals', 'approach']);

/** What `repairPromptFor` reads of a flag: a draft or a stored signal both fit. */
export interface RepairSignal {
  readonly kind: SignalKind;
  readonly severity: SignalSeverity;
  readonly evidence: { readonly rule: string; readonly [fact: string]: unknown };
}

export interface RepairPrompt {
  /** The prompt's id (a `RepairPromptId`), e.g. to record which prompt a repair note answered. */
  readonly key: RepairPromptId;
  readonly tone: RepairTone;
  readonly titleKey: RepairMessageKey;
  /** The heading above `openKeys`: ways to open the door, steps to take, or ways to name it. */
  readonly openHeadingKey: RepairMessageKey;
  readonly openKeys: readonly RepairMessageKey[];
  readonly avoidKey: RepairMessageKey;
  /** Act today: risk language, or a flag the engine made urgent (a drop that has lasted). */
  readonly urgent: boolean;
  /** Follow the clinic's policy or protocol and consult; this is not a rupture to repair. */
  readonly followClinicProtocol: boolean;
}

const headingOf = {
  repair: 'repair.heading.open',
  protocol: 'repair.heading.steps',
  positive: 'repair.heading.positive',
} as const satisfies Record<RepairTone, RepairMessageKey>;

function routeOf(kind: SignalKind, rule: string): RepairPromptId {
  const route = repairRoutes[kind];
  const rules: Readonly<Record<string, RepairPromptId>> = route.rules;
  return Object.hasOwn(rules, rule) ? (rules[rule] ?? route.otherwise) : route.otherwise;
}

/** The prompt for a flag, chosen by its kind and rule variant. */
export function repairPromptFor(signal: RepairSignal): RepairPrompt {
  let id = routeOf(signal.kind, signal.evidence.rule);
  // Low only on "working on what I wanted" / "the approach fits": a goals-and-tasks conversation.
  const lowItems = signal.evidence.lowItems;
  if (
    signal.kind === 'low_alliance' &&
    Array.isArray(lowItems) &&
    lowItems.length > 0 &&
    lowItems.every((item) => goalAndTaskItems.has(item))
  )
    id = 'goals';
  const spec: PromptSpec = specs[id];
  return {
    key: id,
    tone: spec.tone,
    titleKey: spec.titleKey,
    openHeadingKey: headingOf[spec.tone],
    openKeys: spec.openKeys,
    avoidKey: spec.avoidKey,
    urgent: spec.urgent || signal.severity === 'urgent',
    followClinicProtocol: spec.tone === 'protocol',
  };
}

export const repairCatalogues = { en: repairEn, fr: repairFr } as const satisfies Record<
  Locale,
  Readonly<Record<RepairMessageKey, string>>
>;

export interface RenderedRepairPrompt {
  readonly title: string;
  readonly openHeading: string;
  readonly open: string[];
  readonly avoidHeading: string;
  readonly avoid: string;
}

/** A prompt's text in one language. */
export function renderRepairPrompt(prompt: RepairPrompt, locale: Locale): RenderedRepairPrompt {
  const text: Readonly<Record<RepairMessageKey, string>> = repairCatalogues[locale];
  return {
    title: text[prompt.titleKey],
    openHeading: text[prompt.openHeadingKey],
    open: prompt.openKeys.map((key) => text[key]),
    avoidHeading: text['repair.heading.avoid'],
    avoid: text[prompt.avoidKey],
  };
}
