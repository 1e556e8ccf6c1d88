/**
 * The languages Rapport speaks and the pure helpers around them, without any catalogue. The web
 * app imports this module (and loads one language's catalogue on demand); the server imports
 * `./index`, which adds both catalogues and the synchronous `translate`.
 */

const languages = ['en', 'fr'] as const;
/** A language with a full catalogue; `./index` checks at compile time that each has one. */
export type Locale = (typeof languages)[number];
export const locales: Locale[] = [...languages];
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as string[]).includes(value);
}

/** Fill `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(
  template: string,
  params: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Pick a language: the person's own choice first, then the languages their browser asks for
 * (an Accept-Language header or navigator.languages), then English.
 */
export function negotiateLocale(
  choice: string | null | undefined,
  accepted: readonly string[] | string | undefined,
): Locale {
  if (isLocale(choice)) return choice;
  const list = typeof accepted === 'string' ? parseAcceptLanguage(accepted) : (accepted ?? []);
  for (const tag of list) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return defaultLocale;
}

/** Language tags from an Accept-Language header, most preferred first. */
export function parseAcceptLanguage(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}
