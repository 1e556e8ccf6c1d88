import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '../i18n';
import { repairEn } from '../i18n/repair.en';
import { repairFr } from '../i18n/repair.fr';
import { signalsEn } from '../i18n/signals.en';
import { screeningLabels } from '../screening/types';
import { computeSignals } from '../signals/engine';
import { historyArbitrary } from '../signals/test-factory';
import { signalKinds } from '../signals/types';
import type { SignalKind, SignalSeverity } from '../signals/types';
import {
  renderRepairPrompt,
  repairCatalogues,
  repairPromptFor,
  repairPromptIds,
  repairRoutes,
} from './prompts';
import type { RepairPrompt } from './prompts';

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** Every `evidence.rule` the engine writes today, read from src/core/signals (grep `rule`). */
const engineRules = {
  low_alliance: ['score', 'item', 'score_and_item'],
  alliance_drop: ['drop', 'unrecovered'],
  rupture_repaired: ['repaired'],
  agreement_gap: ['alliance', 'goal_progress', 'goal_agreement'],
  disengagement: [
    'cancellations',
    'late_cancel_after_low',
    'no_show_after_low',
    'missed_checkins',
    'flat_ticking',
  ],
  reliable_change: ['improved', 'recovered', 'deteriorated'],
  not_on_track: ['below_expected'],
  // comments.ts: the rule is the screening label of the first finding of that kind.
  // concerns.ts: a shared concern's rule is `concern_<category>`.
  comment_rupture: [
    'rupture_withdrawal',
    'rupture_confrontation',
    'concern_felt_judged',
    'concern_felt_dismissed',
    'concern_goals',
    'concern_approach',
    'concern_practical',
    'concern_other',
  ],
  red_flag: ['red_flag', 'concern_boundary'],
  comment_risk: ['risk'],
} as const satisfies Record<SignalKind, readonly string[]>;

const flag = (
  kind: SignalKind,
  rule: string,
  severity: SignalSeverity = 'warning',
  facts: Record<string, unknown> = {},
) => ({ kind, severity, evidence: { rule, ...facts } });

const routed = (kind: SignalKind, rule: string): boolean =>
  Object.hasOwn(repairRoutes[kind].rules, rule);

const allText = (prompt: RepairPrompt) =>
  locales.flatMap((locale) => {
    const text = renderRepairPrompt(prompt, locale);
    return [text.title, ...text.open, text.avoid];
  });

describe('choosing a repair prompt', () => {
  it('routes every signal kind and every rule variant the engine writes', () => {
    expect(Object.keys(repairRoutes).sort()).toEqual([...signalKinds].sort());
    for (const kind of signalKinds) {
      for (const rule of engineRules[kind]) {
        expect(routed(kind, rule), `${kind}/${rule}`).toBe(true);
        expect(repairPromptIds).toContain(repairPromptFor(flag(kind, rule)).key);
      }
    }
  });

  it('routes every rule named by a reason message, and every screening label', () => {
    // For these kinds the reason key is `signal.<kind>.reason.<rule>`.
    const byReason: readonly SignalKind[] = [
      'low_alliance',
      'alliance_drop',
      'agreement_gap',
      'disengagement',
      'reliable_change',
      'not_on_track',
    ];
    for (const key of Object.keys(signalsEn)) {
      const [, kind, part, rule] = key.split('.');
      if (part !== 'reason' || !rule || !byReason.some((k) => k === kind)) continue;
      expect(routed(kind as SignalKind, rule), key).toBe(true);
    }
    const labelKind = {
      rupture_withdrawal: 'comment_rupture',
      rupture_confrontation: 'comment_rupture',
      red_flag: 'red_flag',
      risk: 'comment_risk',
    } as const;
    for (const label of screeningLabels) expect(routed(labelKind[label], label), label).toBe(true);
  });

  it('has a routed prompt for every flag the engine raises on any history', () => {
    const seen = new Set<SignalKind>();
    fc.assert(
      fc.property(historyArbitrary(), (history) => {
        for (const draft of computeSignals(history)) {
          seen.add(draft.kind);
          expect(routed(draft.kind, draft.evidence.rule), draft.ruleKey).toBe(true);
          const prompt = repairPromptFor(draft);
          expect(prompt.openKeys.length).toBeGreaterThanOrEqual(2);
          if (draft.severity === 'urgent') expect(prompt.urgent).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
    // The random histories reach every kind (30 of 30 trials), so the check above is not vacuous.
    expect([...seen].sort()).toEqual([...signalKinds].sort());
  });

  it('matches the prompt to the marker and the variant', () => {
    const key = (kind: SignalKind, rule: string, facts?: Record<string, unknown>) =>
      repairPromptFor(flag(kind, rule, 'warning', facts)).key;
    expect(key('comment_rupture', 'rupture_withdrawal')).toBe('withdrawal');
    expect(key('comment_rupture', 'rupture_confrontation')).toBe('confrontation');
    expect(key('alliance_drop', 'drop')).toBe('withdrawal');
    expect(key('alliance_drop', 'unrecovered')).toBe('drop_unrecovered');
    expect(key('agreement_gap', 'alliance')).toBe('agreement');
    expect(key('agreement_gap', 'goal_progress')).toBe('goals');
    expect(key('disengagement', 'cancellations')).toBe('disengagement');
    expect(key('disengagement', 'no_show_after_low')).toBe('after_low');
    expect(key('disengagement', 'flat_ticking')).toBe('checkins');
    expect(key('reliable_change', 'recovered')).toBe('improvement');
    expect(key('reliable_change', 'deteriorated')).toBe('deterioration');
    expect(key('not_on_track', 'below_expected')).toBe('off_track');
    expect(key('rupture_repaired', 'repaired')).toBe('repaired');
  });

  it('turns a low rating on goals or approach alone into a goals-and-tasks prompt', () => {
    const low = (lowItems: string[]) =>
      repairPromptFor(flag('low_alliance', 'item', 'warning', { lowItems })).key;
    expect(low(['goals'])).toBe('goals');
    expect(low(['goals', 'approach'])).toBe('goals');
    expect(low(['goals', 'safety'])).toBe('withdrawal');
    expect(low(['heard'])).toBe('withdrawal');
    expect(low([])).toBe('withdrawal');
  });

  it('falls back to the kind’s prompt for a rule it does not know', () => {
    expect(repairPromptFor(flag('disengagement', 'something_new')).key).toBe('disengagement');
    expect(repairPromptFor(flag('red_flag', 'something_new')).key).toBe('boundary');
    expect(repairPromptFor(flag('comment_risk', 'toString')).key).toBe('risk');
  });

  it('is urgent for risk, and whenever the engine made the flag urgent', () => {
    expect(repairPromptFor(flag('comment_risk', 'risk', 'urgent')).urgent).toBe(true);
    expect(repairPromptFor(flag('alliance_drop', 'unrecovered', 'urgent')).urgent).toBe(true);
    expect(repairPromptFor(flag('alliance_drop', 'drop')).urgent).toBe(false);
    expect(repairPromptFor(flag('rupture_repaired', 'repaired', 'info')).urgent).toBe(false);
  });
});

describe('protocol prompts', () => {
  const boundary = repairPromptFor(flag('red_flag', 'red_flag'));
  const risk = repairPromptFor(flag('comment_risk', 'risk', 'urgent'));

  it('send red flags and risk to the clinic’s protocol, and nothing else', () => {
    expect(boundary.followClinicProtocol).toBe(true);
    expect(risk.followClinicProtocol).toBe(true);
    expect(risk.urgent).toBe(true);
    for (const kind of signalKinds) {
      if (kind === 'red_flag' || kind === 'comment_risk') continue;
      for (const rule of engineRules[kind])
        expect(repairPromptFor(flag(kind, rule)).followClinicProtocol, kind).toBe(false);
    }
  });

  it('contain no repair coaching, only steps', () => {
    const coaching =
      /repair|répar|rupture|alliance|metacommunic|métacommunic|between us|entre nous|open the door|ouvrir la discussion|[“«]/i;
    for (const prompt of [boundary, risk]) {
      for (const text of allText(prompt)) expect(text).not.toMatch(coaching);
      const heading = renderRepairPrompt(prompt, 'en').openHeading;
      expect(heading).toBe(repairEn['repair.heading.steps']);
    }
  });

  it('say to consult and to document, in both languages', () => {
    for (const prompt of [boundary, risk]) {
      const en = renderRepairPrompt(prompt, 'en');
      const fr = renderRepairPrompt(prompt, 'fr');
      expect(en.open.join(' ')).toMatch(/supervisor or clinical lead/);
      expect(en.open.join(' ')).toMatch(/document/i);
      expect(fr.open.join(' ')).toMatch(/superviseur·e ou (à )?la direction clinique/);
      expect(fr.open.join(' ')).toMatch(/consign/i);
    }
    expect(renderRepairPrompt(boundary, 'en').title).toMatch(/policy/);
    expect(renderRepairPrompt(risk, 'en').title).toMatch(/risk protocol/);
    expect(renderRepairPrompt(boundary, 'en').avoid).toMatch(/talk the client out of/);
  });
});

describe('repair prompt text', () => {
  const prompts = signalKinds.flatMap((kind) =>
    engineRules[kind].map((rule) => repairPromptFor(flag(kind, rule))),
  );

  it('has every message in both languages, with the same placeholders, none empty', () => {
    expect(Object.keys(repairFr).sort()).toEqual(Object.keys(repairEn).sort());
    for (const [key, english] of Object.entries(repairEn)) {
      for (const locale of locales) {
        const text: string | undefined = (repairCatalogues[locale] as Record<string, string>)[key];
        expect(text?.trim(), `${locale} ${key}`).toBeTruthy();
        expect(placeholders(text ?? ''), `${locale} ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it('uses every prompt, and every prompt has 2–4 ways in and one thing to avoid', () => {
    expect(new Set(prompts.map((p) => p.key))).toEqual(new Set(repairPromptIds));
    for (const prompt of prompts) {
      expect(prompt.openKeys.length, prompt.key).toBeGreaterThanOrEqual(2);
      expect(prompt.openKeys.length, prompt.key).toBeLessThanOrEqual(4);
      for (const text of allText(prompt)) expect(text.trim(), prompt.key).not.toBe('');
    }
  });

  it('gives example words in quotes for every conversation prompt', () => {
    for (const prompt of prompts.filter((p) => !p.followClinicProtocol)) {
      expect(renderRepairPrompt(prompt, 'en').open.every((t) => /^“.+”$/.test(t))).toBe(true);
      expect(renderRepairPrompt(prompt, 'fr').open.every((t) => /^« .+ »$/.test(t))).toBe(true);
    }
  });

  it('uses only keys that exist in the fragment', () => {
    const keys = new Set(Object.keys(repairEn));
    for (const prompt of prompts) {
      for (const key of [
        prompt.titleKey,
        prompt.openHeadingKey,
        prompt.avoidKey,
        ...prompt.openKeys,
      ])
        expect(keys.has(key), key).toBe(true);
    }
  });
});
