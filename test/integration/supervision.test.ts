import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, goodPassword, type TestApp } from '../helpers/app';
import { activeEngagement, signIn, signUp, type Person } from '../helpers/factories';
import type { Client } from '../helpers/app';

const adminEmail = 'admin.supervision@example.org';
let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp({
    env: { RAPPORT_ADMIN_EMAIL: adminEmail, RAPPORT_ADMIN_PASSWORD: goodPassword },
  });
  admin = await signIn(t.app, adminEmail, goodPassword);
});
afterAll(async () => {
  await t.close();
});

const reason = 'Preparing Tuesday’s supervision session';
const record = (id: string, why: string | null = reason) =>
  `/api/v1/supervision/engagements/${id}${why === null ? '' : `?reason=${encodeURIComponent(why)}`}`;

/** A client–therapist pair with a session, a check-in with a comment, and a supervisor. */
async function supervisedPair(): Promise<{
  client: Person;
  therapist: Person;
  supervisor: Person;
  engagementId: string;
  supervisionId: string;
}> {
  const { client, therapist, engagementId } = await activeEngagement(t.app);
  const supervisor = await signUp(t.app, 'therapist', 'Supervisor');
  const at = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
  const session = (
    await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: at,
    })
  ).json<{ id: string }>();
  await therapist.request('PATCH', `/api/v1/sessions/${session.id}`, { status: 'attended' });
  const checkin = await client.request(
    'POST',
    `/api/v1/sessions/${session.id}/checkins`,
    {
      instrument: 'alliance',
      answers: { heard: 9, goals: 8.5, approach: 9, safety: 9.5, overall: 9 },
      comment: 'It felt good to be listened to today.',
    },
    { 'idempotency-key': `k-${engagementId}` },
  );
  expect(checkin.statusCode).toBe(201);
  await therapist.request('POST', `/api/v1/engagements/${engagementId}/reflections`, {
    text: 'My private reaction to this session.',
  });
  const designated = await admin.request('POST', '/api/v1/clinic/supervisions', {
    supervisorId: supervisor.id,
    therapistId: therapist.id,
  });
  expect(designated.statusCode).toBe(201);
  return {
    client,
    therapist,
    supervisor,
    engagementId,
    supervisionId: designated.json<{ id: string }>().id,
  };
}

async function setPolicy(allow: boolean): Promise<void> {
  const response = await admin.request('PUT', '/api/v1/clinic/supervision-policy', {
    allowWithConsent: allow,
  });
  expect(response.statusCode).toBe(200);
  expect(response.json()).toMatchObject({ allowWithConsent: allow });
}

describe('designating supervisors', () => {
  it('lets only an administrator designate, list and end supervisions, with clear errors', async () => {
    const a = await signUp(t.app, 'therapist', 'Ana');
    const b = await signUp(t.app, 'therapist', 'Ben');
    const client = await signUp(t.app, 'client', 'Cleo');

    const byTherapist = await a.request('POST', '/api/v1/clinic/supervisions', {
      supervisorId: a.id,
      therapistId: b.id,
    });
    expect(byTherapist.statusCode).toBe(403);

    const self = await admin.request('POST', '/api/v1/clinic/supervisions', {
      supervisorId: a.id,
      therapistId: a.id,
    });
    expect(self.statusCode).toBe(400);
    expect(self.json()).toMatchObject({ error: { code: 'supervisor_is_therapist' } });

    const notTherapist = await admin.request('POST', '/api/v1/clinic/supervisions', {
      supervisorId: client.id,
      therapistId: b.id,
    });
    expect(notTherapist.statusCode).toBe(404);

    const badBody = await admin.request('POST', '/api/v1/clinic/supervisions', {
      supervisorId: 'nope',
      therapistId: b.id,
      extra: 1,
    });
    expect(badBody.statusCode).toBe(400);

    const created = await admin.request('POST', '/api/v1/clinic/supervisions', {
      supervisorId: a.id,
      therapistId: b.id,
    });
    expect(created.statusCode).toBe(201);
    const view = created.json<{ id: string; supervisor: { displayName: string } }>();
    expect(view.supervisor.displayName).toBe('Ana');

    const again = await admin.request('POST', '/api/v1/clinic/supervisions', {
      supervisorId: a.id,
      therapistId: b.id,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'supervision_exists' } });

    const list = await admin.request('GET', '/api/v1/clinic/supervisions?limit=200');
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toContain(
      view.id,
    );
    expect((await a.request('GET', '/api/v1/clinic/supervisions')).statusCode).toBe(403);

    expect(
      (await admin.request('DELETE', `/api/v1/clinic/supervisions/${view.id}`)).statusCode,
    ).toBe(200);
    expect(
      (await admin.request('DELETE', `/api/v1/clinic/supervisions/${view.id}`)).statusCode,
    ).toBe(404);
    const after = await admin.request('GET', '/api/v1/clinic/supervisions?limit=200');
    expect(after.json<{ items: { id: string }[] }>().items.map((item) => item.id)).not.toContain(
      view.id,
    );
  });

  it('pages the list of supervisions', async () => {
    for (let i = 0; i < 3; i += 1) {
      const s = await signUp(t.app, 'therapist', `Sup ${i}`);
      const th = await signUp(t.app, 'therapist', `Th ${i}`);
      await admin.request('POST', '/api/v1/clinic/supervisions', {
        supervisorId: s.id,
        therapistId: th.id,
      });
      t.clock.advance(1000);
    }
    const first = (await admin.request('GET', '/api/v1/clinic/supervisions?limit=2')).json<{
      items: { id: string }[];
      nextCursor: string | null;
    }>();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await admin.request(
        'GET',
        `/api/v1/clinic/supervisions?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
      )
    ).json<{ items: { id: string }[] }>();
    expect(second.items.length).toBeGreaterThan(0);
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]?.id);
    const bad = await admin.request('GET', '/api/v1/clinic/supervisions?cursor=garbage');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'invalid_cursor' } });
  });
});

describe('reading a record as a supervisor', () => {
  it('needs both the clinic’s policy and the client’s consent, and a reason each time', async () => {
    const { client, therapist, supervisor, engagementId } = await supervisedPair();
    await setPolicy(false);

    // Neither policy nor consent.
    const none = await supervisor.request('GET', record(engagementId));
    expect(none.statusCode).toBe(403);
    expect(none.json()).toMatchObject({ error: { code: 'supervision_not_allowed' } });

    // Consent alone is not enough.
    const consent = await client.request(
      'POST',
      `/api/v1/engagements/${engagementId}/supervision-consent`,
      { consent: true },
    );
    expect(consent.statusCode).toBe(200);
    expect(consent.json()).toMatchObject({
      engagementId,
      consented: true,
      clinicAllows: false,
      supervisorCount: 1,
    });
    expect((await supervisor.request('GET', record(engagementId))).statusCode).toBe(403);
    expect(
      (await supervisor.request('GET', '/api/v1/supervision/engagements')).json<{
        items: unknown[];
      }>().items,
    ).toHaveLength(0);

    // Policy and consent: allowed, but only with a reason.
    await setPolicy(true);
    const missing = await supervisor.request('GET', record(engagementId, null));
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ error: { code: 'supervision_reason_required' } });
    const short = await supervisor.request('GET', record(engagementId, 'why'));
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ error: { code: 'supervision_reason_required' } });

    const list = await supervisor.request('GET', '/api/v1/supervision/engagements');
    expect(list.json<{ items: { engagementId: string }[] }>().items).toEqual([
      expect.objectContaining({ engagementId }),
    ]);

    const read = await supervisor.request('GET', record(engagementId));
    expect(read.statusCode).toBe(200);
    const body = read.json<{
      accessId: string;
      checkins: { comment: string | null }[];
      sessions: unknown[];
    }>();
    expect(body.sessions).toHaveLength(1);
    expect(body.checkins.map((c) => c.comment)).toContain('It felt good to be listened to today.');
    // Never the therapist's reflections: the body has no such field at all.
    expect(read.body).not.toContain('My private reaction');
    expect(read.body).not.toMatch(/reflection/i);

    // The reason is sealed at rest and the audit event points to it, without the words.
    const access = await t.handle.db
      .selectFrom('supervision_accesses')
      .selectAll()
      .where('id', '=', body.accessId)
      .executeTakeFirstOrThrow();
    expect(access.reason_ciphertext).not.toContain('Tuesday');
    expect(
      t.deps.sealer.open(access.reason_ciphertext, `supervision_accesses.reason:${access.id}`),
    ).toBe(reason);
    const event = await t.handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'supervision.read')
      .where('resource_id', '=', engagementId)
      .executeTakeFirstOrThrow();
    expect(event.actor_id).toBe(supervisor.id);
    expect(event.subject_id).toBe(client.id);
    expect(event.reason).toBe(`supervision_access:${body.accessId}`);

    // The client sees the access in "who looked at my data".
    const mine = await client.request('GET', '/api/v1/me/audit');
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain('supervision.read');

    // Withdrawn: effective at once.
    const withdrawn = await client.request(
      'POST',
      `/api/v1/engagements/${engagementId}/supervision-consent`,
      { consent: false },
    );
    expect(withdrawn.json()).toMatchObject({ consented: false, since: null });
    expect((await supervisor.request('GET', record(engagementId))).statusCode).toBe(403);

    // The therapist themselves cannot read through supervision, nor decide for the client.
    expect((await therapist.request('GET', record(engagementId))).statusCode).toBe(404);
    const forClient = await therapist.request(
      'POST',
      `/api/v1/engagements/${engagementId}/supervision-consent`,
      { consent: true },
    );
    expect(forClient.statusCode).toBe(403);
  });

  it('is read-only: a supervisor cannot write or use the therapist’s routes', async () => {
    const { client, supervisor, engagementId } = await supervisedPair();
    await setPolicy(true);
    await client.request('POST', `/api/v1/engagements/${engagementId}/supervision-consent`, {
      consent: true,
    });
    expect((await supervisor.request('GET', record(engagementId))).statusCode).toBe(200);
    // The ordinary routes know nothing of supervision: 404, the engagement stays hidden.
    for (const url of [
      `/api/v1/engagements/${engagementId}/checkins`,
      `/api/v1/engagements/${engagementId}/reflections`,
      `/api/v1/engagements/${engagementId}/signals`,
    ]) {
      expect((await supervisor.request('GET', url)).statusCode).toBe(404);
    }
    const goal = await supervisor.request('POST', `/api/v1/engagements/${engagementId}/goals`, {
      title: 'Something',
    });
    expect(goal.statusCode).toBe(404);
  });

  it('hides the record from therapists who do not supervise, and after the supervision ends', async () => {
    const { client, supervisor, engagementId, supervisionId } = await supervisedPair();
    await setPolicy(true);
    await client.request('POST', `/api/v1/engagements/${engagementId}/supervision-consent`, {
      consent: true,
    });
    const stranger = await signUp(t.app, 'therapist', 'Stranger');
    expect((await stranger.request('GET', record(engagementId))).statusCode).toBe(404);
    expect((await client.request('GET', record(engagementId))).statusCode).toBe(404);
    expect((await admin.request('GET', record(engagementId))).statusCode).toBe(404);

    await admin.request('DELETE', `/api/v1/clinic/supervisions/${supervisionId}`);
    expect((await supervisor.request('GET', record(engagementId))).statusCode).toBe(404);
  });

  it('records consent changes once, in the audit log, and answers the client’s questions', async () => {
    const { client, engagementId } = await supervisedPair();
    const url = `/api/v1/engagements/${engagementId}/supervision-consent`;
    const before = await client.request('GET', url);
    expect(before.json()).toMatchObject({ consented: false, since: null });
    await client.request('POST', url, { consent: true });
    t.clock.advance(60_000);
    await client.request('POST', url, { consent: true });
    const grants = await t.handle.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'supervision_consent.grant')
      .where('resource_id', '=', engagementId)
      .execute();
    expect(grants).toHaveLength(1);
    const bad = await client.request('POST', url, { consent: 'yes' });
    expect(bad.statusCode).toBe(400);
    const other = await signUp(t.app, 'client', 'Other');
    expect((await other.request('GET', url)).statusCode).toBe(404);
  });
});
