/** The person's language in the web app: their saved choice, then the browser, then English. */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { isLocale, negotiateLocale, translate, type Locale, type MessageKey } from '../core/i18n';
import { setApiLanguage } from './api';

const storageKey = 'rapport.locale';

interface I18n {
  locale: Locale;
  /** The explicit choice, or null to follow the browser. */
  choice: Locale | null;
  setChoice: (choice: Locale | null) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

const I18nContext = createContext<I18n | null>(null);

function storedChoice(): Locale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [choice, setChoiceState] = useState<Locale | null>(storedChoice);
  const locale = negotiateLocale(choice, navigator.languages);
  setApiLanguage(locale);

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

  const value = useMemo<I18n>(
    () => ({ locale, choice, setChoice, t: (key, params) => translate(locale, key, params) }),
    [locale, choice, setChoice],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
