/**
 * Keyset pagination: a cursor is the (time, id) of the last row a page showed, opaque to
 * clients (base64url JSON). Stable under inserts, unlike offsets.
 */
export interface Cursor {
  at: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

/** undefined for a cursor that is not one of ours (the API answers 400 invalid_cursor). */
export function decodeCursor(text: string): Cursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [at, id] = value as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(at)))
      return undefined;
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    return { at, id };
  } catch {
    return undefined;
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * The page out of rows fetched one past `limit`: the first `limit` shown, and a cursor after the
 * last of them only when the extra row says there is more.
 */
export function pageOf<Row, Item>(
  rows: readonly Row[],
  limit: number,
  view: (row: Row) => Item,
  cursorAfter: (row: Row) => string,
): Page<Item> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => view(row)),
    nextCursor: rows.length > limit && last ? cursorAfter(last) : null,
  };
}
