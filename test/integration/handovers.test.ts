import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { activeEngagement, signUp, type Person } from '../helpers/factories';
import { bookableTherapist, errorCode, expectStatus, tuesday } from '../helpers/directory';

let t: TestApp;
const day = 86_400_000;
let keys = 0;

beforeAll(async () => {
  t = await createTestApp({
    overrides: { sessions: { idleMinutes: 525_600, absoluteHours: 8760 } },
  });
});
afterAll(async () => {
  await t.close();
});

const alliance = (v: number) => ({ heard: v, goals: v, approach: v, safety: v, overall: v });

interface Story {
  client: Person;
  oldTherapist: Person;
  newTherapist: Person;
  engagementId: string;
  comment: string;
  reflection: string;
  goalTitle: string;
}

/** A client in therapy with one therapist (a check-in with a comment, a goal, a reflection) who asked to start with another. */
async function story(): Promise<Story> {
  const { client, therapist: oldTherapist, engagementId } = await activeEngagement(t.app);
  const newTherapist = await signUp(t.app, 'therapist', 'New Therapist');
  await expectStatus(
    client.request('POST', '/api/v1/engagements', { therapistId: newTherapist.id }),
    201,
  );
  const at = new Date(t.clock.now().getTime() - 2 * day).toISOString();
  const sessionId = (
    await expectStatus(
      oldTherapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
        scheduledAt: at,
      }),
      201,
    )
  ).json<{ id: string }>().id;
  await expectStatus(
    oldTherapist.request('PATCH', `/api/v1/sessions/${sessionId}`, { status: 'attended' }),
    200,
  );
  const comment = `Private words of mine number ${++keys}`;
  await expectStatus(
    client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(8.5), comment },
      { 'idempotency-key': `ho-${keys}` },
    ),
    201,
  );
  const goalTitle = `Sleep through the night ${keys}`;
  await expectStatus(
    client.request('POST', `/api/v1/engagements/${engagementId}/goals`, { title: goalTitle }),
    201,
  );
  const reflection = `Therapist-only reflection ${keys}`;
  await expectStatus(
    oldTherapist.request('POST', `/api/v1/engagements/${engagementId}/reflections`, {
      text: reflection,
    }),
    201,
  );
  return { client, oldTherapist, newTherapist, engagementId, comment, reflection, goalTitle };
}

const body = (s: Story, over: Record<string, unknown> = {}) => ({
  fromEngagementId: s.engagementId,
  toTherapistId: s.newTherapist.id,
  include: ['goals', 'checkins', 'summary'],
  summary: 'We worked on sleep and worry. Short homework helped; long worksheets did not.',
  expiresInDays: 14,
  ...over,
});

describe('creating a hand-over', () => {
  it('stores the consent with a sealed summary and an audit event, and lists the recipients', async () => {
    const s = await story();
    const recipients = await expectStatus(
      s.client.request('GET', '/api/v1/handovers/recipients'),
      200,
    );
    expect(recipients.json<{ items: { id: string; via: string }[] }>().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: s.newTherapist.id, via: 'engagement' }),
        expect.objectContaining({ id: s.oldTherapist.id, via: 'engagement' }),
      ]),
    );

    const created = await expectStatus(
      s.client.request('POST', '/api/v1/handovers', body(s, { include: ['summary', 'goals'] })),
      201,
    );
    const view = created.json<{
      id: string;
      include: string[];
      status: string;
      expiresAt: string;
      summary: string;
    }>();
    expect(view.include).toEqual(['goals', 'summary']);
    expect(view.status).toBe('active');
    expect(new Date(view.expiresAt).getTime()).toBe(t.clock.now().getTime() + 14 * day);

    const stored = await t.handle.db
      .selectFrom('handovers')
      .selectAll()
      .where('id', '=', view.id)
      .executeTakeFirstOrThrow();
    expect(stored.summary_ciphertext).not.toContain('homework');
    expect(
      t.deps.sealer.open(stored.summary_ciphertext ?? '', `handovers.summary:${view.id}`),
    ).toBe(view.summary);
    const events = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('resource_id', '=', view.id)
      .execute();
    expect(events).toEqual([{ action: 'handover.create', subject_id: s.client.id }]);
  });

  it('accepts a therapist met in a consultation', async () => {
    const s = await story();
    const met = await bookableTherapist(t.app, 'Consulted Therapist');
    await expectStatus(
      s.client.request('POST', '/api/v1/consultations', {
        therapistId: met.id,
        start: tuesday('08:00'),
      }),
      201,
    );
    const recipients = (await s.client.request('GET', '/api/v1/handovers/recipients')).json<{
      items: { id: string; via: string }[];
    }>().items;
    expect(recipients).toContainEqual(expect.objectContaining({ id: met.id, via: 'consultation' }));
    await expectStatus(
      s.client.request('POST', '/api/v1/handovers', body(s, { toTherapistId: met.id })),
      201,
    );
  });

  it('refuses bad input with a clear code and writes nothing', async () => {
    const s = await story();
    const bad: Record<string, unknown>[] = [
      { include: [] },
      { include: ['reflections'] },
      { include: ['goals', 'goals'] },
      { include: ['summary'], summary: undefined },
      { include: ['goals'], summary: 'not asked for' },
      { summary: '   ' },
      { summary: 'x'.repeat(4001) },
      { expiresInDays: 0 },
      { expiresInDays: 366 },
      { expiresInDays: 1.5 },
      { fromEngagementId: 'not-a-uuid' },
      { extra: true },
    ];
    for (const over of bad) {
      const response = await s.client.request('POST', '/api/v1/handovers', body(s, over));
      expect(response.statusCode, JSON.stringify(over)).toBe(400);
      expect(['validation_failed', 'unknown_field']).toContain(errorCode(response));
    }
    const count = await t.handle.db
      .selectFrom('handovers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('client_id', '=', s.client.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('refuses other people’s engagements, strangers and the therapist the history comes from', async () => {
    const s = await story();
    const other = await story();
    const stranger = await signUp(t.app, 'therapist', 'Stranger');

    const notMine = await s.client.request(
      'POST',
      '/api/v1/handovers',
      body(s, { fromEngagementId: other.engagementId }),
    );
    expect(notMine.statusCode).toBe(404);

    for (const toTherapistId of [stranger.id, s.oldTherapist.id, other.client.id]) {
      const response = await s.client.request(
        'POST',
        '/api/v1/handovers',
        body(s, { toTherapistId }),
      );
      expect(response.statusCode).toBe(400);
      expect(errorCode(response)).toBe('handover_recipient_not_allowed');
    }

    const byTherapist = await s.oldTherapist.request('POST', '/api/v1/handovers', body(s));
    expect(byTherapist.statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/handovers',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(body(s)),
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('reading a hand-over', () => {
  it('shows the new therapist what the client chose, never reflections or comments, and audits each read', async () => {
    const s = await story();
    const id = (
      await expectStatus(s.client.request('POST', '/api/v1/handovers', body(s)), 201)
    ).json<{ id: string }>().id;

    const received = await expectStatus(
      s.newTherapist.request('GET', '/api/v1/handovers/received'),
      200,
    );
    const items = received.json<{ items: { id: string; client: { id: string } }[] }>().items;
    expect(items.map((item) => [item.id, item.client.id])).toEqual([[id, s.client.id]]);

    const read = await expectStatus(s.newTherapist.request('GET', `/api/v1/handovers/${id}`), 200);
    const pkg = read.json<{
      summary: string;
      goals: { title: string }[];
      checkins: { instrument: string; scores: Record<string, number> }[];
    }>();
    expect(pkg.summary).toContain('homework');
    expect(pkg.goals.map((g) => g.title)).toEqual([s.goalTitle]);
    expect(pkg.checkins).toEqual([
      expect.objectContaining({ instrument: 'alliance', scores: { alliance: 8.5 } }),
    ]);
    expect(read.body).not.toContain(s.reflection);
    expect(read.body).not.toContain(s.comment);

    const reads = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'subject_id'])
      .where('resource_id', '=', id)
      .where('action', '=', 'handover.read')
      .execute();
    expect(reads).toEqual([
      { action: 'handover.read', actor_id: s.newTherapist.id, subject_id: s.client.id },
    ]);
    // The received list is audited too, with the client among its subjects.
    const listed = await t.handle.db
      .selectFrom('audit_events')
      .select('subject_ids')
      .where('action', '=', 'handover.list')
      .where('actor_id', '=', s.newTherapist.id)
      .execute();
    expect(listed.map((e) => e.subject_ids)).toEqual([[s.client.id]]);

    // The client can see exactly what is shared; that is not an access by someone else.
    await expectStatus(s.client.request('GET', `/api/v1/handovers/${id}`), 200);
  });

  it('leaves out the parts the client did not choose', async () => {
    const s = await story();
    const id = (
      await expectStatus(
        s.client.request(
          'POST',
          '/api/v1/handovers',
          body(s, { include: ['goals'], summary: undefined }),
        ),
        201,
      )
    ).json<{ id: string }>().id;
    const pkg = (await s.newTherapist.request('GET', `/api/v1/handovers/${id}`)).json<{
      summary: unknown;
      checkins: unknown;
      goals: unknown[];
    }>();
    expect(pkg.summary).toBeNull();
    expect(pkg.checkins).toBeNull();
    expect(pkg.goals).toHaveLength(1);
  });

  it('is invisible to everyone else (404)', async () => {
    const s = await story();
    const other = await story();
    const id = (
      await expectStatus(s.client.request('POST', '/api/v1/handovers', body(s)), 201)
    ).json<{ id: string }>().id;
    for (const person of [s.oldTherapist, other.client, other.newTherapist]) {
      const response = await person.request('GET', `/api/v1/handovers/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('homework');
    }
    expect((await s.client.request('GET', '/api/v1/handovers/nope')).statusCode).toBe(400);
    expect(
      (await other.client.request('POST', `/api/v1/handovers/${id}/withdraw`)).statusCode,
    ).toBe(404);
    expect((await s.newTherapist.request('DELETE', `/api/v1/handovers/${id}`)).statusCode).toBe(
      404,
    );
    expect((await s.newTherapist.request('GET', '/api/v1/handovers')).statusCode).toBe(403);
    expect((await s.client.request('GET', '/api/v1/handovers/received')).statusCode).toBe(403);
  });
});

describe('withdrawal and expiry', () => {
  it('withdrawing consent cuts the therapist off at once', async () => {
    const s = await story();
    const id = (
      await expectStatus(s.client.request('POST', '/api/v1/handovers', body(s)), 201)
    ).json<{ id: string }>().id;
    await expectStatus(s.newTherapist.request('GET', `/api/v1/handovers/${id}`), 200);

    const withdrawn = await expectStatus(
      s.client.request('POST', `/api/v1/handovers/${id}/withdraw`),
      200,
    );
    expect(withdrawn.json<{ status: string }>().status).toBe('withdrawn');
    expect((await s.newTherapist.request('GET', `/api/v1/handovers/${id}`)).statusCode).toBe(404);
    const received = (await s.newTherapist.request('GET', '/api/v1/handovers/received')).json<{
      items: unknown[];
    }>();
    expect(received.items).toEqual([]);

    // Withdrawing again (or through DELETE) changes nothing and keeps the first time.
    t.clock.advance(60_000);
    const again = await expectStatus(s.client.request('DELETE', `/api/v1/handovers/${id}`), 200);
    expect(again.json<{ withdrawnAt: string }>().withdrawnAt).toBe(
      withdrawn.json<{ withdrawnAt: string }>().withdrawnAt,
    );
    const mine = (await s.client.request('GET', '/api/v1/handovers')).json<{
      items: { id: string; status: string }[];
    }>();
    expect(mine.items).toEqual([expect.objectContaining({ id, status: 'withdrawn' })]);
  });

  it('expiry cuts access when the time is up', async () => {
    const s = await story();
    const id = (
      await expectStatus(
        s.client.request('POST', '/api/v1/handovers', body(s, { expiresInDays: 1 })),
        201,
      )
    ).json<{ id: string }>().id;
    t.clock.advance(day - 1000);
    await expectStatus(s.newTherapist.request('GET', `/api/v1/handovers/${id}`), 200);
    t.clock.advance(1000);
    expect((await s.newTherapist.request('GET', `/api/v1/handovers/${id}`)).statusCode).toBe(404);
    expect(
      (await s.newTherapist.request('GET', '/api/v1/handovers/received')).json<{
        items: unknown[];
      }>().items,
    ).toEqual([]);
    const mine = (await s.client.request('GET', '/api/v1/handovers')).json<{
      items: { status: string }[];
    }>();
    expect(mine.items.map((i) => i.status)).toEqual(['expired']);
  });
});

describe('lists', () => {
  it('pages the client’s hand-overs, newest first, and refuses a bad cursor', async () => {
    const s = await story();
    for (let i = 0; i < 3; i += 1) {
      await expectStatus(s.client.request('POST', '/api/v1/handovers', body(s)), 201);
      t.clock.advance(1000);
    }
    const first = (await s.client.request('GET', '/api/v1/handovers?limit=2')).json<{
      items: { createdAt: string }[];
      nextCursor: string;
    }>();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    expect(first.items[0]!.createdAt > first.items[1]!.createdAt).toBe(true);
    const second = (
      await s.client.request('GET', `/api/v1/handovers?limit=2&cursor=${first.nextCursor}`)
    ).json<{ items: unknown[]; nextCursor: string | null }>();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const bad = await s.client.request('GET', '/api/v1/handovers?cursor=garbage');
    expect(bad.statusCode).toBe(400);
    expect(errorCode(bad)).toBe('invalid_cursor');
  });
});
