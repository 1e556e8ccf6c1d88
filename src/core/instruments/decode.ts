/**
 * Reading a structurally valid FHIR Questionnaire (schema.ts) into an `Instrument`, reporting
 * every Rapport rule it breaks with the exact JSON path (so an admin importing a clinic's
 * questionnaire learns which field to fix). The mapping is documented in fhir.ts.
 */
import { fhirUrls, rapportScoringUrl } from './fhir';
import type { FhirElement, FhirExtension, Questionnaire, QuestionnaireItem } from './fhir';
import { readScoringExtension } from './scoring-extension';
import type { Path, Report } from './scoring-extension';
import type { Instrument, InstrumentItem, LocalizedText } from './types';

export type { Path, Report } from './scoring-extension';

function onGrid(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

function localized(
  text: string | undefined,
  element: FhirElement | undefined,
  language: string,
  path: Path,
  report: Report,
): LocalizedText {
  const result: Record<string, string> = { [language]: text ?? '' };
  element?.extension?.forEach((ext, index) => {
    if (ext.url !== fhirUrls.translation) return;
    const at = [...path, 'extension', index];
    const lang = ext.extension?.find((sub) => sub.url === 'lang')?.valueCode;
    const content = ext.extension?.find((sub) => sub.url === 'content')?.valueString;
    if (!lang)
      report([...at, 'extension'], 'a translation needs a "lang" sub-extension (valueCode)');
    if (!content)
      report([...at, 'extension'], 'a translation needs a "content" sub-extension (valueString)');
    if (lang && content) result[lang] = content;
  });
  return result;
}

function hasControl(ext: FhirExtension[] | undefined, code: string): boolean {
  return (ext ?? []).some(
    (e) =>
      e.url === fhirUrls.itemControl &&
      e.valueCodeableConcept?.coding?.some((c) => c.code === code),
  );
}

function numberExtension(ext: FhirExtension[] | undefined, url: string): number | undefined {
  const found = ext?.find((e) => e.url === url);
  return found?.valueDecimal ?? found?.valueInteger;
}

function readItem(
  item: QuestionnaireItem,
  path: Path,
  language: string,
  report: Report,
): InstrumentItem | null {
  const type = item.type === 'integer' ? 'integer' : 'decimal';
  let ok = true;
  const fail = (at: Path, message: string) => {
    ok = false;
    report(at, message);
  };
  if (!item.text?.trim()) fail([...path, 'text'], 'a question needs its wording in "text"');
  const min = numberExtension(item.extension, fhirUrls.minValue);
  const max = numberExtension(item.extension, fhirUrls.maxValue);
  if (min === undefined)
    fail([...path, 'extension'], `a question needs a minValue extension (${fhirUrls.minValue})`);
  if (max === undefined)
    fail([...path, 'extension'], `a question needs a maxValue extension (${fhirUrls.maxValue})`);
  const placesIndex = item.extension?.findIndex((e) => e.url === fhirUrls.maxDecimalPlaces) ?? -1;
  const places =
    type === 'integer' ? 0 : (numberExtension(item.extension, fhirUrls.maxDecimalPlaces) ?? 1);
  if (placesIndex >= 0 && type === 'integer') {
    fail([...path, 'extension', placesIndex], 'an integer question cannot have maxDecimalPlaces');
  } else if (!Number.isInteger(places) || places < 0 || places > 4) {
    fail(
      [...path, 'extension', placesIndex, 'valueInteger'],
      'maxDecimalPlaces must be an integer from 0 to 4',
    );
  }
  if (min !== undefined && max !== undefined) {
    if (!(min < max))
      fail([...path, 'extension'], `minValue (${min}) must be below maxValue (${max})`);
    else if (!onGrid(min, places) || !onGrid(max, places)) {
      fail(
        [...path, 'extension'],
        `minValue and maxValue must be multiples of the step ${10 ** -places}`,
      );
    }
  }
  const children = item.item ?? [];
  children.forEach((child, index) => {
    if (child.type !== 'display') {
      fail(
        [...path, 'item', index, 'type'],
        'only "display" items (the anchor labels) may be nested in a question',
      );
    }
  });
  const anchor = (end: 'lower' | 'upper'): LocalizedText | null => {
    const index = children.findIndex((child) => hasControl(child.extension, end));
    const child = children[index];
    if (!child?.text?.trim()) {
      fail(
        [...path, 'item'],
        `a question needs a nested display item with itemControl "${end}" and a text (the label at the ${end} end)`,
      );
      return null;
    }
    return localized(child.text, child._text, language, [...path, 'item', index, '_text'], report);
  };
  const lower = anchor('lower');
  const upper = anchor('upper');
  if (!ok || min === undefined || max === undefined || !lower || !upper) return null;
  const text = localized(item.text, item._text, language, [...path, '_text'], report);
  return { id: item.linkId, type, min, max, decimals: places, text, lower, upper };
}

function collectLinkIds(
  items: readonly QuestionnaireItem[],
  path: Path,
  seen: Set<string>,
  report: Report,
) {
  items.forEach((item, index) => {
    const at = [...path, index];
    if (seen.has(item.linkId))
      report([...at, 'linkId'], `linkId "${item.linkId}" is used more than once`);
    seen.add(item.linkId);
    collectLinkIds(item.item ?? [], [...at, 'item'], seen, report);
  });
}

/** Rapport's rules over a structurally valid Questionnaire; null when any rule is broken. */
export function decodeQuestionnaire(q: Questionnaire, report: Report): Instrument | null {
  let ok = true;
  const note: Report = (path, message) => {
    ok = false;
    report(path, message);
  };
  const language = q.language ?? 'en';
  collectLinkIds(q.item, ['item'], new Set(), note);
  const items: InstrumentItem[] = [];
  q.item.forEach((item, index) => {
    const at: Path = ['item', index];
    if (item.type === 'display') return;
    if (item.type === 'decimal' || item.type === 'integer') {
      const read = readItem(item, at, language, note);
      if (read) items.push(read);
    } else if (item.type === 'group') {
      note([...at, 'type'], 'groups are not supported: list the questions at the top level');
    } else {
      note(
        [...at, 'type'],
        `question type "${item.type}" is not supported: use "decimal" or "integer"`,
      );
    }
  });
  if (items.length === 0)
    note(['item'], 'the questionnaire needs at least one decimal or integer question');
  const byId = new Map(items.map((item) => [item.id, item]));

  const scoringIndexes = (q.extension ?? []).flatMap((ext, index) =>
    ext.url === rapportScoringUrl ? [index] : [],
  );
  const [scoringIndex, extra] = scoringIndexes;
  if (extra !== undefined)
    note(['extension', extra], 'the Rapport scoring extension may appear only once');
  const scoring = scoringIndex === undefined ? undefined : q.extension?.[scoringIndex];
  if (scoringIndex === undefined || !scoring) {
    note(['extension'], `missing the Rapport scoring extension (url ${rapportScoringUrl})`);
    return null;
  }
  const { respondent, scales } = readScoringExtension(
    scoring,
    ['extension', scoringIndex],
    byId,
    note,
  );
  const title = localized(q.title, q._title, language, ['_title'], note);
  if (!ok || !respondent) return null;
  return {
    id: q.id,
    url: q.url,
    ...(q.version === undefined ? {} : { version: q.version }),
    status: q.status,
    language,
    title,
    respondent,
    items,
    scales,
  };
}
