import { describe, expect, it } from 'vitest';
import {
  builtinInstruments,
  builtinQuestionnaires,
  fhirUrls,
  findInstrument,
  itemText,
  localizeInstrument,
  rapportScoringUrl,
  readQuestionnaire,
} from './index';
import type { Instrument } from './index';

function mustFind(id: string): Instrument {
  const instrument = findInstrument(id);
  if (!instrument) throw new Error(`no built-in ${id}`);
  return instrument;
}

describe('built-in instruments', () => {
  it('have the exact ids and item ids of the API contract', () => {
    expect(builtinInstruments.map((i) => i.id)).toEqual([
      'alliance',
      'therapist-alliance',
      'wellbeing',
    ]);
    const items = (id: string) => findInstrument(id)?.items.map((item) => item.id);
    expect(items('alliance')).toEqual(['heard', 'goals', 'approach', 'safety', 'overall']);
    expect(items('therapist-alliance')).toEqual([
      'heard',
      'goals',
      'approach',
      'safety',
      'overall',
    ]);
    expect(items('wellbeing')).toEqual(['personal', 'relationships', 'social', 'overall']);
    expect(findInstrument('alliance')?.respondent).toBe('client');
    expect(findInstrument('therapist-alliance')?.respondent).toBe('therapist');
  });

  it('are 0–10 lines in steps of 0.1', () => {
    for (const item of builtinInstruments.flatMap((i) => i.items)) {
      expect([item.type, item.min, item.max, item.decimals]).toEqual(['decimal', 0, 10, 1]);
    }
  });

  it('have wording and both anchors in English and French, short enough for a phone', () => {
    for (const item of builtinInstruments.flatMap((i) => i.items)) {
      for (const text of [item.text, item.lower, item.upper]) {
        expect(text.en?.trim()).toBeTruthy();
        expect(text.fr?.trim()).toBeTruthy();
        expect(text.fr).not.toBe(text.en);
      }
      expect(item.text.en?.length).toBeLessThanOrEqual(70);
      expect(item.lower.en?.length).toBeLessThanOrEqual(30);
      expect(item.upper.en?.length).toBeLessThanOrEqual(30);
    }
  });

  it('score alliance as a mean (0–10) and well-being as a sum (0–40) with the default cutoff and reliable change', () => {
    expect(findInstrument('alliance')?.scales).toMatchObject([
      { id: 'alliance', method: 'mean', min: 0, max: 10 },
    ]);
    expect(findInstrument('wellbeing')?.scales).toMatchObject([
      { id: 'wellbeing', method: 'sum', min: 0, max: 40, cutoff: 25, reliableChange: 5 },
    ]);
  });

  it('as FHIR Questionnaires pass the schema and read back to the same instruments', () => {
    builtinQuestionnaires.forEach((questionnaire, index) => {
      const read = readQuestionnaire(JSON.parse(JSON.stringify(questionnaire)));
      expect(read).toMatchObject({ success: true });
      if (read.success) expect(read.instrument).toEqual(builtinInstruments[index]);
    });
  });

  it('use standard FHIR for range, step, slider, anchors and translations', () => {
    const q = builtinQuestionnaires[0];
    const item = q?.item[0];
    expect(q).toMatchObject({ resourceType: 'Questionnaire', id: 'alliance', status: 'active' });
    expect(q?.extension?.[0]?.url).toBe(rapportScoringUrl);
    expect(item?.extension).toEqual(
      expect.arrayContaining([
        { url: fhirUrls.minValue, valueDecimal: 0 },
        { url: fhirUrls.maxValue, valueDecimal: 10 },
        { url: fhirUrls.maxDecimalPlaces, valueInteger: 1 },
      ]),
    );
    expect(item?._text?.extension?.[0]).toEqual({
      url: fhirUrls.translation,
      extension: [
        { url: 'lang', valueCode: 'fr' },
        { url: 'content', valueString: findInstrument('alliance')?.items[0]?.text.fr },
      ],
    });
    expect(item?.item?.map((child) => [child.linkId, child.type])).toEqual([
      ['heard.lower', 'display'],
      ['heard.upper', 'display'],
    ]);
  });
});

describe('localized wording', () => {
  it('gives an item’s text and anchors in the requested locale', () => {
    const alliance = mustFind('alliance');
    const en = itemText(alliance, 'safety', 'en');
    const fr = itemText(alliance, 'safety', 'fr');
    expect(en).toMatchObject({ id: 'safety', min: 0, max: 10, step: 0.1 });
    expect(fr?.text).toBe(alliance.items[3]?.text.fr);
    expect(fr?.lower).toBe(alliance.items[3]?.lower.fr);
    expect(en?.upper).toBe(alliance.items[3]?.upper.en);
    expect(itemText(alliance, 'nope', 'en')).toBeUndefined();
  });

  it('falls back to the instrument’s own language when a translation is missing', () => {
    const wellbeing = mustFind('wellbeing');
    const englishOnly: Instrument = {
      ...wellbeing,
      title: { en: 'Only English' },
      items: wellbeing.items.map((item) => ({
        ...item,
        text: { en: item.id },
        lower: { en: 'low' },
        upper: { en: 'high' },
      })),
    };
    const view = localizeInstrument(englishOnly, 'fr');
    expect(view.title).toBe('Only English');
    expect(view.items[0]).toMatchObject({ text: 'personal', lower: 'low', upper: 'high' });
  });
});
