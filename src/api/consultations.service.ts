/**
 * Free consultations (Client journeys 2 and 3): book one of a therapist's slots, move or cancel
 * it, download it as a calendar file, keep a private note and fit rating, and compare the
 * therapists met. Booking makes no engagement: the client starts one afterwards (POST
 * /engagements). Only the two people in a consultation learn that it exists (others get 404);
 * every read by the therapist and every write is audited with the client as subject.
 *
 * No double booking: a partial unique index (migration 0004) lets one of two racing inserts or
 * moves win; the other fails inside its transaction, which rolls back whole (no row, no e-mail,
 * no audit event), and the client is told 409 slot_taken.
 */
import type {
  BookConsultationRequest,
  ConsultationNoteRequest,
  ConsultationNoteView,
  ConsultationView,
  TherapistMetView,
} from '../core/consultations';
import { mayUseFeature } from '../core/access';
import { AppError } from '../core/errors';
import type { Locale } from '../core/i18n';
import { slotMs } from '../core/slots';
import { appendAudit } from '../storage/audit.repo';
import {
  cancelConsultation,
  findBookedAt,
  findConsultation,
  findUpcomingBetween,
  insertConsultation,
  listMetConsultations,
  listOpenEngagementsWith,
  listUpcoming,
  moveConsultation,
  saveConsultationNote,
  type ConsultationListRow,
} from '../storage/consultations.repo';
import { findListedProfile, listListedProfiles } from '../storage/directory.repo';
import { decodeCursor, encodeCursor, type Page } from '../storage/pagination';
import type { Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import { isOffered, nextConsultations } from './availability.service';
import {
  consultationCalendar,
  icsUrl,
  queueConsultationMail,
  type ConsultationChange,
} from './consultations.mail';
import type { Actor, AppDeps } from './context';
import { toPublicProfile } from './directory.service';

type Party = 'client' | 'therapist';

export function toConsultationView(deps: AppDeps, row: ConsultationListRow): ConsultationView {
  return {
    id: row.id,
    therapistId: row.therapist_id,
    therapistName: row.therapist_name,
    clientId: row.client_id,
    clientName: row.client_name,
    start: new Date(row.starts_at).toISOString(),
    end: new Date(row.ends_at).toISOString(),
    status: row.status,
    cancelledBy: row.cancelled_by,
    icsUrl: icsUrl(deps, row.id),
  };
}

function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: unknown }).code ?? (error as { cause?: { code?: unknown } }).cause?.code;
  return code === '23505';
}

/** The consultation and the actor's side of it; 404 for anyone else. */
async function requireConsultation(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<{ row: ConsultationListRow; party: Party }> {
  const row = await findConsultation(db, id);
  if (!row || row.clinic_id !== actor.clinicId) throw new AppError('not_found');
  if (row.client_id === actor.userId) return { row, party: 'client' };
  if (row.therapist_id === actor.userId) return { row, party: 'therapist' };
  throw new AppError('not_found');
}

const audit = (actor: Actor, now: Date, action: string, row: ConsultationListRow) =>
  auditBy(actor, now, {
    action,
    resourceType: 'consultation',
    resourceId: row.id,
    subjectId: row.client_id,
  });

/** Run a change in one transaction, then deliver its e-mail; a lost race is 409 slot_taken. */
async function change<T>(
  deps: AppDeps,
  work: (trx: Executor, mail: (ids: string[]) => void) => Promise<T>,
): Promise<T> {
  const mails: string[] = [];
  let result: T;
  try {
    result = await deps.db.transaction().execute((trx) => work(trx, (ids) => mails.push(...ids)));
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('slot_taken', { cause: error });
    throw error;
  }
  await deps.mailer.deliver(mails);
  return result;
}

async function requireFreeSlot(trx: Executor, therapistId: string, start: number, now: number) {
  if (!(await isOffered(trx, therapistId, start, now))) throw new AppError('slot_unavailable');
  if (await findBookedAt(trx, therapistId, new Date(start))) throw new AppError('slot_taken');
}

/** Load a consultation that can still change: booked and not yet started. */
async function requireOpen(trx: Executor, actor: Actor, id: string, now: Date) {
  const found = await requireConsultation(trx, actor, id);
  if (found.row.status !== 'booked' || new Date(found.row.starts_at) <= now)
    throw new AppError('consultation_closed');
  return found;
}

const actions: Record<ConsultationChange, string> = {
  booked: 'consultation.book',
  rescheduled: 'consultation.reschedule',
  cancelled: 'consultation.cancel',
};

/** After a change: audit it and queue both e-mails. */
async function finish(
  deps: AppDeps,
  trx: Executor,
  actor: Actor,
  id: string,
  kind: ConsultationChange,
  now: Date,
  previousStart?: number,
) {
  const row = await findConsultation(trx, id);
  if (!row) throw new AppError('internal_error');
  await appendAudit(trx, [audit(actor, now, actions[kind], row)]);
  return { row, mails: await queueConsultationMail(deps, trx, row, kind, now, previousStart) };
}

export async function bookConsultation(
  deps: AppDeps,
  actor: Actor,
  input: BookConsultationRequest,
): Promise<ConsultationView> {
  if (!mayUseFeature(actor, 'consultation.book')) throw new AppError('forbidden');
  const now = deps.clock();
  const start = Date.parse(input.start);
  return change(deps, async (trx, mail) => {
    if (!(await findListedProfile(trx, actor.clinicId, input.therapistId)))
      throw new AppError('not_found');
    await requireFreeSlot(trx, input.therapistId, start, now.getTime());
    if (await findUpcomingBetween(trx, actor.userId, input.therapistId, now))
      throw new AppError('consultation_exists');
    const id = deps.newId();
    await insertConsultation(trx, {
      id,
      clinicId: actor.clinicId,
      clientId: actor.userId,
      therapistId: input.therapistId,
      start: new Date(start),
      end: new Date(start + slotMs),
      clientTimeZone: input.timeZone ?? null,
      now,
    });
    const { row, mails } = await finish(deps, trx, actor, id, 'booked', now);
    mail(mails);
    return toConsultationView(deps, row);
  });
}

export async function cancelMyConsultation(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<ConsultationView> {
  const now = deps.clock();
  return change(deps, async (trx, mail) => {
    const { party } = await requireOpen(trx, actor, id, now);
    await cancelConsultation(trx, id, { by: party, now });
    const { row, mails } = await finish(deps, trx, actor, id, 'cancelled', now);
    mail(mails);
    return toConsultationView(deps, row);
  });
}

/** Move to another slot: the old one is freed and the new one taken in one transaction. */
export async function rescheduleConsultation(
  deps: AppDeps,
  actor: Actor,
  id: string,
  newStart: string,
): Promise<ConsultationView> {
  const now = deps.clock();
  const start = Date.parse(newStart);
  return change(deps, async (trx, mail) => {
    const { row: before } = await requireOpen(trx, actor, id, now);
    const previous = new Date(before.starts_at).getTime();
    if (previous === start) return toConsultationView(deps, before);
    await requireFreeSlot(trx, before.therapist_id, start, now.getTime());
    await moveConsultation(trx, id, { start: new Date(start), end: new Date(start + slotMs), now });
    const { row, mails } = await finish(deps, trx, actor, id, 'rescheduled', now, previous);
    mail(mails);
    return toConsultationView(deps, row);
  });
}

export async function listMyConsultations(
  deps: AppDeps,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<ConsultationView>> {
  if (!mayUseFeature(actor, 'consultation.list')) throw new AppError('forbidden');
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !cursor) throw new AppError('invalid_cursor');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const rows = await listUpcoming(
      trx,
      { userId: actor.userId, role: actor.role === 'client' ? 'client' : 'therapist' },
      { now, limit: query.limit, cursor },
    );
    const page = rows.slice(0, query.limit);
    // A therapist reading the list learns who booked: each is an access to that client's data.
    const others = page.filter((row) => row.client_id !== actor.userId);
    if (others.length > 0)
      await appendAudit(
        trx,
        others.map((row) => audit(actor, now, 'consultation.read', row)),
      );
    const last = rows.length > query.limit ? page.at(-1) : undefined;
    return {
      items: page.map((row) => toConsultationView(deps, row)),
      nextCursor: last
        ? encodeCursor({ at: new Date(last.starts_at).toISOString(), id: last.id })
        : null,
    };
  });
}

/** Read one consultation (audited when the therapist reads it). */
async function readConsultation<T>(
  deps: AppDeps,
  actor: Actor,
  id: string,
  action: string,
  view: (row: ConsultationListRow, party: Party, now: Date) => T,
): Promise<T> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const { row, party } = await requireConsultation(trx, actor, id);
    if (party === 'therapist') await appendAudit(trx, [audit(actor, now, action, row)]);
    return view(row, party, now);
  });
}

export async function getConsultation(deps: AppDeps, actor: Actor, id: string) {
  return readConsultation(deps, actor, id, 'consultation.read', (row) =>
    toConsultationView(deps, row),
  );
}

export async function getConsultationCalendar(
  deps: AppDeps,
  actor: Actor,
  id: string,
  locale: Locale,
): Promise<string> {
  return readConsultation(deps, actor, id, 'consultation.calendar', (row, party, now) =>
    consultationCalendar(deps, row, party, locale, now),
  );
}

const noteAad = (consultationId: string) => `consultation_notes.note:${consultationId}`;

/** The client's private note and fit rating: sealed at rest, never shown to the therapist. */
export async function saveConsultationNoteFor(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: ConsultationNoteRequest,
): Promise<ConsultationNoteView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const { row, party } = await requireConsultation(trx, actor, id);
    if (party !== 'client') throw new AppError('forbidden');
    if (row.status !== 'booked') throw new AppError('consultation_closed');
    await saveConsultationNote(trx, {
      consultation_id: id,
      clinic_id: row.clinic_id,
      client_id: row.client_id,
      note_ciphertext: deps.sealer.seal(input.note, noteAad(id)),
      fit_rating: input.fitRating,
      updated_at: now,
    });
    await appendAudit(trx, [audit(actor, now, 'consultation_note.write', row)]);
    return {
      consultationId: id,
      note: input.note,
      fitRating: input.fitRating,
      updatedAt: now.toISOString(),
    };
  });
}

/** The therapists a client has met in a consultation, side by side, latest met first. */
export async function listTherapistsMet(deps: AppDeps, actor: Actor): Promise<TherapistMetView[]> {
  if (!mayUseFeature(actor, 'consultation.compare')) throw new AppError('forbidden');
  const now = deps.clock();
  const rows = await listMetConsultations(deps.db, actor.userId, now);
  const ids = [...new Set(rows.map((row) => row.therapist_id))];
  const profiles = new Map(
    (await listListedProfiles(deps.db, actor.clinicId, ids)).map((p) => [p.user_id, p]),
  );
  const next = await nextConsultations(deps.db, [...profiles.keys()], now.getTime());
  const engagements = new Map(
    (await listOpenEngagementsWith(deps.db, actor.userId, ids)).map((e) => [e.therapist_id, e]),
  );
  return ids.map((therapistId) => {
    const mine = rows.filter((row) => row.therapist_id === therapistId);
    const profile = profiles.get(therapistId);
    const engagement = engagements.get(therapistId);
    const consultations = mine.map((row) => ({
      id: row.id,
      start: new Date(row.starts_at).toISOString(),
      note:
        row.note_ciphertext === null
          ? null
          : deps.sealer.open(row.note_ciphertext, noteAad(row.id)),
      fitRating: row.fit_rating,
    }));
    return {
      therapistId,
      displayName: mine[0]?.therapist_name ?? '',
      profile: profile ? toPublicProfile(profile, next.get(therapistId) ?? null) : null,
      consultations,
      lastMetAt: consultations[0]?.start ?? now.toISOString(),
      fitRating: consultations.find((c) => c.fitRating !== null)?.fitRating ?? null,
      engagement: engagement ? { id: engagement.id, status: engagement.status } : null,
    };
  });
}
