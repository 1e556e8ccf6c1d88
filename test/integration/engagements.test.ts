import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../helpers/app';
import { activeEngagement, signIn, signUp } from '../helpers/factories';

let t: TestApp;
const adminEmail = 'admin@engagements.example';
const adminPassword = 'a calm administrator phrase';

beforeAll(async () => {
  t = await createTestApp({
    env: { RAPPORT_ADMIN_EMAIL: adminEmail, RAPPORT_ADMIN_PASSWORD: adminPassword },
  });
});
afterAll(async () => {
  await t.close();
});

const count = async (table: 'engagements' | 'therapy_sessions' | 'engagement_events') =>
  (
    await t.handle.db
      .selectFrom(table)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('starting and ending an engagement', () => {
  it('a client asks, the therapist accepts, either ends it with a reason; history is kept', async () => {
    const client = await signUp(t.app, 'client', 'Lee');
    const therapist = await signUp(t.app, 'therapist', 'Dr Rowan');
    const created = await client.request('POST', '/api/v1/engagements', {
      therapistId: therapist.id,
    });
    expect(created.statusCode).toBe(201);
    const engagement = created.json<{
      id: string;
      status: string;
      initiatedBy: string;
      therapist: { displayName: string };
    }>();
    expect(engagement).toMatchObject({
      status: 'consulting',
      initiatedBy: 'client',
      therapist: { displayName: 'Dr Rowan' },
    });

    // The one who asked cannot accept their own request.
    const selfAccept = await client.request('PATCH', `/api/v1/engagements/${engagement.id}`, {
      status: 'active',
    });
    expect(selfAccept.statusCode).toBe(409);
    expect(selfAccept.json<{ error: { code: string } }>().error.code).toBe(
      'transition_not_allowed',
    );

    const accepted = await therapist.request('PATCH', `/api/v1/engagements/${engagement.id}`, {
      status: 'active',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json<{ status: string; startedAt: string }>().status).toBe('active');

    const noReason = await client.request('PATCH', `/api/v1/engagements/${engagement.id}`, {
      status: 'ended',
    });
    expect(noReason.statusCode).toBe(400);
    const ended = await client.request('PATCH', `/api/v1/engagements/${engagement.id}`, {
      status: 'ended',
      endReason: 'not_a_fit',
    });
    expect(ended.json()).toMatchObject({ status: 'ended', endReason: 'not_a_fit' });
    const reopen = await therapist.request('PATCH', `/api/v1/engagements/${engagement.id}`, {
      status: 'active',
    });
    expect(reopen.statusCode).toBe(409);

    const events = await t.handle.db
      .selectFrom('engagement_events')
      .select(['status', 'reason'])
      .where('engagement_id', '=', engagement.id)
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { status: 'consulting', reason: null },
      { status: 'active', reason: null },
      { status: 'ended', reason: 'not_a_fit' },
    ]);
  });

  it('a therapist invites a client by e-mail; a second open engagement between them is refused', async () => {
    const client = await signUp(t.app, 'client', 'Invitee');
    const therapist = await signUp(t.app, 'therapist', 'Inviter');
    const invited = await therapist.request('POST', '/api/v1/engagements', {
      clientEmail: client.email.toUpperCase(),
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json<{ initiatedBy: string }>().initiatedBy).toBe('therapist');
    const before = await count('engagements');
    const again = await client.request('POST', '/api/v1/engagements', {
      therapistId: therapist.id,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('engagement_exists');
    expect(await count('engagements')).toBe(before);
    // The client accepts the invitation.
    const id = invited.json<{ id: string }>().id;
    expect(
      (await client.request('PATCH', `/api/v1/engagements/${id}`, { status: 'active' })).statusCode,
    ).toBe(200);
  });

  it('refuses bad input and the wrong people, writing nothing', async () => {
    const client = await signUp(t.app, 'client');
    const other = await signUp(t.app, 'client');
    const before = await count('engagements');
    const cases: [typeof client, unknown, number][] = [
      [client, {}, 400],
      [client, { therapistId: 'not-a-uuid' }, 400],
      [client, { therapistId: other.id }, 404], // a client is not a therapist
      [client, { therapistId: '00000000-0000-4000-8000-000000000000' }, 404],
      [client, { therapistId: other.id, clientEmail: other.email }, 400],
      [client, { clientEmail: other.email }, 403], // only therapists invite
    ];
    for (const [who, body, status] of cases) {
      const response = await who.request('POST', '/api/v1/engagements', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
    }
    expect(await count('engagements')).toBe(before);
  });
});

describe('sessions and attendance', () => {
  it('the therapist schedules and records attendance; the client may cancel, not mark attended', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const first = await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: '2026-03-03T15:00:00-05:00',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      number: 1,
      status: 'scheduled',
      durationMinutes: 50,
      scheduledAt: '2026-03-03T20:00:00.000Z',
    });
    const second = await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: '2026-03-10T15:00:00-05:00',
      durationMinutes: 45,
    });
    const firstId = first.json<{ id: string }>().id;
    const secondId = second.json<{ id: string }>().id;

    const clientMarks = await client.request('PATCH', `/api/v1/sessions/${firstId}`, {
      status: 'attended',
    });
    expect(clientMarks.statusCode).toBe(403);
    expect(clientMarks.json<{ error: { code: string } }>().error.code).toBe(
      'attendance_not_allowed',
    );
    const clientSchedules = await client.request(
      'POST',
      `/api/v1/engagements/${engagementId}/sessions`,
      { scheduledAt: '2026-03-17T15:00:00Z' },
    );
    expect(clientSchedules.statusCode).toBe(403);

    expect(
      (
        await therapist.request('PATCH', `/api/v1/sessions/${firstId}`, { status: 'attended' })
      ).json(),
    ).toMatchObject({ status: 'attended', cancelledBy: null });
    // The client says they cannot come, and cannot pretend the therapist cancelled.
    const cancelled = await client.request('PATCH', `/api/v1/sessions/${secondId}`, {
      status: 'late_cancelled',
      cancelledBy: 'therapist',
    });
    expect(cancelled.json()).toMatchObject({ status: 'late_cancelled', cancelledBy: 'client' });

    const list = await client.request('GET', `/api/v1/engagements/${engagementId}/sessions`);
    expect(
      list
        .json<{ items: { number: number; status: string }[] }>()
        .items.map((s) => [s.number, s.status]),
    ).toEqual([
      [1, 'attended'],
      [2, 'late_cancelled'],
    ]);

    const therapistCancels = await therapist.request(
      'POST',
      `/api/v1/engagements/${engagementId}/sessions`,
      { scheduledAt: '2026-03-24T15:00:00Z' },
    );
    const thirdId = therapistCancels.json<{ id: string }>().id;
    expect(
      (
        await therapist.request('PATCH', `/api/v1/sessions/${thirdId}`, {
          status: 'cancelled',
          cancelledBy: 'therapist',
        })
      ).json(),
    ).toMatchObject({
      cancelledBy: 'therapist',
    });
  });

  it('refuses a time without an offset, and sessions in an engagement that is not active', async () => {
    const { therapist, client, engagementId } = await activeEngagement(t.app);
    const noOffset = await therapist.request(
      'POST',
      `/api/v1/engagements/${engagementId}/sessions`,
      { scheduledAt: '2026-03-03T15:00:00' },
    );
    expect(noOffset.statusCode).toBe(400);
    await client.request('PATCH', `/api/v1/engagements/${engagementId}`, {
      status: 'ended',
      endReason: 'practical',
    });
    const before = await count('therapy_sessions');
    const late = await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: '2026-03-03T15:00:00Z',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ error: { code: string } }>().error.code).toBe('engagement_not_active');
    expect(await count('therapy_sessions')).toBe(before);
  });
});

describe("other people's engagements", () => {
  it('are invisible (404) to other clients and therapists, visible to the clinic admin with an audit event', async () => {
    const { client, engagementId } = await activeEngagement(t.app);
    const strangerClient = await signUp(t.app, 'client', 'Stranger');
    const strangerTherapist = await signUp(t.app, 'therapist', 'Other Therapist');
    for (const stranger of [strangerClient, strangerTherapist]) {
      for (const [method, url, body] of [
        ['GET', `/api/v1/engagements/${engagementId}`, undefined],
        ['GET', `/api/v1/engagements/${engagementId}/sessions`, undefined],
        ['PATCH', `/api/v1/engagements/${engagementId}`, { status: 'ended', endReason: 'other' }],
        [
          'POST',
          `/api/v1/engagements/${engagementId}/sessions`,
          { scheduledAt: '2026-04-01T10:00:00Z' },
        ],
      ] as const) {
        const response = await stranger.request(method, url, body);
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        expect(response.body).not.toContain(client.name);
        expect(response.body).not.toContain(client.id);
      }
      const mine = await stranger.request('GET', '/api/v1/engagements');
      expect(mine.json<{ items: { id: string }[] }>().items.map((item) => item.id)).not.toContain(
        engagementId,
      );
    }

    const admin = await signIn(t.app, adminEmail, adminPassword);
    const seen = await admin.request('GET', `/api/v1/engagements/${engagementId}`);
    expect(seen.statusCode).toBe(200);
    const adminId = (await admin.request('GET', '/api/v1/me')).json<{ user: { id: string } }>().user
      .id;
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('actor_id', '=', adminId)
      .where('resource_id', '=', engagementId)
      .execute();
    expect(audit).toEqual([{ action: 'engagement.read', subject_id: client.id }]);
    // Admins see, but do not change, a relationship.
    expect(
      (
        await admin.request('PATCH', `/api/v1/engagements/${engagementId}`, {
          status: 'ended',
          endReason: 'other',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('paginates the list with a cursor and rejects a forged one', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Busy');
    for (let i = 0; i < 5; i++) {
      const client = await signUp(t.app, 'client', `Client ${i}`);
      await therapist.request('POST', '/api/v1/engagements', { clientEmail: client.email });
      t.clock.advance(1000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await therapist.request(
          'GET',
          `/api/v1/engagements?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const forged = await therapist.request('GET', '/api/v1/engagements?cursor=bm90LWEtY3Vyc29y');
    expect(forged.statusCode).toBe(400);
    expect(forged.json<{ error: { code: string } }>().error.code).toBe('invalid_cursor');
    expect((await therapist.request('GET', '/api/v1/engagements?limit=500')).statusCode).toBe(400);
  });
});
