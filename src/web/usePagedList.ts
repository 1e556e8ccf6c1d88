/**
 * A list the server pages with a cursor: the first page loads when `fetchPage` changes (or
 * `reload` does), "show more" appends the next, and a failure becomes a message in the
 * person's language. `fetchPage` must be stable (useCallback) for as long as the list is the same.
 */
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from './i18n';
import { errorMessage } from './pages/errors';

interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

export function usePagedList<T>(
  fetchPage: (cursor?: string) => Promise<Paged<T>>,
  reload: unknown = null,
): {
  items: T[] | null;
  cursor: string | null;
  error: string | null;
  busy: boolean;
  more: () => Promise<void>;
  /** Shows the loading state until the next first page arrives (a new search). */
  reset: () => void;
} {
  const { t } = useI18n();
  const [items, setItems] = useState<T[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    fetchPage().then(
      (page) => {
        if (!live) return;
        setItems(page.items);
        setCursor(page.nextCursor);
        setError(null);
      },
      (caught: unknown) => {
        if (live) setError(errorMessage(caught, t));
      },
    );
    return () => {
      live = false;
    };
  }, [fetchPage, reload, t]);

  const more = useCallback(async () => {
    if (!cursor) return;
    setBusy(true);
    try {
      const page = await fetchPage(cursor);
      setItems((previous) => [...(previous ?? []), ...page.items]);
      setCursor(page.nextCursor);
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  }, [cursor, fetchPage, t]);

  const reset = useCallback(() => {
    setItems(null);
    setError(null);
  }, []);

  return { items, cursor, error, busy, more, reset };
}
