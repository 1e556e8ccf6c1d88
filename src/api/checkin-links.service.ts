/**
 * Check-in links: the page a client opens from the e-mail after a session, and its submission.
 * Submissions go through a group commit (group-commit.ts): the pages that arrive while one
 * transaction is under way are stored together in the next, with one read of their links, one
 * insert, one append to the audit chain and one mark for the signals, each page still answered
 * on its own (a bad page never fails the others). Alone, a page goes at once.
 */
import { randomBytes } from 'node:crypto';
import { mayOnEngagement } from '../core/access';
import type {
  CheckinFormView,
  CheckinRequest,
  LinkCheckinRequest,
  LinkCheckinResult,
} from '../core/checkins';
import { AppError } from '../core/errors';
import { negotiateLocale, translate, type Locale } from '../core/i18n';
import { findInstrument, localizeInstrument } from '../core/instruments';
import { appendAudit, inlineAudit, type AuditEntry } from '../storage/audit.repo';
import {
  findCheckinLink,
  earlierCheckinRows,
  findClientCheckinsFor,
  insertCheckinLink,
  listSessionCheckinInstruments,
  lockCheckinLinks,
  storeCheckinPages,
  type CheckinRow,
  type OpenedLinkRow,
} from '../storage/checkins.repo';
import type { Database } from '../storage/db';
import {
  findEngagement,
  findSession,
  listSessions,
  type EngagementListRow,
  type SessionRow,
} from '../storage/engagements.repo';
import { findUserById, type Executor } from '../storage/users.repo';
import { hashToken } from './auth.service';
import {
  checkinLinkDays,
  checkinsForClinic,
  clinicCheckinsFrom,
  crisisResourcesFor,
  hasRisk,
  isUniqueViolation,
  prepareCheckin,
  requestHash,
  requireKey,
  toCheckinView,
  type ClinicCheckins,
  type PreparedCheckin,
} from './checkins.service';
import type { Actor, AppDeps } from './context';
import { engagementFacts, type AttendanceHook } from './engagements.service';
import { createGroupCommit, type GroupCommit, type Outcome } from './group-commit';
import { clinicInstruments } from './instruments-import.service';

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

/** One page submitted through a link: what the group commit stores. */
interface LinkPage {
  tokenHash: string;
  checkins: readonly CheckinRequest[];
  /** The Idempotency-Key header, checked; each check-in's key is `${key}:${instrument}`. */
  key: string;
}

/** Pages per transaction: enough to share the commit, few enough to answer quickly. */
const maxPagesPerBatch = 32;

function linkActor(link: OpenedLinkRow): Actor {
  return {
    userId: link.client_id,
    clinicId: link.client_clinic_id,
    role: 'client',
    sessionId: 'checkin-link',
    csrfToken: '',
    locale: null,
  };
}

/** The checks openLink makes, on a row read for a batch. */
function linkProblem(link: OpenedLinkRow | undefined, now: Date): AppError | null {
  if (!link) return new AppError('not_found');
  if (new Date(link.expires_at).getTime() <= now.getTime())
    return new AppError('checkin_link_expired');
  if (link.client_status !== 'active') return new AppError('not_found');
  const facts = engagementFacts({
    clinic_id: link.clinic_id,
    client_id: link.engagement_client_id,
    therapist_id: link.therapist_id,
    status: link.engagement_status,
    ended_at: link.ended_at,
  });
  if (!mayOnEngagement(linkActor(link), 'checkin.submit', facts, now))
    return new AppError('not_found');
  return null;
}

/**
 * Store a batch of pages in one transaction: one read of their links (locked) with the check-ins
 * they may repeat or collide with, one statement that writes the check-ins, links and marks, then
 * their audit events (appendAudit, the chain head last). Each page gets its own outcome: its
 * stored rows (or those a replay finds), or the error that page alone deserves.
 */
async function storeLinkPages(
  deps: AppDeps,
  trx: Executor,
  pages: readonly LinkPage[],
  now: Date,
): Promise<Outcome<CheckinRow[]>[]> {
  const keyFor = (page: LinkPage, instrument: string) => `${page.key}:${instrument}`;
  const keys = pages.flatMap((page) => page.checkins.map((c) => keyFor(page, c.instrument)));
  const links = await lockCheckinLinks(
    trx,
    pages.map((page) => page.tokenHash),
    keys,
  );
  const linkOf = new Map(links.map((link) => [link.token_hash, link]));
  // The check-ins came in the same read, as of its start. A link already used may have been
  // used by a transaction that committed while this one waited for its lock, after that start:
  // then read them again, now, so that a double tap through two servers is still a replay.
  const earlier = links.some((link) => link.used_at !== null)
    ? await findClientCheckinsFor(
        trx,
        links.map((link) => link.session_id),
        links.map((link) => link.client_id),
        keys,
      )
    : earlierCheckinRows(links);
  const contexts = new Map<string, ClinicCheckins>();
  const contextOf = (link: OpenedLinkRow): ClinicCheckins => {
    let context = contexts.get(link.clinic_id);
    if (!context) {
      context = clinicCheckinsFrom(link.clinic_settings, link.clinic_questionnaires);
      contexts.set(link.clinic_id, context);
    }
    return context;
  };

  // What this batch has stored so far, so that two pages of one batch see each other as the
  // database would show them to two transactions one after the other.
  const rows: CheckinRow[] = [...earlier];
  const usedLinks = new Set<string>();
  const prepared: PreparedCheckin[] = [];
  const outcomes = pages.map((page): Outcome<CheckinRow[]> => {
    try {
      const link = linkOf.get(page.tokenHash);
      const problem = linkProblem(link, now);
      if (problem || !link) throw problem ?? new AppError('not_found');
      const replayed = page.checkins.map((checkin) => {
        const row = rows.find(
          (r) =>
            r.respondent_id === link.client_id &&
            r.idempotency_key === keyFor(page, checkin.instrument),
        );
        if (row && row.request_hash !== requestHash(checkin))
          throw new AppError('idempotency_key_reused');
        return row;
      });
      if (replayed.every((row) => row !== undefined)) return { ok: true, value: replayed };
      if (link.used_at !== null || usedLinks.has(link.link_id))
        throw new AppError('checkin_link_used');
      const actor = linkActor(link);
      const engagement = {
        id: link.engagement_id,
        clinic_id: link.clinic_id,
        client_id: link.engagement_client_id,
      };
      const session = {
        id: link.session_id,
        status: link.session_status,
        scheduled_at: link.scheduled_at,
      };
      const context = contextOf(link);
      const stored = page.checkins.map((checkin) =>
        prepareCheckin(
          deps,
          { userId: link.client_id, party: 'client', actor },
          engagement,
          session,
          checkin,
          keyFor(page, checkin.instrument),
          now,
          context,
          (instrumentId) =>
            rows.some(
              (r) =>
                r.session_id === link.session_id &&
                r.instrument_id === instrumentId &&
                r.respondent_role === 'client',
            ),
        ),
      );
      usedLinks.add(link.link_id);
      for (const p of stored) {
        rows.push(p.row);
        prepared.push(p);
      }
      return { ok: true, value: stored.map((p) => p.row) };
    } catch (error) {
      return { ok: false, error };
    }
  });

  if (prepared.length === 0) return outcomes;
  // The audit events go in the same statement when this server knows the chain's head (it
  // wrote the last event), one round trip fewer per batch; else, or when another server wrote
  // since, in a statement of their own. Either way the head is taken last and stays locked until
  // the commit, so the fewer statements after it, the sooner other writers of the clinic go on.
  const entries = prepared.map((p): AuditEntry => p.audit);
  const stored = await storeCheckinPages(trx, {
    checkins: prepared.map((p) => p.row),
    linkIds: [...usedLinks.keys()],
    now,
    audit: inlineAudit(entries),
  });
  if (stored.used !== usedLinks.size)
    throw new Error('A locked check-in link changed under its lock.');
  if (!stored.audited) await appendAudit(trx, entries);
  return outcomes;
}

/** One group commit per database (per app server). */
const committers = new WeakMap<Database, GroupCommit<LinkPage, CheckinRow[]>>();

function linkCommitter(deps: AppDeps): GroupCommit<LinkPage, CheckinRow[]> {
  const existing = committers.get(deps.db);
  if (existing) return existing;
  const run = async (pages: readonly LinkPage[]): Promise<Outcome<CheckinRow[]>[]> => {
    const store = (list: readonly LinkPage[]) =>
      deps.db.transaction().execute((trx) => storeLinkPages(deps, trx, list, deps.clock()));
    let outcomes: Outcome<CheckinRow[]>[];
    try {
      outcomes = await store(pages);
    } catch (error) {
      if (pages.length === 1 && !isUniqueViolation(error)) return [{ ok: false, error }];
      // One page made the whole transaction fail (a race with another server on the same
      // session, say): store each page on its own, so the others are not held back by it. A
      // page that lost a race is answered by a second attempt, which finds the winner.
      outcomes = [];
      for (const page of pages) {
        try {
          outcomes.push(...(await store([page])));
        } catch (single) {
          if (!isUniqueViolation(single)) outcomes.push({ ok: false, error: single });
          else
            outcomes.push(
              ...(await store([page]).catch((again: unknown) => [
                { ok: false as const, error: again },
              ])),
            );
        }
      }
    }
    if (outcomes.some((o) => o.ok)) deps.signals?.nudge();
    return outcomes;
  };
  const committer = createGroupCommit(run, { maxBatch: maxPagesPerBatch });
  committers.set(deps.db, committer);
  return committer;
}

export async function submitLinkCheckins(
  deps: AppDeps,
  token: string,
  input: LinkCheckinRequest,
  idempotencyKeyHeader: string | undefined,
): Promise<LinkCheckinResult> {
  const key = requireKey(idempotencyKeyHeader);
  const instruments = input.checkins.map((checkin) => checkin.instrument);
  if (new Set(instruments).size !== instruments.length) throw new AppError('checkin_exists');
  const rows = await linkCommitter(deps).submit({
    tokenHash: hashToken(token),
    checkins: input.checkins,
    key,
  });
  const risk = rows.some((row) => hasRisk(row));
  return {
    checkins: rows.map((row) => toCheckinView(deps, row)),
    ...(risk && rows[0]
      ? { crisisResources: await crisisResourcesFor(deps.db, rows[0].clinic_id) }
      : {}),
  };
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
