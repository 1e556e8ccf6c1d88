import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, anonymousRequest, type TestApp } from '../helpers/app';
import { activeEngagement, signUp } from '../helpers/factories';
import { openOutboxRow } from '../../src/storage/outbox.repo';
import type { Mailer } from '../../src/api/mail';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({
    overrides: { sessions: { idleMinutes: 525_600, absoluteHours: 8760 } },
  });
});
afterAll(async () => {
  await t.close();
});

const endingOf = (app: TestApp, engagementId: string) =>
  app.deps.db
    .selectFrom('engagements')
    .select(['status', 'end_reason', 'ended_at'])
    .where('id', '=', engagementId)
    .executeTakeFirstOrThrow();

const mailTo = async (app: TestApp, recipientId: string) =>
  (
    await app.deps.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('recipient_id', '=', recipientId)
      .where('kind', '=', 'ending_message')
      .execute()
  ).map((row) => ({ row, mail: openOutboxRow(app.deps.sealer, row) }));

describe('ending an engagement as the client', () => {
  it('ends it with a reason and sends the therapist the client’s own message, sealed', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const message =
      'Dear Therapist,\n\nI have found someone whose approach suits me better. Thank you for your time.\n\nClient';
    const response = await client.request('POST', `/api/v1/engagements/${engagementId}/ending`, {
      endReason: 'switched_therapist',
      message,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      messageSent: true,
      engagement: { id: engagementId, status: 'ended', endReason: 'switched_therapist' },
    });
    expect(await endingOf(t, engagementId)).toMatchObject({
      status: 'ended',
      end_reason: 'switched_therapist',
    });
    const events = await t.deps.db
      .selectFrom('engagement_events')
      .select(['status', 'reason', 'actor_id'])
      .where('engagement_id', '=', engagementId)
      .orderBy('id')
      .execute();
    expect(events.at(-1)).toEqual({
      status: 'ended',
      reason: 'switched_therapist',
      actor_id: client.id,
    });

    const sent = await mailTo(t, therapist.id);
    expect(sent).toHaveLength(1);
    const [{ row, mail }] = sent as [(typeof sent)[number]];
    expect(mail.to).toBe(therapist.email);
    expect(mail.body).toContain('someone whose approach suits me better');
    expect(mail.body).toContain(client.name);
    expect(row.body_ciphertext).not.toContain('approach');
    // The subject is stored in the clear: it names nobody.
    expect(mail.subject).not.toContain(client.name);

    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'reason', 'subject_id'])
      .where('resource_id', '=', engagementId)
      .where('action', 'in', ['engagement.end', 'engagement.ending_message'])
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'engagement.end', reason: 'switched_therapist', subject_id: client.id },
      { action: 'engagement.ending_message', reason: null, subject_id: client.id },
    ]);
  });

  it('can end without a message', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const response = await client.request('POST', `/api/v1/engagements/${engagementId}/ending`, {
      endReason: 'goals_met',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ messageSent: boolean }>().messageSent).toBe(false);
    expect(await mailTo(t, therapist.id)).toEqual([]);
    expect((await endingOf(t, engagementId)).end_reason).toBe('goals_met');
  });

  it('refuses bad input and an engagement already ended, writing nothing', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const url = `/api/v1/engagements/${engagementId}/ending`;
    for (const body of [
      {},
      { endReason: 'bored' },
      { endReason: 'other', message: '   ' },
      { endReason: 'other', message: 'x'.repeat(4001) },
      { endReason: 'other', extra: true },
      { endReason: 'other', message: 12 },
    ]) {
      expect((await client.request('POST', url, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(
      (await client.request('POST', '/api/v1/engagements/nope/ending', { endReason: 'other' }))
        .statusCode,
    ).toBe(400);
    expect((await endingOf(t, engagementId)).status).toBe('active');

    expect((await client.request('POST', url, { endReason: 'other' })).statusCode).toBe(200);
    const again = await client.request('POST', url, { endReason: 'other', message: 'Bye again' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('transition_not_allowed');
    expect(await mailTo(t, therapist.id)).toEqual([]);
  });

  it('is the client’s own: 404 to strangers, 403 to the engagement’s therapist', async () => {
    const { therapist, engagementId } = await activeEngagement(t.app);
    const url = `/api/v1/engagements/${engagementId}/ending`;
    const body = { endReason: 'other', message: 'Goodbye' };
    const otherClient = await signUp(t.app, 'client', 'Other Client');
    const otherTherapist = await signUp(t.app, 'therapist', 'Other Therapist');
    expect((await otherClient.request('POST', url, body)).statusCode).toBe(404);
    expect((await otherTherapist.request('POST', url, body)).statusCode).toBe(404);
    expect((await therapist.request('POST', url, body)).statusCode).toBe(403);
    expect((await anonymousRequest(t.app)('POST', url, body)).statusCode).toBe(401);
    expect((await endingOf(t, engagementId)).status).toBe('active');
  });
});

describe('all or nothing', () => {
  it('leaves the engagement as it was when sending the message fails', async () => {
    const failing: Mailer = {
      queue: () => Promise.reject(new Error('outbox unavailable')),
      deliver: () => Promise.resolve(),
    };
    const broken = await createTestApp({ overrides: { mailer: failing } });
    try {
      const { client, therapist, engagementId } = await activeEngagement(broken.app);
      const response = await client.request('POST', `/api/v1/engagements/${engagementId}/ending`, {
        endReason: 'not_a_fit',
        message: 'This did not work for me. Goodbye.',
      });
      expect(response.statusCode).toBe(500);
      expect(await endingOf(broken, engagementId)).toMatchObject({
        status: 'active',
        end_reason: null,
        ended_at: null,
      });
      const events = await broken.deps.db
        .selectFrom('engagement_events')
        .select('status')
        .where('engagement_id', '=', engagementId)
        .execute();
      expect(events.map((e) => e.status)).not.toContain('ended');
      const audit = await broken.deps.db
        .selectFrom('audit_events')
        .select('action')
        .where('resource_id', '=', engagementId)
        .where('action', '=', 'engagement.end')
        .execute();
      expect(audit).toEqual([]);
      expect(await mailTo(broken, therapist.id)).toEqual([]);
    } finally {
      await broken.close();
    }
  });
});
