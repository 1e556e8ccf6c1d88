/**
 * What each background job does, as plain functions of the dependencies and a clock, so tests run
 * them directly. Each is idempotent: a reminder is claimed by inserting its row before it is
 * written, a delivered e-mail is not sent again, recomputation and clean-up give the same result
 * when run twice. That, with pg-boss handing a job to one worker at a time, is why a job is not
 * done twice even with several app servers or after a restart.
 */
import { randomBytes } from 'node:crypto';
import { readStoredSettings } from '../../core/clinic-settings';
import { formatWhen } from '../../core/consultations';
import { negotiateLocale, translate } from '../../core/i18n';
import { fitTrajectoryModel } from '../../core/signals';
import { canonicalTimeZone } from '../../core/slots';
import { appendAudit } from '../../storage/audit.repo';
import { insertCheckinLink } from '../../storage/checkins.repo';
import { findConsultation } from '../../storage/consultations.repo';
import { findEngagement, findSession } from '../../storage/engagements.repo';
import {
  claimDueCheckinLinks,
  claimDueConsultations,
  deleteExpired,
  endedEngagementSeries,
  listClinicSettings,
  markLinkReminded,
  saveTrajectoryModel,
  type RetentionCounts,
} from '../../storage/jobs.repo';
import { findOutboxMessages } from '../../storage/outbox.repo';
import { findUserById } from '../../storage/users.repo';
import { hashToken } from '../auth.service';
import { checkinsFor } from '../checkins.service';
import type { AppDeps } from '../context';
import { drainBatchSize, recomputeStale } from '../signal-queue.service';
import { clinicSignalSettings } from '../signals.service';
import { jobNames } from './names';

/** Default delay before reminding a client of an unanswered check-in. */
export const defaultCheckinReminderHours = 48;
/** Consultation reminders go out this long before the consultation. */
export const consultationReminderHours = 24;
/** Used check-in links, old sign-in attempts and delivered e-mail are kept this long. */
export const retentionDays = 30;
const batch = 200;

/**
 * The clinic's check-in reminder delay, in hours: what the administrator set on the settings
 * page (`settings.reminders.checkinReminderHours`, 1 to 144), read by the one function that
 * reads the settings document (core/clinic-settings.ts); 48 when unset or not valid.
 */
export function checkinReminderDelayHours(settings: unknown): number {
  return readStoredSettings(settings).reminders.checkinReminderHours;
}

/**
 * Deliver one queued e-mail. Throws when SMTP is configured and delivery failed, so that pg-boss
 * retries later; without SMTP the message stays in the outbox for the administrator.
 */
export async function deliverMail(
  deps: Pick<AppDeps, 'db' | 'mailer'>,
  mailId: string,
  options: { smtp: boolean },
): Promise<'sent' | 'already_sent' | 'outbox_only' | 'gone'> {
  const [before] = await findOutboxMessages(deps.db, [mailId]);
  if (!before) return 'gone';
  if (before.sent_at !== null) return 'already_sent';
  if (!options.smtp) return 'outbox_only';
  await deps.mailer.deliver([mailId]);
  const [after] = await findOutboxMessages(deps.db, [mailId]);
  if (after && after.sent_at === null) throw new Error('delivery failed; will retry');
  return 'sent';
}

/** Remind clients once of a check-in left unanswered past the clinic's delay, with a fresh link. */
export async function sendCheckinReminders(deps: AppDeps): Promise<number> {
  const now = deps.clock();
  let sent = 0;
  for (const clinic of await listClinicSettings(deps.db)) {
    const hours = checkinReminderDelayHours(clinic.settings);
    const ids = await deps.db.transaction().execute(async (trx) => {
      const links = await claimDueCheckinLinks(trx, clinic.id, {
        sentBefore: new Date(now.getTime() - hours * 3_600_000),
        now,
        checkins: checkinsFor.client,
        limit: batch,
      });
      const mailIds: string[] = [];
      for (const link of links) {
        const client = await findUserById(trx, link.client_id);
        const session = await findSession(trx, link.session_id);
        const engagement = session
          ? await findEngagement(trx, session.engagement_id, now)
          : undefined;
        if (!client || client.status !== 'active' || !engagement || engagement.status === 'ended')
          continue;
        // The first link's token is stored only as a hash, so the reminder carries a new one
        // that expires with the first.
        const token = randomBytes(32).toString('base64url');
        const linkId = deps.newId();
        await insertCheckinLink(trx, {
          id: linkId,
          clinic_id: link.clinic_id,
          session_id: link.session_id,
          client_id: client.id,
          token_hash: hashToken(token),
          created_at: now,
          expires_at: link.expires_at,
        });
        await markLinkReminded(trx, { id: linkId, clinicId: link.clinic_id, now });
        const locale = negotiateLocale(client.locale, undefined);
        const params = {
          client: client.display_name,
          therapist: engagement.therapist_name,
          link: `${deps.publicUrl}/checkin/${token}`,
        };
        const mailId = await deps.mailer.queue(trx, {
          clinicId: link.clinic_id,
          recipientId: client.id,
          clientId: client.id,
          to: client.email,
          subject: translate(locale, 'mail.checkinReminder.subject', params),
          body: translate(locale, 'mail.checkinReminder.body', params),
          kind: 'checkin_reminder',
          now,
        });
        await deps.jobs?.sendMail(trx, mailId);
        mailIds.push(mailId);
      }
      return mailIds;
    });
    sent += ids.length;
    if (!deps.jobs) await deps.mailer.deliver(ids);
  }
  return sent;
}

/** Remind the client of a free consultation about a day before it. */
export async function sendConsultationReminders(deps: AppDeps): Promise<number> {
  const now = deps.clock();
  const ids = await deps.db.transaction().execute(async (trx) => {
    const claimed = await claimDueConsultations(trx, {
      now,
      startsBefore: new Date(now.getTime() + consultationReminderHours * 3_600_000),
      limit: batch,
    });
    const mailIds: string[] = [];
    for (const id of claimed) {
      const row = await findConsultation(trx, id);
      const client = row ? await findUserById(trx, row.client_id) : undefined;
      if (!row || !client || client.status !== 'active') continue;
      const locale = negotiateLocale(client.locale, undefined);
      const zone = canonicalTimeZone(row.client_time_zone ?? client.time_zone ?? 'UTC') ?? 'UTC';
      const params = {
        recipient: client.display_name,
        name: row.therapist_name,
        when: formatWhen(new Date(row.starts_at).getTime(), locale, zone),
        link: `${deps.publicUrl}/consultations`,
      };
      const mailId = await deps.mailer.queue(trx, {
        clinicId: row.clinic_id,
        recipientId: client.id,
        clientId: client.id,
        to: client.email,
        subject: translate(locale, 'mail.consultationReminder.subject', params),
        body: translate(locale, 'mail.consultationReminder.body', params),
        kind: 'consultation_reminder',
        now,
      });
      await deps.jobs?.sendMail(trx, mailId);
      mailIds.push(mailId);
    }
    return mailIds;
  });
  if (!deps.jobs) await deps.mailer.deliver(ids);
  return ids.length;
}

/**
 * Learn each clinic's expected well-being trajectory from its own ended engagements (used once
 * there are enough; until then the default curve). Reading every client's scores is audited as
 * one system event per clinic, naming no one.
 */
export async function recomputeTrajectories(
  deps: AppDeps,
): Promise<{ clinicId: string; engagements: number; learned: boolean }[]> {
  const now = deps.clock();
  const results: { clinicId: string; engagements: number; learned: boolean }[] = [];
  for (const clinic of await listClinicSettings(deps.db)) {
    await deps.db.transaction().execute(async (trx) => {
      const settings = await clinicSignalSettings(trx, clinic.id);
      const { instrumentId, scaleId, minModelEngagements } = settings.notOnTrack;
      const series = await endedEngagementSeries(trx, clinic.id, instrumentId, scaleId);
      const model = fitTrajectoryModel(series, minModelEngagements);
      await saveTrajectoryModel(trx, clinic.id, model);
      await appendAudit(trx, [
        {
          clinicId: clinic.id,
          actorId: null,
          actorRole: 'system',
          action: 'trajectory.recompute',
          resourceType: 'clinic',
          resourceId: clinic.id,
          subjectId: null,
          reason: jobNames.trajectories,
          occurredAt: now,
        },
      ]);
      results.push({ clinicId: clinic.id, engagements: series.length, learned: model !== null });
    });
  }
  return results;
}

/** Delete expired sessions, old sign-in attempts, spent check-in links and delivered e-mail. */
export async function cleanUpRetention(deps: AppDeps): Promise<RetentionCounts> {
  const now = deps.clock();
  return deps.db
    .transaction()
    .execute((trx) =>
      deleteExpired(trx, { now, before: new Date(now.getTime() - retentionDays * 86_400_000) }),
    );
}

/**
 * Recompute the signals a server marked but did not get to (it stopped between storing a
 * check-in and recomputing), `batchSize` engagements per transaction (`drainBatchSizes` for the
 * server's database). Engagements another server is recomputing are left to it.
 */
export async function sweepSignalQueue(
  deps: Pick<AppDeps, 'db' | 'sealer' | 'newId' | 'clock'>,
  batchSize: number = drainBatchSize,
): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await recomputeStale(deps, { limit: batchSize }, { wait: false });
    if (done === 0) return total;
    total += done;
  }
}
