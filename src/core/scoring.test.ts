import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instrument } from './instruments/types';
import {
  allianceItems,
  roundScore,
  scoreCheckin,
  scoreSubmission,
  validateAnswers,
  wellbeingItems,
} from './scoring';
import { findInstrument } from './instruments/builtins';

const grid = fc.integer({ min: 0, max: 100 }).map((n) => n / 10);
const answersFor = (items: readonly string[]) =>
  fc
    .tuple(...items.map(() => grid))
    .map((values) => Object.fromEntries(items.map((id, i) => [id, values[i] ?? 0])));

function builtin(id: string): Instrument {
  const instrument = findInstrument(id);
  if (!instrument) throw new Error(id);
  return instrument;
}

describe('scoreCheckin', () => {
  it('scores alliance as the mean of five items and well-being as the sum of four', () => {
    expect(
      scoreCheckin('alliance', { heard: 9, goals: 8, approach: 7.5, safety: 10, overall: 8.8 }),
    ).toEqual({ alliance: 8.66 });
    expect(
      scoreCheckin('therapist-alliance', {
        heard: 9,
        goals: 9,
        approach: 9,
        safety: 9,
        overall: 9,
      }),
    ).toEqual({ alliance: 9 });
    expect(
      scoreCheckin('wellbeing', { personal: 5.1, relationships: 6.2, social: 7.3, overall: 4.4 }),
    ).toEqual({ wellbeing: 23 });
    expect(scoreCheckin('unknown', { a: 1 })).toEqual({});
  });

  it('leaves out a scale with a missing or non-numeric item instead of scoring it as 0', () => {
    expect(scoreCheckin('wellbeing', { personal: 5, relationships: 6, social: 7 })).toEqual({});
  });

  it('scores any instrument’s scales, with reversed items', () => {
    const custom: Instrument = {
      ...builtin('wellbeing'),
      id: 'custom',
      scales: [
        {
          id: 'strain',
          items: ['personal', 'social'],
          method: 'mean',
          direction: 'lower-is-better',
          reversed: ['social'],
          min: 0,
          max: 10,
        },
      ],
    };
    expect(
      scoreCheckin('custom', { personal: 8, relationships: 1, social: 2, overall: 3 }, [custom]),
    ).toEqual({ strain: 8 });
  });

  it('keeps alliance within 0–10 and well-being within 0–40', () => {
    fc.assert(
      fc.property(answersFor(allianceItems), answersFor(wellbeingItems), (a, w) => {
        const { alliance } = scoreCheckin('alliance', a);
        const { wellbeing } = scoreCheckin('wellbeing', w);
        expect(alliance).toBeGreaterThanOrEqual(0);
        expect(alliance).toBeLessThanOrEqual(10);
        expect(wellbeing).toBeGreaterThanOrEqual(0);
        expect(wellbeing).toBeLessThanOrEqual(40);
      }),
    );
  });

  it('never lowers a score when one answer goes up', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('alliance', 'wellbeing'),
        answersFor(allianceItems),
        answersFor(wellbeingItems),
        fc.nat(4),
        grid,
        (instrumentId, a, w, which, raise) => {
          const answers = instrumentId === 'alliance' ? a : w;
          const items = instrumentId === 'alliance' ? allianceItems : wellbeingItems;
          const id = items[which % items.length] ?? 'overall';
          const higher = { ...answers, [id]: Math.min(10, (answers[id] ?? 0) + raise) };
          const before = Object.values(scoreCheckin(instrumentId, answers))[0] ?? NaN;
          const after = Object.values(scoreCheckin(instrumentId, higher))[0] ?? NaN;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});

describe('validateAnswers', () => {
  const alliance = builtin('alliance');
  const valid = { heard: 0, goals: 10, approach: 7.3, safety: 0.1 + 0.2, overall: 5 };

  it('accepts every item on the 0.1 grid from 0 to 10, despite binary noise', () => {
    expect(validateAnswers(alliance, valid)).toEqual([]);
  });

  it('reports each problem with its item id and the allowed range', () => {
    const problems = validateAnswers(alliance, {
      heard: -0.1,
      goals: 10.1,
      approach: 7.25,
      safety: '8',
      extra: 3,
    });
    expect(problems).toEqual([
      { itemId: 'heard', code: 'out_of_range', min: 0, max: 10, step: 0.1 },
      { itemId: 'goals', code: 'out_of_range', min: 0, max: 10, step: 0.1 },
      { itemId: 'approach', code: 'off_step', min: 0, max: 10, step: 0.1 },
      { itemId: 'safety', code: 'not_a_number', min: 0, max: 10, step: 0.1 },
      { itemId: 'overall', code: 'missing', min: 0, max: 10, step: 0.1 },
      { itemId: 'extra', code: 'unknown_item' },
    ]);
  });

  it('rejects NaN, infinities and non-objects', () => {
    expect(validateAnswers(alliance, { ...valid, heard: Number.NaN }).map((p) => p.code)).toEqual([
      'not_a_number',
    ]);
    expect(validateAnswers(alliance, { ...valid, heard: Infinity }).map((p) => p.code)).toEqual([
      'not_a_number',
    ]);
    expect(validateAnswers(alliance, [1, 2])).toEqual([{ itemId: null, code: 'not_an_object' }]);
    expect(validateAnswers(alliance, null)).toEqual([{ itemId: null, code: 'not_an_object' }]);
  });

  it('accepts any grid value and rejects any value off the grid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 9 }),
        (hundredths, offset) => {
          const onGrid = Math.round(hundredths / 10) / 10;
          const offGrid = Math.min(9.99, onGrid + offset / 100);
          expect(validateAnswers(alliance, { ...valid, heard: onGrid })).toEqual([]);
          expect(validateAnswers(alliance, { ...valid, heard: offGrid })[0]?.code).toBe('off_step');
        },
      ),
    );
  });
});

describe('scoreSubmission', () => {
  it('validates, snaps answers to the grid and scores', () => {
    expect(
      scoreSubmission('wellbeing', {
        personal: 0.1 + 0.2,
        relationships: 5,
        social: 5,
        overall: 5,
      }),
    ).toEqual({
      ok: true,
      answers: { personal: 0.3, relationships: 5, social: 5, overall: 5 },
      scores: { wellbeing: 15.3 },
    });
    expect(scoreSubmission('nope', {})).toEqual({
      ok: false,
      problems: [{ itemId: null, code: 'unknown_instrument' }],
    });
    expect(scoreSubmission('wellbeing', { personal: 11 })).toMatchObject({ ok: false });
  });

  it('rounds like the answers are given', () => {
    expect(roundScore(8.799999999)).toBe(8.8);
    expect(roundScore(8.666, 1)).toBe(8.7);
  });
});
