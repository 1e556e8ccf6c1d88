/** Therapists' profile photos: the re-encoded image, one per therapist. */
import type { Selectable } from 'kysely';
import type { TherapistPhotosTable } from './schema';
import type { Executor } from './users.repo';

export type PhotoRow = Selectable<TherapistPhotosTable>;

/** The photo's image and headers, whatever the driver returns for bytea (Buffer or Uint8Array). */
export interface StoredPhoto {
  contentType: PhotoRow['content_type'];
  image: Buffer;
  etag: string;
  updatedAt: Date;
}

export async function savePhoto(
  db: Executor,
  photo: {
    therapistId: string;
    clinicId: string;
    contentType: PhotoRow['content_type'];
    image: Buffer;
    width: number;
    height: number;
    etag: string;
    now: Date;
  },
): Promise<void> {
  const values = {
    content_type: photo.contentType,
    image: photo.image,
    width: photo.width,
    height: photo.height,
    etag: photo.etag,
    updated_at: photo.now,
  };
  await db
    .insertInto('therapist_photos')
    .values({ therapist_id: photo.therapistId, clinic_id: photo.clinicId, ...values })
    .onConflict((oc) => oc.column('therapist_id').doUpdateSet(values))
    .execute();
}

/** True when there was a photo to remove. */
export async function deletePhoto(db: Executor, therapistId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('therapist_photos')
    .where('therapist_id', '=', therapistId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * The photo of a therapist whose profile is listed in this clinic's directory (published, and
 * the therapist's account active), or undefined: an unpublished profile's photo is not public.
 */
export async function findListedPhoto(
  db: Executor,
  clinicId: string,
  therapistId: string,
): Promise<StoredPhoto | undefined> {
  const row = await db
    .selectFrom('therapist_photos as ph')
    .innerJoin('therapist_profiles as p', 'p.user_id', 'ph.therapist_id')
    .innerJoin('users as u', 'u.id', 'ph.therapist_id')
    .select(['ph.content_type', 'ph.image', 'ph.etag', 'ph.updated_at'])
    .where('ph.therapist_id', '=', therapistId)
    .where('p.clinic_id', '=', clinicId)
    .where('p.published', '=', true)
    .where('u.role', '=', 'therapist')
    .where('u.status', '=', 'active')
    .executeTakeFirst();
  return row && toStored(row);
}

/** The therapist's own photo, published or not (for their editor). */
export async function findOwnPhoto(
  db: Executor,
  therapistId: string,
): Promise<StoredPhoto | undefined> {
  const row = await db
    .selectFrom('therapist_photos')
    .select(['content_type', 'image', 'etag', 'updated_at'])
    .where('therapist_id', '=', therapistId)
    .executeTakeFirst();
  return row && toStored(row);
}

function toStored(
  row: Pick<PhotoRow, 'content_type' | 'image' | 'etag' | 'updated_at'>,
): StoredPhoto {
  return {
    contentType: row.content_type,
    image: Buffer.from(row.image),
    etag: row.etag,
    updatedAt: new Date(row.updated_at),
  };
}
