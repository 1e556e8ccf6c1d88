/**
 * The directory (Client journey 1, Therapist journey 1): a therapist's own profile, the public
 * directory with its filters, one public profile, and the fit ranking behind `POST /match`.
 * Profiles are public text their therapists chose to publish, so reading them is not audited;
 * saving one is.
 */
import {
  type DirectoryFilters,
  type MatchItem,
  type MyProfileView,
  type PublicProfileView,
  type TherapistProfileRequest,
} from '../core/directory';
import { AppError } from '../core/errors';
import type { Locale } from '../core/i18n';
import {
  describeReason,
  prepareProfiles,
  rankTherapists,
  regionKey,
  therapistCharacteristics,
  type MatchRequest,
  type Mode,
  type Reason,
  type TherapistProfileForMatching,
} from '../core/matching';
import { canonicalTimeZone, formatInstant } from '../core/slots';
import { appendAudit } from '../storage/audit.repo';
import {
  findListedProfile,
  findProfile,
  listDirectoryBatch,
  listListedProfiles,
  saveProfile,
  type NameCursor,
  type ProfileRow,
} from '../storage/directory.repo';
import type { Page } from '../storage/pagination';
import { findOwnPhoto } from '../storage/photos.repo';
import { findUserById, updateUser } from '../storage/users.repo';
import { auditBy } from './audit';
import { clinicOf, nextConsultations, requireTherapist } from './availability.service';
import type { Actor, AppDeps } from './context';
import { photoUrl } from './photos.service';

const dayMs = 86_400_000;

function characteristicsOf(row: ProfileRow): TherapistProfileForMatching['characteristics'] {
  const parsed = therapistCharacteristics.safeParse(row.characteristics);
  return parsed.success ? parsed.data : {};
}

export function toPublicProfile(row: ProfileRow, next: number | null): PublicProfileView {
  return {
    id: row.user_id,
    displayName: row.display_name,
    bio: row.bio,
    approaches: row.approaches as PublicProfileView['approaches'],
    concerns: row.concerns as PublicProfileView['concerns'],
    languages: row.languages as PublicProfileView['languages'],
    modes: row.modes as PublicProfileView['modes'],
    region: row.region,
    feeMin: row.fee_min,
    feeMax: row.fee_max,
    slidingScale: row.sliding_scale,
    yearsPractice: row.years_practice,
    characteristics: characteristicsOf(row),
    timeZone: row.time_zone,
    verified: row.verified,
    nextConsultationAt: next === null ? null : formatInstant(next),
    photoUrl: photoUrl(row.user_id, row.photo_etag),
  };
}

function toMatchingProfile(row: ProfileRow, next: number | null): TherapistProfileForMatching {
  return {
    id: row.user_id,
    displayName: row.display_name,
    approaches: row.approaches,
    concerns: row.concerns,
    languages: row.languages,
    modes: row.modes.filter((mode): mode is Mode => mode === 'in_person' || mode === 'online'),
    region: row.region,
    feeMin: row.fee_min,
    feeMax: row.fee_max,
    slidingScale: row.sliding_scale,
    yearsPractice: row.years_practice,
    characteristics: characteristicsOf(row),
    nextConsultationAt: next === null ? null : formatInstant(next),
    verified: row.verified,
    published: row.published,
  };
}

/* ---------- The therapist's own profile ---------- */

async function myProfile(deps: AppDeps, actor: Actor): Promise<MyProfileView> {
  const now = deps.clock().getTime();
  const row = await findProfile(deps.db, actor.userId);
  const next = (await nextConsultations(deps.db, [actor.userId], now)).get(actor.userId) ?? null;
  if (row) {
    return {
      ...toPublicProfile(row, next),
      published: row.published,
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  }
  // Never saved: an empty draft, so the profile editor always has something to start from.
  const user = await findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('not_found');
  return {
    id: user.id,
    displayName: user.display_name,
    bio: '',
    approaches: [],
    concerns: [],
    languages: [],
    modes: [],
    region: null,
    feeMin: null,
    feeMax: null,
    slidingScale: false,
    yearsPractice: null,
    characteristics: {},
    timeZone: canonicalTimeZone(user.time_zone ?? 'UTC') ?? 'UTC',
    verified: false,
    nextConsultationAt: next === null ? null : formatInstant(next),
    // A photo may be uploaded before the profile is first saved.
    photoUrl: photoUrl(user.id, (await findOwnPhoto(deps.db, user.id))?.etag ?? null),
    published: false,
    updatedAt: null,
  };
}

export async function getMyProfile(deps: AppDeps, actor: Actor): Promise<MyProfileView> {
  requireTherapist(actor);
  return myProfile(deps, actor);
}

export async function saveMyProfile(
  deps: AppDeps,
  actor: Actor,
  input: TherapistProfileRequest,
): Promise<MyProfileView> {
  requireTherapist(actor);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await updateUser(trx, actor.userId, { displayName: input.displayName, now });
    await saveProfile(trx, {
      userId: actor.userId,
      clinicId: actor.clinicId,
      bio: input.bio,
      approaches: input.approaches,
      concerns: input.concerns,
      languages: input.languages,
      modes: input.modes,
      region: input.region,
      feeMin: input.feeMin,
      feeMax: input.feeMax,
      slidingScale: input.slidingScale,
      yearsPractice: input.yearsPractice,
      characteristics: input.characteristics,
      timeZone: canonicalTimeZone(input.timeZone) ?? 'UTC',
      published: input.published,
      now,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: input.published ? 'therapist_profile.publish' : 'therapist_profile.update',
        resourceType: 'therapist_profile',
        resourceId: actor.userId,
        subjectId: null,
      }),
    ]);
  });
  return myProfile(deps, actor);
}

/* ---------- The public directory ---------- */

function encodeNameCursor(cursor: NameCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString('base64url');
}

function decodeNameCursor(text: string): NameCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [name, id] = value as unknown[];
      if (typeof name === 'string' && name.length <= 200 && typeof id === 'string')
        if (/^[0-9a-f-]{36}$/i.test(id)) return { name, id };
    }
  } catch {
    // not one of ours
  }
  throw new AppError('invalid_cursor');
}

const cursorOf = (row: ProfileRow): NameCursor => ({
  name: row.display_name.toLowerCase(),
  id: row.user_id,
});

/**
 * A page of the directory, in name order. SQL applies the code and fee filters; the region
 * (compared without case or accents, as the ranking does) and availability filters are applied
 * here, batch by batch, until the page is full.
 */
export async function listDirectory(
  deps: AppDeps,
  actor: Actor | null,
  query: DirectoryFilters & { limit: number; cursor?: string | undefined },
): Promise<Page<PublicProfileView>> {
  let after = query.cursor === undefined ? undefined : decodeNameCursor(query.cursor);
  const now = deps.clock().getTime();
  const region = query.region === undefined ? undefined : regionKey(query.region);
  const batchSize = Math.max(query.limit + 1, 100);
  const found: { row: ProfileRow; next: number | null }[] = [];
  for (;;) {
    const rows = await listDirectoryBatch(deps.db, {
      clinicId: clinicOf(deps, actor),
      concerns: query.concern ?? [],
      approaches: query.approach ?? [],
      languages: query.language ?? [],
      modes: query.mode ?? [],
      maxFee: query.maxFee,
      after,
      limit: batchSize,
    });
    const inRegion = rows.filter(
      (row) => region === undefined || (row.region !== null && regionKey(row.region) === region),
    );
    const next = await nextConsultations(
      deps.db,
      inRegion.map((row) => row.user_id),
      now,
    );
    for (const row of inRegion) {
      const at = next.get(row.user_id) ?? null;
      const days = query.availableWithinDays;
      if (days !== undefined && (at === null || at > now + days * dayMs)) continue;
      found.push({ row, next: at });
      if (found.length > query.limit) break;
    }
    const last = rows.at(-1);
    if (found.length > query.limit || rows.length < batchSize || !last) break;
    after = cursorOf(last);
  }
  const page = found.slice(0, query.limit);
  const lastShown = page.at(-1);
  return {
    items: page.map(({ row, next }) => toPublicProfile(row, next)),
    nextCursor:
      found.length > query.limit && lastShown ? encodeNameCursor(cursorOf(lastShown.row)) : null,
  };
}

export async function getPublicProfile(
  deps: AppDeps,
  actor: Actor | null,
  therapistId: string,
): Promise<PublicProfileView> {
  const row = await findListedProfile(deps.db, clinicOf(deps, actor), therapistId);
  if (!row) throw new AppError('not_found');
  const now = deps.clock().getTime();
  const next = (await nextConsultations(deps.db, [therapistId], now)).get(therapistId) ?? null;
  return toPublicProfile(row, next);
}

/* ---------- Fit ranking ---------- */

function described(reason: Reason, locale: Locale, side: 'met' | 'unmet') {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params))
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  return { code: reason.code, params, text: describeReason(reason, locale, side) };
}

export async function matchTherapists(
  deps: AppDeps,
  actor: Actor | null,
  request: MatchRequest,
  locale: Locale,
  limit: number,
): Promise<{ items: MatchItem[]; nextCursor: null }> {
  const now = deps.clock().getTime();
  // The profiles are read and prepared per request, which is fine for a clinic's directory. A
  // cache of prepareProfiles() keyed by a profile version (bumped by profile, availability and
  // booking changes) belongs to the performance work (target: 50,000 profiles, p99 < 20 ms).
  const rows = await listListedProfiles(deps.db, clinicOf(deps, actor));
  const next = await nextConsultations(
    deps.db,
    rows.map((row) => row.user_id),
    now,
  );
  const prepared = prepareProfiles(
    rows.map((row) => toMatchingProfile(row, next.get(row.user_id) ?? null)),
  );
  const names = new Map(rows.map((row) => [row.user_id, row.display_name]));
  return {
    items: rankTherapists(request, prepared, { now, limit }).map((result) => ({
      therapistId: result.therapistId,
      displayName: names.get(result.therapistId) ?? '',
      score: result.score,
      reasons: result.reasons.map((reason) => described(reason, locale, 'met')),
      unmet: result.unmet.map((reason) => described(reason, locale, 'unmet')),
    })),
    nextCursor: null,
  };
}
