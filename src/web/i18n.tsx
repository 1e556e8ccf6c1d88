/**
 * The person's language in the web app: their saved choice, then the browser, then English.
 *
 * Only that language's messages are downloaded: each catalogue of src/core/i18n is a chunk of its
 * own, loaded on demand, in two parts. The app renders for the first time once the first pages'
 * messages are here (`prepareI18n`, awaited in main.tsx), and any other page once all of them
 * are (`withAllMessages`), so no one ever sees a key instead of words; on a change of language
 * the page stays in the language on screen until the new messages have arrived.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Catalogue, MessageKey } from '../core/i18n';
import {
  defaultLocale,
  interpolate,
  isLocale,
  negotiateLocale,
  type Locale,
} from '../core/i18n/locales';
import { setApiLanguage } from './http';

const storageKey = 'rapport.locale';

interface I18n {
  /** The language on screen. */
  locale: Locale;
  /** The explicit choice, or null to follow the browser. */
  choice: Locale | null;
  setChoice: (choice: Locale | null) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

const I18nContext = createContext<I18n | null>(null);

// Two dynamic imports per language, each a chunk of its own (a new language needs a line here: the
// Record type makes the compiler ask for it): the messages of the first pages (core.<lang>.ts:
// the shell, the landing, sign-in and check-in pages, errors), which the first paint waits for,
// and the whole catalogue, which comes afterwards. The check-in page, opened from an e-mail on a
// phone, then downloads a third of the messages before it shows (issue 9, docs/adr/0011).
const loaders: Record<
  Locale,
  { first: () => Promise<Partial<Catalogue>>; all: () => Promise<Catalogue> }
> = {
  en: {
    first: () => import('../core/i18n/core.en').then((module) => module.coreEn),
    all: () => import('../core/i18n/en').then((module) => module.en),
  },
  fr: {
    first: () => import('../core/i18n/core.fr').then((module) => module.coreFr),
    all: () => import('../core/i18n/fr').then((module) => module.fr),
  },
};

/** The messages on hand for each language: the first pages' at least; one object, completed in place. */
const loaded = new Map<Locale, Partial<Record<MessageKey, string>>>();
/** The languages whose every message is here. */
const complete = new Set<Locale>();
const pendingFirst = new Map<Locale, Promise<void>>();
const pendingAll = new Map<Locale, Promise<void>>();

/** Once per language and part; a failed download is tried again next time. */
function once(
  pending: Map<Locale, Promise<void>>,
  locale: Locale,
  load: () => Promise<void>,
): Promise<void> {
  let promise = pending.get(locale);
  if (!promise) {
    promise = load().catch((error: unknown) => {
      pending.delete(locale);
      throw error;
    });
    pending.set(locale, promise);
  }
  return promise;
}

function keep(locale: Locale, messages: Partial<Catalogue>): void {
  const known = loaded.get(locale);
  if (known) Object.assign(known, messages);
  else loaded.set(locale, { ...messages });
}

/** The first pages' messages of `locale` (all of them, if those are here already). */
function loadFirstMessages(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  return once(pendingFirst, locale, async () => keep(locale, await loaders[locale].first()));
}

/** Every message of `locale`, downloaded once. */
export function loadCatalogue(locale: Locale): Promise<void> {
  if (complete.has(locale)) return Promise.resolve();
  return once(pendingAll, locale, async () => {
    keep(locale, await loaders[locale].all());
    complete.add(locale);
  });
}

/**
 * Every message of the languages on hand: a page other than the first ones shows once they are
 * here (App.tsx loads each with `withAllMessages`).
 */
export function allMessages(): Promise<void> {
  return Promise.all([...loaded.keys()].map(loadCatalogue)).then(() => undefined);
}

/** A page's loader that also waits for every message of the languages on hand. */
export function withAllMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), allMessages()]).then(([module]) => module);
}

/**
 * The rest of the messages, once the first page has nothing left to do (so that they never
 * compete with it for the network or the processor), ready for the next page.
 */
export function loadAllMessagesWhenIdle(): void {
  const load = () => void allMessages().catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(load, { timeout: 5000 });
  else window.setTimeout(load, 2000);
}

function storedChoice(): Locale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language the page opens in: the saved choice, then the browser's. */
export function initialLocale(): Locale {
  return negotiateLocale(storedChoice(), navigator.languages);
}

/**
 * Before the first render: the first pages' messages of the language the page opens in, or
 * English's when they cannot be downloaded (the provider then shows English until the other
 * language arrives).
 */
export async function prepareI18n(locale: Locale = initialLocale()): Promise<void> {
  try {
    await loadFirstMessages(locale);
  } catch (error) {
    if (locale === defaultLocale) throw error;
    await loadFirstMessages(defaultLocale);
  }
}

function firstShown(wanted: Locale): Locale {
  if (loaded.has(wanted)) return wanted;
  if (loaded.has(defaultLocale)) return defaultLocale;
  throw new Error('I18nProvider rendered before prepareI18n() finished');
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [choice, setChoiceState] = useState<Locale | null>(storedChoice);
  const wanted = negotiateLocale(choice, navigator.languages);
  const [locale, setShown] = useState<Locale>(() => firstShown(wanted));
  setApiLanguage(locale);

  useEffect(() => {
    if (wanted === locale) return;
    let cancelled = false;
    loadCatalogue(wanted).then(
      () => {
        if (!cancelled) setShown(wanted);
      },
      // Offline, say: the page stays in the language on screen, and the next change tries again.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setChoice = useCallback((next: Locale | null) => {
    try {
      if (next) localStorage.setItem(storageKey, next);
      else localStorage.removeItem(storageKey);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this visit.
    }
    setChoiceState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const catalogue = loaded.get(locale);
    if (!catalogue) throw new Error(`The ${locale} messages are not loaded`);
    return {
      locale,
      choice,
      setChoice,
      t: (key, params) => {
        const template = catalogue[key];
        // A page outside the first ones that did not wait for allMessages() (a programming error).
        if (template === undefined) throw new Error(`The message ${key} is not loaded yet`);
        return interpolate(template, params);
      },
    };
  }, [locale, choice, setChoice]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
