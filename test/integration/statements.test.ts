/**
 * How statements reach the database. On the embedded database each data statement is prepared
 * once under a name and then sent in one call (pglite-dialect.ts); parameters are sent as
 * node-postgres sends them, so a query means the same on both databases.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql, type Transaction } from 'kysely';
import { embeddedStartParams, openDatabase, type DatabaseHandle } from '../../src/storage/db';
import {
  Mutex,
  PGliteDialect,
  PreparedStatements,
  preparedLimit,
} from '../../src/storage/pglite-dialect';
import { claimStale, clearStale, findStale } from '../../src/storage/signal-queue.repo';
import type { Executor } from '../../src/storage/users.repo';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

describe('parameters and results', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.handle.withSession((exec) =>
      exec(`CREATE TABLE kinds (
        id int PRIMARY KEY, at timestamptz, bytes bytea, tags text[], doc jsonb, flag boolean,
        amount numeric, big bigint, note text)`),
    );
  });
  afterAll(() => database.drop());

  it('round-trips every kind of value Rapport sends, the same on either database', async () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const row = {
      id: 1,
      at,
      bytes: Buffer.from([0, 1, 2, 250, 255]),
      tags: ['a', 'b c', 'd"e', 'f,g'],
      doc: JSON.stringify({ nested: { list: [1, 2], text: 'ünïcode' } }),
      flag: false,
      amount: '12.50',
      big: 9_007_199_254_740_991,
      note: null,
    };
    await sql`INSERT INTO kinds VALUES (${row.id}, ${row.at}, ${row.bytes}, ${row.tags},
      ${row.doc}, ${row.flag}, ${row.amount}, ${row.big}, ${row.note})`.execute(database.handle.db);
    // Twice: the second time through the prepared statement on the embedded database.
    for (let i = 0; i < 2; i++) {
      const result = await sql<Record<string, unknown>>`SELECT * FROM kinds WHERE id = ${1}
        AND tags @> ${['b c']}::text[] AND at = ${at}`.execute(database.handle.db);
      expect(result.rows).toHaveLength(1);
      const got = result.rows[0]!;
      expect(got.at).toEqual(at);
      expect(Buffer.from(got.bytes as Uint8Array).equals(row.bytes)).toBe(true);
      expect(got.tags).toEqual(row.tags);
      expect(got.doc).toEqual({ nested: { list: [1, 2], text: 'ünïcode' } });
      expect(got.flag).toBe(false);
      expect(Number(got.amount)).toBe(12.5);
      expect(Number(got.big)).toBe(row.big);
      expect(got.note).toBeNull();
    }
  });

  it('counts the rows a change affected', async () => {
    const result = await database.handle.db
      .updateTable('clinics')
      .set({ name: sql`name` })
      .where('id', '=', '00000000-0000-4000-8000-000000000000')
      .executeTakeFirst();
    expect(Number(result.numUpdatedRows)).toBe(0);
    const inserted =
      await sql`INSERT INTO kinds (id) SELECT g FROM generate_series(2, 6) AS g`.execute(
        database.handle.db,
      );
    expect(Number(inserted.numAffectedRows)).toBe(5);
  });
});

describe('the statements of the signal queue', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const ids = (n: number) => Array.from({ length: n }, () => randomUUID());
  const calls: [string, (db: Executor, n: number) => Promise<unknown>][] = [
    ['select "engagement_id" from "signal_queue"', (db, n) => findStale(db, ids(n))],
    [
      'with "c" as materialized',
      (db, n) => claimStale(db, { engagementIds: ids(n) }, { wait: false }),
    ],
    [
      'DELETE FROM signal_queue',
      (db, n) =>
        clearStale(
          db,
          ids(n).map((engagementId, version) => ({
            engagementId,
            clinicId: engagementId,
            version,
          })),
        ),
    ],
  ];

  it('are each one prepared statement, however many engagements they take', async () => {
    // One transaction: one connection, whose prepared statements pg_prepared_statements lists
    // (on PostgreSQL a statement is named from its second use on, pg-statements.ts).
    await database.handle.db.transaction().execute(async (trx) => {
      for (const [, call] of calls) for (const n of [1, 1, 2, 2, 7, 7]) await call(trx, n);
      const texts = (
        await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(trx)
      ).rows.map((row) => row.statement.trim());
      for (const [start] of calls)
        expect(
          texts.filter((text) => text.startsWith(start)),
          start,
        ).toHaveLength(1);
    });
  });
});

describe('prepared statements on the embedded database', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ memory: true });
    await handle.withSession((exec) =>
      exec('CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)'),
    );
  });
  afterAll(() => handle.close());

  const prepared = async () =>
    (
      await sql<{
        statement: string;
      }>`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'rapport%'`.execute(handle.db)
    ).rows.map((row) => row.statement);

  it('prepares a statement once and answers it the same way each time', async () => {
    const before = (await prepared()).length;
    for (let id = 1; id <= 5; id++)
      await sql`insert into notes (id, body) values (${id}, ${`note ${id}`})`.execute(handle.db);
    const texts = await prepared();
    expect(texts.filter((text) => text.startsWith('insert into notes'))).toHaveLength(1);
    // The insert and the query that lists them (itself prepared once more) are all that is new.
    expect(texts.length).toBeLessThanOrEqual(before + 2);
    const rows = await sql<{ body: string }>`SELECT body FROM notes ORDER BY id`.execute(handle.db);
    expect(rows.rows.map((row) => row.body)).toEqual([1, 2, 3, 4, 5].map((i) => `note ${i}`));
  });

  it('plans a statement once, whatever its parameters (a list of ids of any length)', async () => {
    const lookup = (ids: number[]) =>
      sql<{ id: number }>`SELECT id FROM notes WHERE id = ANY(${ids}::int[]) ORDER BY id`.execute(
        handle.db,
      );
    for (const ids of [[1], [1, 2, 3], [2, 4], [1, 2, 3, 4, 5], [5], [3, 4], [1, 5], [2]])
      expect((await lookup(ids)).rows.map((row) => row.id)).toEqual(ids);
    const plans = await sql<{
      generic_plans: number;
      custom_plans: number;
    }>`SELECT generic_plans::int, custom_plans::int FROM pg_prepared_statements
      WHERE statement LIKE ${'SELECT id FROM notes WHERE id = ANY%'}`.execute(handle.db);
    // Without the start parameter PostgreSQL plans this one again for each of the eight calls.
    expect(plans.rows).toEqual([{ generic_plans: 8, custom_plans: 0 }]);
  });

  it('keeps at most its limit of statements, closing the least recently used', async () => {
    for (let i = 0; i < preparedLimit + 20; i++)
      await sql`SELECT ${i}::int AS n, ${sql.raw(String(i))} AS k`.execute(handle.db);
    const count = (await prepared()).length;
    // The listing query itself may be the one over the limit until the next call closes one.
    expect(count).toBeLessThanOrEqual(preparedLimit + 1);
    expect(count).toBeGreaterThanOrEqual(preparedLimit - 1);
  });

  it('stays usable after errors: a bad statement, a failed transaction, a broken constraint', async () => {
    await expect(sql`SELEC ${1}`.execute(handle.db)).rejects.toMatchObject({ code: '42601' });
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await sql`INSERT INTO notes VALUES (${100}, ${'kept?'})`.execute(trx);
        await sql`INSERT INTO notes VALUES (${100}, ${'twice'})`.execute(trx);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    // Rolled back as a whole, and the connection answers again.
    const after = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM notes WHERE id = ${100}`.execute(handle.db);
    expect(after.rows[0]?.n).toBe(0);
    // The statement that failed on its first use was kept and works the next time.
    await sql`INSERT INTO notes VALUES (${100}, ${'kept?'})`.execute(handle.db);
    await expect(
      sql`INSERT INTO notes VALUES (${100}, ${'twice'})`.execute(handle.db),
    ).rejects.toMatchObject({
      code: '23505',
    });
    await sql`INSERT INTO notes VALUES (${101}, ${'twice'})`.execute(handle.db);
  });

  it('sees a changed table after a migration, even through a statement prepared before it', async () => {
    const all = () =>
      sql<Record<string, unknown>>`SELECT * FROM notes WHERE id = ${1}`.execute(handle.db);
    expect(Object.keys((await all()).rows[0] ?? {})).toEqual(['id', 'body']);
    await handle.withSession((exec) => exec('ALTER TABLE notes ADD COLUMN mood int DEFAULT 3'));
    expect((await all()).rows[0]).toEqual({ id: 1, body: 'note 1', mood: 3 });
    await sql`ALTER TABLE notes DROP COLUMN mood`.execute(handle.db);
    expect((await all()).rows[0]).toEqual({ id: 1, body: 'note 1' });
  });
});

describe('plans kept on the embedded database', () => {
  it('prepares every statement again, between transactions, once its plan is old enough', async () => {
    let now = 0;
    const pg = new PGlite({ startParams: embeddedStartParams });
    const db = new Kysely<Record<string, never>>({
      dialect: new PGliteDialect(pg, new Mutex(), new PreparedStatements(1_000, () => now)),
    });
    try {
      const named = async () =>
        (
          await sql<{
            name: string;
            statement: string;
          }>`SELECT name, statement FROM pg_prepared_statements ORDER BY name`.execute(db)
        ).rows;
      const lookup = () => sql<{ n: number }>`SELECT ${7}::int AS n`.execute(db);
      expect((await lookup()).rows).toEqual([{ n: 7 }]);
      const first = await named();
      expect(first.map((row) => row.statement)).toContain('SELECT $1::int AS n');
      now = 999;
      await lookup();
      expect(await named()).toEqual(first);
      now = 1_000;
      // A transaction that is under way keeps its statements until it ends.
      await db.transaction().execute(async (trx) => {
        await sql`SELECT ${1}::int AS n`.execute(trx);
      });
      const again = await named();
      expect(again.map((row) => row.name)).not.toContain(
        first.find((row) => row.statement === 'SELECT $1::int AS n')?.name,
      );
      expect((await lookup()).rows).toEqual([{ n: 7 }]);
    } finally {
      await db.destroy();
    }
  });
});

describe.runIf(process.env.RAPPORT_TEST_DB === 'postgres')('named statements on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.handle.withSession((exec) =>
      exec('CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)'),
    );
    await sql`INSERT INTO notes SELECT i, 'note ' || i FROM generate_series(1, 5) AS i`.execute(
      database.handle.db,
    );
  });
  afterAll(() => database.drop());

  // One transaction: one connection, whose prepared statements pg_prepared_statements lists.
  const onOneConnection = <T>(fn: (trx: Transaction<Record<string, never>>) => Promise<T>) =>
    (database.handle.db as unknown as Kysely<Record<string, never>>).transaction().execute(fn);
  const named = async (trx: Transaction<Record<string, never>>) =>
    (
      await sql<{
        name: string;
        statement: string;
        generic_plans: number;
        custom_plans: number;
      }>`SELECT name, statement, generic_plans::int, custom_plans::int FROM pg_prepared_statements
        WHERE name LIKE 'rapport%' ORDER BY name`.execute(trx)
    ).rows;
  const body = (trx: Transaction<Record<string, never>>, id: number) =>
    sql<{ body: string }>`SELECT body FROM notes WHERE id = ${id}`.execute(trx);

  it('parses a statement once per connection and answers each call with its own values', async () => {
    await onOneConnection(async (trx) => {
      for (let id = 1; id <= 5; id++)
        expect((await body(trx, id)).rows).toEqual([{ body: `note ${id}` }]);
      const rows = await named(trx);
      const lookup = rows.filter((row) => row.statement.startsWith('SELECT body FROM notes'));
      // Unnamed the first time, then one statement run four times (by whichever plans).
      expect(lookup).toHaveLength(1);
      expect(lookup[0]!.generic_plans + lookup[0]!.custom_plans).toBe(4);
    });
  });

  it('stays usable after errors: a bad statement, a failed transaction, a broken constraint', async () => {
    for (let i = 0; i < 2; i++)
      await expect(sql`SELEC ${1}`.execute(database.handle.db)).rejects.toMatchObject({
        code: '42601',
      });
    for (let i = 0; i < 3; i++)
      await expect(
        onOneConnection(async (trx) => {
          await sql`INSERT INTO notes VALUES (${100}, ${'kept?'})`.execute(trx);
          await sql`INSERT INTO notes VALUES (${100}, ${'twice'})`.execute(trx);
        }),
      ).rejects.toMatchObject({ code: '23505' });
    await onOneConnection(async (trx) => {
      expect((await body(trx, 100)).rows).toEqual([]);
      await sql`INSERT INTO notes VALUES (${100}, ${'kept?'})`.execute(trx);
      expect((await body(trx, 100)).rows).toEqual([{ body: 'kept?' }]);
    });
  });

  it('keeps working after another server adds a column, a `select *` included', async () => {
    const all = (trx: Transaction<Record<string, never>>) =>
      sql<Record<string, unknown>>`SELECT * FROM notes WHERE id = ${1}`.execute(trx);
    await onOneConnection(async (trx) => {
      for (let i = 0; i < 3; i++) await all(trx);
      for (let i = 0; i < 3; i++) await body(trx, 1);
    });
    // As another server's migration would.
    await database.handle.withSession((exec) =>
      exec('ALTER TABLE notes ADD COLUMN mood int DEFAULT 3'),
    );
    await onOneConnection(async (trx) => {
      // The connection that parsed the lookup under its name (the pool lends the last one back).
      expect((await named(trx)).map((row) => row.statement)).toContain(
        'SELECT body FROM notes WHERE id = $1',
      );
      expect((await all(trx)).rows[0]).toEqual({ id: 1, body: 'note 1', mood: 3 });
      expect((await body(trx, 1)).rows).toEqual([{ body: 'note 1' }]);
    });
  });
});
