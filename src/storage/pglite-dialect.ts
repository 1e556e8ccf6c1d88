/**
 * A Kysely dialect for PGlite (PostgreSQL compiled to WebAssembly). PGlite is one connection,
 * so the driver hands it to one user at a time: a transaction holds it from BEGIN to COMMIT and
 * other queries wait their turn, which gives the same isolation a pool of one would.
 * (Written here because the published dialects lag behind PGlite 0.5; see docs/adr/0003.)
 */
import { messages as backend, parse, protocol, type PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import pgUtils from 'pg/lib/utils.js';

/** A fair FIFO lock. */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => next);
    await previous;
    return release;
  }
}

/** Statements worth keeping prepared: the data statements Kysely sends, not DDL or BEGIN. */
export const dataStatement = /^\s*(select|insert|update|delete|with)\b/i;

/** Raw SQL that may change what a prepared statement means: the prepared ones are dropped after it. */
export const changesSchema = /\b(create|alter|drop|truncate|comment|grant|revoke|discard)\b/i;

/** How many statements stay prepared at once (the least recently used is closed first). */
export const preparedLimit = 200;

/** How long the prepared statements (and their plans) are kept before all are prepared again. */
export const replanAfter = 10_000;

/**
 * The statements prepared on the embedded database, by SQL text. PGlite's own `query` makes six
 * calls into the WebAssembly module per statement (parse, describe the statement, bind, describe
 * the portal, execute, sync) and plans the statement again each time. Here a statement is parsed
 * once under a name and from then on each query is one call: bind, describe, execute, sync.
 * Measured on a one-row lookup: 0.50 ms with `query`, 0.20 ms this way (docs/adr/0009).
 */
export class PreparedStatements {
  readonly #names = new Map<string, string>();
  #next = 0;
  /** Statements evicted but not yet closed: closed at the start of the next call. */
  #toClose: string[] = [];
  #since: number;

  /**
   * `replanAfterMs`: how long a plan may be kept. The embedded database has no autovacuum, so
   * nothing else makes PostgreSQL plan a statement again as its tables grow: a plan made when a
   * table was empty (a scan of the whole table, cheap then) would stay for the server's life.
   * Measured on the recomputation benchmark (1,000,000 check-ins), one such plan made each
   * engagement slower than the one before (docs/adr/0009).
   */
  constructor(
    private readonly replanAfterMs = replanAfter,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.#since = clock();
  }

  /** Whether the statements have been kept long enough to be planned again. */
  due(): boolean {
    return this.#names.size > 0 && this.clock() - this.#since >= this.replanAfterMs;
  }

  /** The named statement for `sql`, and whether it must still be parsed. */
  lookup(sql: string): { name: string; parse: boolean } | null {
    if (!dataStatement.test(sql)) return null;
    const known = this.#names.get(sql);
    if (known !== undefined) {
      // Most recently used last: a Map iterates in insertion order.
      this.#names.delete(sql);
      this.#names.set(sql, known);
      return { name: known, parse: false };
    }
    return { name: `rapport_${(this.#next++).toString(36)}`, parse: true };
  }

  /** The statement was parsed: keep it (and close the least recently used beyond the limit). */
  remember(sql: string, name: string): void {
    this.#names.set(sql, name);
    while (this.#names.size > preparedLimit) {
      const [oldest, oldestName] = this.#names.entries().next().value as [string, string];
      this.#names.delete(oldest);
      this.#toClose.push(oldestName);
    }
  }

  /** Close messages for the statements evicted since the last call. */
  takeClosing(): string[] {
    const closing = this.#toClose;
    this.#toClose = [];
    return closing;
  }

  /** Forget every statement (after raw SQL that may have changed the schema, or when due). */
  async clear(pg: PGlite): Promise<void> {
    this.#names.clear();
    this.#toClose = [];
    this.#since = this.clock();
    await pg.exec('DEALLOCATE ALL');
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

class PGliteConnection implements DatabaseConnection {
  constructor(
    private readonly pg: PGlite,
    private readonly prepared: PreparedStatements,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { serialize } = protocol;
    const statement = this.prepared.lookup(compiled.sql);
    const parts: Uint8Array[] = this.prepared
      .takeClosing()
      .map((name) => serialize.close({ type: 'S', name }));
    if (!statement && compiled.parameters.length === 0) {
      // BEGIN, COMMIT and other raw SQL without parameters: the simple protocol, one message.
      parts.push(serialize.query(compiled.sql));
    } else {
      if (!statement || statement.parse)
        parts.push(serialize.parse({ text: compiled.sql, types: [], name: statement?.name ?? '' }));
      parts.push(
        serialize.bind({
          statement: statement?.name ?? '',
          // As node-postgres sends them (its own prepareValue), so that a query means the same on
          // both databases; bytes go as they are, in binary.
          values: compiled.parameters.map((value) => pgUtils.prepareValue(value) as string | null),
        }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      );
    }
    const { messages } = await this.pg.execProtocol(concat(parts), { throwOnError: false });
    if (statement?.parse && messages.some((m) => m.name === 'parseComplete'))
      this.prepared.remember(compiled.sql, statement.name);
    const failure = messages.find((m) => m instanceof backend.DatabaseError);
    if (failure) throw failure;
    if (!statement && changesSchema.test(compiled.sql)) await this.prepared.clear(this.pg);
    const [result] = parse.parseResults(messages, this.pg.parsers, { rowMode: 'object' });
    const affected = result?.affectedRows;
    return {
      rows: (result?.rows ?? []) as R[],
      ...(affected !== undefined && /^\s*(insert|update|delete|merge)/i.test(compiled.sql)
        ? { numAffectedRows: BigInt(affected) }
        : {}),
    };
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on the embedded database.');
  }
}

class PGliteDriver implements Driver {
  readonly #pg: PGlite;
  readonly #mutex: Mutex;
  readonly #prepared: PreparedStatements;
  readonly #releases = new WeakMap<DatabaseConnection, () => void>();

  constructor(pg: PGlite, mutex: Mutex, prepared: PreparedStatements) {
    this.#pg = pg;
    this.#mutex = mutex;
    this.#prepared = prepared;
  }

  async init(): Promise<void> {
    await this.#pg.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.acquire();
    // Here, between transactions: inside one that failed, DEALLOCATE would fail too.
    if (this.#prepared.due()) {
      try {
        await this.#prepared.clear(this.#pg);
      } catch (error) {
        release();
        throw error;
      }
    }
    const connection = new PGliteConnection(this.#pg, this.#prepared);
    this.#releases.set(connection, release);
    return connection;
  }

  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    await connection.executeQuery(CompiledQuery.raw(`begin${isolation}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.#releases.get(connection)?.();
    this.#releases.delete(connection);
    return Promise.resolve();
  }

  async destroy(): Promise<void> {
    if (!this.#pg.closed) await this.#pg.close();
  }
}

export class PGliteDialect implements Dialect {
  constructor(
    private readonly pg: PGlite,
    private readonly mutex: Mutex,
    private readonly prepared: PreparedStatements,
  ) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pg, this.mutex, this.prepared);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}
