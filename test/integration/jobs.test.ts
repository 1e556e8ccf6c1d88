/**
 * Background jobs on this run's database (PGlite, or PostgreSQL in the integration-pg project):
 * pg-boss installs and works there, e-mail is sent by a job committed with the work that caused
 * it, a job survives a restart and is done once by two workers, and each scheduled job's handler
 * does its work once (driven here by the test clock, not by cron).
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkinReminderDelayHours,
  cleanUpRetention,
  recomputeTrajectories,
  sendCheckinReminders,
  sendConsultationReminders,
} from '../../src/api/jobs/handlers';
import { jobNames } from '../../src/api/jobs/names';
import { startJobs, type JobRunner } from '../../src/api/jobs/queue';
import { openOutboxRow } from '../../src/storage/outbox.repo';
import { createTestApp, type TestApp } from '../helpers/app';
import { activeEngagement, signUp, type Person } from '../helpers/factories';

const received: { to: string[]; data: string }[] = [];
let smtp: SMTPServer;
let t: TestApp;
const runners: JobRunner[] = [];

async function runner(): Promise<JobRunner> {
  const started = await startJobs(t.handle, t.deps, { smtp: true, pollingIntervalSeconds: 0.5 });
  runners.push(started);
  return started;
}

/** Wait for a condition that background work will make true (bounded; never a timing assertion). */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function jobState(mailId: string): Promise<string | undefined> {
  const { rows } = await sql<{ state: string }>`
    select state from pgboss.job where name = ${jobNames.mail} and data ->> 'mailId' = ${mailId}
    union all
    select state from pgboss.archive where name = ${jobNames.mail} and data ->> 'mailId' = ${mailId}`.execute(
    t.handle.db,
  );
  return rows[0]?.state;
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp({
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, RAPPORT_PUBLIC_URL: 'https://rapport.example' },
    // Days pass in these tests; sign-in sessions are made to last.
    overrides: { sessions: { idleMinutes: 525_600, absoluteHours: 8760 } },
  });
});
afterAll(async () => {
  for (const r of runners) await r.stop();
  await t.close();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

async function attendedSession(therapist: Person, engagementId: string): Promise<{ id: string }> {
  const at = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
  const session = (
    await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: at,
    })
  ).json<{ id: string }>();
  const marked = await therapist.request('PATCH', `/api/v1/sessions/${session.id}`, {
    status: 'attended',
  });
  expect(marked.statusCode).toBe(200);
  return session;
}

const sentTo = (email: string) => received.filter((mail) => mail.to.includes(email)).length;

describe('the job queue (pg-boss) on this database', () => {
  it('installs, creates its queues and schedules, and sends the check-in e-mail from a job', async () => {
    const r1 = await runner();
    const queues = (await r1.boss.getQueues()).map((q) => q.name);
    expect(queues).toEqual(expect.arrayContaining(Object.values(jobNames)));
    const schedules = (await r1.boss.getSchedules()).map((s) => s.name);
    expect(schedules).toEqual(
      expect.arrayContaining([
        jobNames.retention,
        jobNames.trajectories,
        jobNames.checkinReminders,
      ]),
    );

    t.deps.jobs = r1;
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    await attendedSession(therapist, engagementId);
    const mail = await t.handle.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('recipient_id', '=', client.id)
      .where('kind', '=', 'checkin_link')
      .executeTakeFirstOrThrow();
    // The job was committed with the attendance, and a worker delivers it.
    expect(await jobState(mail.id)).toBeDefined();
    await eventually(async () => sentTo(client.email) === 1, 'the check-in e-mail');
    await eventually(async () => (await jobState(mail.id)) === 'completed', 'job completed');
    const row = await t.handle.db
      .selectFrom('outbox_messages')
      .select('sent_at')
      .where('id', '=', mail.id)
      .executeTakeFirstOrThrow();
    expect(row.sent_at).not.toBeNull();
    await r1.stop();
    delete t.deps.jobs;
  });

  it('keeps a job across a restart and has it done once by two workers', async () => {
    const stopped = await runner();
    await stopped.stop();
    const person = await signUp(t.app, 'client', 'Restart');
    // Queued while no worker runs (as if every server were down).
    const mailId = await t.handle.db.transaction().execute(async (trx) => {
      const id = await t.deps.mailer.queue(trx, {
        clinicId: t.deps.defaultClinicId,
        recipientId: person.id,
        clientId: null,
        to: person.email,
        subject: 'Hello',
        body: 'A message queued before the restart.',
        kind: 'test',
        now: t.clock.now(),
      });
      await stopped.sendMail(trx, id);
      return id;
    });
    expect(await jobState(mailId)).toBe('created');
    expect(sentTo(person.email)).toBe(0);

    // Two workers come up on the same database.
    await Promise.all([runner(), runner()]);
    await eventually(async () => (await jobState(mailId)) === 'completed', 'job completed');
    expect(sentTo(person.email)).toBe(1);
    for (const r of runners.splice(0)) await r.stop();
  });

  it('does not enqueue anything when the transaction rolls back', async () => {
    const r = await runner();
    const person = await signUp(t.app, 'client', 'Rollback');
    let mailId = '';
    await expect(
      t.handle.db.transaction().execute(async (trx) => {
        mailId = await t.deps.mailer.queue(trx, {
          clinicId: t.deps.defaultClinicId,
          recipientId: person.id,
          clientId: null,
          to: person.email,
          subject: 'Never',
          body: 'Never sent.',
          kind: 'test',
          now: t.clock.now(),
        });
        await r.sendMail(trx, mailId);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await jobState(mailId)).toBeUndefined();
    for (const x of runners.splice(0)) await x.stop();
  });
});

describe('check-in reminders', () => {
  it('reads the clinic’s delay, with 48 hours by default', () => {
    expect(checkinReminderDelayHours({})).toBe(48);
    // The key the settings page writes (reminders.checkinReminderHours), nothing else.
    expect(checkinReminderDelayHours({ reminders: { checkinReminderHours: 24 } })).toBe(24);
    expect(checkinReminderDelayHours({ reminders: { checkinReminderHours: 0 } })).toBe(48);
    expect(checkinReminderDelayHours({ reminders: { checkinReminderHours: 'soon' } })).toBe(48);
    expect(checkinReminderDelayHours({ reminders: { checkinAfterHours: 24 } })).toBe(48);
  });

  it('reminds once after the delay, with a fresh link, and never for a completed check-in', async () => {
    const waiting = await activeEngagement(t.app);
    const done = await activeEngagement(t.app);
    await attendedSession(waiting.therapist, waiting.engagementId);
    const doneSession = await attendedSession(done.therapist, done.engagementId);
    for (const instrument of ['alliance', 'wellbeing']) {
      const answers =
        instrument === 'alliance'
          ? { heard: 9, goals: 9, approach: 9, safety: 9, overall: 9 }
          : { personal: 7, relationships: 7, social: 7, overall: 7 };
      const r = await done.client.request(
        'POST',
        `/api/v1/sessions/${doneSession.id}/checkins`,
        { instrument, answers },
        { 'idempotency-key': `done-${instrument}` },
      );
      expect(r.statusCode).toBe(201);
    }
    const reminders = async (email: string) =>
      (
        await t.handle.db
          .selectFrom('outbox_messages')
          .selectAll()
          .where('kind', '=', 'checkin_reminder')
          .execute()
      )
        .map((row) => openOutboxRow(t.deps.sealer, row))
        .filter((mail) => mail.to === email);

    t.clock.advance(47 * 3_600_000);
    await sendCheckinReminders(t.deps);
    expect(await reminders(waiting.client.email)).toHaveLength(0);

    t.clock.advance(2 * 3_600_000);
    await sendCheckinReminders(t.deps);
    await sendCheckinReminders(t.deps);
    const sent = await reminders(waiting.client.email);
    expect(sent).toHaveLength(1);
    expect(await reminders(done.client.email)).toHaveLength(0);

    const token = /\/checkin\/([A-Za-z0-9_-]{43})/.exec(sent[0]?.body ?? '')?.[1];
    expect(token).toBeDefined();
    const form = await t.app.inject({ method: 'GET', url: `/api/v1/checkin-links/${token}` });
    expect(form.statusCode).toBe(200);
  });
});

describe('consultation reminders', () => {
  it('reminds the client once, about a day before, and not for a cancelled one', async () => {
    const client = await signUp(t.app, 'client', 'Booker');
    const therapist = await signUp(t.app, 'therapist', 'Consultant');
    const startsAt = new Date(t.clock.now().getTime() + 30 * 3_600_000);
    const insert = async (id: string, status: 'booked' | 'cancelled', minutes: number) =>
      t.handle.db
        .insertInto('consultations')
        .values({
          id,
          clinic_id: t.deps.defaultClinicId,
          client_id: client.id,
          therapist_id: therapist.id,
          starts_at: new Date(startsAt.getTime() + minutes * 60_000),
          ends_at: new Date(startsAt.getTime() + (minutes + 15) * 60_000),
          status,
          client_time_zone: 'Europe/Paris',
          created_at: t.clock.now(),
          updated_at: t.clock.now(),
        })
        .execute();
    await insert(t.deps.newId(), 'booked', 0);
    await insert(t.deps.newId(), 'cancelled', 60);
    const count = async () =>
      (
        await t.handle.db
          .selectFrom('outbox_messages')
          .select('id')
          .where('recipient_id', '=', client.id)
          .where('kind', '=', 'consultation_reminder')
          .execute()
      ).length;

    expect(await sendConsultationReminders(t.deps)).toBe(0);
    t.clock.advance(7 * 3_600_000);
    await sendConsultationReminders(t.deps);
    await sendConsultationReminders(t.deps);
    expect(await count()).toBe(1);
  });
});

describe('nightly recomputation of expected trajectories', () => {
  async function endedEngagements(n: number): Promise<void> {
    const client = await signUp(t.app, 'client', 'Former');
    const therapist = await signUp(t.app, 'therapist', 'Former T');
    const db = t.handle.db;
    const now = t.clock.now();
    for (let e = 0; e < n; e += 1) {
      const engagementId = t.deps.newId();
      await db
        .insertInto('engagements')
        .values({
          id: engagementId,
          clinic_id: t.deps.defaultClinicId,
          client_id: client.id,
          therapist_id: therapist.id,
          status: 'ended',
          created_at: now,
          started_at: now,
          ended_at: now,
        })
        .execute();
      const intake = 10 + (e % 15);
      for (let s = 0; s < 5; s += 1) {
        const sessionId = t.deps.newId();
        await db
          .insertInto('therapy_sessions')
          .values({
            id: sessionId,
            clinic_id: t.deps.defaultClinicId,
            engagement_id: engagementId,
            scheduled_at: new Date(now.getTime() - (10 - s) * 7 * 86_400_000),
            status: 'attended',
            created_at: now,
          })
          .execute();
        const score = Math.min(40, intake + 0.2 * (40 - intake) * Math.log1p(s));
        await db
          .insertInto('checkins')
          .values({
            id: t.deps.newId(),
            clinic_id: t.deps.defaultClinicId,
            engagement_id: engagementId,
            session_id: sessionId,
            instrument_id: 'wellbeing',
            respondent_role: 'client',
            respondent_id: client.id,
            answers: JSON.stringify({}),
            scores: JSON.stringify({ wellbeing: score }),
            submitted_at: now,
          })
          .execute();
      }
    }
  }

  const model = async () => {
    const clinic = await t.handle.db
      .selectFrom('clinics')
      .select('settings')
      .where('id', '=', t.deps.defaultClinicId)
      .executeTakeFirstOrThrow();
    return clinic.settings as {
      signals?: { lowAlliance?: unknown; notOnTrack?: { model?: { engagements: number } | null } };
    };
  };

  it('learns the clinic’s model once it has 30 ended engagements, keeping other settings', async () => {
    await t.handle.db
      .updateTable('clinics')
      .set({ settings: JSON.stringify({ signals: { lowAlliance: { scoreBelow: 8.5 } } }) })
      .where('id', '=', t.deps.defaultClinicId)
      .execute();
    await endedEngagements(29);
    await recomputeTrajectories(t.deps);
    expect((await model()).signals?.notOnTrack?.model).toBeNull();

    await endedEngagements(1);
    const results = await recomputeTrajectories(t.deps);
    expect(results.find((r) => r.clinicId === t.deps.defaultClinicId)?.learned).toBe(true);
    const settings = await model();
    expect(settings.signals?.notOnTrack?.model?.engagements).toBe(30);
    expect(settings.signals?.lowAlliance).toEqual({ scoreBelow: 8.5 });
    // Run twice: the same model.
    await recomputeTrajectories(t.deps);
    expect((await model()).signals?.notOnTrack?.model).toEqual(settings.signals?.notOnTrack?.model);
  });
});

describe('retention clean-up', () => {
  it('deletes expired sessions, spent links and delivered e-mail past 30 days, and keeps the rest', async () => {
    const db = t.handle.db;
    const now = t.clock.now();
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    const person = await signUp(t.app, 'client', 'Retention');
    await db
      .insertInto('auth_sessions')
      .values({
        id: 'expired-session-for-retention',
        user_id: person.id,
        clinic_id: t.deps.defaultClinicId,
        csrf_token: 'x',
        created_at: daysAgo(2),
        last_seen_at: daysAgo(2),
        expires_at: daysAgo(1),
      })
      .execute();
    await db
      .insertInto('login_attempts')
      .values([
        { bucket: 'old-bucket', succeeded: false, attempted_at: daysAgo(40) },
        { bucket: 'new-bucket', succeeded: false, attempted_at: daysAgo(1) },
      ])
      .execute();
    const mail = async (sentAt: Date | null, subject: string) => {
      const id = await t.deps.mailer.queue(db, {
        clinicId: t.deps.defaultClinicId,
        recipientId: person.id,
        clientId: null,
        to: person.email,
        subject,
        body: 'x',
        kind: 'test',
        now: daysAgo(45),
      });
      if (sentAt)
        await db
          .updateTable('outbox_messages')
          .set({ sent_at: sentAt })
          .where('id', '=', id)
          .execute();
      return id;
    };
    const oldSent = await mail(daysAgo(40), 'old sent');
    const oldUnsent = await mail(null, 'old unsent');
    const recentSent = await mail(daysAgo(2), 'recent sent');

    const counts = await cleanUpRetention(t.deps);
    expect(counts.sessions).toBeGreaterThanOrEqual(1);
    expect(counts.outbox).toBeGreaterThanOrEqual(1);
    const left = (
      await db
        .selectFrom('outbox_messages')
        .select('id')
        .where('id', 'in', [oldSent, oldUnsent, recentSent])
        .execute()
    ).map((r) => r.id);
    expect(left.sort()).toEqual([oldUnsent, recentSent].sort());
    const buckets = (await db.selectFrom('login_attempts').select('bucket').execute()).map(
      (r) => r.bucket,
    );
    expect(buckets).toContain('new-bucket');
    expect(buckets).not.toContain('old-bucket');
    expect(
      await db
        .selectFrom('auth_sessions')
        .select('id')
        .where('id', '=', 'expired-session-for-retention')
        .executeTakeFirst(),
    ).toBeUndefined();
    // The person's own session (still valid) is kept.
    expect((await person.request('GET', '/api/v1/me')).statusCode).toBe(200);
  });
});
