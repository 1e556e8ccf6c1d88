/**
 * The client's own therapy (DESIGN.md, Client 5 and 7): the check-ins they still owe, with a
 * fresh link to the check-in page, and ending an engagement through the guided flow — the
 * ending message to the therapist (sealed in the outbox) and the end with its reason in one
 * transaction, so nothing is half-done if any step fails.
 */
import { randomBytes } from 'node:crypto';
import { mayOnEngagement, mayUseFeature } from '../core/access';
import type {
  CheckinLinkView,
  EndEngagementRequest,
  EndEngagementResult,
  PendingCheckinList,
} from '../core/concerns';
import { engagementTransitionAllowed } from '../core/engagements';
import { AppError } from '../core/errors';
import { negotiateLocale, translate } from '../core/i18n';
import { appendAudit } from '../storage/audit.repo';
import { insertCheckinLink, listSessionCheckinInstruments } from '../storage/checkins.repo';
import {
  findEngagement,
  insertEngagementEvent,
  setEngagementStatus,
} from '../storage/engagements.repo';
import { listOpenCheckinLinks, type OpenCheckinLinkRow } from '../storage/mytherapy.repo';
import { findUserById, type Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import { hashToken } from './auth.service';
import { checkinsFor } from './checkins.service';
import type { Actor, AppDeps } from './context';
import { engagementFacts, requireEngagement, toEngagementView } from './engagements.service';

const iso = (value: Date | string) => new Date(value).toISOString();

/** Links still open whose session still lacks one of the client's check-ins, one per session. */
async function owed(
  db: Executor,
  actor: Actor,
  now: Date,
  sessionId?: string,
): Promise<OpenCheckinLinkRow[]> {
  const links = await listOpenCheckinLinks(db, actor.userId, now, sessionId);
  const bySession = new Map<string, OpenCheckinLinkRow>();
  for (const link of links)
    if (!bySession.has(link.session_id)) bySession.set(link.session_id, link);
  const result: OpenCheckinLinkRow[] = [];
  for (const link of bySession.values()) {
    const engagement = await findEngagement(db, link.engagement_id, now);
    if (!engagement || !mayOnEngagement(actor, 'checkin.submit', engagementFacts(engagement), now))
      continue;
    const done = await listSessionCheckinInstruments(db, link.session_id, 'client');
    if (checkinsFor.client.every((id) => done.includes(id))) continue;
    result.push(link);
  }
  return result;
}

export async function listPendingCheckins(
  deps: AppDeps,
  actor: Actor,
): Promise<PendingCheckinList> {
  if (!mayUseFeature(actor, 'checkin.owed')) throw new AppError('forbidden');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const links = await owed(trx, actor, now);
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'checkin.pending.list',
        resourceType: 'checkin_link',
        resourceId: null,
        subjectId: actor.userId,
      }),
    ]);
    return {
      items: links.map((link) => ({
        sessionId: link.session_id,
        engagementId: link.engagement_id,
        therapist: { id: link.therapist_id, displayName: link.therapist_name },
        scheduledAt: iso(link.scheduled_at),
        expiresAt: iso(link.expires_at),
      })),
      nextCursor: null,
    };
  });
}

/**
 * A fresh single-use link for a check-in the client still owes (only the hash is stored, as for
 * the e-mailed one). It expires when the e-mailed link does: asking again never extends it.
 */
export async function createCheckinLinkForMe(
  deps: AppDeps,
  actor: Actor,
  sessionId: string,
): Promise<CheckinLinkView> {
  if (!mayUseFeature(actor, 'checkin.owed')) throw new AppError('not_found');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const [link] = await owed(trx, actor, now, sessionId);
    if (!link) throw new AppError('not_found');
    const token = randomBytes(32).toString('base64url');
    const id = deps.newId();
    const engagement = await findEngagement(trx, link.engagement_id, now);
    if (!engagement) throw new AppError('not_found');
    await insertCheckinLink(trx, {
      id,
      clinic_id: engagement.clinic_id,
      session_id: sessionId,
      client_id: actor.userId,
      token_hash: hashToken(token),
      created_at: now,
      expires_at: new Date(link.expires_at),
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'checkin_link.create',
        resourceType: 'session',
        resourceId: sessionId,
        subjectId: actor.userId,
      }),
    ]);
    return { path: `/checkin/${token}`, expiresAt: iso(link.expires_at) };
  });
}

export async function endEngagementAsClient(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  input: EndEngagementRequest,
): Promise<EndEngagementResult> {
  const now = deps.clock();
  const mail: string[] = [];
  const result = await deps.db.transaction().execute(async (trx) => {
    const row = await requireEngagement(
      deps,
      trx,
      actor,
      engagementId,
      'engagement.update',
      'transition_not_allowed',
    );
    // This flow is the client's; the therapist ends an engagement with PATCH /engagements/{id}.
    if (row.client_id !== actor.userId) throw new AppError('forbidden');
    if (!engagementTransitionAllowed(row.status, 'ended', 'client', row.initiated_by))
      throw new AppError('transition_not_allowed');
    await setEngagementStatus(trx, engagementId, {
      status: 'ended',
      endReason: input.endReason,
      now,
    });
    await insertEngagementEvent(trx, {
      clinicId: row.clinic_id,
      engagementId,
      status: 'ended',
      reason: input.endReason,
      actorId: actor.userId,
      now,
    });
    const audit = [
      auditBy(actor, now, {
        action: 'engagement.end',
        resourceType: 'engagement',
        resourceId: engagementId,
        subjectId: row.client_id,
        reason: input.endReason,
      }),
    ];
    if (input.message !== undefined) {
      const therapist = await findUserById(trx, row.therapist_id);
      if (therapist && therapist.status === 'active') {
        const locale = negotiateLocale(therapist.locale, undefined);
        const params = { client: row.client_name, message: input.message };
        // The subject is stored in the clear, so it names nobody; the body is sealed.
        mail.push(
          await deps.mailer.queue(trx, {
            clinicId: row.clinic_id,
            recipientId: therapist.id,
            clientId: row.client_id,
            to: therapist.email,
            subject: translate(locale, 'mail.ending.subject', params),
            body: translate(locale, 'mail.ending.body', params),
            kind: 'ending_message',
            now,
          }),
        );
        audit.push(
          auditBy(actor, now, {
            action: 'engagement.ending_message',
            resourceType: 'engagement',
            resourceId: engagementId,
            subjectId: row.client_id,
          }),
        );
      }
    }
    await appendAudit(trx, audit);
    const updated = await findEngagement(trx, engagementId, now);
    if (!updated) throw new AppError('internal_error');
    return { engagement: toEngagementView(updated), messageSent: mail.length > 0 };
  });
  await deps.mailer.deliver(mail);
  return result;
}
