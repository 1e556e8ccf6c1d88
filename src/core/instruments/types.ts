/**
 * An instrument (a check-in questionnaire) in the shape the core works with: items with their
 * range and wording, and the scales they form with their psychometric parameters.
 *
 * On the wire and in storage an instrument is a FHIR R4 `Questionnaire` (see fhir.ts for the
 * exact mapping); `readQuestionnaire` turns one into an `Instrument`, `toQuestionnaire` back.
 */

/** Text by language code ('en', 'fr', …). The instrument's own `language` is always present. */
export type LocalizedText = Readonly<Record<string, string>>;

export const respondents = ['client', 'therapist'] as const;
export type Respondent = (typeof respondents)[number];

export const scoringMethods = ['mean', 'sum'] as const;
export type ScoringMethod = (typeof scoringMethods)[number];

export const scaleDirections = ['higher-is-better', 'lower-is-better'] as const;
export type ScaleDirection = (typeof scaleDirections)[number];

export interface InstrumentItem {
  /** The FHIR `linkId`, and the key of the answer in a check-in. */
  readonly id: string;
  readonly type: 'decimal' | 'integer';
  readonly min: number;
  readonly max: number;
  /** Answers are multiples of 10^-decimals (1 → steps of 0.1, a visual-analogue line). */
  readonly decimals: number;
  readonly text: LocalizedText;
  /** Anchor labels at the two ends of the line. */
  readonly lower: LocalizedText;
  readonly upper: LocalizedText;
}

/** Means and SDs of a clinical and a functional sample, for the Jacobson–Truax cutoff c. */
export interface ScaleNorms {
  readonly clinical: { readonly mean: number; readonly sd: number };
  readonly functional: { readonly mean: number; readonly sd: number };
}

export interface Scale {
  readonly id: string;
  readonly items: readonly string[];
  readonly method: ScoringMethod;
  readonly direction: ScaleDirection;
  /** Items scored the other way round (item.min + item.max − answer). */
  readonly reversed: readonly string[];
  /** The scale's range; must equal the range implied by its items and method. */
  readonly min: number;
  readonly max: number;
  /** Standard deviation (pre-treatment or normative), for the reliable change index. */
  readonly sd?: number;
  /** Reliability (internal consistency or test–retest), 0 ≤ r < 1. */
  readonly reliability?: number;
  /** Clinical cutoff; on the "clinical" side a score is below (higher-is-better) or above it. */
  readonly cutoff?: number;
  /** Reliable-change threshold in scale points, when given by convention rather than sd and r. */
  readonly reliableChange?: number;
  readonly norms?: ScaleNorms;
}

export interface Instrument {
  readonly id: string;
  readonly url: string;
  readonly version?: string;
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  /** The language of the plain `text` fields; translations add other languages. */
  readonly language: string;
  readonly title: LocalizedText;
  readonly respondent: Respondent;
  readonly items: readonly InstrumentItem[];
  readonly scales: readonly Scale[];
}
