import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { createTestApp, type TestApp } from '../helpers/app';
import { activeEngagement } from '../helpers/factories';

// A local SMTP server stands in for the clinic's mail provider (the only thing mocked: it is outside Rapport).
const received: { to: string[]; data: string }[] = [];
let smtp: SMTPServer;
let t: TestApp;

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
    env: {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      RAPPORT_PUBLIC_URL: 'https://rapport.clinic.example',
    },
  });
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

describe('e-mail through SMTP', () => {
  it('sends the check-in link to the client after the session is marked attended, and records it as sent', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const at = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    const session = (
      await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
        scheduledAt: at,
      })
    ).json<{ id: string }>();
    expect(
      (await therapist.request('PATCH', `/api/v1/sessions/${session.id}`, { status: 'attended' }))
        .statusCode,
    ).toBe(200);
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual([client.email]);
    const body = received[0]?.data.replace(/=\r?\n/g, '') ?? '';
    expect(body).toMatch(/https:\/\/rapport\.clinic\.example\/checkin\/[A-Za-z0-9_-]{43}/);
    const row = await t.handle.db
      .selectFrom('outbox_messages')
      .select(['sent_at', 'attempts'])
      .where('recipient_id', '=', client.id)
      .executeTakeFirstOrThrow();
    expect(row.sent_at).not.toBeNull();
  });
});
