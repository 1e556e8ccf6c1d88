import { describe, expect, it } from 'vitest';
import { namedLimit, resultHasStar, StatementNames } from './pg-statements';

describe('statement names on one PostgreSQL connection', () => {
  it('names a data statement from its second use on, under one name', () => {
    const names = new StatementNames();
    const text = 'select "id" from "users" where "id" = $1';
    expect(names.nameFor(text)).toBeNull();
    const name = names.nameFor(text);
    expect(name).toMatch(/^rapport_/);
    expect(names.nameFor(text)).toBe(name);
    expect(names.nameFor('select "id" from "users" where "email" = $1')).toBeNull();
    expect(names.nameFor('select "id" from "users" where "email" = $1')).not.toBe(name);
  });

  it('leaves unnamed what is not a data statement, and whatever selects columns by a star', () => {
    const names = new StatementNames();
    for (const text of [
      'begin',
      'SELECT pg_advisory_lock(7)',
      'select * from "checkins" where "id" = $1',
      'select "k".* from "checkins" as "k" where "id" = $1',
      'update "users" set "status" = $1 where "id" = $2 returning *',
      'CREATE TABLE t (id int)',
    ]) {
      names.nameFor(text);
      const second = names.nameFor(text);
      expect(second === null, text).toBe(!text.startsWith('SELECT pg_'));
    }
    // A star inside a subquery or a WITH item is not the statement's result.
    for (const text of [
      'WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id uuid)) SELECT (SELECT count(*) FROM r)::int AS n',
      'select "id" from "checkins" where "id" in (select * from unnest($1::uuid[]))',
      'select $1::text || \'*\' as "a*b" -- the user\'s * here\n from "users"',
    ]) {
      names.nameFor(text);
      expect(names.nameFor(text), text).not.toBeNull();
    }
    // A count is not a list of columns.
    names.nameFor('select count(*) as "n" from "users" where "clinic_id" = $1');
    expect(
      names.nameFor('select count(*) as "n" from "users" where "clinic_id" = $1'),
    ).not.toBeNull();
  });

  it('finds a star in the result outside quotes, comments and parentheses', () => {
    expect(resultHasStar('select * from "t"')).toBe(true);
    expect(resultHasStar('select "t".* from "t" where "id" = $1')).toBe(true);
    expect(resultHasStar('with c as (select "a" from "t") select "c".*, 1 from c')).toBe(true);
    expect(resultHasStar('update "t" set "a" = $1 returning *')).toBe(true);
    expect(resultHasStar("select 'it''s' as x, * from t")).toBe(true);
    expect(resultHasStar('select count(*) from "t"')).toBe(false);
    expect(resultHasStar("select 'a * b' as x")).toBe(false);
    expect(resultHasStar("select 1 -- don't * me\n, 2")).toBe(false);
    expect(resultHasStar('select 2*3 as six')).toBe(false);
  });

  it(`names at most ${namedLimit} statements; later ones go unnamed`, () => {
    const names = new StatementNames();
    const text = (i: number) => `select ${i} as "n" where $1::int > 0`;
    for (let i = 0; i < namedLimit + 10; i++) {
      names.nameFor(text(i));
      names.nameFor(text(i));
    }
    expect(names.size).toBe(namedLimit);
    expect(names.nameFor(text(0))).toMatch(/^rapport_/);
    expect(names.nameFor(text(namedLimit + 5))).toBeNull();
    const all = new Set(Array.from({ length: namedLimit }, (_, i) => names.nameFor(text(i))));
    expect(all.size).toBe(namedLimit);
  });
});
