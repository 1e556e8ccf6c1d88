/** The administrators' audit log search: query and response schemas (shared with the web app). */
import { z } from 'zod';

export const auditSearchQuery = z
  .object({
    /** Who did it (a person's id). */
    actor: z.uuid().optional(),
    /** Whose data it was (a person's id): matches events about them alone or among others. */
    subject: z.uuid().optional(),
    /** An action ("checkin.read"), or a family of them ("checkin" matches "checkin.*"). */
    action: z
      .string()
      .trim()
      .max(60)
      .regex(/^[a-z][a-z_]*(\.[a-z_]+)*$/)
      .optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().min(1).max(100).optional(),
  })
  .strict();
export type AuditSearchQuery = z.infer<typeof auditSearchQuery>;
export type AuditSearchInput = z.input<typeof auditSearchQuery>;

const person = z.object({ id: z.uuid(), displayName: z.string().nullable() });

export const auditEventView = z.object({
  seq: z.number().int(),
  occurredAt: z.iso.datetime({ offset: true }),
  actor: person.extend({ role: z.string().nullable() }).nullable(),
  /** "system" for Rapport's own work (start-up, lockouts), null when nobody was signed in. */
  actorRole: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  subject: person.nullable(),
  /** How many people an event about several at once concerned (a caseload read). */
  subjectCount: z.number().int().min(0),
  reason: z.string().nullable(),
  outcome: z.enum(['success', 'denied', 'failure']),
});
export type AuditEventView = z.infer<typeof auditEventView>;

export const auditSearchView = z.object({
  items: z.array(auditEventView),
  nextCursor: z.string().nullable(),
});
export type AuditSearchView = z.infer<typeof auditSearchView>;
