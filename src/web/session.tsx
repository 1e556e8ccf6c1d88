/** Who is signed in, shared by every page. */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { SessionView, UserView } from '../core/accounts';
import { accountsApi } from './accounts-api';
import { sessionRequest } from './first-requests';
import { ApiError, setCsrfToken } from './http';
import { useI18n } from './i18n';

interface SessionState {
  user: UserView | null;
  loading: boolean;
  signedIn: (session: SessionView) => void;
  signOut: () => Promise<void>;
  updated: (user: UserView) => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<UserView | null>(null);
  const [loading, setLoading] = useState(true);
  const { setChoice } = useI18n();

  const signedIn = useCallback(
    (session: SessionView) => {
      setCsrfToken(session.csrfToken);
      setUser(session.user);
      if (session.user.locale) setChoice(session.user.locale);
    },
    [setChoice],
  );

  useEffect(() => {
    let cancelled = false;
    // The first check was started with the page's script (first-requests.ts).
    sessionRequest()
      .then((session) => {
        if (!cancelled) signedIn(session);
      })
      .catch((error: unknown) => {
        if (!(error instanceof ApiError)) throw error;
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [signedIn]);

  const signOut = useCallback(async () => {
    try {
      await accountsApi.logout();
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const value = useMemo<SessionState>(
    () => ({ user, loading, signedIn, signOut, updated: setUser }),
    [user, loading, signedIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
