/** Small pieces shared by the clinic administrator's pages. */
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useI18n } from '../../i18n';

/** The way back to the clinic overview, above each admin page's content. */
export function BackToClinic() {
  const { t } = useI18n();
  return (
    <p className="breadcrumb">
      <Link href="/admin">{t('adm.back')}</Link>
    </p>
  );
}

/** The message of the problem at exactly `path`, if the server reported one. */
export function problemAt(
  problems: readonly { path: string; message: string }[],
  path: string,
): string | null {
  const found = problems.filter((problem) => problem.path === path);
  return found.length > 0 ? found.map((problem) => problem.message).join(' ') : null;
}

/** A list read page by page ("show more"); `reload` starts again from the first page. */
export function usePaged<T>(
  load: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>,
): {
  items: T[];
  loaded: boolean;
  error: unknown;
  cursor: string | null;
  busy: boolean;
  more: () => void;
  reload: () => void;
  replace: (update: (items: T[]) => T[]) => void;
} {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    load(null).then(
      (page) => {
        if (!live) return;
        setItems(page.items);
        setCursor(page.nextCursor);
        setError(null);
        setLoaded(true);
        setBusy(false);
      },
      (caught: unknown) => {
        if (!live) return;
        setError(caught);
        setBusy(false);
      },
    );
    return () => {
      live = false;
    };
  }, [load, version]);

  const more = useCallback(() => {
    if (!cursor) return;
    setBusy(true);
    load(cursor).then(
      (page) => {
        setItems((previous) => [...previous, ...page.items]);
        setCursor(page.nextCursor);
        setBusy(false);
      },
      (caught: unknown) => {
        setError(caught);
        setBusy(false);
      },
    );
  }, [cursor, load]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { items, loaded, error, cursor, busy, more, reload, replace: setItems };
}

/** The "show more" button under a paged list, there only while another page follows. */
export function ShowMore({
  list,
}: {
  list: { cursor: string | null; busy: boolean; more: () => void };
}) {
  const { t } = useI18n();
  if (!list.cursor) return null;
  return (
    <button
      className="button button--secondary"
      type="button"
      disabled={list.busy}
      onClick={list.more}
    >
      {t('adm.more')}
    </button>
  );
}
