import { describe, expect, it } from 'vitest';
import { fhirUrls, rapportScoringUrl, toQuestionnaire } from './fhir';
import { formatPath, readQuestionnaire } from './schema';
import type { FhirExtension, Questionnaire, QuestionnaireItem } from './fhir';
import type { Instrument } from './types';

/** A clinic's own instrument: integer and decimal items, a reversed item, norms, lower-is-better. */
const imported: Instrument = {
  id: 'stress-check',
  url: 'https://clinic.example/fhir/Questionnaire/stress-check',
  status: 'active',
  language: 'en',
  title: { en: 'Stress check' },
  respondent: 'client',
  items: [
    {
      id: 'tense',
      type: 'integer',
      min: 0,
      max: 4,
      decimals: 0,
      text: { en: 'Tense?' },
      lower: { en: 'No' },
      upper: { en: 'Very' },
    },
    {
      id: 'calm',
      type: 'integer',
      min: 0,
      max: 4,
      decimals: 0,
      text: { en: 'Calm?' },
      lower: { en: 'No' },
      upper: { en: 'Very' },
    },
    {
      id: 'sleep',
      type: 'decimal',
      min: 0,
      max: 4,
      decimals: 1,
      text: { en: 'Sleep trouble?' },
      lower: { en: 'None' },
      upper: { en: 'A lot' },
    },
  ],
  scales: [
    {
      id: 'stress',
      items: ['tense', 'calm', 'sleep'],
      method: 'sum',
      direction: 'lower-is-better',
      reversed: ['calm'],
      min: 0,
      max: 12,
      sd: 2.5,
      reliability: 0.85,
      norms: { clinical: { mean: 8, sd: 2 }, functional: { mean: 3, sd: 2 } },
    },
  ],
};

/** The FHIR JSON, freshly copied so each test can break it. */
const fresh = (): Questionnaire => structuredClone(toQuestionnaire(imported));

function item(q: Questionnaire, index: number): QuestionnaireItem {
  const found = q.item[index];
  if (!found) throw new Error(`no item ${index}`);
  return found;
}

/** The sub-extensions of the (only) scale: extension[0].extension[1].extension. */
function scaleSubs(q: Questionnaire): FhirExtension[] {
  const subs = q.extension?.[0]?.extension?.[1]?.extension;
  if (!subs) throw new Error('no scale');
  return subs;
}

function sub(q: Questionnaire, url: string): { index: number; ext: FhirExtension } {
  const subs = scaleSubs(q);
  const index = subs.findIndex((e) => e.url === url);
  const ext = subs[index];
  if (!ext) throw new Error(`no ${url}`);
  return { index, ext };
}

const scalePath = (index: number, value: string) =>
  `extension[0].extension[1].extension[${index}].${value}`;

function problems(value: unknown) {
  const result = readQuestionnaire(value);
  return result.success ? [] : result.problems;
}

const paths = (value: unknown) => problems(value).map((p) => p.path);

/** The message reported at `path` ('' when none), so a test can check both where and what. */
const at = (found: { path: string; message: string }[], path: string) =>
  found.find((p) => p.path === path)?.message ?? '';

describe('readQuestionnaire', () => {
  it('accepts an imported questionnaire and reads it back exactly', () => {
    const result = readQuestionnaire(JSON.parse(JSON.stringify(fresh())));
    expect(result.success).toBe(true);
    if (result.success) expect(result.instrument).toEqual(imported);
  });

  it('tolerates other FHIR fields and display items it does not use', () => {
    const q = fresh();
    q.item.unshift({ linkId: 'intro', type: 'display', text: 'Please answer all questions.' });
    expect(readQuestionnaire({ ...q, meta: { versionId: '3' } }).success).toBe(true);
  });

  it('rejects a resource that is not a Questionnaire', () => {
    expect(paths({ ...fresh(), resourceType: 'Patient' })).toEqual(['resourceType']);
  });

  it('requires the scoring extension', () => {
    const found = problems({ ...fresh(), extension: [] });
    expect(found.map((p) => p.path)).toEqual(['extension']);
    expect(at(found, 'extension')).toContain(rapportScoringUrl);
  });

  it('points at a non-positive SD inside the scale', () => {
    const q = fresh();
    const sd = sub(q, 'sd');
    sd.ext.valueDecimal = -1;
    expect(problems(q)).toEqual([
      { path: scalePath(sd.index, 'valueDecimal'), message: 'sd must be greater than 0' },
    ]);
  });

  it('points at a reliability of 1 and at an unknown sub-extension (a typo)', () => {
    const q = fresh();
    const r = sub(q, 'reliability');
    r.ext.valueDecimal = 1;
    scaleSubs(q).push({ url: 'reliabilty', valueDecimal: 0.8 });
    expect(problems(q).map((p) => p.path)).toEqual([
      scalePath(scaleSubs(q).length - 1, 'url'),
      scalePath(r.index, 'valueDecimal'),
    ]);
  });

  it('rejects a scale item that is not a question', () => {
    const q = fresh();
    const first = sub(q, 'item');
    first.ext.valueString = 'tired';
    expect(at(problems(q), scalePath(first.index, 'valueString'))).toContain('"tired"');
  });

  it('rejects a scale range that does not match its items', () => {
    const q = fresh();
    const max = sub(q, 'max');
    max.ext.valueDecimal = 10;
    expect(problems(q)).toEqual([
      {
        path: scalePath(max.index, 'valueDecimal'),
        message: "max must be 12, the sum of the items' maximums",
      },
    ]);
  });

  it('rejects unsupported question types and groups, naming the item', () => {
    const q = fresh();
    item(q, 1).type = 'choice';
    q.item.push({ linkId: 'g', type: 'group', item: [] });
    const found = problems(q);
    expect(at(found, 'item[1].type')).toContain('"choice"');
    expect(at(found, 'item[3].type')).toContain('groups');
  });

  it('requires a range, both anchors, and wording on every question', () => {
    const q = fresh();
    item(q, 0).extension = item(q, 0).extension?.filter((e) => e.url !== fhirUrls.maxValue);
    item(q, 1).item = item(q, 1).item?.slice(0, 1);
    item(q, 2).text = ' ';
    const found = problems(q);
    expect(at(found, 'item[0].extension')).toContain('maxValue');
    expect(at(found, 'item[1].item')).toContain('"upper"');
    expect(at(found, 'item[2].text')).toContain('wording');
  });

  it('rejects duplicate linkIds and a minimum above the maximum', () => {
    const q = fresh();
    item(q, 1).linkId = 'tense';
    const min = item(q, 2).extension?.find((e) => e.url === fhirUrls.minValue);
    if (min) min.valueDecimal = 5;
    const found = problems(q);
    expect(at(found, 'item[1].linkId')).toContain('"tense"');
    expect(at(found, 'item[2].extension')).toContain('below maxValue');
  });

  it('checks translations and the respondent code', () => {
    const q = fresh();
    item(q, 0)._text = {
      extension: [{ url: fhirUrls.translation, extension: [{ url: 'lang', valueCode: 'fr' }] }],
    };
    const respondent = q.extension?.[0]?.extension?.[0];
    if (respondent) respondent.valueCode = 'parent';
    const found = problems(q);
    expect(at(found, 'item[0]._text.extension[0].extension')).toContain('"content"');
    expect(at(found, 'extension[0].extension[0].valueCode')).toContain('"parent"');
  });

  it('reports structural errors with zod paths', () => {
    expect(
      paths({
        resourceType: 'Questionnaire',
        id: 'has space',
        url: 'x',
        title: 'T',
        status: 'active',
        item: [],
      }),
    ).toEqual(['id', 'item']);
    expect(problems('nope')).toHaveLength(1);
  });
});

describe('formatPath', () => {
  it('writes JSON paths the way a person reads them', () => {
    expect(formatPath(['extension', 0, 'extension', 2, 'valueDecimal'])).toBe(
      'extension[0].extension[2].valueDecimal',
    );
    expect(formatPath([])).toBe('');
  });
});
