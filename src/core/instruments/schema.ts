/**
 * The zod schema of an instrument definition: a FHIR R4 Questionnaire with Rapport's scoring
 * extension (fhir.ts). Used for the built-ins and for questionnaires a clinic imports
 * (`POST /instruments`); every problem comes back with the JSON path of the field to fix.
 */
import { z } from 'zod';
import { decodeQuestionnaire } from './decode';
import type { FhirElement, FhirExtension, Questionnaire, QuestionnaireItem } from './fhir';
import type { Instrument } from './types';

const codingSchema = z.looseObject({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
});

export const fhirExtensionSchema: z.ZodType<FhirExtension> = z.lazy(() =>
  z.looseObject({
    url: z.string().min(1),
    valueString: z.string().optional(),
    valueCode: z.string().optional(),
    valueId: z.string().optional(),
    valueDecimal: z.number().optional(),
    valueInteger: z.int().optional(),
    valueBoolean: z.boolean().optional(),
    valueCodeableConcept: z
      .looseObject({ coding: z.array(codingSchema).optional(), text: z.string().optional() })
      .optional(),
    extension: z.array(fhirExtensionSchema).optional(),
  }),
);

const elementSchema: z.ZodType<FhirElement> = z.looseObject({
  extension: z.array(fhirExtensionSchema).optional(),
});

const itemSchema: z.ZodType<QuestionnaireItem> = z.lazy(() =>
  z.looseObject({
    linkId: z.string().min(1).max(255),
    text: z.string().max(1000).optional(),
    _text: elementSchema.optional(),
    type: z.string().min(1),
    required: z.boolean().optional(),
    extension: z.array(fhirExtensionSchema).optional(),
    item: z.array(itemSchema).max(50).optional(),
  }),
);

const structureSchema = z.looseObject({
  resourceType: z.literal('Questionnaire'),
  id: z
    .string()
    .regex(
      /^[A-Za-z0-9\-.]{1,64}$/,
      'an id may use letters, digits, "-" and "." (1–64 characters)',
    ),
  url: z.string().min(1).max(1000),
  version: z.string().optional(),
  name: z.string().optional(),
  title: z.string().trim().min(1).max(200),
  _title: elementSchema.optional(),
  status: z.enum(['draft', 'active', 'retired', 'unknown']),
  language: z.string().min(2).max(20).optional(),
  subjectType: z.array(z.string()).optional(),
  extension: z.array(fhirExtensionSchema).optional(),
  item: z.array(itemSchema).min(1).max(100),
});

/**
 * A FHIR Questionnaire that Rapport can render and score: the structure first, then (only when
 * the structure is sound, hence the pipe) Rapport's rules, so each problem is reported once.
 */
export const questionnaireSchema: z.ZodType<Questionnaire> = structureSchema.pipe(
  z.custom<z.output<typeof structureSchema>>().superRefine((questionnaire, ctx) => {
    decodeQuestionnaire(questionnaire, (path, message) =>
      ctx.addIssue({ code: 'custom', path, message }),
    );
  }),
);

export interface InstrumentProblem {
  /** Where, as a JSON path into the submitted Questionnaire: `item[2].extension[0].valueDecimal`. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

export type ReadQuestionnaireResult =
  | { success: true; questionnaire: Questionnaire; instrument: Instrument }
  | { success: false; problems: InstrumentProblem[] };

/** Validate a submitted Questionnaire and read it into an `Instrument`. */
export function readQuestionnaire(json: unknown): ReadQuestionnaireResult {
  const parsed = questionnaireSchema.safeParse(json);
  if (!parsed.success) {
    return {
      success: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const problems: InstrumentProblem[] = [];
  const instrument = decodeQuestionnaire(parsed.data, (path, message) =>
    problems.push({ path: formatPath(path), message }),
  );
  if (!instrument) return { success: false, problems };
  return { success: true, questionnaire: parsed.data, instrument };
}
