/**
 * Check-ins: validated whole before anything is written, scored in the core, the comment sealed
 * and screened on this server, stored once per Idempotency-Key, and the engagement's signals
 * recomputed in the same transaction. Risk language in a comment returns the clinic's crisis
 * resources with the 201, so every client of the API can show them at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mayOnEngagement } from '../core/access';
import {
  commentMaxLength,
  type CheckinFormView,
  type CheckinRequest,
  type CheckinResult,
  type CheckinView,
  type LinkCheckinRequest,
  type LinkCheckinResult,
} from '../core/checkins';
import { crisisResource, defaultCrisisResources, type CrisisResource } from '../core/crisis';
import { AppError, type ErrorCode } from '../core/errors';
import { negotiateLocale, translate, type Locale } from '../core/i18n';
import { findInstrument, localizeInstrument, type Instrument } from '../core/instruments';
import { scoreSubmission, type AnswerProblem } from '../core/scoring';
import { screenComment } from '../core/screening';
import { appendAudit, type AuditEntry } from '../storage/audit.repo';
import {
  findCheckinByIdempotencyKey,
  findCheckinForSession,
  findCheckinsByIdempotencyKeys,
  findCheckinLink,
  insertCheckin,
  insertCheckinLink,
  listCheckins,
  listSessionCheckinInstruments,
  useCheckinLink,
  type CheckinRow,
} from '../storage/checkins.repo';
import { clinicCheckinChoice } from '../storage/clinic-settings.repo';
import { findClinic } from '../storage/clinics.repo';
import {
  findEngagement,
  findSession,
  listSessions,
  type EngagementListRow,
  type SessionRow,
} from '../storage/engagements.repo';
import { findUserById, type Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';
import { engagementFacts, requireEngagement, type AttendanceHook } from './engagements.service';
import { hashToken } from './auth.service';
import { clinicInstruments } from './instruments-import.service';
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

type Party = 'client' | 'therapist';

function requestHash(input: CheckinRequest): string {
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

function hasRisk(row: CheckinRow): boolean {
  return row.screening_labels.includes('risk');
}

/** The session must have happened (attended, or its time has passed and it was not cancelled). */
function sessionReady(session: SessionRow, now: Date): boolean {
  if (session.status === 'attended') return true;
  return (
    session.status === 'scheduled' && new Date(session.scheduled_at).getTime() <= now.getTime()
  );
}

interface Respondent {
  userId: string;
  party: Party;
  actor: Actor;
}

/** The built-ins and the clinic's imported questionnaires, and which of them the clinic asks. */
interface ClinicCheckins {
  instruments: Instrument[];
  used: { client: string[]; therapist: string[] };
}

async function clinicCheckins(trx: Executor, clinicId: string): Promise<ClinicCheckins> {
  const [instruments, used] = await Promise.all([
    clinicInstruments(trx, clinicId),
    checkinsForClinic(trx, clinicId),
  ]);
  return { instruments, used };
}

/**
 * Validate and store one check-in inside the caller's transaction (no idempotency here). The
 * caller appends the returned audit event, so that a page of several check-ins writes its events
 * to the chain at once.
 */
async function storeCheckin(
  deps: AppDeps,
  trx: Executor,
  who: Respondent,
  engagement: EngagementListRow,
  session: SessionRow,
  input: CheckinRequest,
  idempotencyKey: string,
  now: Date,
  { instruments, used }: ClinicCheckins,
): Promise<{ row: CheckinRow; audit: AuditEntry }> {
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
  if (await findCheckinForSession(trx, session.id, instrument.id, who.party))
    throw new AppError('checkin_exists');

  const id = deps.newId();
  // Screening runs here, on the server, never through a third-party service.
  const screening = comment !== null && who.party === 'client' ? screenComment(comment) : null;
  const row = {
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
  };
  await insertCheckin(trx, row);
  return {
    row: { ...row, answers: row.answers, scores: row.scores },
    audit: auditBy(who.actor, now, {
      action: 'checkin.create',
      resourceType: 'checkin',
      resourceId: id,
      subjectId: engagement.client_id,
    }),
  };
}

function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } }).code ??
    (error as { cause?: { code?: unknown } }).cause?.code;
  return code === '23505';
}

function requireKey(key: string | undefined): string {
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
      const stored = await storeCheckin(
        deps,
        trx,
        { userId: actor.userId, party, actor },
        engagement,
        session,
        input,
        key,
        now,
        await clinicCheckins(trx, engagement.clinic_id),
      );
      await appendAudit(trx, [stored.audit]);
      await recomputeSignals(deps, trx, { id: engagement.id, clinicId: engagement.clinic_id }, now);
      return stored.row;
    });
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

/* ---------- Check-in links ---------- */

async function sessionNumber(db: Executor, session: SessionRow): Promise<number> {
  const all = await listSessions(db, session.engagement_id);
  const attendedBefore = all.filter(
    (s) =>
      s.status === 'attended' &&
      new Date(s.scheduled_at).getTime() <= new Date(session.scheduled_at).getTime(),
  );
  return Math.max(1, attendedBefore.length + (session.status === 'attended' ? 0 : 1));
}

interface OpenLink {
  link: {
    id: string;
    client_id: string;
    session_id: string;
    expires_at: Date;
    used_at: Date | null;
  };
  session: SessionRow;
  engagement: EngagementListRow;
  actor: Actor;
}

async function openLink(
  deps: AppDeps,
  db: Executor,
  token: string,
  options: { allowUsed: boolean },
): Promise<OpenLink> {
  const link = await findCheckinLink(db, hashToken(token));
  if (!link) throw new AppError('not_found');
  const now = deps.clock();
  if (link.used_at !== null && !options.allowUsed) throw new AppError('checkin_link_used');
  if (new Date(link.expires_at).getTime() <= now.getTime())
    throw new AppError('checkin_link_expired');
  const session = await findSession(db, link.session_id);
  const engagement = session ? await findEngagement(db, session.engagement_id, now) : undefined;
  const client = await findUserById(db, link.client_id);
  if (!session || !engagement || !client || client.status !== 'active')
    throw new AppError('not_found');
  const actor: Actor = {
    userId: client.id,
    clinicId: client.clinic_id,
    role: 'client',
    sessionId: 'checkin-link',
    csrfToken: '',
    locale: null,
  };
  if (!mayOnEngagement(actor, 'checkin.submit', engagementFacts(engagement), now))
    throw new AppError('not_found');
  return { link: { ...link, expires_at: new Date(link.expires_at) }, session, engagement, actor };
}

export async function getCheckinForm(
  deps: AppDeps,
  token: string,
  locale: Locale,
): Promise<CheckinFormView> {
  const { link, session, engagement } = await openLink(deps, deps.db, token, { allowUsed: false });
  const completed = await listSessionCheckinInstruments(deps.db, session.id, 'client');
  const available = await clinicInstruments(deps.db, engagement.clinic_id);
  return {
    sessionId: session.id,
    sessionNumber: await sessionNumber(deps.db, session),
    scheduledAt: new Date(session.scheduled_at).toISOString(),
    therapistName: engagement.therapist_name,
    clientName: engagement.client_name,
    instruments: (await checkinsForClinic(deps.db, engagement.clinic_id)).client
      .map((id) => findInstrument(id, available))
      .filter((instrument) => instrument !== undefined)
      .map((instrument) => localizeInstrument(instrument, locale)),
    completed,
    expiresAt: link.expires_at.toISOString(),
  };
}

export async function submitLinkCheckins(
  deps: AppDeps,
  token: string,
  input: LinkCheckinRequest,
  idempotencyKeyHeader: string | undefined,
): Promise<LinkCheckinResult> {
  const key = requireKey(idempotencyKeyHeader);
  const keyFor = (instrument: string) => `${key}:${instrument}`;
  const instruments = input.checkins.map((checkin) => checkin.instrument);
  if (new Set(instruments).size !== instruments.length) throw new AppError('checkin_exists');
  const respond = async (rows: CheckinRow[]): Promise<LinkCheckinResult> => {
    const risk = rows.some((row) => hasRisk(row));
    return {
      checkins: rows.map((row) => toCheckinView(deps, row)),
      ...(risk && rows[0]
        ? { crisisResources: await crisisResourcesFor(deps.db, rows[0].clinic_id) }
        : {}),
    };
  };
  const now = deps.clock();
  // One transaction opens the link once, answers a replay (double tap, retry after a lost
  // answer) with what the first request stored, or stores the page.
  const attempt = () =>
    deps.db.transaction().execute(async (trx) => {
      const { link, session, engagement, actor } = await openLink(deps, trx, token, {
        allowUsed: true,
      });
      const earlier = await findCheckinsByIdempotencyKeys(
        trx,
        actor.userId,
        input.checkins.map((checkin) => keyFor(checkin.instrument)),
      );
      const replayed = input.checkins.map((checkin) => {
        const row = earlier.find((e) => e.idempotency_key === keyFor(checkin.instrument));
        if (row && row.request_hash !== requestHash(checkin))
          throw new AppError('idempotency_key_reused');
        return row;
      });
      if (replayed.every((row) => row !== undefined)) return replayed;
      if (link.used_at !== null) throw new AppError('checkin_link_used');
      const context = await clinicCheckins(trx, engagement.clinic_id);
      const stored: CheckinRow[] = [];
      const audits: AuditEntry[] = [];
      for (const checkin of input.checkins) {
        const { row, audit } = await storeCheckin(
          deps,
          trx,
          { userId: actor.userId, party: 'client', actor },
          engagement,
          session,
          checkin,
          keyFor(checkin.instrument),
          now,
          context,
        );
        stored.push(row);
        audits.push(audit);
      }
      await appendAudit(trx, audits);
      if (!(await useCheckinLink(trx, link.id, now))) throw new AppError('checkin_link_used');
      await recomputeSignals(deps, trx, { id: engagement.id, clinicId: engagement.clinic_id }, now);
      return stored;
    });
  try {
    return await respond(await attempt());
  } catch (error) {
    // Two identical requests raced on PostgreSQL: the unique keys kept one; the second attempt
    // finds it and answers with it (or says clearly why not).
    if (isUniqueViolation(error)) return respond(await attempt());
    throw error;
  }
}

/** When a session is marked attended: a single-use check-in link for the client, by e-mail. */
export const checkinLinkOnAttendance: AttendanceHook = async (
  trx,
  { session, engagement, now, deps, afterCommit },
) => {
  if (session.status !== 'attended') return;
  const done = await listSessionCheckinInstruments(trx, session.id, 'client');
  const used = await checkinsForClinic(trx, engagement.clinic_id);
  if (used.client.every((id) => done.includes(id))) return;
  const client = await findUserById(trx, engagement.client_id);
  if (!client || client.status !== 'active') return;
  const token = randomBytes(32).toString('base64url');
  await insertCheckinLink(trx, {
    id: deps.newId(),
    clinic_id: engagement.clinic_id,
    session_id: session.id,
    client_id: client.id,
    token_hash: hashToken(token),
    created_at: now,
    expires_at: new Date(now.getTime() + checkinLinkDays * 86_400_000),
  });
  const locale = negotiateLocale(client.locale, undefined);
  const params = {
    client: client.display_name,
    therapist: engagement.therapist_name,
    link: `${deps.publicUrl}/checkin/${token}`,
    days: checkinLinkDays,
  };
  const mailId = await deps.mailer.queue(trx, {
    clinicId: engagement.clinic_id,
    recipientId: client.id,
    clientId: client.id,
    to: client.email,
    subject: translate(locale, 'mail.checkin.subject', params),
    body: translate(locale, 'mail.checkin.body', params),
    kind: 'checkin_link',
    now,
  });
  // With the job queue the e-mail is sent by a job committed with this transaction (retried if
  // SMTP fails, done once across servers); without it, right after the commit.
  if (deps.jobs) await deps.jobs.sendMail(trx, mailId);
  else afterCommit(() => deps.mailer.deliver([mailId]));
};

/** Attendance changes what the signals see (cancellations, no-shows, missed check-ins). */
export const signalsOnAttendance: AttendanceHook = async (trx, { engagement, now, deps }) => {
  await recomputeSignals(deps, trx, { id: engagement.id, clinicId: engagement.clinic_id }, now);
};
