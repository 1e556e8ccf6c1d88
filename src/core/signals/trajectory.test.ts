import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinInstruments } from '../instruments/builtins';
import { outcomeModel } from './outcome';
import { defaultSignalSettings } from './settings';
import {
  defaultTrajectoryModel,
  expectedScore,
  expectedTrajectory,
  fitTrajectoryModel,
} from './trajectory';

const wellbeing = { min: 0, max: 40, direction: 'higher-is-better' } as const;
const model = defaultTrajectoryModel(wellbeing);

describe('expected trajectory', () => {
  it('starts at intake and closes 15 % of the distance to the best score per step of ln(1 + t)', () => {
    expect(expectedScore(20, 0, model, wellbeing)).toBe(20);
    expect(expectedScore(20, 2, model, wellbeing)).toBeCloseTo(20 + 0.15 * 20 * Math.log(3), 10);
    expect(expectedScore(20, 10, model, wellbeing)).toBeCloseTo(27.19, 2);
  });

  it('rises, slows down, stays within the scale, and expects more from lower intakes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }).map((n) => n / 10),
        fc.integer({ min: 0, max: 60 }),
        (intake, t) => {
          const now = expectedScore(intake, t, model, wellbeing);
          const next = expectedScore(intake, t + 1, model, wellbeing);
          const after = expectedScore(intake, t + 2, model, wellbeing);
          expect(next).toBeGreaterThanOrEqual(now);
          expect(after - next).toBeLessThanOrEqual(next - now + 1e-9);
          expect(next).toBeLessThanOrEqual(40);
          expect(next - intake).toBeGreaterThanOrEqual(
            expectedScore(Math.min(40, intake + 1), t + 1, model, wellbeing) -
              Math.min(40, intake + 1) -
              1e-9,
          );
        },
      ),
    );
  });

  it('improves downwards on a lower-is-better scale', () => {
    const lower = { min: 0, max: 27, direction: 'lower-is-better' } as const;
    expect(expectedScore(20, 5, defaultTrajectoryModel(lower), lower)).toBeLessThan(20);
  });

  it('gives charts the expected band from the model the engine uses', () => {
    const outcome = outcomeModel(defaultSignalSettings, builtinInstruments);
    expect(outcome).toMatchObject({ source: 'default', threshold: 5, range: wellbeing });
    if (!outcome) return;
    const band = expectedTrajectory(38, 4, outcome);
    expect(band).toHaveLength(4);
    expect(band[0]).toEqual({ t: 0, expected: 38, lower: 33, upper: 40 });
    for (const point of band) expect(point.upper - point.lower).toBeLessThanOrEqual(10);
  });
});

describe('fitTrajectoryModel', () => {
  const synthetic = (count: number) =>
    Array.from({ length: count }, (_, i) => {
      const intake = 10 + (i % 20);
      return Array.from(
        { length: 8 },
        (__, t) =>
          intake + (8 - 0.2 * intake) * Math.log1p(t) + (t > 0 ? ((i * 7 + t) % 3) - 1 : 0) * 0.1,
      );
    });

  it('recovers the curve from completed engagements', () => {
    const fitted = fitTrajectoryModel(synthetic(40));
    expect(fitted?.engagements).toBe(40);
    expect(fitted?.intercept).toBeCloseTo(8, 1);
    expect(fitted?.slope).toBeCloseTo(-0.2, 2);
  });

  it('needs at least 30 engagements, and intakes that differ', () => {
    expect(fitTrajectoryModel(synthetic(29))).toBeNull();
    expect(fitTrajectoryModel(Array.from({ length: 40 }, () => [20, 22, 23]))).toBeNull();
  });
});
