/** Hand-overs (summary sealed) with the names of the people in them, and who a client may pick. */
import { sql, type Selectable } from 'kysely';
import type { HandoversTable } from './schema';
import type { Executor } from './users.repo';
import type { Cursor } from './pagination';

export type HandoverRow = Selectable<HandoversTable>;

export interface HandoverListRow extends HandoverRow {
  client_name: string;
  from_therapist_id: string;
  from_therapist_name: string;
  to_therapist_name: string;
}

function listQuery(db: Executor) {
  return db
    .selectFrom('handovers as h')
    .innerJoin('users as c', 'c.id', 'h.client_id')
    .innerJoin('engagements as e', 'e.id', 'h.from_engagement_id')
    .innerJoin('users as f', 'f.id', 'e.therapist_id')
    .innerJoin('users as r', 'r.id', 'h.to_therapist_id')
    .selectAll('h')
    .select([
      'c.display_name as client_name',
      'f.id as from_therapist_id',
      'f.display_name as from_therapist_name',
      'r.display_name as to_therapist_name',
    ]);
}

export async function insertHandover(db: Executor, row: HandoverRow): Promise<void> {
  await db.insertInto('handovers').values(row).execute();
}

export async function findHandover(db: Executor, id: string): Promise<HandoverListRow | undefined> {
  return listQuery(db).where('h.id', '=', id).executeTakeFirst();
}

/** A page of hand-overs newest first, keyset on (created_at, id), one more than `limit`. */
function newestFirst(
  query: ReturnType<typeof listQuery>,
  page: { limit: number; cursor?: Cursor | undefined },
): Promise<HandoverListRow[]> {
  if (page.cursor) {
    const { at, id } = page.cursor;
    query = query.where((eb) =>
      eb.or([
        eb('h.created_at', '<', new Date(at)),
        eb.and([eb('h.created_at', '=', new Date(at)), eb('h.id', '<', id)]),
      ]),
    );
  }
  return query
    .orderBy('h.created_at', 'desc')
    .orderBy('h.id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

/** Newest first; keyset on (created_at, id). */
export async function listHandoversOfClient(
  db: Executor,
  clientId: string,
  page: { limit: number; cursor?: Cursor | undefined },
): Promise<HandoverListRow[]> {
  const query = listQuery(db).where('h.client_id', '=', clientId);
  return newestFirst(query, page);
}

/** Only hand-overs the therapist may open now: not withdrawn, not expired. */
export async function listActiveHandoversTo(
  db: Executor,
  therapistId: string,
  now: Date,
  page: { limit: number; cursor?: Cursor | undefined },
): Promise<HandoverListRow[]> {
  const query = listQuery(db)
    .where('h.to_therapist_id', '=', therapistId)
    .where('h.withdrawn_at', 'is', null)
    .where('h.expires_at', '>', now);
  return newestFirst(query, page);
}

/** Withdraw once; a second withdrawal keeps the first time. */
export async function withdrawHandover(db: Executor, id: string, at: Date): Promise<void> {
  await db
    .updateTable('handovers')
    .set({ withdrawn_at: at })
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .execute();
}

export interface RecipientRow {
  id: string;
  display_name: string;
  via: 'engagement' | 'consultation';
}

/**
 * Active therapists of the clinic the client works with (an open engagement) or met in a
 * consultation (booked, not cancelled), each once, preferring the engagement.
 */
export async function listHandoverRecipients(
  db: Executor,
  clientId: string,
  clinicId: string,
): Promise<RecipientRow[]> {
  const result = await sql<RecipientRow>`
    select u.id, u.display_name, min(k.via) as via
    from (
      select therapist_id, 'engagement' as via from engagements
        where client_id = ${clientId} and status <> 'ended'
      union all
      select therapist_id, 'consultation' as via from consultations
        where client_id = ${clientId} and status = 'booked'
    ) as k
    join users u on u.id = k.therapist_id
    where u.clinic_id = ${clinicId} and u.role = 'therapist' and u.status = 'active'
    group by u.id, u.display_name
    order by u.display_name, u.id`.execute(db);
  return result.rows;
}
