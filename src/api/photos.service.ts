/**
 * A therapist's profile photo (Therapist journey 1): upload, removal, and the image itself. The
 * photo is the therapist's personal data, so changing it is audited; it is public only while the
 * profile is published (as the profile is), and its owner always sees it in their editor.
 */
import { mayEditTherapistProfile } from '../core/access';
import { AppError } from '../core/errors';
import { photoMaxBytes, photoMaxMegabytes } from '../core/photos';
import { appendAudit } from '../storage/audit.repo';
import { findProfile } from '../storage/directory.repo';
import {
  deletePhoto,
  findListedPhoto,
  findOwnPhoto,
  savePhoto,
  type StoredPhoto,
} from '../storage/photos.repo';
import { auditBy } from './audit';
import { clinicOf } from './availability.service';
import type { Actor, AppDeps } from './context';
import { reencodePhoto } from './photos.image';

/** Where a photo is served; the version changes with the image, so caches never show an old one. */
export function photoUrl(therapistId: string, etag: string | null): string | null {
  return etag === null
    ? null
    : `/api/v1/therapists/${therapistId}/photo?v=${encodeURIComponent(etag.slice(0, 16))}`;
}

export interface PhotoView {
  photoUrl: string;
  width: number;
  height: number;
}

function requireOwnProfile(actor: Actor): void {
  if (!mayEditTherapistProfile(actor, actor.userId)) throw new AppError('forbidden');
}

/** Re-encode the upload and store it in place of the current photo. Nothing is written on bad input. */
export async function uploadMyPhoto(
  deps: AppDeps,
  actor: Actor,
  upload: Uint8Array,
): Promise<PhotoView> {
  requireOwnProfile(actor);
  // The route's body limit stops larger uploads before they are read; this guards other callers.
  if (upload.byteLength > photoMaxBytes)
    throw new AppError('photo_too_large', { params: { max: photoMaxMegabytes } });
  if (upload.byteLength === 0) throw new AppError('photo_unreadable');
  const encoded = await reencodePhoto(upload);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await savePhoto(trx, {
      therapistId: actor.userId,
      clinicId: actor.clinicId,
      contentType: encoded.contentType,
      image: encoded.image,
      width: encoded.width,
      height: encoded.height,
      etag: encoded.etag,
      now,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'therapist_photo.upload',
        resourceType: 'therapist_photo',
        resourceId: actor.userId,
        subjectId: null,
      }),
    ]);
  });
  return {
    photoUrl: photoUrl(actor.userId, encoded.etag) ?? '',
    width: encoded.width,
    height: encoded.height,
  };
}

/** Remove the photo; 404 when there is none (so a double click says so rather than lying). */
export async function removeMyPhoto(deps: AppDeps, actor: Actor): Promise<void> {
  requireOwnProfile(actor);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await deletePhoto(trx, actor.userId))) throw new AppError('not_found');
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'therapist_photo.remove',
        resourceType: 'therapist_photo',
        resourceId: actor.userId,
        subjectId: null,
      }),
    ]);
  });
}

/**
 * The image of a listed therapist's photo, or the therapist's own (published or not). Anyone
 * else asking for an unpublished profile's photo, or one that does not exist, gets 404.
 */
export async function readPhoto(
  deps: AppDeps,
  actor: Actor | null,
  therapistId: string,
): Promise<{ photo: StoredPhoto; listed: boolean }> {
  if (actor && mayEditTherapistProfile(actor, therapistId)) {
    const own = await findOwnPhoto(deps.db, therapistId);
    if (!own) throw new AppError('not_found');
    const profile = await findProfile(deps.db, therapistId);
    return { photo: own, listed: profile?.published === true };
  }
  const listed = await findListedPhoto(deps.db, clinicOf(deps, actor), therapistId);
  if (!listed) throw new AppError('not_found');
  return { photo: listed, listed: true };
}
