/** Flags on the wire (GET /engagements/{id}/signals, PATCH /signals/{id}). */
import { z } from 'zod';
import { signalKinds, signalSeverities, signalStatuses } from './signals/types';

const isoWithOffset = z.iso.datetime({ offset: true });

export const signalView = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  kind: z.enum(signalKinds),
  severity: z.enum(signalSeverities),
  status: z.enum(signalStatuses),
  sessionId: z.uuid().nullable(),
  /** The rule that fired, the numbers it compared, and the quoted sentence for comment flags. */
  evidence: z.record(z.string(), z.unknown()),
  /** The evidence in words, in the reader's language. */
  title: z.string(),
  reason: z.string(),
  resolution: z.string().nullable(),
  raisedAt: isoWithOffset,
  updatedAt: isoWithOffset,
  acknowledgedAt: isoWithOffset.nullable(),
  resolvedAt: isoWithOffset.nullable(),
});
export type SignalView = z.infer<typeof signalView>;

export const updateSignalRequest = z
  .object({ status: z.enum(['acknowledged', 'resolved']) })
  .strict();
export type UpdateSignalRequest = z.infer<typeof updateSignalRequest>;
