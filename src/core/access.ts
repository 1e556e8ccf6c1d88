/**
 * The access policy, in one place: what an actor may do with an engagement and everything that
 * hangs from it (sessions, check-ins, goals, signals), given their relationship to it.
 * Least privilege by relationship (DESIGN.md, Privacy and security model):
 * - the client reads and writes their own records;
 * - the therapist reads clients with an active or recent engagement and works on active ones;
 * - a clinic administrator sees engagements and attendance of their clinic (audited) but not
 *   what the client wrote;
 * - a supervisor (a therapist the clinic designates to supervise the client's therapist) reads,
 *   never writes, and only where the clinic's policy and the client's consent both allow it —
 *   and never the therapist's private reflections;
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
  /** Given only where a supervisor reads (src/api/supervision.service.ts); absent elsewhere. */
  supervision?: SupervisionFacts;
}

export interface SupervisionFacts {
  /** Who currently supervises the engagement's therapist. */
  supervisorIds: readonly string[];
  /** The clinic's policy lets supervisors read client records (with consent). */
  policyAllows: boolean;
  /** The client has consented for this engagement, and not withdrawn it. */
  clientConsents: boolean;
}

export type Relationship =
  'client' | 'therapist' | 'former_therapist' | 'supervisor' | 'clinic_admin' | 'none';

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
  const supervision = engagement.supervision;
  if (
    actor.role === 'therapist' &&
    supervision?.policyAllows === true &&
    supervision.clientConsents &&
    supervision.supervisorIds.includes(actor.userId)
  )
    return 'supervisor';
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
  'supervision.consent',
  'concern.raise',
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
    'supervision.consent',
    // Only the client raises a concern about their own therapy.
    'concern.raise',
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
  // Supervisors read what the client and therapist recorded; never reflections, never writes.
  supervisor: ['engagement.read', 'checkin.read', 'signal.read', 'goal.read'],
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

/**
 * A therapist's own profile (and its photo) is edited by that therapist alone: not by a client,
 * not by another therapist, not by a clinic administrator.
 */
export function mayEditTherapistProfile(actor: ActorRef, therapistId: string): boolean {
  return actor.role === 'therapist' && actor.userId === therapistId;
}

/* ---------- Hand-overs ---------- */

export interface HandoverFacts {
  clinicId: string;
  clientId: string;
  toTherapistId: string;
  expiresAt: Date;
  withdrawnAt: Date | null;
}

export type HandoverAction = 'handover.read' | 'handover.withdraw';

/**
 * The client who gave the consent may always read and withdraw it. The receiving therapist may
 * read it only while the consent stands: withdrawal or expiry cuts access at once. Anyone else
 * does not learn that it exists.
 */
export function mayOnHandover(
  actor: ActorRef,
  action: HandoverAction,
  handover: HandoverFacts,
  now: Date,
): boolean {
  if (actor.clinicId !== handover.clinicId) return false;
  if (actor.userId === handover.clientId) return true;
  if (action !== 'handover.read' || actor.userId !== handover.toTherapistId) return false;
  if (actor.role !== 'therapist') return false;
  return handover.withdrawnAt === null && now.getTime() < handover.expiresAt.getTime();
}

/**
 * Who a client may hand over to: the client of the engagement the history comes from, to an
 * active therapist of the same clinic who is not the one it comes from, and whom the client
 * already works with or met in a consultation (a relationship the client chose).
 */
export function mayStartHandover(
  actor: ActorRef,
  from: EngagementFacts,
  recipient: { id: string; clinicId: string; role: Role; active: boolean; knowsClient: boolean },
  now: Date,
): 'ok' | 'not_found' | 'recipient_not_allowed' {
  if (actor.role !== 'client' || relationshipTo(actor, from, now) !== 'client') return 'not_found';
  if (
    recipient.role !== 'therapist' ||
    !recipient.active ||
    recipient.clinicId !== actor.clinicId ||
    recipient.id === from.therapistId ||
    !recipient.knowsClient
  )
    return 'recipient_not_allowed';
  return 'ok';
}

/**
 * Clinic-level actions: running the clinic is for its administrators; a therapist reads the
 * figures of their own work. Anything in another clinic does not exist for the actor (404).
 */
export const clinicActions = [
  'clinic.manage',
  'clinic.figures.read',
  'therapist.figures.read',
  // Boundary concerns clients reported to the clinic (never private notes).
  'clinic.concerns.read',
] as const;
export type ClinicAction = (typeof clinicActions)[number];

const clinicAllowed: Record<Role, readonly ClinicAction[]> = {
  admin: ['clinic.manage', 'clinic.figures.read', 'therapist.figures.read', 'clinic.concerns.read'],
  therapist: ['therapist.figures.read'],
  client: [],
};

/** `subjectTherapistId`: whose figures are read (a therapist may read only their own). */
export function mayOnClinic(
  actor: ActorRef,
  action: ClinicAction,
  clinicId: string,
  subjectTherapistId?: string,
): boolean {
  if (actor.clinicId !== clinicId) return false;
  if (!clinicAllowed[actor.role].includes(action)) return false;
  if (action === 'therapist.figures.read' && actor.role === 'therapist')
    return subjectTherapistId === actor.userId;
  return true;
}

/**
 * What an actor may do by the kind of account they hold, before any resource is looked at: the
 * parts of Rapport that belong to one side of the relationship. Services ask here instead of
 * comparing roles themselves, so that the whole policy reads in one file.
 */
const roleFeatures = {
  // A client's side: booking and comparing consultations, asking a therapist to work together,
  // concerns, hand-overs they give, check-ins they owe, their own data and its erasure.
  'consultation.book': ['client'],
  'consultation.compare': ['client'],
  'consultation.list': ['client', 'therapist'],
  'engagement.request': ['client'],
  'concern.manage': ['client'],
  'handover.give': ['client'],
  'checkin.owed': ['client'],
  'my-data.read': ['client'],
  // A therapist's or administrator's account carries clients' records: the clinic closes it.
  'account.erase': ['client'],
  // A therapist's side: their caseload, public profile and availability, invitations to clients,
  // hand-overs received, the engagements they supervise.
  'caseload.read': ['therapist'],
  'practice.manage': ['therapist'],
  'engagement.invite': ['therapist'],
  'handover.receive': ['therapist'],
  'supervision.read': ['therapist'],
} as const satisfies Record<string, readonly Role[]>;
export type RoleFeature = keyof typeof roleFeatures;

export function mayUseFeature(actor: ActorRef, feature: RoleFeature): boolean {
  return (roleFeatures[feature] as readonly Role[]).includes(actor.role);
}

/**
 * The clinic's audit log is searched by its administrators, and only within their own clinic
 * (a client sees the accesses to their own data through GET /me/audit instead).
 */
export function mayReadAuditLog(actor: ActorRef, clinicId: string): boolean {
  return actor.role === 'admin' && actor.clinicId === clinicId;
}
