/**
 * Check-ins: validated whole before anything is written, scored in the core, the comment sealed
 * and screened on this server, stored once per Idempotency-Key, and the engagement marked for its
 * signals to be recomputed just after the commit (signal-queue.service.ts). Risk language in a
 * comment returns the clinic's crisis resources with the 201, so every client of the API can
 * show them at once. Submissions through a link are in checkin-links.service.ts.
 */
import { createHash } from 'node:crypto';
import {
  commentMaxLength,
  type CheckinRequest,
  type CheckinResult,
  type CheckinView,
} from '../core/checkins';
import { crisisResource, defaultCrisisResources, type CrisisResource } from '../core/crisis';
import { AppError, type ErrorCode } from '../core/errors';
import { builtinInstruments, findInstrument, type Instrument } from '../core/instruments';
import { scoreSubmission, type AnswerProblem } from '../core/scoring';
import { screenComment } from '../core/screening';
import { appendAudit, type AuditEntry } from '../storage/audit.repo';
import {
  findCheckinByIdempotencyKey,
  findCheckinForSession,
  insertCheckins,
  listCheckins,
  type CheckinRow,
  type NewCheckinRow,
} from '../storage/checkins.repo';
import { clinicCheckinChoice } from '../storage/clinic-settings.repo';
import { findClinic } from '../storage/clinics.repo';
import { findSession, type SessionRow } from '../storage/engagements.repo';
import { markSignalsStale } from '../storage/signal-queue.repo';
import type { Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';
import { requireEngagement, type AttendanceHook } from './engagements.service';
import { clinicInstruments, readImportedInstruments } from './instruments-import.service';
import { readStoredSettings } from '../core/clinic-settings';
import { recomputeSignals } from './signals.service';

/** Which check-ins each side gives after a session. */
export const checkinsFor = {
  client: ['alliance', 'wellbeing'],
  therapist: ['therapist-alliance'],
} as const;
export const checkinLinkDays = 7;

/** Which check-ins each side gives in this clinic (its settings; `checkinsFor` by default). */
export async function checkinsForClinic(
  db: Executor,
  clinicId: string,
): Promise<{ client: string[]; therapist: string[] }> {
  return clinicCheckinChoice(db, clinicId);
}

export type Party = 'client' | 'therapist';

export function requestHash(input: CheckinRequest): string {
  const answers = Object.keys(input.answers)
    .sort()
    .map((key) => [key, input.answers[key]]);
  return createHash('sha256')
    .update(JSON.stringify([input.instrument, answers, input.comment ?? null]))
    .digest('hex');
}

function problemError(problems: AnswerProblem[], instrument: string): AppError {
  const first = problems[0];
  const codes: Record<AnswerProblem['code'], ErrorCode> = {
    unknown_instrument: 'unknown_instrument',
    not_an_object: 'answers_not_an_object',
    missing: 'answer_missing',
    not_a_number: 'answer_not_a_number',
    out_of_range: 'answer_out_of_range',
    off_step: 'answer_off_step',
    unknown_item: 'unknown_item',
  };
  return new AppError(first ? codes[first.code] : 'validation_failed', {
    params: {
      item: first?.itemId ?? '',
      min: first?.min ?? 0,
      max: first?.max ?? 10,
      step: first?.step ?? 0.1,
      instrument,
      detail: 'answers',
    },
  });
}

export function toCheckinView(deps: Pick<AppDeps, 'sealer'>, row: CheckinRow): CheckinView {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    sessionId: row.session_id,
    instrument: row.instrument_id,
    respondent: row.respondent_role,
    answers: row.answers,
    scores: row.scores,
    comment: row.comment_ciphertext
      ? deps.sealer.open(row.comment_ciphertext, `checkins.comment:${row.id}`)
      : null,
    submittedAt: new Date(row.submitted_at).toISOString(),
  };
}

export async function crisisResourcesFor(
  db: Executor,
  clinicId: string,
): Promise<CrisisResource[]> {
  const clinic = await findClinic(db, clinicId);
  const configured = (clinic?.settings as { crisisResources?: unknown } | undefined)
    ?.crisisResources;
  const parsed = crisisResource.array().min(1).safeParse(configured);
  return parsed.success ? parsed.data : [...defaultCrisisResources];
}

export function hasRisk(row: CheckinRow): boolean {
  return row.screening_labels.includes('risk');
}

/** The session must have happened (attended, or its time has passed and it was not cancelled). */
function sessionReady(session: Pick<SessionRow, 'status' | 'scheduled_at'>, now: Date): boolean {
  if (session.status === 'attended') return true;
  return (
    session.status === 'scheduled' && new Date(session.scheduled_at).getTime() <= now.getTime()
  );
}

export interface Respondent {
  userId: string;
  party: Party;
  actor: Actor;
}

/** The built-ins and the clinic's imported questionnaires, and which of them the clinic asks. */
export interface ClinicCheckins {
  instruments: Instrument[];
  used: { client: string[]; therapist: string[] };
}

/** The last few clinics' check-ins by their stored text: reading settings validates them whole. */
const readCheckins = new Map<string, ClinicCheckins>();

/** The same from a clinic's stored settings and imported questionnaires, read with other rows. */
export function clinicCheckinsFrom(
  settings: unknown,
  questionnaires: readonly unknown[],
): ClinicCheckins {
  const key = JSON.stringify([settings, questionnaires]);
  const known = readCheckins.get(key);
  if (known) return known;
  const read: ClinicCheckins = {
    instruments: [...builtinInstruments, ...readImportedInstruments(questionnaires)],
    used: readStoredSettings(settings).checkins,
  };
  if (readCheckins.size >= 64) readCheckins.clear();
  readCheckins.set(key, read);
  return read;
}

export async function clinicCheckins(trx: Executor, clinicId: string): Promise<ClinicCheckins> {
  const [instruments, used] = await Promise.all([
    clinicInstruments(trx, clinicId),
    checkinsForClinic(trx, clinicId),
  ]);
  return { instruments, used };
}

/** A validated check-in row, ready to insert, and its audit event. */
export interface PreparedCheckin {
  row: NewCheckinRow & CheckinRow;
  audit: AuditEntry;
}

/**
 * Validate, score, screen and seal one check-in without touching the database: the caller has
 * read whether the session already has this check-in (`exists`), inserts the row and appends the
 * audit event (so that a page, or a batch of pages, writes its events to the chain at once).
 */
export function prepareCheckin(
  deps: Pick<AppDeps, 'newId' | 'sealer'>,
  who: Respondent,
  engagement: { id: string; clinic_id: string; client_id: string },
  session: Pick<SessionRow, 'id' | 'status' | 'scheduled_at'>,
  input: CheckinRequest,
  idempotencyKey: string,
  now: Date,
  { instruments, used }: ClinicCheckins,
  exists: (instrumentId: string) => boolean,
): PreparedCheckin {
  const instrument = findInstrument(input.instrument, instruments);
  if (!instrument)
    throw new AppError('unknown_instrument', { params: { instrument: input.instrument } });
  if (instrument.respondent !== who.party || !used[who.party].includes(instrument.id))
    throw new AppError('instrument_not_allowed');
  const comment = input.comment?.trim() ? input.comment.trim() : null;
  if (comment !== null && [...comment].length > commentMaxLength)
    throw new AppError('comment_too_long', { params: { max: commentMaxLength } });
  const scored = scoreSubmission(instrument.id, input.answers, instruments);
  if (!scored.ok) throw problemError(scored.problems, instrument.id);
  if (!sessionReady(session, now)) throw new AppError('session_not_ready');
  if (exists(instrument.id)) throw new AppError('checkin_exists');

  const id = deps.newId();
  // Screening runs here, on the server, never through a third-party service.
  const screening = comment !== null && who.party === 'client' ? screenComment(comment) : null;
  return {
    row: {
      id,
      clinic_id: engagement.clinic_id,
      engagement_id: engagement.id,
      session_id: session.id,
      instrument_id: instrument.id,
      respondent_role: who.party,
      respondent_id: who.userId,
      answers: scored.answers,
      scores: scored.scores,
      comment_ciphertext:
        comment === null ? null : deps.sealer.seal(comment, `checkins.comment:${id}`),
      screening_labels: [...new Set(screening?.findings.map((finding) => finding.label) ?? [])],
      screening_ciphertext:
        screening && screening.findings.length > 0
          ? deps.sealer.seal(JSON.stringify(screening), `checkins.screening:${id}`)
          : null,
      idempotency_key: idempotencyKey,
      request_hash: requestHash(input),
      submitted_at: now,
    },
    audit: auditBy(who.actor, now, {
      action: 'checkin.create',
      resourceType: 'checkin',
      resourceId: id,
      subjectId: engagement.client_id,
    }),
  };
}

export function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } }).code ??
    (error as { cause?: { code?: unknown } }).cause?.code;
  return code === '23505';
}

export function requireKey(key: string | undefined): string {
  const trimmed = key?.trim();
  if (!trimmed || trimmed.length > 200) throw new AppError('idempotency_key_required');
  return trimmed;
}

async function replay(
  deps: AppDeps,
  respondentId: string,
  key: string,
  input: CheckinRequest,
): Promise<CheckinRow | undefined> {
  const existing = await findCheckinByIdempotencyKey(deps.db, respondentId, key);
  if (existing && existing.request_hash !== requestHash(input))
    throw new AppError('idempotency_key_reused');
  return existing;
}

export async function submitCheckin(
  deps: AppDeps,
  actor: Actor,
  sessionId: string,
  input: CheckinRequest,
  idempotencyKeyHeader: string | undefined,
): Promise<CheckinResult> {
  const key = requireKey(idempotencyKeyHeader);
  const result = async (row: CheckinRow): Promise<CheckinResult> => ({
    ...toCheckinView(deps, row),
    ...(hasRisk(row) ? { crisisResources: await crisisResourcesFor(deps.db, row.clinic_id) } : {}),
  });
  const earlier = await replay(deps, actor.userId, key, input);
  if (earlier) return result(earlier);
  const now = deps.clock();
  try {
    const row = await deps.db.transaction().execute(async (trx) => {
      const session = await findSession(trx, sessionId);
      if (!session) throw new AppError('not_found');
      const engagement = await requireEngagement(
        deps,
        trx,
        actor,
        session.engagement_id,
        'checkin.submit',
      );
      const party: Party = engagement.client_id === actor.userId ? 'client' : 'therapist';
      const context = await clinicCheckins(trx, engagement.clinic_id);
      const existing = await findCheckinForSession(trx, session.id, input.instrument, party);
      const stored = prepareCheckin(
        deps,
        { userId: actor.userId, party, actor },
        engagement,
        session,
        input,
        key,
        now,
        context,
        () => existing !== undefined,
      );
      await insertCheckins(trx, [stored.row]);
      await appendAudit(trx, [stored.audit]);
      // The flags follow after the commit (signal-queue.service.ts); reads catch up meanwhile.
      await markSignalsStale(
        trx,
        [{ engagementId: engagement.id, clinicId: engagement.clinic_id }],
        now,
      );
      return stored.row;
    });
    deps.signals?.nudge();
    return await result(row);
  } catch (error) {
    // Two identical requests raced: the unique key kept one; answer with it.
    if (isUniqueViolation(error)) {
      const winner = await replay(deps, actor.userId, key, input);
      if (winner) return result(winner);
      throw new AppError('checkin_exists');
    }
    throw error;
  }
}

export async function listEngagementCheckins(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<CheckinView[]> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const engagement = await requireEngagement(deps, trx, actor, engagementId, 'checkin.read');
    const isClient = engagement.client_id === actor.userId;
    // A client sees their own check-ins; the therapist's own view of the relationship is theirs.
    const rows = await listCheckins(trx, engagementId, isClient ? 'client' : undefined);
    if (!isClient) {
      await appendAudit(trx, [
        auditBy(actor, now, {
          action: 'checkin.list',
          resourceType: 'engagement',
          resourceId: engagementId,
          subjectId: engagement.client_id,
        }),
      ]);
    }
    return rows.map((row) => toCheckinView(deps, row));
  });
}

/** Attendance changes what the signals see (cancellations, no-shows, missed check-ins). */
export const signalsOnAttendance: AttendanceHook = async (trx, { engagement, now, deps }) => {
  await recomputeSignals(deps, trx, { id: engagement.id, clinicId: engagement.clinic_id }, now);
};
