/**
 * Free consultations and the client's private notes on them. A partial unique index on
 * (therapist_id, starts_at) WHERE status = 'booked' makes a double booking impossible, whatever
 * the number of app servers: the losing insert or move fails with a unique violation.
 */
import type { Selectable } from 'kysely';
import type { Cursor } from './pagination';
import type { ConsultationNotesTable, ConsultationsTable } from './schema';
import type { Executor } from './users.repo';

export type ConsultationRow = Selectable<ConsultationsTable>;
export type ConsultationNoteRow = Selectable<ConsultationNotesTable>;

export interface ConsultationListRow extends ConsultationRow {
  client_name: string;
  therapist_name: string;
}

function withNames(db: Executor) {
  return db
    .selectFrom('consultations as c')
    .innerJoin('users as cl', 'cl.id', 'c.client_id')
    .innerJoin('users as th', 'th.id', 'c.therapist_id')
    .selectAll('c')
    .select(['cl.display_name as client_name', 'th.display_name as therapist_name']);
}

export async function findConsultation(
  db: Executor,
  id: string,
): Promise<ConsultationListRow | undefined> {
  return withNames(db).where('c.id', '=', id).executeTakeFirst();
}

export async function insertConsultation(
  db: Executor,
  row: {
    id: string;
    clinicId: string;
    clientId: string;
    therapistId: string;
    start: Date;
    end: Date;
    clientTimeZone: string | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('consultations')
    .values({
      id: row.id,
      clinic_id: row.clinicId,
      client_id: row.clientId,
      therapist_id: row.therapistId,
      starts_at: row.start,
      ends_at: row.end,
      client_time_zone: row.clientTimeZone,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

export async function findBookedAt(
  db: Executor,
  therapistId: string,
  start: Date,
): Promise<ConsultationRow | undefined> {
  return db
    .selectFrom('consultations')
    .selectAll()
    .where('therapist_id', '=', therapistId)
    .where('starts_at', '=', start)
    .where('status', '=', 'booked')
    .executeTakeFirst();
}

/** A booked consultation between the two that has not ended yet. */
export async function findUpcomingBetween(
  db: Executor,
  clientId: string,
  therapistId: string,
  now: Date,
): Promise<ConsultationRow | undefined> {
  return db
    .selectFrom('consultations')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('therapist_id', '=', therapistId)
    .where('status', '=', 'booked')
    .where('ends_at', '>', now)
    .executeTakeFirst();
}

export async function cancelConsultation(
  db: Executor,
  id: string,
  change: { by: 'client' | 'therapist'; now: Date },
): Promise<void> {
  await db
    .updateTable('consultations')
    .set((eb) => ({
      status: 'cancelled',
      cancelled_by: change.by,
      cancelled_at: change.now,
      sequence: eb('sequence', '+', 1),
      updated_at: change.now,
    }))
    .where('id', '=', id)
    .execute();
}

/** Move to another time: the old slot is freed and the new one taken in one statement. */
export async function moveConsultation(
  db: Executor,
  id: string,
  change: { start: Date; end: Date; now: Date },
): Promise<void> {
  await db
    .updateTable('consultations')
    .set((eb) => ({
      starts_at: change.start,
      ends_at: change.end,
      sequence: eb('sequence', '+', 1),
      updated_at: change.now,
    }))
    .where('id', '=', id)
    .execute();
}

/** Booked consultations not yet ended, soonest first, for the client or the therapist. */
export async function listUpcoming(
  db: Executor,
  person: { userId: string; role: 'client' | 'therapist' },
  page: { now: Date; limit: number; cursor: Cursor | undefined },
): Promise<ConsultationListRow[]> {
  let query = withNames(db)
    .where(person.role === 'client' ? 'c.client_id' : 'c.therapist_id', '=', person.userId)
    .where('c.status', '=', 'booked')
    .where('c.ends_at', '>', page.now);
  if (page.cursor) {
    const { at, id } = page.cursor;
    query = query.where((eb) =>
      eb.or([
        eb('c.starts_at', '>', new Date(at)),
        eb.and([eb('c.starts_at', '=', new Date(at)), eb('c.id', '>', id)]),
      ]),
    );
  }
  return query
    .orderBy('c.starts_at')
    .orderBy('c.id')
    .limit(page.limit + 1)
    .execute();
}

/**
 * Busy time of these therapists overlapping [from, to): booked consultations (unless
 * `ignoreBookings`) and scheduled sessions.
 */
export async function listBusy(
  db: Executor,
  therapistIds: readonly string[],
  from: Date,
  to: Date,
  options: { ignoreBookings?: boolean } = {},
): Promise<{ therapist_id: string; starts_at: Date; ends_at: Date }[]> {
  if (therapistIds.length === 0) return [];
  const consultations = options.ignoreBookings
    ? []
    : await db
        .selectFrom('consultations')
        .select(['therapist_id', 'starts_at', 'ends_at'])
        .where('therapist_id', 'in', therapistIds)
        .where('status', '=', 'booked')
        .where('ends_at', '>', from)
        .where('starts_at', '<', to)
        .execute();
  // Sessions last at most 240 minutes, so those that can overlap start after from − 4 h.
  const sessions = await db
    .selectFrom('therapy_sessions as s')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .select(['e.therapist_id', 's.scheduled_at', 's.duration_minutes'])
    .where('e.therapist_id', 'in', therapistIds)
    .where('s.status', '=', 'scheduled')
    .where('s.scheduled_at', '>', new Date(from.getTime() - 4 * 3_600_000))
    .where('s.scheduled_at', '<', to)
    .execute();
  return [
    ...consultations.map((c) => ({
      therapist_id: c.therapist_id,
      starts_at: new Date(c.starts_at),
      ends_at: new Date(c.ends_at),
    })),
    ...sessions.map((s) => ({
      therapist_id: s.therapist_id,
      starts_at: new Date(s.scheduled_at),
      ends_at: new Date(new Date(s.scheduled_at).getTime() + s.duration_minutes * 60_000),
    })),
  ];
}

/* ---------- Notes (the client's own) ---------- */

export async function saveConsultationNote(
  db: Executor,
  row: Omit<ConsultationNoteRow, 'updated_at'> & { updated_at: Date },
): Promise<void> {
  await db
    .insertInto('consultation_notes')
    .values(row)
    .onConflict((oc) =>
      oc.column('consultation_id').doUpdateSet({
        note_ciphertext: row.note_ciphertext,
        fit_rating: row.fit_rating,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export interface MetRow extends ConsultationListRow {
  note_ciphertext: string | null;
  fit_rating: number | null;
}

/** The client's consultations that have taken place (booked, started), latest first, with notes. */
export async function listMetConsultations(
  db: Executor,
  clientId: string,
  now: Date,
): Promise<MetRow[]> {
  return withNames(db)
    .leftJoin('consultation_notes as n', 'n.consultation_id', 'c.id')
    .select(['n.note_ciphertext', 'n.fit_rating'])
    .where('c.client_id', '=', clientId)
    .where('c.status', '=', 'booked')
    .where('c.starts_at', '<=', now)
    .orderBy('c.starts_at', 'desc')
    .orderBy('c.id')
    .execute();
}

/** The client's open or active engagements with these therapists. */
export async function listOpenEngagementsWith(
  db: Executor,
  clientId: string,
  therapistIds: readonly string[],
): Promise<{ id: string; therapist_id: string; status: 'consulting' | 'active' | 'ended' }[]> {
  if (therapistIds.length === 0) return [];
  return db
    .selectFrom('engagements')
    .select(['id', 'therapist_id', 'status'])
    .where('client_id', '=', clientId)
    .where('therapist_id', 'in', therapistIds)
    .where('status', '!=', 'ended')
    .execute();
}
