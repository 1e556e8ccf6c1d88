/** Small helpers to write audit events from services (the chain itself is in storage). */
import type { AuditEntry } from '../storage/audit.repo';
import type { Actor } from './context';

export function auditBy(
  actor: Actor,
  now: Date,
  event: {
    action: string;
    resourceType: string;
    resourceId: string | null;
    subjectId: string | null;
    subjectIds?: readonly string[] | null;
    reason?: string | null;
  },
): AuditEntry {
  return {
    clinicId: actor.clinicId,
    actorId: actor.userId,
    actorRole: actor.role,
    occurredAt: now,
    ...event,
  };
}
