/**
 * The message catalogue. Every user-facing string, on the server and in the web app, is looked
 * up here by key. English is complete; every other language must have every key (the type
 * checker enforces it), so a missing translation is a build error, not a blank on screen.
 *
 * This module holds every catalogue and the synchronous `translate`, for the server. The web app
 * imports the catalogue-free helpers from `./locales` and loads only the person's language, on
 * demand (src/web/i18n.tsx), so the browser never downloads the languages it does not show.
 */
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { interpolate, type Locale } from './locales';

export type { MessageKey } from './en';
export {
  defaultLocale,
  interpolate,
  isLocale,
  locales,
  negotiateLocale,
  parseAcceptLanguage,
  type Locale,
} from './locales';

/** One language's messages: every key, nothing else. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** A catalogue for every language, and no catalogue without a language (checked by the compiler). */
export const catalogues = { en, fr } as const satisfies Record<Locale, Catalogue>;

export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return interpolate(catalogues[locale][key], params);
}
