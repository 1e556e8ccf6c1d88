import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { activeEngagement, signUp } from '../helpers/factories';
import { errorCode, expectStatus } from '../helpers/directory';

let t: TestApp;
const day = 86_400_000;

beforeAll(async () => {
  t = await createTestApp({
    overrides: { sessions: { idleMinutes: 525_600, absoluteHours: 8760 } },
  });
});
afterAll(async () => {
  await t.close();
});

type Access = {
  occurredAt: string;
  actor: { role: string; displayName: string | null };
  action: string;
  what: string;
  outcome: string;
};
type AccessPage = { items: Access[]; nextCursor: string | null };

describe('GET /me/audit', () => {
  it('lists what others did with the client’s records (who, what, when), not the client’s own actions', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    t.clock.advance(60_000);
    await expectStatus(
      therapist.request('GET', `/api/v1/engagements/${engagementId}/checkins`),
      200,
    );
    t.clock.advance(60_000);
    await expectStatus(therapist.request('GET', `/api/v1/engagements/${engagementId}/goals`), 200);
    t.clock.advance(60_000);
    // The caseload is one event listing every client it showed (subject_ids).
    await expectStatus(therapist.request('GET', '/api/v1/caseload'), 200);
    // The client's own reads are not accesses by someone else.
    await expectStatus(client.request('GET', `/api/v1/engagements/${engagementId}/goals`), 200);

    const page = (
      await expectStatus(client.request('GET', '/api/v1/me/audit'), 200)
    ).json<AccessPage>();
    const actions = page.items.map((item) => item.action);
    expect(actions.slice(0, 3)).toEqual(['caseload.read', 'goal.list', 'checkin.list']);
    expect(page.items.every((item) => item.actor.role === 'therapist')).toBe(true);
    expect(page.items[0]).toMatchObject({
      actor: { role: 'therapist', displayName: 'Therapist' },
      what: 'Saw you in their list of clients',
      outcome: 'success',
    });
    expect(page.items[1]!.what).toBe('Looked at your goals');
    // Newest first.
    const times = page.items.map((item) => item.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);

    await expectStatus(client.request('PATCH', '/api/v1/me', { locale: 'fr' }), 200);
    const french = (await client.request('GET', '/api/v1/me/audit')).json<AccessPage>();
    expect(french.items[1]!.what).toBe('A consulté vos objectifs');
  });

  it('never shows another client’s accesses', async () => {
    const a = await activeEngagement(t.app);
    const b = await activeEngagement(t.app);
    await expectStatus(
      b.therapist.request('GET', `/api/v1/engagements/${b.engagementId}/goals`),
      200,
    );
    const mine = (await a.client.request('GET', '/api/v1/me/audit')).json<AccessPage>();
    expect(
      mine.items.some(
        (item) => item.actor.displayName === b.therapist.name && item.action === 'goal.list',
      ),
    ).toBe(false);
    const theirs = (await b.client.request('GET', '/api/v1/me/audit')).json<AccessPage>();
    expect(theirs.items.map((item) => item.action)).toContain('goal.list');
  });

  it('filters by date and pages', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const start = t.clock.now();
    for (let i = 0; i < 3; i += 1) {
      t.clock.advance(day);
      await expectStatus(
        therapist.request('GET', `/api/v1/engagements/${engagementId}/goals`),
        200,
      );
    }
    const dayOf = (offset: number) =>
      new Date(start.getTime() + offset * day).toISOString().slice(0, 10);
    const oneDay = (
      await client.request('GET', `/api/v1/me/audit?from=${dayOf(2)}&to=${dayOf(2)}`)
    ).json<AccessPage>();
    expect(oneDay.items.map((item) => item.action)).toEqual(['goal.list']);
    expect(oneDay.items[0]!.occurredAt.slice(0, 10)).toBe(dayOf(2));

    const since = (
      await client.request('GET', `/api/v1/me/audit?from=${dayOf(1)}&limit=2`)
    ).json<AccessPage>();
    expect(since.items).toHaveLength(2);
    expect(since.nextCursor).toEqual(expect.any(String));
    const rest = (
      await client.request(
        'GET',
        `/api/v1/me/audit?from=${dayOf(1)}&limit=2&cursor=${since.nextCursor}`,
      )
    ).json<AccessPage>();
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    expect(new Set([...since.items, ...rest.items].map((item) => item.occurredAt)).size).toBe(3);
  });

  it('refuses bad input and people who are not clients', async () => {
    const client = await signUp(t.app, 'client', 'Filter');
    for (const query of [
      '?from=2026-13-01',
      '?from=yesterday',
      '?from=2026-03-05&to=2026-03-01',
      '?limit=0',
      '?limit=201',
      '?cursor=nonsense',
      '?who=me',
    ]) {
      const response = await client.request('GET', `/api/v1/me/audit${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(['validation_failed', 'invalid_cursor', 'unknown_field']).toContain(
        errorCode(response),
      );
    }
    const empty = (await client.request('GET', '/api/v1/me/audit')).json<AccessPage>();
    expect(empty).toEqual({ items: [], nextCursor: null });
    const therapist = await signUp(t.app, 'therapist', 'Nosy');
    expect((await therapist.request('GET', '/api/v1/me/audit')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/audit' })).statusCode).toBe(401);
  });
});
