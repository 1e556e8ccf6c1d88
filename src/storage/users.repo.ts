/** Accounts. E-mail addresses are unique without regard to case. */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB, UsersTable } from './schema';

export type Executor = Kysely<DB> | Transaction<DB>;
export type UserRow = Selectable<UsersTable>;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  db: Executor,
  user: {
    id: string;
    clinicId: string;
    email: string;
    role: UserRow['role'];
    displayName: string;
    passwordHash: string;
    locale: string | null;
    now: Date;
  },
): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({
      id: user.id,
      clinic_id: user.clinicId,
      email: user.email.trim(),
      role: user.role,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      locale: user.locale,
      time_zone: null,
      created_at: user.now,
      updated_at: user.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateUser(
  db: Executor,
  id: string,
  changes: { displayName?: string; locale?: string | null; passwordHash?: string; now: Date },
): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({
      ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
      ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
      ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
      updated_at: changes.now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function countUsersByRole(
  db: Executor,
  clinicId: string,
): Promise<Record<UserRow['role'], number>> {
  const rows = await db
    .selectFrom('users')
    .select(['role', sql<number>`count(*)::int`.as('count')])
    .where('clinic_id', '=', clinicId)
    .where('status', '=', 'active')
    .groupBy('role')
    .execute();
  const counts = { client: 0, therapist: 0, admin: 0 };
  for (const row of rows) counts[row.role] = row.count;
  return counts;
}
