/**
 * Concerns a client raised. The words and their screening are sealed at rest (AAD
 * "concerns.text:<id>", "concerns.screening:<id>"); every query names the client or the clinic,
 * so a list can only return what its reader may see.
 */
import type { Selectable } from 'kysely';
import type { ScreeningResult } from '../core/screening/types';
import type { ConcernRecord } from '../core/signals';
import type { Sealer } from './crypto';
import type { Cursor } from './pagination';
import type { ConcernsTable } from './schema';
import type { Executor } from './users.repo';

export type ConcernRow = Selectable<ConcernsTable>;

export interface ConcernListRow extends ConcernRow {
  therapist_id: string;
  therapist_name: string;
}

export interface ClinicConcernRow extends ConcernListRow {
  client_name: string;
  engagement_status: string;
}

export const concernTextAad = (id: string) => `concerns.text:${id}`;
export const concernScreeningAad = (id: string) => `concerns.screening:${id}`;

export async function insertConcern(db: Executor, row: ConcernRow): Promise<void> {
  await db.insertInto('concerns').values(row).execute();
}

function withPeople(db: Executor) {
  return db
    .selectFrom('concerns as c')
    .innerJoin('engagements as e', 'e.id', 'c.engagement_id')
    .innerJoin('users as th', 'th.id', 'e.therapist_id')
    .selectAll('c')
    .select(['e.therapist_id', 'th.display_name as therapist_name']);
}

export async function findConcernOf(
  db: Executor,
  clientId: string,
  id: string,
): Promise<ConcernListRow | undefined> {
  return withPeople(db)
    .where('c.id', '=', id)
    .where('c.client_id', '=', clientId)
    .executeTakeFirst();
}

/** Newest first after a keyset cursor on (created_at, id), one more than `limit`. */
function newestFirst(
  query: ReturnType<typeof withPeople>,
  page: { limit: number; before?: Cursor | undefined },
) {
  if (page.before) {
    const at = new Date(page.before.at);
    const id = page.before.id;
    query = query.where((eb) =>
      eb.or([
        eb('c.created_at', '<', at),
        eb.and([eb('c.created_at', '=', at), eb('c.id', '<', id)]),
      ]),
    );
  }
  return query
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(page.limit + 1);
}

/** A client's own concerns, newest first (one more than `limit`, to tell whether more follow). */
export async function listConcernsOf(
  db: Executor,
  clientId: string,
  page: { limit: number; before?: Cursor | undefined; engagementId?: string | undefined },
): Promise<ConcernListRow[]> {
  let query = withPeople(db).where('c.client_id', '=', clientId);
  if (page.engagementId) query = query.where('c.engagement_id', '=', page.engagementId);
  return newestFirst(query, page).execute();
}

/** Deletes a private note of this client (never a shared or reported concern). */
export async function deletePrivateConcern(
  db: Executor,
  clientId: string,
  id: string,
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('concerns')
    .where('id', '=', id)
    .where('client_id', '=', clientId)
    .where('shared_with_therapist', '=', false)
    .where('reported_to_clinic', '=', false)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) > 0;
}

/** Boundary concerns reported to a clinic, newest first (one more than `limit`). */
export async function listReportedConcerns(
  db: Executor,
  clinicId: string,
  page: { limit: number; before?: Cursor | undefined },
): Promise<ClinicConcernRow[]> {
  const query = withPeople(db)
    .where('c.clinic_id', '=', clinicId)
    .where('c.reported_to_clinic', '=', true);
  return newestFirst(query, page)
    .innerJoin('users as cl', 'cl.id', 'c.client_id')
    .select(['cl.display_name as client_name', 'e.status as engagement_status'])
    .execute();
}

/** What the signal engine reads: the concerns a client shared with the therapist. */
export async function listSharedConcerns(
  db: Executor,
  engagementIds: string | readonly string[],
): Promise<ConcernRow[]> {
  const ids = typeof engagementIds === 'string' ? [engagementIds] : [...engagementIds];
  if (ids.length === 0) return [];
  return db
    .selectFrom('concerns')
    .selectAll()
    .where('engagement_id', 'in', ids)
    .where('shared_with_therapist', '=', true)
    .execute();
}

export function openConcernText(sealer: Sealer, row: ConcernRow): string | null {
  return row.text_ciphertext === null
    ? null
    : sealer.open(row.text_ciphertext, concernTextAad(row.id));
}

export function openSharedConcern(sealer: Sealer, row: ConcernRow): ConcernRecord {
  return {
    id: row.id,
    raisedAt: new Date(row.created_at).toISOString(),
    sessionId: null,
    category: row.category,
    words: openConcernText(sealer, row),
    screening: row.screening_ciphertext
      ? (JSON.parse(
          sealer.open(row.screening_ciphertext, concernScreeningAad(row.id)),
        ) as ScreeningResult)
      : null,
  };
}

/** The clinic's active administrators, who receive reported boundary concerns. */
export async function listClinicAdmins(
  db: Executor,
  clinicId: string,
): Promise<{ id: string; email: string; locale: string | null }[]> {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'locale'])
    .where('clinic_id', '=', clinicId)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .orderBy('created_at')
    .execute();
}
