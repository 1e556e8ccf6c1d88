/**
 * The signal engine's input (an engagement's history as plain data) and output (flag drafts),
 * and the stored flag that `reconcileSignals` compares drafts with.
 */
import type { signalsEn } from '../i18n/signals.en';
import type { Respondent } from '../instruments/types';
import type { ScreeningResult } from '../screening/types';

export const signalKinds = [
  'low_alliance',
  'alliance_drop',
  'rupture_repaired',
  'agreement_gap',
  'disengagement',
  'reliable_change',
  'not_on_track',
  'comment_rupture',
  'comment_risk',
  'red_flag',
] as const;
export type SignalKind = (typeof signalKinds)[number];

export const signalSeverities = ['info', 'warning', 'urgent'] as const;
export type SignalSeverity = (typeof signalSeverities)[number];

export const signalStatuses = ['open', 'acknowledged', 'resolved'] as const;
export type SignalStatus = (typeof signalStatuses)[number];

export const sessionStatuses = [
  'scheduled',
  'attended',
  'cancelled',
  'late_cancelled',
  'no_show',
] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

/** Times are ISO 8601 strings with an offset; the engine compares instants, not strings. */
export interface SessionRecord {
  readonly id: string;
  readonly scheduledAt: string;
  readonly status: SessionStatus;
  /** Who cancelled; null when not cancelled (a cancellation with null counts as the client's). */
  readonly cancelledBy: Respondent | null;
}

export interface CheckinRecord {
  readonly id: string;
  /** The session it is about; null for one not tied to a session (e.g. an intake before session 1). */
  readonly sessionId: string | null;
  readonly instrumentId: string;
  readonly respondent: Respondent;
  readonly submittedAt: string;
  readonly answers: Readonly<Record<string, number>>;
  /** Scores by scale id as stored at submission; recomputed from the answers when absent. */
  readonly scores: Readonly<Record<string, number>>;
  readonly hasComment: boolean;
  /** Server-side screening of the comment (src/core/screening). */
  readonly screening?: ScreeningResult | null;
}

export interface GoalRatingRecord {
  readonly id: string;
  readonly goalId: string;
  readonly sessionId: string | null;
  readonly raterRole: Respondent;
  /** 0–10. */
  readonly progress: number;
  /** How much the rater agrees with the goal, 0–10; null when not asked. */
  readonly agreement: number | null;
  readonly ratedAt: string;
}

/** A concern raised by the client ("something feels off"), with its screening. */
export interface ConcernRecord {
  readonly id: string;
  readonly raisedAt: string;
  readonly sessionId?: string | null;
  readonly screening?: ScreeningResult | null;
  /**
   * The category the client chose (src/core/guide/concerns.ts), for a concern shared with the
   * therapist: it raises a flag of its own whatever the words say.
   */
  readonly category?: string;
  /** The client's words, when they wrote some; null or absent when they did not. */
  readonly words?: string | null;
}

/** Everything the engine reads about one engagement. The order of the arrays does not matter. */
export interface EngagementHistory {
  readonly sessions: readonly SessionRecord[];
  readonly checkins: readonly CheckinRecord[];
  readonly goalRatings: readonly GoalRatingRecord[];
  readonly concerns?: readonly ConcernRecord[];
}

export type SignalMessageKey = keyof typeof signalsEn;
export type MessageParams = Readonly<Record<string, string | number>>;
export type EvidenceValue = string | number | boolean | null | readonly (string | number | null)[];

/**
 * Why a flag was raised, readable on its own: which variant of the rule fired (`rule`), the
 * numbers it compared (flat fields), the quoted sentence for comment flags, and a one-line reason
 * (`messageKey` + `params`, see `describeSignal`).
 * `quote` is the client's own words: store evidence encrypted like other free text.
 */
export interface SignalEvidence {
  readonly rule: string;
  readonly messageKey: SignalMessageKey;
  readonly params: MessageParams;
  readonly quote?: string;
  readonly [fact: string]: EvidenceValue | MessageParams | undefined;
}

export const resolutionReasons = [
  'recovered',
  'superseded',
  'repaired',
  'gap_closed',
  'attendance_recovered',
  'attended_again',
  'checkin_completed',
  'answers_varied',
  'no_longer_reliable',
  'back_on_track',
  'condition_cleared',
] as const;
export type ResolutionReason = (typeof resolutionReasons)[number];

/** Why a flag was resolved automatically. */
export interface SignalResolution {
  readonly reason: ResolutionReason;
  /** The session whose data cleared the condition, when there is one. */
  readonly sessionId: string | null;
  readonly messageKey: SignalMessageKey;
  readonly params: MessageParams;
}

/**
 * What the engine says about one flag. `ruleKey` is its stable identity across recomputations
 * (see engine.ts for the scheme). `resolution` is null while the condition holds; otherwise the
 * flag is known to the engine but its condition has cleared, and why.
 */
export interface SignalDraft {
  readonly ruleKey: string;
  readonly kind: SignalKind;
  readonly severity: SignalSeverity;
  readonly sessionId: string | null;
  readonly evidence: SignalEvidence;
  readonly resolution: SignalResolution | null;
}

/** A flag as stored (the storage layer's row, in the core's terms). */
export interface StoredSignal {
  readonly id: string;
  readonly ruleKey: string;
  readonly kind: SignalKind;
  readonly severity: SignalSeverity;
  readonly status: SignalStatus;
  readonly sessionId: string | null;
  readonly evidence: SignalEvidence;
  readonly resolution: SignalResolution | null;
  readonly raisedAt: string;
  readonly resolvedAt: string | null;
}
