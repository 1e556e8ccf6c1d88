import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { allianceItems } from '../scoring';
import { checkDrop } from './alliance';
import { computeSignals } from './engine';
import { defaultSignalSettings } from './settings';
import { allianceHistory, historyArbitrary, shuffledArbitrary } from './test-factory';
import { signalKinds } from './types';
import type { EngagementHistory, MessageParams, SignalDraft } from './types';

const withShuffle = historyArbitrary().chain((history) =>
  fc.tuple(fc.constant(history), shuffledArbitrary(history)),
);

const keysOf = (drafts: SignalDraft[], kind: SignalDraft['kind'], onlyOpen = false) =>
  drafts
    .filter((d) => d.kind === kind && (!onlyOpen || d.resolution === null))
    .map((d) => d.ruleKey);

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

function checkMessage(key: string, params: MessageParams) {
  const catalogue: Readonly<Record<string, string>> = en;
  const french: Readonly<Record<string, string>> = fr;
  const template = catalogue[key];
  expect(template, key).toBeTypeOf('string');
  expect(french[key], key).toBeTypeOf('string');
  for (const name of placeholders(template ?? ''))
    expect(params, `${key} needs {${name}}`).toHaveProperty(name);
}

describe('the signal engine (properties)', () => {
  it('gives the same drafts whatever order the history arrives in', () => {
    fc.assert(
      fc.property(withShuffle, ([history, shuffled]) => {
        expect(computeSignals(shuffled)).toEqual(computeSignals(history));
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and does not modify its input', () => {
    fc.assert(
      fc.property(historyArbitrary(), (history) => {
        const copy = structuredClone(history);
        const first = computeSignals(history);
        expect(computeSignals(copy)).toEqual(first);
        expect(copy).toEqual(history);
      }),
    );
  });

  it('returns unique rule keys, sorted, each starting with its kind', () => {
    fc.assert(
      fc.property(historyArbitrary(), (history) => {
        const keys = computeSignals(history).map((d) => d.ruleKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys).toEqual([...keys].sort());
        for (const d of computeSignals(history))
          expect(d.ruleKey.startsWith(`${d.kind}:`)).toBe(true);
      }),
    );
  });

  it('every flag has a title and a reason (and resolution) in English and French with all its numbers', () => {
    fc.assert(
      fc.property(historyArbitrary(), (history) => {
        for (const d of computeSignals(history)) {
          checkMessage(d.evidence.messageKey, d.evidence.params);
          if (d.resolution) checkMessage(d.resolution.messageKey, d.resolution.params);
          expect(typeof d.evidence.rule).toBe('string');
        }
      }),
    );
    for (const kind of signalKinds) checkMessage(`signal.${kind}.title`, {});
  });

  it('a series that never drops never raises alliance_drop', () => {
    const rising = fc
      .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 })
      .map((values) => values.sort((a, b) => a - b).map((v) => v / 10));
    fc.assert(
      fc.property(rising, (scores) => {
        const drafts = computeSignals(allianceHistory(scores));
        expect(keysOf(drafts, 'alliance_drop')).toEqual([]);
        expect(keysOf(drafts, 'rupture_repaired')).toEqual([]);
      }),
    );
  });

  it('lowering any item never removes a low_alliance flag, nor closes an open one', () => {
    const lowering = historyArbitrary().chain((history) => {
      const clientCheckins = history.checkins.filter((c) => c.instrumentId === 'alliance');
      return fc.tuple(
        fc.constant(history),
        fc.nat({ max: Math.max(0, clientCheckins.length - 1) }),
        fc.constantFrom(...allianceItems),
        fc.integer({ min: 1, max: 60 }),
      );
    });
    fc.assert(
      fc.property(lowering, ([history, index, item, by]) => {
        const target = history.checkins.filter((c) => c.instrumentId === 'alliance')[index];
        if (!target) return;
        const value = Math.max(0, Math.round(((target.answers[item] ?? 0) - by / 10) * 10) / 10);
        const answers = { ...target.answers, [item]: value };
        const alliance =
          Math.round((allianceItems.reduce((s, id) => s + (answers[id] ?? 0), 0) / 5) * 100) / 100;
        const lowered: EngagementHistory = {
          ...history,
          checkins: history.checkins.map((c) =>
            c === target ? { ...c, answers, scores: { alliance } } : c,
          ),
        };
        const before = computeSignals(history);
        const after = computeSignals(lowered);
        expect(keysOf(after, 'low_alliance')).toEqual(
          expect.arrayContaining(keysOf(before, 'low_alliance')),
        );
        expect(keysOf(after, 'low_alliance', true)).toEqual(
          expect.arrayContaining(keysOf(before, 'low_alliance', true)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the stricter criterion (k = 2) only fires where k = 1 fires too', () => {
    const strict = {
      ...defaultSignalSettings,
      allianceDrop: { ...defaultSignalSettings.allianceDrop, k: 2 },
    };
    const scores = fc.array(
      fc.integer({ min: 0, max: 100 }).map((v) => v / 10),
      { minLength: 2, maxLength: 10 },
    );
    fc.assert(
      fc.property(scores, (list) => {
        list.forEach((score, i) => {
          if (checkDrop(list.slice(0, i), score, strict)?.fired) {
            expect(checkDrop(list.slice(0, i), score, defaultSignalSettings)?.fired).toBe(true);
          }
        });
      }),
    );
  });
});
