import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessChange,
  clinicalCutoff,
  isClinical,
  reliableChangeThreshold,
  scaleCutoff,
  scaleReliableChange,
} from './psychometrics';
import type { Scale } from './types';

const scale: Scale = {
  id: 's',
  items: ['a'],
  method: 'sum',
  direction: 'higher-is-better',
  reversed: [],
  min: 0,
  max: 40,
};

describe('Jacobson–Truax', () => {
  it('reliable change threshold is 1.96 · SD · √2 · √(1 − r)', () => {
    expect(reliableChangeThreshold(10, 0.8)).toBeCloseTo(
      1.96 * 10 * Math.SQRT2 * Math.sqrt(0.2),
      10,
    );
    expect(reliableChangeThreshold(10, 0.8)).toBeCloseTo(12.396, 3);
    expect(reliableChangeThreshold(5, 0)).toBeCloseTo(13.859, 3);
  });

  it('cutoff c weights the two means by the other population’s SD', () => {
    // c = (SD_clin · M_func + SD_func · M_clin) / (SD_clin + SD_func) = (8·30 + 4·18) / 12 = 26
    expect(clinicalCutoff({ clinical: { mean: 18, sd: 8 }, functional: { mean: 30, sd: 4 } })).toBe(
      26,
    );
  });

  it('the threshold shrinks as reliability grows and grows with SD', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 0.98, noNaN: true }),
        fc.double({ min: 0.001, max: 0.01, noNaN: true }),
        (sd, r, delta) => {
          expect(reliableChangeThreshold(sd, r + delta)).toBeLessThan(
            reliableChangeThreshold(sd, r),
          );
          expect(reliableChangeThreshold(sd * 1.5, r)).toBeGreaterThan(
            reliableChangeThreshold(sd, r),
          );
        },
      ),
    );
  });

  it('the cutoff lies between the two means', () => {
    const norm = fc.record({
      mean: fc.double({ min: 0, max: 40, noNaN: true }),
      sd: fc.double({ min: 0.1, max: 20, noNaN: true }),
    });
    fc.assert(
      fc.property(norm, norm, (clinical, functional) => {
        const c = clinicalCutoff({ clinical, functional });
        expect(c).toBeGreaterThanOrEqual(Math.min(clinical.mean, functional.mean) - 1e-9);
        expect(c).toBeLessThanOrEqual(Math.max(clinical.mean, functional.mean) + 1e-9);
      }),
    );
  });

  it('takes explicit values first, then SD and r, then norms; null when unknown', () => {
    expect(scaleReliableChange(scale)).toBeNull();
    expect(scaleCutoff(scale)).toBeNull();
    expect(scaleReliableChange({ ...scale, sd: 10, reliability: 0.8 })).toBeCloseTo(12.396, 3);
    expect(scaleReliableChange({ ...scale, sd: 10, reliability: 0.8, reliableChange: 5 })).toBe(5);
    expect(scaleReliableChange({ ...scale, reliableChange: 5 }, { reliableChange: 6 })).toBe(6);
    expect(
      scaleCutoff({
        ...scale,
        norms: { clinical: { mean: 18, sd: 8 }, functional: { mean: 30, sd: 4 } },
      }),
    ).toBe(26);
    expect(scaleCutoff({ ...scale, cutoff: 25 }, { cutoff: 23 })).toBe(23);
  });
});

describe('assessChange', () => {
  const base = { threshold: 5, cutoff: 25, direction: 'higher-is-better' } as const;

  it('counts a change equal to the threshold as reliable, and just under it as not', () => {
    expect(assessChange({ ...base, intake: 20, latest: 25 }).reliable).toBe('improved');
    expect(assessChange({ ...base, intake: 20, latest: 24.9 }).reliable).toBeNull();
    expect(assessChange({ ...base, intake: 30, latest: 25 }).reliable).toBe('deteriorated');
  });

  it('classifies recovered, improved, unchanged and deteriorated', () => {
    expect(assessChange({ ...base, intake: 20, latest: 26 })).toMatchObject({
      category: 'recovered',
      crossedCutoff: true,
    });
    expect(assessChange({ ...base, intake: 12, latest: 18 })).toMatchObject({
      category: 'improved',
      crossedCutoff: false,
    });
    expect(assessChange({ ...base, intake: 26, latest: 33 })).toMatchObject({
      category: 'improved',
      crossedCutoff: false,
    });
    expect(assessChange({ ...base, intake: 23, latest: 26 })).toMatchObject({
      category: 'unchanged',
      crossedCutoff: true,
    });
    expect(assessChange({ ...base, intake: 28, latest: 20 })).toMatchObject({
      category: 'deteriorated',
      crossedCutoff: true,
    });
    expect(assessChange({ ...base, cutoff: null, intake: 20, latest: 26 })).toMatchObject({
      category: 'improved',
      crossedCutoff: null,
    });
  });

  it('reads lower-is-better scales the other way round', () => {
    const phq = { threshold: 6, cutoff: 9.5, direction: 'lower-is-better' } as const;
    expect(assessChange({ ...phq, intake: 15, latest: 8 })).toMatchObject({
      reliable: 'improved',
      category: 'recovered',
      improvement: 7,
    });
    expect(assessChange({ ...phq, intake: 5, latest: 12 })).toMatchObject({
      reliable: 'deteriorated',
    });
    expect(isClinical(10, 9.5, 'lower-is-better')).toBe(true);
    expect(isClinical(25, 25, 'higher-is-better')).toBe(false);
    expect(isClinical(24.9, 25, 'higher-is-better')).toBe(true);
  });
});
