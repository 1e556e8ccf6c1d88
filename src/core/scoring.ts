/**
 * Scores of check-ins, computed from the instrument definitions (any definition's scales).
 * Built-ins (DESIGN.md, Signals): the alliance score is the mean of the five items (0–10); the
 * well-being score is the sum of its four items (0–40). Answers are numbers from 0 to 10 in
 * steps of 0.1.
 */
import { builtinInstruments, findInstrument } from './instruments/builtins';
import { itemStep } from './instruments/text';
import type { Instrument, InstrumentItem, Scale } from './instruments/types';

export const allianceItems = ['heard', 'goals', 'approach', 'safety', 'overall'] as const;
export const wellbeingItems = ['personal', 'relationships', 'social', 'overall'] as const;

/** Round to a few decimal places, avoiding binary noise like 8.799999. */
export function roundScore(value: number, places = 2): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** One scale's score; null when an item is missing or not a finite number (validate first). */
export function scoreScale(
  instrument: Instrument,
  scale: Scale,
  answers: Readonly<Record<string, unknown>>,
): number | null {
  let total = 0;
  for (const itemId of scale.items) {
    const value = answers[itemId];
    const item = instrument.items.find((candidate) => candidate.id === itemId);
    if (typeof value !== 'number' || !Number.isFinite(value) || !item) return null;
    total += scale.reversed.includes(itemId) ? item.min + item.max - value : value;
  }
  return roundScore(scale.method === 'mean' ? total / scale.items.length : total);
}

/** Every scale of the instrument that can be scored, by scale id. */
export function scoreAnswers(
  instrument: Instrument,
  answers: Readonly<Record<string, unknown>>,
): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const scale of instrument.scales) {
    const score = scoreScale(instrument, scale, answers);
    if (score !== null) scores[scale.id] = score;
  }
  return scores;
}

/**
 * Scores of one check-in: `{alliance}` for `alliance` and `therapist-alliance`, `{wellbeing}` for
 * `wellbeing`, the scale ids of any other instrument passed in; `{}` for an unknown instrument.
 */
export function scoreCheckin(
  instrumentId: string,
  answers: Readonly<Record<string, unknown>>,
  instruments: readonly Instrument[] = builtinInstruments,
): Record<string, number> {
  const instrument = findInstrument(instrumentId, instruments);
  return instrument ? scoreAnswers(instrument, answers) : {};
}

export const answerProblemCodes = [
  'unknown_instrument',
  'not_an_object',
  'missing',
  'not_a_number',
  'out_of_range',
  'off_step',
  'unknown_item',
] as const;
export type AnswerProblemCode = (typeof answerProblemCodes)[number];

/** One thing wrong with submitted answers; the API maps these to a 400 `validation_failed`. */
export interface AnswerProblem {
  /** The item concerned; null when the problem is with the whole submission. */
  itemId: string | null;
  code: AnswerProblemCode;
  /** The allowed range and step, for a helpful message. */
  min?: number;
  max?: number;
  step?: number;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkItem(item: InstrumentItem, value: unknown): AnswerProblem | null {
  const range = { itemId: item.id, min: item.min, max: item.max, step: itemStep(item) };
  if (value === undefined || value === null) return { ...range, code: 'missing' };
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { ...range, code: 'not_a_number' };
  if (value < item.min || value > item.max) return { ...range, code: 'out_of_range' };
  // The grid is relative to the minimum; the tolerance absorbs binary noise (0.1 + 0.2).
  const steps = (value - item.min) * 10 ** item.decimals;
  if (Math.abs(steps - Math.round(steps)) > 1e-6) return { ...range, code: 'off_step' };
  return null;
}

/** Every problem with a submission: each item present, finite, within range, on its grid; no extra keys. */
export function validateAnswers(instrument: Instrument, answers: unknown): AnswerProblem[] {
  if (!isRecord(answers)) return [{ itemId: null, code: 'not_an_object' }];
  const problems = instrument.items.flatMap((item) => checkItem(item, answers[item.id]) ?? []);
  const known = new Set(instrument.items.map((item) => item.id));
  for (const key of Object.keys(answers).sort()) {
    if (!known.has(key)) problems.push({ itemId: key, code: 'unknown_item' });
  }
  return problems;
}

export type CheckinScoring =
  | { ok: true; answers: Record<string, number>; scores: Record<string, number> }
  | { ok: false; problems: AnswerProblem[] };

/** Validate and score a submitted check-in in one step (what the check-in service calls). */
export function scoreSubmission(
  instrumentId: string,
  answers: unknown,
  instruments: readonly Instrument[] = builtinInstruments,
): CheckinScoring {
  const instrument = findInstrument(instrumentId, instruments);
  if (!instrument) return { ok: false, problems: [{ itemId: null, code: 'unknown_instrument' }] };
  const problems = validateAnswers(instrument, answers);
  if (problems.length > 0 || !isRecord(answers)) return { ok: false, problems };
  const clean: Record<string, number> = {};
  for (const item of instrument.items) {
    const value = answers[item.id];
    // Snap to the grid so 7.300000000000001 is stored as 7.3.
    if (typeof value === 'number') clean[item.id] = roundScore(value, item.decimals);
  }
  return { ok: true, answers: clean, scores: scoreAnswers(instrument, clean) };
}
