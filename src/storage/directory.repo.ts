/** Therapist profiles as the directory reads them, and therapists' availability. */
import { sql, type Selectable } from 'kysely';
import type { TherapistAvailabilityTable, TherapistProfilesTable } from './schema';
import type { Executor } from './users.repo';

export type AvailabilityRow = Selectable<TherapistAvailabilityTable>;

export interface ProfileRow extends Selectable<TherapistProfilesTable> {
  display_name: string;
  user_status: 'active' | 'deactivated';
  /** The version of the profile photo (its SHA-256), or null without one. */
  photo_etag: string | null;
}

/** Where a directory page starts: after this (lower-cased name, id). */
export interface NameCursor {
  name: string;
  id: string;
}

function profiles(db: Executor) {
  return db
    .selectFrom('therapist_profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .leftJoin('therapist_photos as ph', 'ph.therapist_id', 'p.user_id')
    .selectAll('p')
    .select(['u.display_name', 'u.status as user_status', 'ph.etag as photo_etag'])
    .where('u.role', '=', 'therapist');
}

/** Published profiles of active therapists in a clinic. */
function listed(db: Executor, clinicId: string) {
  return profiles(db)
    .where('p.clinic_id', '=', clinicId)
    .where('p.published', '=', true)
    .where('u.status', '=', 'active');
}

export async function findProfile(db: Executor, userId: string): Promise<ProfileRow | undefined> {
  return profiles(db).where('p.user_id', '=', userId).executeTakeFirst();
}

export async function findListedProfile(
  db: Executor,
  clinicId: string,
  userId: string,
): Promise<ProfileRow | undefined> {
  return listed(db, clinicId).where('p.user_id', '=', userId).executeTakeFirst();
}

export async function listListedProfiles(
  db: Executor,
  clinicId: string,
  ids?: readonly string[],
): Promise<ProfileRow[]> {
  if (ids !== undefined && ids.length === 0) return [];
  let query = listed(db, clinicId);
  if (ids !== undefined) query = query.where('p.user_id', 'in', ids);
  return query.execute();
}

/**
 * One batch of the directory in name order, with the filters SQL can apply on its own (codes and
 * fees); the service applies the region and availability filters.
 */
export async function listDirectoryBatch(
  db: Executor,
  query: {
    clinicId: string;
    concerns: readonly string[];
    approaches: readonly string[];
    languages: readonly string[];
    modes: readonly string[];
    maxFee: number | undefined;
    after: NameCursor | undefined;
    limit: number;
  },
): Promise<ProfileRow[]> {
  const textArray = (values: readonly string[]) => sql`${[...values]}::text[]`;
  let q = listed(db, query.clinicId);
  if (query.concerns.length > 0)
    q = q.where(sql<boolean>`p.concerns @> ${textArray(query.concerns)}`);
  if (query.approaches.length > 0)
    q = q.where(sql<boolean>`p.approaches @> ${textArray(query.approaches)}`);
  if (query.languages.length > 0)
    q = q.where(sql<boolean>`p.languages && ${textArray(query.languages)}`);
  if (query.modes.length > 0) q = q.where(sql<boolean>`p.modes && ${textArray(query.modes)}`);
  if (query.maxFee !== undefined) q = q.where('p.fee_min', '<=', query.maxFee);
  if (query.after)
    q = q.where(
      sql<boolean>`(lower(u.display_name), u.id) > (${query.after.name}, ${query.after.id}::uuid)`,
    );
  return q
    .orderBy(sql`lower(u.display_name)`)
    .orderBy('u.id')
    .limit(query.limit)
    .execute();
}

export async function saveProfile(
  db: Executor,
  profile: {
    userId: string;
    clinicId: string;
    bio: string;
    approaches: readonly string[];
    concerns: readonly string[];
    languages: readonly string[];
    modes: readonly string[];
    region: string | null;
    feeMin: number | null;
    feeMax: number | null;
    slidingScale: boolean;
    yearsPractice: number | null;
    characteristics: Record<string, unknown>;
    timeZone: string;
    published: boolean;
    now: Date;
  },
): Promise<void> {
  const values = {
    bio: profile.bio,
    approaches: [...profile.approaches],
    concerns: [...profile.concerns],
    languages: [...profile.languages],
    modes: [...profile.modes],
    region: profile.region,
    fee_min: profile.feeMin,
    fee_max: profile.feeMax,
    sliding_scale: profile.slidingScale,
    years_practice: profile.yearsPractice,
    characteristics: JSON.stringify(profile.characteristics),
    time_zone: profile.timeZone,
    published: profile.published,
    updated_at: profile.now,
  };
  await db
    .insertInto('therapist_profiles')
    .values({ user_id: profile.userId, clinic_id: profile.clinicId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

/* ---------- Availability ---------- */

export async function insertAvailability(
  db: Executor,
  row: Omit<AvailabilityRow, 'starts_at' | 'ends_at' | 'created_at'> & {
    starts_at: Date | null;
    ends_at: Date | null;
    created_at: Date;
  },
): Promise<AvailabilityRow> {
  return db
    .insertInto('therapist_availability')
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A therapist's weekly rules, and the blocks and exceptions that end after `since`. */
export async function listAvailability(
  db: Executor,
  therapistIds: readonly string[],
  since: Date,
): Promise<AvailabilityRow[]> {
  if (therapistIds.length === 0) return [];
  return db
    .selectFrom('therapist_availability')
    .selectAll()
    .where('therapist_id', 'in', therapistIds)
    .where((eb) => eb.or([eb('weekday', 'is not', null), eb('ends_at', '>', since)]))
    .orderBy('weekday')
    .orderBy('start_minute')
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

export async function deleteAvailability(
  db: Executor,
  therapistId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('therapist_availability')
    .where('id', '=', id)
    .where('therapist_id', '=', therapistId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
