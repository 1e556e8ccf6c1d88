/** Clinics (tenants). A fresh installation has one, created at start. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ClinicsTable, DB } from './schema';
import type { Executor } from './users.repo';

export type ClinicRow = Selectable<ClinicsTable>;

export async function findFirstClinic(db: Executor): Promise<ClinicRow | undefined> {
  return db
    .selectFrom('clinics')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export async function findClinic(db: Executor, id: string): Promise<ClinicRow | undefined> {
  return db.selectFrom('clinics').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertClinic(
  db: Executor,
  clinic: { id: string; name: string; now: Date },
): Promise<ClinicRow> {
  return db
    .insertInto('clinics')
    .values({ id: clinic.id, name: clinic.name, created_at: clinic.now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function countRows(db: Executor, table: 'users' | 'clinics'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * The installation's first clinic, created if there is none — once, even when several app
 * servers start on an empty database at the same moment (an advisory lock makes them take turns).
 */
export async function ensureFirstClinic(
  db: Kysely<DB>,
  clinic: { id: string; name: string; now: Date },
): Promise<ClinicRow> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(7217767371)`.execute(trx);
    return (await findFirstClinic(trx)) ?? (await insertClinic(trx, clinic));
  });
}
