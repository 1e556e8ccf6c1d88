/**
 * The therapist's workspace on the wire: the caseload, a flag with its repair work, goals with
 * both sides' ratings, and the therapist's private reflections.
 */
import { z } from 'zod';
import { engagementStatuses } from './engagements';
import { signalKinds, signalSeverities } from './signals/types';
import { signalView } from './signal-view';

const isoWithOffset = z.iso.datetime({ offset: true });

export const trend = z.enum(['up', 'down', 'flat']).nullable();

export const latestScore = z
  .object({
    score: z.number(),
    /** Compared with the check-in before: up, down or flat (within half a point on 0–10). */
    trend,
    at: isoWithOffset,
  })
  .nullable();

export const caseloadFlag = z.object({
  id: z.uuid(),
  kind: z.enum(signalKinds),
  severity: z.enum(signalSeverities),
  title: z.string(),
  reason: z.string(),
  raisedAt: isoWithOffset,
});

export const attentionLevels = ['urgent', 'warning', 'quiet', 'none'] as const;

export const caseloadItem = z.object({
  engagementId: z.uuid(),
  client: z.object({ id: z.uuid(), displayName: z.string() }),
  status: z.enum(engagementStatuses),
  /** urgent flag > open warnings > not seen for a while (quiet) > nothing to do. */
  attention: z.enum(attentionLevels),
  latestAlliance: latestScore,
  latestWellbeing: latestScore,
  openFlags: z.array(caseloadFlag),
  sessionsAttended: z.number().int(),
  lastSessionAt: isoWithOffset.nullable(),
  nextSessionAt: isoWithOffset.nullable(),
});
export type CaseloadItem = z.infer<typeof caseloadItem>;

export const caseloadView = z.object({
  items: z.array(caseloadItem),
  nextCursor: z.string().nullable(),
});
export type CaseloadView = z.infer<typeof caseloadView>;

/** Days without an attended session after which an active client counts as "not seen for a while". */
export const quietAfterDays = 21;

export const repairNoteRequest = z.object({ note: z.string().trim().min(1).max(4000) }).strict();
export type RepairNoteRequest = z.infer<typeof repairNoteRequest>;

export const repairNoteView = z.object({
  id: z.uuid(),
  signalId: z.uuid(),
  note: z.string(),
  authorName: z.string(),
  createdAt: isoWithOffset,
});
export type RepairNoteView = z.infer<typeof repairNoteView>;

export const repairPromptView = z.object({
  title: z.string(),
  openHeading: z.string(),
  open: z.array(z.string()),
  avoidHeading: z.string(),
  avoid: z.string(),
  urgent: z.boolean(),
  followClinicProtocol: z.boolean(),
});

/**
 * Did the alliance recover after the repair conversation? The client's alliance before the
 * flag (mean of earlier check-ins), at the flagged session, and the mean of up to two check-ins
 * after the first repair note.
 */
export const recoveryView = z.object({
  baseline: z.number().nullable(),
  atFlag: z.number().nullable(),
  afterRepair: z.number().nullable(),
  recovered: z.boolean().nullable(),
});

export const signalDetailView = signalView.extend({
  prompt: repairPromptView,
  repairs: z.array(repairNoteView),
  recovery: recoveryView,
});
export type SignalDetailView = z.infer<typeof signalDetailView>;

export const goalStatuses = ['active', 'achieved', 'dropped'] as const;

export const goalRatingView = z.object({
  id: z.uuid(),
  raterRole: z.enum(['client', 'therapist']),
  progress: z.number(),
  agreement: z.number().nullable(),
  sessionId: z.uuid().nullable(),
  ratedAt: isoWithOffset,
});

export const goalView = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  title: z.string(),
  status: z.enum(goalStatuses),
  createdAt: isoWithOffset,
  ratings: z.array(goalRatingView),
});
export type GoalView = z.infer<typeof goalView>;

export const createGoalRequest = z.object({ title: z.string().trim().min(1).max(200) }).strict();
export const updateGoalRequest = z.object({ status: z.enum(goalStatuses) }).strict();

const tenthStep = z
  .number()
  .min(0)
  .max(10)
  .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-6, 'steps of 0.1');

export const goalRatingRequest = z
  .object({
    /** How far along the goal is, 0–10. */
    progress: tenthStep,
    /** How much the rater agrees this is the right goal to work on, 0–10. */
    agreement: tenthStep.optional(),
    sessionId: z.uuid().optional(),
  })
  .strict();
export type GoalRatingRequest = z.infer<typeof goalRatingRequest>;

export const reflectionView = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  text: z.string(),
  createdAt: isoWithOffset,
});
export type ReflectionView = z.infer<typeof reflectionView>;

export const createReflectionRequest = z
  .object({ text: z.string().trim().min(1).max(8000) })
  .strict();
