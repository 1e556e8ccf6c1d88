/** Load something for a page: its data, the error if it failed, and a way to load it again. */
import { useCallback, useEffect, useState } from 'react';

export interface Resource<T> {
  data: T | null;
  error: unknown;
  /** Load again (after a change); the current data stays on screen until the new data arrives. */
  reload: () => void;
  /** Replace the data with what a mutation returned, without a round trip. */
  setData: (update: (current: T | null) => T | null) => void;
}

/** `load` must be stable (useCallback): a new function loads again. */
export function useResource<T>(load: () => Promise<T>): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
      },
      (caught: unknown) => {
        if (live) setError(caught);
      },
    );
    return () => {
      live = false;
    };
  }, [load, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, reload, setData };
}
