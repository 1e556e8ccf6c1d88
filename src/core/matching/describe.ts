/** A reason as a sentence in the reader's language, and the labels of the codes it names. */
import { matchingEn } from '../i18n/matching.en';
import { matchingFr } from '../i18n/matching.fr';
import { interpolate } from '../i18n';
import type { Locale } from '../i18n';
import type { LabelKind } from './codes';
import type { Reason } from './schema';

export type MatchingMessageKey = keyof typeof matchingEn;

export const matchingCatalogues = { en: matchingEn, fr: matchingFr } as const satisfies Record<
  Locale,
  Readonly<Record<MatchingMessageKey, string>>
>;

function lookup(locale: Locale, key: string): string | undefined {
  const catalogue: Readonly<Record<string, string>> = matchingCatalogues[locale];
  return catalogue[key];
}

/** The label of a code ("anxiety" → "anxiété" in French); the code itself when unknown. */
export function codeLabel(kind: LabelKind, code: string, locale: Locale): string {
  return lookup(locale, `${kind}.${code}`) ?? code;
}

/** Which label list a parameter's value comes from. */
const paramLabels: Readonly<Record<string, LabelKind>> = {
  mode: 'mode',
  language: 'spokenLanguage',
  concern: 'concern',
  approach: 'approach',
};

/** The message key of a reason: `match.reason.<code>`, or `match.unmet.<code>` for an unmet one. */
export function reasonKey(reason: Reason, side: 'met' | 'unmet' = 'met'): MatchingMessageKey {
  const prefix = side === 'met' ? 'match.reason' : 'match.unmet';
  const code =
    reason.code === 'preference_met' ? `preference_met.${reason.params.key}` : reason.code;
  return `${prefix}.${code}` as MatchingMessageKey;
}

/**
 * The sentence for a reason, e.g. `{code: 'works_with_concern', params: {concern: 'anxiety'}}` →
 * "Works with anxiety" / « Accompagne : anxiété ». Pass `'unmet'` for an item of `unmet`
 * ("Does not list anxiety").
 */
export function describeReason(
  reason: Reason,
  locale: Locale,
  side: 'met' | 'unmet' = 'met',
): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params)) {
    if (typeof value === 'number') params[name] = value;
    else if (typeof value !== 'string') continue;
    else if (name === 'value' && reason.code === 'preference_met')
      params[name] = lookup(locale, `${reason.params.key}.${value}`) ?? value;
    else {
      const kind = paramLabels[name];
      params[name] = kind === undefined ? value : codeLabel(kind, value, locale);
    }
  }
  const key = reasonKey(reason, side);
  return interpolate(lookup(locale, key) ?? matchingEn[key], params);
}
