/**
 * Engagements (a client–therapist relationship) and their sessions: statuses, who may move
 * them where, and the request and response schemas of their routes.
 */
import { z } from 'zod';

export const engagementStatuses = ['consulting', 'active', 'ended'] as const;
export type EngagementStatus = (typeof engagementStatuses)[number];

/** Why an engagement ended; feeds clinic figures (dropout, switching). */
export const endReasons = [
  'goals_met',
  'client_choice',
  'not_a_fit',
  'switched_therapist',
  'practical',
  'therapist_unavailable',
  'referred_elsewhere',
  'other',
] as const;
export type EndReason = (typeof endReasons)[number];

export const sessionStatuses = [
  'scheduled',
  'attended',
  'cancelled',
  'late_cancelled',
  'no_show',
] as const;
export type SessionStatus = (typeof sessionStatuses)[number];
export const attendanceStatuses = ['attended', 'cancelled', 'late_cancelled', 'no_show'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export type Party = 'client' | 'therapist';

/**
 * May this party move an engagement from one status to another?
 * A request to start is accepted by the other party; either may end it; an ended engagement
 * stays ended (a new one is started instead, so history keeps its shape).
 */
export function engagementTransitionAllowed(
  from: EngagementStatus,
  to: EngagementStatus,
  by: Party,
  initiatedBy: Party,
): boolean {
  if (from === 'ended') return false;
  if (to === 'ended') return true;
  if (from === 'consulting' && to === 'active') return by !== initiatedBy;
  return false;
}

/**
 * May this party record this attendance? The therapist records everything; a client may only
 * cancel (on time or late) a session that has not happened yet.
 */
export function attendanceChangeAllowed(
  current: SessionStatus,
  next: AttendanceStatus,
  by: Party,
): boolean {
  if (by === 'therapist') return true;
  return current === 'scheduled' && (next === 'cancelled' || next === 'late_cancelled');
}

const isoWithOffset = z.iso.datetime({ offset: true });

export const createEngagementRequest = z.union([
  z.object({ therapistId: z.uuid() }).strict(),
  z.object({ clientEmail: z.string().trim().max(254).pipe(z.email()) }).strict(),
]);
export type CreateEngagementRequest = z.infer<typeof createEngagementRequest>;

export const updateEngagementRequest = z
  .object({
    status: z.enum(['active', 'ended']),
    endReason: z.enum(endReasons).optional(),
  })
  .strict()
  .refine((value) => value.status !== 'ended' || value.endReason !== undefined, {
    message: 'endReason is required when ending',
    path: ['endReason'],
  });
export type UpdateEngagementRequest = z.infer<typeof updateEngagementRequest>;

export const personRef = z.object({ id: z.uuid(), displayName: z.string() });

export const engagementView = z.object({
  id: z.uuid(),
  status: z.enum(engagementStatuses),
  initiatedBy: z.enum(['client', 'therapist']),
  endReason: z.enum(endReasons).nullable(),
  client: personRef,
  therapist: personRef,
  createdAt: isoWithOffset,
  startedAt: isoWithOffset.nullable(),
  endedAt: isoWithOffset.nullable(),
  sessionsAttended: z.number().int(),
  nextSessionAt: isoWithOffset.nullable(),
});
export type EngagementView = z.infer<typeof engagementView>;

export const scheduleSessionRequest = z
  .object({
    scheduledAt: isoWithOffset,
    durationMinutes: z.number().int().min(10).max(240).optional(),
  })
  .strict();
export type ScheduleSessionRequest = z.infer<typeof scheduleSessionRequest>;

export const updateSessionRequest = z
  .object({
    status: z.enum(attendanceStatuses),
    cancelledBy: z.enum(['client', 'therapist']).optional(),
  })
  .strict();
export type UpdateSessionRequest = z.infer<typeof updateSessionRequest>;

export const sessionView = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  /** 1-based position among the engagement's sessions, in time order. */
  number: z.number().int(),
  scheduledAt: isoWithOffset,
  durationMinutes: z.number().int(),
  status: z.enum(sessionStatuses),
  cancelledBy: z.enum(['client', 'therapist']).nullable(),
});
export type SessionView = z.infer<typeof sessionView>;
