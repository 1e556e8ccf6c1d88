/** The clinic's therapists as the administrator manages them, and clients left without one. */
import { sql, type Selectable } from 'kysely';
import type { UsersTable } from './schema';
import type { Executor } from './users.repo';

export interface TherapistAdminRow {
  id: string;
  display_name: string;
  email: string;
  status: Selectable<UsersTable>['status'];
  created_at: Date;
  verified: boolean | null;
  published: boolean | null;
  open_engagements: number;
}

function therapistQuery(db: Executor, clinicId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('therapist_profiles as p', 'p.user_id', 'u.id')
    .select([
      'u.id',
      'u.display_name',
      'u.email',
      'u.status',
      'u.created_at',
      'p.verified',
      'p.published',
      sql<number>`(select count(*)::int from engagements e
        where e.therapist_id = u.id and e.status in ('consulting', 'active'))`.as(
        'open_engagements',
      ),
    ])
    .where('u.clinic_id', '=', clinicId)
    .where('u.role', '=', 'therapist');
}

/** Alphabetical by name (then id), by keyset; one extra row tells whether more follow. */
export async function listClinicTherapists(
  db: Executor,
  clinicId: string,
  page: {
    limit: number;
    status: 'active' | 'deactivated' | 'all';
    after: { name: string; id: string } | null;
  },
): Promise<TherapistAdminRow[]> {
  let query = therapistQuery(db, clinicId);
  if (page.status !== 'all') query = query.where('u.status', '=', page.status);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('u.display_name', '>', after.name),
        eb.and([eb('u.display_name', '=', after.name), eb('u.id', '>', after.id)]),
      ]),
    );
  }
  return query
    .orderBy('u.display_name')
    .orderBy('u.id')
    .limit(page.limit + 1)
    .execute();
}

export async function findClinicTherapist(
  db: Executor,
  clinicId: string,
  id: string,
): Promise<TherapistAdminRow | undefined> {
  return therapistQuery(db, clinicId).where('u.id', '=', id).executeTakeFirst();
}

export async function setUserStatus(
  db: Executor,
  id: string,
  status: 'active' | 'deactivated',
  now: Date,
): Promise<void> {
  await db.updateTable('users').set({ status, updated_at: now }).where('id', '=', id).execute();
}

/** Set the verified flag, creating the (unpublished) profile if the therapist has none yet. */
export async function setTherapistVerified(
  db: Executor,
  therapist: { id: string; clinicId: string },
  verified: boolean,
  now: Date,
): Promise<void> {
  await db
    .insertInto('therapist_profiles')
    .values({ user_id: therapist.id, clinic_id: therapist.clinicId, verified, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ verified, updated_at: now }))
    .execute();
}

export interface ReassignmentRow {
  engagement_id: string;
  status: 'consulting' | 'active' | 'ended';
  client_id: string;
  client_name: string;
  therapist_id: string;
  therapist_name: string;
  since: Date;
}

/** Open engagements whose therapist is deactivated: these clients need a new therapist. */
export async function listEngagementsWithoutTherapist(
  db: Executor,
  clinicId: string,
): Promise<ReassignmentRow[]> {
  return db
    .selectFrom('engagements as e')
    .innerJoin('users as t', 't.id', 'e.therapist_id')
    .innerJoin('users as c', 'c.id', 'e.client_id')
    .select([
      'e.id as engagement_id',
      'e.status',
      'c.id as client_id',
      'c.display_name as client_name',
      't.id as therapist_id',
      't.display_name as therapist_name',
      't.updated_at as since',
    ])
    .where('e.clinic_id', '=', clinicId)
    .where('e.status', 'in', ['consulting', 'active'])
    .where('t.status', '=', 'deactivated')
    .where('c.status', '=', 'active')
    .orderBy('t.updated_at')
    .orderBy('e.id')
    .limit(1000)
    .execute();
}
