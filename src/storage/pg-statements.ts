/**
 * Named statements on PostgreSQL (docs/adr/0009, second amendment). node-postgres sends a query
 * with parameters as an unnamed statement, which PostgreSQL parses, analyses and plans again on
 * every execution. Sent under a name, a statement is parsed once per connection and later
 * queries only bind and execute it; after five executions PostgreSQL may also keep one plan.
 * On the check-in benchmark the locking read of a batch's links spent 0.58 ms planning against
 * 0.67 ms running, and the recomputation's read 0.56 ms planning per batch.
 *
 * The pool handed to Kysely gives each connection its own names. A data statement is named the
 * second time its text is seen on that connection (a statement run once, like a report's, takes
 * no place), and at most `namedLimit` are named per connection: node-postgres keeps what it has
 * parsed for the connection's life, and the pool closes idle connections, so a long-lived one
 * that met many different texts simply sends the rest unnamed, as before.
 */
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';
import { dataStatement } from './pglite-dialect';

/** How many statements one connection keeps named at most. */
export const namedLimit = 200;

/**
 * Whether a statement's own result lists its columns by `*` (`select *`, `"k".*`, `returning *`
 * outside any parentheses; not `count(*)`, nor a `select *` inside a subquery or a WITH item,
 * whose columns PostgreSQL expands when it plans the statement). PostgreSQL refuses to run a
 * named statement whose result columns changed since it was parsed ("cached plan must not
 * change result type"): after another server's migration adds a column, a named `select *`
 * would fail on every connection that parsed it. Such statements stay unnamed; any other is
 * planned again by PostgreSQL and keeps working. A product at the top (`a * b`) counts too: it
 * only costs the name.
 */
export function resultHasStar(text: string): boolean {
  if (!text.includes('*')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '-' && text[i + 1] === '-') {
      // A comment, to the end of its line.
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if (c === "'" || c === '"') {
      // A quoted string or name: skip to its closing quote (a doubled quote stays inside).
      const end = text.indexOf(c, i + 1);
      if (end === -1) return true;
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '*' && depth === 0 && /[\s,.]/.test(text[i - 1] ?? ' ')) return true;
  }
  return false;
}

/** How many texts seen once a connection remembers, waiting for their second use. */
const seenOnceLimit = 1_000;

/** The names of one connection's statements, by SQL text. */
export class StatementNames {
  readonly #names = new Map<string, string>();
  readonly #seenOnce = new Set<string>();

  /** The name to send `text` under, or null to send it unnamed. */
  nameFor(text: string): string | null {
    const known = this.#names.get(text);
    if (known !== undefined) return known;
    if (this.#names.size >= namedLimit || !dataStatement.test(text) || resultHasStar(text))
      return null;
    if (!this.#seenOnce.has(text)) {
      if (this.#seenOnce.size >= seenOnceLimit) this.#seenOnce.clear();
      this.#seenOnce.add(text);
      return null;
    }
    this.#seenOnce.delete(text);
    // Unique on this connection; node-postgres parses it there the first time it is sent.
    const name = `rapport_${this.#names.size.toString(36)}`;
    this.#names.set(text, name);
    return name;
  }

  get size(): number {
    return this.#names.size;
  }
}

/** A pool for Kysely's PostgresDialect whose connections send their statements by name. */
export function namingPool(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    const names = new StatementNames();
    function query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>>;
    function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
    function query(
      sql: string | PostgresCursor<unknown>,
      parameters: readonly unknown[] = [],
    ): Promise<unknown> | PostgresCursor<unknown> {
      // Kysely passes a cursor only when configured with one, which Rapport is not.
      if (typeof sql !== 'string') throw new Error('Cursors are not used with named statements.');
      const name = names.nameFor(sql);
      const values = [...parameters];
      return client.query(name === null ? { text: sql, values } : { name, text: sql, values });
    }
    return { query, release: () => client.release() };
  };
  return {
    async connect() {
      const client = await pool.connect();
      // The same wrapper for the same connection: Kysely keeps its own state per client object.
      let connection = wrapped.get(client);
      if (!connection) {
        connection = wrap(client);
        wrapped.set(client, connection);
      }
      return connection;
    },
    end: () => pool.end(),
  };
}
