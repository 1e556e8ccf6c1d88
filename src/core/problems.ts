/**
 * Problems with something an administrator sent (clinic settings, an imported questionnaire):
 * every one with the path of the field and a message in the reader's language, so a form can
 * show each message next to its field and a report can list them all.
 */
import { z } from 'zod';
import { catalogues, translate, type Locale, type MessageKey } from './i18n';
import { formatPath } from './instruments/schema';

export const problem = z.object({ path: z.string(), message: z.string() });
export type Problem = z.infer<typeof problem>;

const isKey = (value: string): value is MessageKey => value in catalogues.en;

const joinValues = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/** One zod issue in words. Custom issues may carry a catalogue key as their message. */
export function describeIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array')
        return translate(locale, 'problem.too_few', { min: Number(issue.minimum) });
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? translate(locale, 'problem.required')
          : translate(locale, 'problem.too_short', { min: Number(issue.minimum) });
      return translate(locale, 'problem.too_small', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array')
        return translate(locale, 'problem.too_many', { max: Number(issue.maximum) });
      if (issue.origin === 'string')
        return translate(locale, 'problem.too_long', { max: Number(issue.maximum) });
      return translate(locale, 'problem.too_big', { max: Number(issue.maximum) });
    case 'invalid_type':
      return translate(locale, 'problem.invalid_type', { expected: issue.expected });
    case 'invalid_value':
      return translate(locale, 'problem.invalid_value', { values: joinValues(issue.values) });
    case 'unrecognized_keys':
      return translate(locale, 'problem.unknown_field', { keys: issue.keys.join(', ') });
    case 'invalid_format':
      return translate(locale, 'problem.invalid_format', { format: issue.format });
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, string | number>;
      return isKey(issue.message) ? translate(locale, issue.message, params) : issue.message;
    }
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
      return translate(locale, 'problem.invalid');
  }
}

export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  locale: Locale,
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  return issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: describeIssue(issue, locale),
  }));
}
