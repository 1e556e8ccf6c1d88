/**
 * `column = any(array)` instead of `column in ($1, $2, ...)`: the statement's text is the same
 * whatever the list's length, so it is prepared once (ADR 9) rather than once per length, and on
 * PostgreSQL one name serves every length (pg-statements.ts). For lists of any length. Where the
 * length is bounded by a batch size and the statement is hot, `in` can be the better choice on
 * PostgreSQL: each length keeps a plan, while with `any` PostgreSQL usually plans every execution
 * again (it expects ten elements and finds a plan for the real number cheaper).
 */
import { sql, type RawBuilder } from 'kysely';

/** For `.where(column, '=', anyUuid(ids))`: a uuid column equal to one of `ids`. */
export const anyUuid = (ids: readonly string[]): RawBuilder<string> =>
  sql<string>`any(${[...new Set(ids)]}::uuid[])`;
