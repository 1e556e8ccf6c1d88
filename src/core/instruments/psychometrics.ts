/**
 * Reliable and clinically significant change (Jacobson & Truax, 1991): is a change bigger than
 * measurement error, and did it cross from the clinical into the functional range?
 */
import type { Scale, ScaleDirection, ScaleNorms } from './types';

/** z for a two-sided 95 % criterion. */
export const reliableChangeZ = 1.96;

// Jacobson & Truax (1991), with Christensen & Mendoza (1986)'s √2 (SE of a difference of two scores).
/** Smallest change that is unlikely (p < .05) to be measurement error: 1.96 · SD · √2 · √(1 − r). */
export function reliableChangeThreshold(
  sd: number,
  reliability: number,
  z = reliableChangeZ,
): number {
  return z * sd * Math.SQRT2 * Math.sqrt(1 - reliability);
}

// Jacobson & Truax (1991), criterion c: the point between the two populations weighted by their SDs.
/** c = (SD_clin · M_func + SD_func · M_clin) / (SD_clin + SD_func). */
export function clinicalCutoff(norms: ScaleNorms): number {
  const { clinical, functional } = norms;
  return (
    (clinical.sd * functional.mean + functional.sd * clinical.mean) / (clinical.sd + functional.sd)
  );
}

/** A clinic's own values for a scale (signal settings); they win over the definition. */
export interface PsychometricOverride {
  readonly cutoff?: number;
  readonly reliableChange?: number;
}

/** The reliable-change threshold of a scale: explicit value first, else from SD and r; null if unknown. */
export function scaleReliableChange(scale: Scale, override?: PsychometricOverride): number | null {
  if (override?.reliableChange !== undefined) return override.reliableChange;
  if (scale.reliableChange !== undefined) return scale.reliableChange;
  if (scale.sd !== undefined && scale.reliability !== undefined) {
    return reliableChangeThreshold(scale.sd, scale.reliability);
  }
  return null;
}

/** The clinical cutoff of a scale: explicit value first, else from the norms; null if unknown. */
export function scaleCutoff(scale: Scale, override?: PsychometricOverride): number | null {
  if (override?.cutoff !== undefined) return override.cutoff;
  if (scale.cutoff !== undefined) return scale.cutoff;
  return scale.norms ? clinicalCutoff(scale.norms) : null;
}

/**
 * Whether a score lies in the clinical range: strictly below the cutoff on a higher-is-better
 * scale (a well-being of 25 is not clinical), strictly above it on a lower-is-better one.
 */
export function isClinical(score: number, cutoff: number, direction: ScaleDirection): boolean {
  return direction === 'higher-is-better' ? score < cutoff : score > cutoff;
}

export type ChangeCategory = 'recovered' | 'improved' | 'unchanged' | 'deteriorated';

export interface ChangeAssessment {
  /** Latest minus intake, in scale points. */
  change: number;
  /** The change oriented so that positive means better. */
  improvement: number;
  reliable: 'improved' | 'deteriorated' | null;
  /** Jacobson–Truax category; `recovered` only when a cutoff is known and was crossed. */
  category: ChangeCategory;
  /** Whether the score moved across the cutoff (either way); null without a cutoff. */
  crossedCutoff: boolean | null;
}

const tolerance = 1e-9;

/** Classify the change from intake to the latest score (a change equal to the threshold is reliable). */
export function assessChange(input: {
  intake: number;
  latest: number;
  threshold: number;
  cutoff: number | null;
  direction: ScaleDirection;
}): ChangeAssessment {
  const { intake, latest, threshold, cutoff, direction } = input;
  const change = latest - intake;
  const improvement = direction === 'higher-is-better' ? change : -change;
  const reliable =
    improvement >= threshold - tolerance
      ? 'improved'
      : -improvement >= threshold - tolerance
        ? 'deteriorated'
        : null;
  const crossedCutoff =
    cutoff === null
      ? null
      : isClinical(intake, cutoff, direction) !== isClinical(latest, cutoff, direction);
  const recovered =
    reliable === 'improved' &&
    cutoff !== null &&
    isClinical(intake, cutoff, direction) &&
    !isClinical(latest, cutoff, direction);
  const category: ChangeCategory = recovered ? 'recovered' : (reliable ?? 'unchanged');
  return { change, improvement, reliable, category, crossedCutoff };
}
