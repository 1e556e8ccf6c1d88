import { describe, expect, it } from 'vitest';
import { locales } from '../i18n';
import { guideEn } from '../i18n/guide.en';
import { guideFr } from '../i18n/guide.fr';
import { concernCategories, concernGuidance, concernHowToSayHeadingKey } from './concerns';
import type { GuideMessageKey } from './concerns';
import {
  boundaryViolations,
  guide,
  guideActionKinds,
  guideCatalogues,
  guideKeys,
  redFlags,
} from './guide';
import type { GuideSection } from './guide';

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const sections: readonly GuideSection[] = guide.sections;
const section = (id: string) => sections.find((s) => s.id === id);
const en = (key: GuideMessageKey) => guideEn[key];

const concernKeys = concernCategories.flatMap((category) => {
  const guidance: {
    labelKey: GuideMessageKey;
    noteKey?: GuideMessageKey;
    howToSayKeys: readonly GuideMessageKey[];
  } = concernGuidance[category];
  return [
    guidance.labelKey,
    ...(guidance.noteKey ? [guidance.noteKey] : []),
    ...guidance.howToSayKeys,
  ];
});

describe('guide text', () => {
  it('has every key the guide and the concern form refer to, in both languages', () => {
    for (const key of [...guideKeys(), ...concernKeys, concernHowToSayHeadingKey]) {
      for (const locale of locales) {
        const text: string | undefined = (guideCatalogues[locale] as Record<string, string>)[key];
        expect(text?.trim(), `${locale} ${key}`).toBeTruthy();
      }
    }
  });

  it('has the same keys and placeholders in both languages, and no empty message', () => {
    expect(Object.keys(guideFr).sort()).toEqual(Object.keys(guideEn).sort());
    for (const [key, english] of Object.entries(guideEn)) {
      const french = (guideFr as Record<string, string>)[key] ?? '';
      expect(english.trim(), `en ${key}`).not.toBe('');
      expect(french.trim(), `fr ${key}`).not.toBe('');
      expect(placeholders(french), key).toEqual(placeholders(english));
    }
  });

  it('uses every message it defines', () => {
    const used = new Set<string>([...guideKeys(), ...concernKeys, concernHowToSayHeadingKey]);
    for (const key of Object.keys(guideEn)) expect(used.has(key), key).toBe(true);
  });
});

describe('the guide', () => {
  it('has unique section ids and at least some text in each section', () => {
    const ids = sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of sections) expect(s.paragraphKeys.length, s.id).toBeGreaterThan(0);
  });

  it('has a section for every red flag, each saying what to do', () => {
    for (const flag of redFlags) {
      const s = section(flag);
      expect(s, flag).toBeDefined();
      expect(s?.kind).toBe('red_flag');
      expect(s?.actions.length, flag).toBeGreaterThan(0);
    }
    expect(sections.filter((s) => s.kind === 'red_flag').map((s) => s.id)).toEqual([...redFlags]);
  });

  it('names every kind of boundary violation in the boundary section', () => {
    const list = section('boundary_violation')?.listKeys ?? [];
    expect(list).toEqual(boundaryViolations.map((v) => `guide.boundary.list.${v}`));
    const text = list.map(en).join(' ');
    for (const words of [/sexual/, /socially/, /money|business/, /secret/, /social media/])
      expect(text).toMatch(words);
  });

  it('tells someone facing a boundary violation that it is not their fault, and where to report', () => {
    const s = section('boundary_violation');
    const text = (s?.afterListKeys ?? []).map(en).join(' ');
    expect(text).toMatch(/you did nothing wrong/i);
    expect(text).toMatch(/stop seeing them/);
    expect(text).toMatch(/professional college or licensing board/);
    expect(text).toMatch(/emergency services/);
    expect(s?.actions.map((a) => a.kind)).toEqual([
      'report_boundary',
      'switch_therapist',
      'crisis',
    ]);
    // No words to say in session: the client owes the therapist no conversation about it.
    expect(s?.sayKeys).toBeUndefined();
  });

  it('covers a good relationship, early sessions, raising it, switching and crisis', () => {
    for (const id of ['good_relationship', 'early_sessions', 'raising_it', 'switching', 'crisis'])
      expect(section(id), id).toBeDefined();
    expect((section('early_sessions')?.paragraphKeys ?? []).map(en).join(' ')).toMatch(
      /three to five sessions/,
    );
    expect(section('crisis')?.actions.map((a) => a.kind)).toEqual(['crisis']);
    expect(section('switching')?.actions.map((a) => a.kind)).toEqual(['switch_therapist']);
  });

  it('links every kind of action somewhere, with a label', () => {
    const used = new Set(sections.flatMap((s) => s.actions.map((a) => a.kind)));
    expect([...used].sort()).toEqual([...guideActionKinds].sort());
    for (const s of sections)
      for (const a of s.actions) expect(a.labelKey).toBe(`guide.action.${a.kind}`);
  });

  it('links the overview list to the red-flag sections, one item each', () => {
    const overview = section('red_flags');
    expect(overview?.listLinks).toEqual([...redFlags]);
    expect(overview?.listKeys?.length).toBe(redFlags.length);
  });

  it('gives example words in quotes', () => {
    for (const s of sections) {
      for (const key of s.sayKeys ?? []) {
        expect(guideEn[key], key).toMatch(/^“.+”$/);
        expect(guideFr[key], key).toMatch(/^« .+ »$/);
      }
    }
  });
});

describe('concern form guidance', () => {
  it('has a label and at least two suggestions for every category', () => {
    expect(Object.keys(concernGuidance).sort()).toEqual([...concernCategories].sort());
    for (const category of concernCategories) {
      const guidance = concernGuidance[category];
      expect(guidance.category).toBe(category);
      expect(guidance.labelKey).toBe(`concern.category.${category}`);
      expect(guidance.howToSayKeys.length, category).toBeGreaterThanOrEqual(2);
      expect(guidance.howToSayKeys.length, category).toBeLessThanOrEqual(3);
      for (const key of guidance.howToSayKeys) {
        expect(key.startsWith(`concern.howToSay.${category}.`), key).toBe(true);
        expect(guideEn[key]).toMatch(/“.+”$/);
        expect(guideFr[key]).toMatch(/« .+ »$/);
      }
    }
  });

  it('tells a client with a boundary concern that they need not raise it in session', () => {
    const boundary: { noteKey?: GuideMessageKey } = concernGuidance.boundary;
    expect(boundary.noteKey).toBeDefined();
    expect(en(boundary.noteKey ?? 'guide.title')).toMatch(/do not have to raise this/);
    expect(en(boundary.noteKey ?? 'guide.title')).toMatch(/did nothing wrong/);
  });
});
