/**
 * The expected well-being trajectory for a client's intake score, for `not_on_track` and for the
 * expected band on charts. One log-linear family serves both the default and a clinic's model:
 *
 *   expected(t) = intake + (intercept + slope · intake) · ln(1 + t),  clamped to the scale's range,
 *
 * with t = check-ins since intake (intake t = 0). Improvement is fastest early and slows later,
 * and lower intakes are expected to gain more (slope < 0).
 */
// Lambert, Whipple & Kleinstäuber (2018): alerts against an expected-recovery curve help off-track clients.
import type { ScaleDirection } from '../instruments/types';

export interface TrajectoryModel {
  /** How many completed engagements it was learned from (0 for the default). */
  readonly engagements: number;
  readonly intercept: number;
  readonly slope: number;
}

export interface ScaleRange {
  readonly min: number;
  readonly max: number;
  readonly direction: ScaleDirection;
}

/**
 * Default: each step of ln(1 + t) closes 15 % of the distance between intake and the best score.
 * On the 0–40 well-being scale an intake of 20 is expected at about 23 after 2 sessions and 27
 * after 10; an intake of 34 gains little. A deliberately modest, documented guess, replaced by the
 * clinic's own model once it has learned one from at least 30 completed engagements.
 */
export const defaultTrajectoryGain = 0.15;

export function defaultTrajectoryModel(
  range: ScaleRange,
  gain = defaultTrajectoryGain,
): TrajectoryModel {
  const best = range.direction === 'higher-is-better' ? range.max : range.min;
  return { engagements: 0, intercept: gain * best, slope: -gain };
}

export function expectedScore(
  intake: number,
  t: number,
  model: TrajectoryModel,
  range: ScaleRange,
): number {
  const raw = intake + (model.intercept + model.slope * intake) * Math.log1p(Math.max(0, t));
  return Math.min(range.max, Math.max(range.min, raw));
}

/** Worse than expected by more than the threshold, in the scale's own direction. */
export function isOffTrack(
  score: number,
  expected: number,
  threshold: number,
  direction: ScaleDirection,
): boolean {
  const shortfall = direction === 'higher-is-better' ? expected - score : score - expected;
  return shortfall > threshold + 1e-9;
}

export interface ExpectedPoint {
  /** Check-ins since intake (0 = intake). */
  t: number;
  expected: number;
  /** The band expected ± the reliable-change threshold, within the scale's range. */
  lower: number;
  upper: number;
}

/** The expected path and band for `count` check-ins from intake, for charts. */
export function expectedTrajectory(
  intake: number,
  count: number,
  options: { model: TrajectoryModel; range: ScaleRange; threshold: number },
): ExpectedPoint[] {
  const { model, range, threshold } = options;
  return Array.from({ length: Math.max(0, count) }, (_, t) => {
    const expected = expectedScore(intake, t, model, range);
    return {
      t,
      expected,
      lower: Math.max(range.min, expected - threshold),
      upper: Math.min(range.max, expected + threshold),
    };
  });
}

/**
 * Learn a clinic's model from completed engagements (each a list of scores, intake first) by least
 * squares on score − intake = intercept · ln(1+t) + slope · intake · ln(1+t). Null with fewer than
 * `minEngagements` usable engagements, when their intakes cannot separate the two terms, or when
 * the fit is not finite.
 */
export function fitTrajectoryModel(
  engagements: readonly (readonly number[])[],
  minEngagements = 30,
): TrajectoryModel | null {
  const usable = engagements.filter(
    (scores) => scores.length >= 2 && scores.every(Number.isFinite),
  );
  if (usable.length < minEngagements) return null;
  let [s11, s12, s22, s1y, s2y] = [0, 0, 0, 0, 0];
  for (const scores of usable) {
    const intake = scores[0] ?? 0;
    scores.forEach((score, t) => {
      if (t === 0) return;
      const x1 = Math.log1p(t);
      const x2 = intake * x1;
      const y = score - intake;
      s11 += x1 * x1;
      s12 += x1 * x2;
      s22 += x2 * x2;
      s1y += x1 * y;
      s2y += x2 * y;
    });
  }
  const det = s11 * s22 - s12 * s12;
  if (Math.abs(det) < 1e-9 * Math.max(1, s11 * s22)) return null;
  const intercept = (s1y * s22 - s2y * s12) / det;
  const slope = (s11 * s2y - s12 * s1y) / det;
  if (!Number.isFinite(intercept) || !Number.isFinite(slope)) return null;
  return { engagements: usable.length, intercept, slope };
}
