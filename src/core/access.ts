/**
 * The access policy, in one place: what an actor may do with an engagement and everything that
 * hangs from it (sessions, check-ins, goals, signals), given their relationship to it.
 * Least privilege by relationship (DESIGN.md, Privacy and security model):
 * - the client reads and writes their own records;
 * - the therapist reads clients with an active or recent engagement and works on active ones;
 * - a clinic administrator sees engagements and attendance of their clinic (audited) but not
 *   what the client wrote, which needs supervision consent (a later capability);
 * - nobody else learns that the engagement exists (the API answers 404, not 403).
 */
import type { Role } from './accounts';
import type { EngagementStatus } from './engagements';

export interface ActorRef {
  userId: string;
  clinicId: string;
  role: Role;
}

export interface EngagementFacts {
  clinicId: string;
  clientId: string;
  therapistId: string;
  status: EngagementStatus;
  endedAt: Date | null;
}

export type Relationship = 'client' | 'therapist' | 'former_therapist' | 'clinic_admin' | 'none';

/** How long after an engagement ends its therapist may still read it (to close the work). */
export const recentEngagementDays = 180;

export function relationshipTo(
  actor: ActorRef,
  engagement: EngagementFacts,
  now: Date,
): Relationship {
  if (actor.clinicId !== engagement.clinicId) return 'none';
  if (actor.userId === engagement.clientId) return 'client';
  if (actor.userId === engagement.therapistId) {
    if (engagement.status !== 'ended') return 'therapist';
    const ended = engagement.endedAt?.getTime() ?? 0;
    return now.getTime() - ended <= recentEngagementDays * 86_400_000 ? 'former_therapist' : 'none';
  }
  if (actor.role === 'admin') return 'clinic_admin';
  return 'none';
}

export const engagementActions = [
  'engagement.read',
  'engagement.update',
  'session.schedule',
  'session.attendance',
  'checkin.read',
  'checkin.submit',
  'signal.read',
  'signal.update',
  'goal.read',
  'goal.write',
  'reflection.read',
  'reflection.write',
] as const;
export type EngagementAction = (typeof engagementActions)[number];

const allowed: Record<Relationship, readonly EngagementAction[]> = {
  client: [
    'engagement.read',
    'engagement.update',
    'session.attendance',
    'checkin.read',
    'checkin.submit',
    'goal.read',
    'goal.write',
  ],
  therapist: [
    'engagement.read',
    'engagement.update',
    'session.schedule',
    'session.attendance',
    'checkin.read',
    'checkin.submit',
    'signal.read',
    'signal.update',
    'goal.read',
    'goal.write',
    'reflection.read',
    'reflection.write',
  ],
  // A therapist who worked with the client recently may still read, to close the work.
  former_therapist: [
    'engagement.read',
    'checkin.read',
    'signal.read',
    'goal.read',
    'reflection.read',
  ],
  // Administrators see that a relationship exists and its attendance; not what was said in it.
  clinic_admin: ['engagement.read'],
  none: [],
};

export function mayOnEngagement(
  actor: ActorRef,
  action: EngagementAction,
  engagement: EngagementFacts,
  now: Date,
): boolean {
  return allowed[relationshipTo(actor, engagement, now)].includes(action);
}
