/**
 * Instruments as FHIR R4 `Questionnaire` resources: the form in which they are stored, served by
 * `GET /instruments/{id}`, exported, and imported by clinics (`POST /instruments`).
 *
 * Everything Rapport needs is said with standard FHIR, so any FHIR tool can read the file:
 * - item: `linkId`, `text`, `type` 'decimal' (or 'integer'), `required` true;
 *   range with the core extensions `minValue` / `maxValue` (valueDecimal or valueInteger);
 *   step with `maxDecimalPlaces` (1 → steps of 0.1; FHIR R4's sliderStepValue is integer-only);
 *   `questionnaire-itemControl` = `slider`;
 * - anchors: two nested `display` items with itemControl `lower` and `upper` (R4's codes for
 *   the labels at the two ends of a slider), linkIds `<item>.lower` / `<item>.upper`;
 * - translations: the core `translation` extension on `_text` / `_title`
 *   (sub-extensions `lang` valueCode and `content` valueString);
 * - scoring: one complex extension, `rapportScoringUrl`, at the root of the Questionnaire:
 *     respondent                 valueCode  'client' | 'therapist'        (exactly one)
 *     scale (1..*) with sub-extensions:
 *       id                       valueId    unique scale id, e.g. 'wellbeing'
 *       method                   valueCode  'mean' | 'sum'
 *       direction                valueCode  'higher-is-better' | 'lower-is-better'
 *       item (1..*)              valueString  linkId of a question item
 *       reversed (0..*)          valueString  linkId of an item scored in reverse
 *       min, max                 valueDecimal the scale's range
 *       sd, reliability, cutoff, reliableChange   valueDecimal (each optional)
 *       norms (optional) with clinicalMean, clinicalSd, functionalMean, functionalSd
 *                                valueDecimal (all four)
 * A complex extension (rather than a sibling field) keeps the resource valid FHIR.
 */
import type { Instrument, InstrumentItem, LocalizedText, Scale } from './types';

/** Base of Rapport's own canonical URLs (one place to change it). */
export const rapportFhirBase = 'https://rapport.example/fhir';
export const rapportScoringUrl = `${rapportFhirBase}/StructureDefinition/scoring`;

export const fhirUrls = {
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  maxDecimalPlaces: 'http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  itemControlSystem: 'http://hl7.org/fhir/questionnaire-item-control',
} as const;

export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

export interface FhirExtension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueId?: string;
  valueDecimal?: number;
  valueInteger?: number;
  valueBoolean?: boolean;
  valueCodeableConcept?: { coding?: FhirCoding[]; text?: string };
  extension?: FhirExtension[];
}

/** The primitive-extension sibling FHIR JSON uses for `_text`, `_title`. */
export interface FhirElement {
  extension?: FhirExtension[];
}

export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  _text?: FhirElement;
  type: string;
  required?: boolean;
  extension?: FhirExtension[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version?: string;
  name?: string;
  title: string;
  _title?: FhirElement;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  language?: string;
  subjectType?: string[];
  extension?: FhirExtension[];
  item: QuestionnaireItem[];
}

function translations(text: LocalizedText, language: string): FhirElement | undefined {
  const others = Object.keys(text)
    .filter((lang) => lang !== language)
    .sort();
  if (others.length === 0) return undefined;
  return {
    extension: others.map((lang) => ({
      url: fhirUrls.translation,
      extension: [
        { url: 'lang', valueCode: lang },
        { url: 'content', valueString: text[lang] ?? '' },
      ],
    })),
  };
}

function withText<T extends object>(base: T, text: LocalizedText, language: string) {
  const _text = translations(text, language);
  return { ...base, text: text[language] ?? '', ...(_text ? { _text } : {}) };
}

function itemControl(code: string): FhirExtension {
  return {
    url: fhirUrls.itemControl,
    valueCodeableConcept: { coding: [{ system: fhirUrls.itemControlSystem, code }] },
  };
}

function rangeExtension(url: string, value: number, type: InstrumentItem['type']): FhirExtension {
  return type === 'integer' ? { url, valueInteger: value } : { url, valueDecimal: value };
}

function toItem(item: InstrumentItem, language: string): QuestionnaireItem {
  const anchor = (end: 'lower' | 'upper'): QuestionnaireItem =>
    withText(
      { linkId: `${item.id}.${end}`, type: 'display', extension: [itemControl(end)] },
      item[end],
      language,
    );
  return withText(
    {
      linkId: item.id,
      type: item.type,
      required: true,
      extension: [
        rangeExtension(fhirUrls.minValue, item.min, item.type),
        rangeExtension(fhirUrls.maxValue, item.max, item.type),
        ...(item.type === 'decimal'
          ? [{ url: fhirUrls.maxDecimalPlaces, valueInteger: item.decimals }]
          : []),
        itemControl('slider'),
      ],
      item: [anchor('lower'), anchor('upper')],
    },
    item.text,
    language,
  );
}

function decimal(url: string, value: number | undefined): FhirExtension[] {
  return value === undefined ? [] : [{ url, valueDecimal: value }];
}

function toScaleExtension(scale: Scale): FhirExtension {
  const norms = scale.norms;
  return {
    url: 'scale',
    extension: [
      { url: 'id', valueId: scale.id },
      { url: 'method', valueCode: scale.method },
      { url: 'direction', valueCode: scale.direction },
      ...scale.items.map((item) => ({ url: 'item', valueString: item })),
      ...scale.reversed.map((item) => ({ url: 'reversed', valueString: item })),
      { url: 'min', valueDecimal: scale.min },
      { url: 'max', valueDecimal: scale.max },
      ...decimal('sd', scale.sd),
      ...decimal('reliability', scale.reliability),
      ...decimal('cutoff', scale.cutoff),
      ...decimal('reliableChange', scale.reliableChange),
      ...(norms
        ? [
            {
              url: 'norms',
              extension: [
                { url: 'clinicalMean', valueDecimal: norms.clinical.mean },
                { url: 'clinicalSd', valueDecimal: norms.clinical.sd },
                { url: 'functionalMean', valueDecimal: norms.functional.mean },
                { url: 'functionalSd', valueDecimal: norms.functional.sd },
              ],
            },
          ]
        : []),
    ],
  };
}

/** The FHIR R4 Questionnaire for an instrument (what the API serves and exports). */
export function toQuestionnaire(instrument: Instrument): Questionnaire {
  const { language } = instrument;
  const _title = translations(instrument.title, language);
  return {
    resourceType: 'Questionnaire',
    id: instrument.id,
    url: instrument.url,
    ...(instrument.version === undefined ? {} : { version: instrument.version }),
    title: instrument.title[language] ?? '',
    ...(_title ? { _title } : {}),
    status: instrument.status,
    language,
    subjectType: ['Patient'],
    extension: [
      {
        url: rapportScoringUrl,
        extension: [
          { url: 'respondent', valueCode: instrument.respondent },
          ...instrument.scales.map(toScaleExtension),
        ],
      },
    ],
    item: instrument.items.map((item) => toItem(item, language)),
  };
}
