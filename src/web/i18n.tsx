/**
 * The person's language in the web app: their saved choice, then the browser, then English.
 *
 * Only that language's messages are downloaded: each catalogue of src/core/i18n is a chunk of its
 * own, loaded on demand. The app renders for the first time once the first language is here
 * (`prepareI18n`, awaited in main.tsx), so no one ever sees a key instead of words; on a change
 * of language the page stays in the language on screen until the new messages have arrived.
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

// One dynamic import per language, so that each catalogue is a chunk of its own (a new language
// needs a line here: the Record type makes the compiler ask for it).
const loaders: Record<Locale, () => Promise<Catalogue>> = {
  en: () => import('../core/i18n/en').then((module) => module.en),
  fr: () => import('../core/i18n/fr').then((module) => module.fr),
};

const pending = new Map<Locale, Promise<Catalogue>>();
const loaded = new Map<Locale, Catalogue>();

/** The messages of `locale`, downloaded once; a failed download is tried again next time. */
export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  let promise = pending.get(locale);
  if (!promise) {
    promise = loaders[locale]().then(
      (catalogue) => {
        loaded.set(locale, catalogue);
        return catalogue;
      },
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, promise);
  }
  return promise;
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
 * Before the first render: the messages of the language the page opens in, or English when they
 * cannot be downloaded (the provider then shows English until the other language arrives).
 */
export async function prepareI18n(locale: Locale = initialLocale()): Promise<void> {
  try {
    await loadCatalogue(locale);
  } catch (error) {
    if (locale === defaultLocale) throw error;
    await loadCatalogue(defaultLocale);
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
      t: (key, params) => interpolate(catalogue[key], params),
    };
  }, [locale, choice, setChoice]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
