/** "Show more" for a paged list loaded with useResource: the next page appended, once at a time. */
import { useState } from 'react';
import type { Resource } from './useResource';

interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * `fetchPage` reads the page after a cursor; `settled` hears the failure, or null when the page
 * arrived. `busy` is true while a page is on its way.
 */
export function useMore<T>(
  resource: Pick<Resource<Paged<T>>, 'data' | 'setData'>,
  fetchPage: (cursor: string) => Promise<Paged<T>>,
  settled: (caught: unknown) => void,
): { busy: boolean; loadMore: () => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const loadMore = async () => {
    const cursor = resource.data?.nextCursor;
    if (!cursor) return;
    setBusy(true);
    try {
      const next = await fetchPage(cursor);
      resource.setData((current) =>
        current ? { items: [...current.items, ...next.items], nextCursor: next.nextCursor } : next,
      );
      settled(null);
    } catch (caught) {
      settled(caught);
    } finally {
      setBusy(false);
    }
  };
  return { busy, loadMore };
}
