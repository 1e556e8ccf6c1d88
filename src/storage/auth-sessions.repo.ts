/** Server-side sign-in sessions, shared by every app server through the database. */
import type { Selectable } from 'kysely';
import type { AuthSessionsTable, UsersTable } from './schema';
import type { Executor } from './users.repo';

export type AuthSessionRow = Selectable<AuthSessionsTable>;

export interface SessionWithUser {
  session: AuthSessionRow;
  user: Pick<
    Selectable<UsersTable>,
    'id' | 'clinic_id' | 'role' | 'locale' | 'status' | 'display_name'
  >;
}

export async function insertAuthSession(db: Executor, row: AuthSessionRow): Promise<void> {
  await db.insertInto('auth_sessions').values(row).execute();
}

export async function findAuthSession(
  db: Executor,
  id: string,
): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('auth_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id',
      's.clinic_id',
      's.csrf_token',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      'u.role',
      'u.locale',
      'u.status',
      'u.display_name',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    session: {
      id: row.id,
      user_id: row.user_id,
      clinic_id: row.clinic_id,
      csrf_token: row.csrf_token,
      created_at: row.created_at,
      last_seen_at: row.last_seen_at,
      expires_at: row.expires_at,
    },
    user: {
      id: row.user_id,
      clinic_id: row.clinic_id,
      role: row.role,
      locale: row.locale,
      status: row.status,
      display_name: row.display_name,
    },
  };
}

export async function touchAuthSession(db: Executor, id: string, lastSeenAt: Date): Promise<void> {
  await db
    .updateTable('auth_sessions')
    .set({ last_seen_at: lastSeenAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteAuthSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('auth_sessions').where('id', '=', id).execute();
}

export async function deleteUserAuthSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredAuthSessions(db: Executor, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('auth_sessions')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
