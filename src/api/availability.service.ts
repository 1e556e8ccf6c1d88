/**
 * Availability (Therapist journey 1) and bookable slots (Client journey 2). A therapist publishes
 * weekly rules, one-off blocks and exceptions; the slots are computed from them in the core
 * (src/core/slots.ts), minus booked consultations and scheduled sessions, on every read: there is
 * nothing to keep in step when a rule or a booking changes.
 */
import {
  slotHorizonDays,
  type AvailabilityRequest,
  type AvailabilityView,
  type SlotsQuery,
  type SlotsView,
} from '../core/directory';
import { mayUseFeature } from '../core/access';
import { AppError } from '../core/errors';
import {
  canonicalTimeZone,
  consultationSlots,
  formatInstant,
  minuteOfDay,
  nextSlot,
  slotMs,
  timeOfDay,
  type Interval,
  type Schedule,
  type WeeklyRule,
} from '../core/slots';
import { appendAudit } from '../storage/audit.repo';
import { listBusy } from '../storage/consultations.repo';
import {
  deleteAvailability,
  findListedProfile,
  findProfile,
  insertAvailability,
  listAvailability,
  type AvailabilityRow,
} from '../storage/directory.repo';
import type { Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';

const dayMs = 86_400_000;
export const horizonMs = slotHorizonDays * dayMs;
const defaultWindowDays = 14;

export function requireTherapist(actor: Actor): void {
  if (!mayUseFeature(actor, 'practice.manage')) throw new AppError('forbidden');
}

/** The clinic whose directory a visitor sees: their own, or this installation's. */
export function clinicOf(deps: AppDeps, actor: Actor | null): string {
  return actor?.clinicId ?? deps.defaultClinicId;
}

const instant = (value: Date | string | null) => (value === null ? 0 : new Date(value).getTime());

/**
 * The consultation schedules of these therapists over [from, to). `ignoreBookings` leaves booked
 * consultations out of the busy time (to tell "not offered" from "taken" when booking).
 */
export async function loadSchedules(
  db: Executor,
  therapistIds: readonly string[],
  from: number,
  to: number,
  options: { ignoreBookings?: boolean } = {},
): Promise<Map<string, Schedule>> {
  const rows = await listAvailability(db, therapistIds, new Date(from));
  const busy = await listBusy(db, therapistIds, new Date(from), new Date(to), options);
  type Lists = {
    weekly: WeeklyRule[];
    once: Interval[];
    unavailable: Interval[];
    busy: Interval[];
  };
  const schedules = new Map<string, Lists>(
    therapistIds.map((id) => [id, { weekly: [], once: [], unavailable: [], busy: [] }]),
  );
  for (const row of rows) {
    const schedule = schedules.get(row.therapist_id);
    if (!schedule || row.kind === 'session') continue;
    if (row.weekday !== null)
      schedule.weekly.push({
        weekday: row.weekday,
        startMinute: row.start_minute ?? 0,
        endMinute: row.end_minute ?? 0,
        timeZone: row.time_zone ?? 'UTC',
      });
    else
      (row.kind === 'unavailable' ? schedule.unavailable : schedule.once).push({
        start: instant(row.starts_at),
        end: instant(row.ends_at),
      });
  }
  for (const b of busy)
    schedules
      .get(b.therapist_id)
      ?.busy.push({ start: b.starts_at.getTime(), end: b.ends_at.getTime() });
  return schedules;
}

/** The first free consultation of each therapist within the slot horizon (epoch ms), or null. */
export async function nextConsultations(
  db: Executor,
  therapistIds: readonly string[],
  now: number,
): Promise<Map<string, number | null>> {
  const schedules = await loadSchedules(db, therapistIds, now, now + horizonMs);
  return new Map(
    therapistIds.map((id) => {
      const schedule = schedules.get(id);
      return [id, schedule ? nextSlot(schedule, { from: now, to: now + horizonMs, now }) : null];
    }),
  );
}

/** Is this start one of the therapist's free slots (bookings aside)? */
export async function isOffered(db: Executor, therapistId: string, start: number, now: number) {
  if (start % slotMs !== 0 || start < now) return false;
  const window = { from: start, to: start + slotMs, now };
  const schedule = (
    await loadSchedules(db, [therapistId], start, start + slotMs, { ignoreBookings: true })
  ).get(therapistId);
  return schedule !== undefined && consultationSlots(schedule, window)[0] === start;
}

export async function listSlots(
  deps: AppDeps,
  actor: Actor | null,
  therapistId: string,
  query: SlotsQuery,
): Promise<SlotsView> {
  const now = deps.clock().getTime();
  const from = query.from === undefined ? now : Date.parse(query.from);
  const to = query.to === undefined ? from + defaultWindowDays * dayMs : Date.parse(query.to);
  if (to <= from)
    throw new AppError('validation_failed', { params: { detail: 'to', field: 'to' } });
  if (to - from > horizonMs)
    throw new AppError('slot_window_too_long', { params: { days: slotHorizonDays } });
  const profile = await findListedProfile(deps.db, clinicOf(deps, actor), therapistId);
  if (!profile) throw new AppError('not_found');
  const schedule = (await loadSchedules(deps.db, [therapistId], from, to)).get(therapistId);
  const timeZone = query.tz === undefined ? 'UTC' : (canonicalTimeZone(query.tz) ?? 'UTC');
  const slots = schedule ? consultationSlots(schedule, { from, to, now }) : [];
  return {
    items: slots.map((start) => ({
      start: formatInstant(start, timeZone),
      end: formatInstant(start + slotMs, timeZone),
    })),
    nextCursor: null,
    timeZone,
  };
}

/* ---------- The therapist's own availability ---------- */

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

export function toAvailabilityView(row: AvailabilityRow): AvailabilityView {
  return {
    id: row.id,
    kind: row.kind,
    start: iso(row.starts_at),
    end: iso(row.ends_at),
    weekday: row.weekday,
    startTime: row.start_minute === null ? null : timeOfDay(row.start_minute),
    endTime: row.end_minute === null ? null : timeOfDay(row.end_minute),
    timeZone: row.time_zone,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function addAvailability(
  deps: AppDeps,
  actor: Actor,
  input: AvailabilityRequest,
): Promise<AvailabilityView> {
  requireTherapist(actor);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const base = {
      id: deps.newId(),
      clinic_id: actor.clinicId,
      therapist_id: actor.userId,
      created_at: now,
    };
    let row: AvailabilityRow;
    if ('weekday' in input) {
      const zone = input.timeZone ?? (await findProfile(trx, actor.userId))?.time_zone ?? 'UTC';
      row = await insertAvailability(trx, {
        ...base,
        kind: input.kind,
        weekday: input.weekday,
        start_minute: minuteOfDay(input.startTime),
        end_minute: minuteOfDay(input.endTime),
        time_zone: canonicalTimeZone(zone) ?? 'UTC',
        starts_at: null,
        ends_at: null,
      });
    } else {
      // A block wholly in the past offers nothing; one already under way keeps its future part.
      if (Date.parse(input.end) <= now.getTime()) throw new AppError('availability_in_past');
      row = await insertAvailability(trx, {
        ...base,
        kind: input.kind,
        starts_at: new Date(input.start),
        ends_at: new Date(input.end),
        weekday: null,
        start_minute: null,
        end_minute: null,
        time_zone: null,
      });
    }
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'availability.create',
        resourceType: 'availability',
        resourceId: row.id,
        subjectId: null,
      }),
    ]);
    return toAvailabilityView(row);
  });
}

export async function listMyAvailability(deps: AppDeps, actor: Actor): Promise<AvailabilityView[]> {
  requireTherapist(actor);
  const rows = await listAvailability(deps.db, [actor.userId], deps.clock());
  return rows.map(toAvailabilityView);
}

export async function removeAvailability(deps: AppDeps, actor: Actor, id: string): Promise<void> {
  requireTherapist(actor);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await deleteAvailability(trx, actor.userId, id))) throw new AppError('not_found');
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'availability.delete',
        resourceType: 'availability',
        resourceId: id,
        subjectId: null,
      }),
    ]);
  });
}
