import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/storage/audit.repo';
import { createTestApp, goodPassword, type TestApp } from '../helpers/app';
import { activeEngagement, signIn, type Person } from '../helpers/factories';

const adminEmail = 'audit.admin@example.org';
const adminPassword = 'a long admin passphrase 7';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signIn>>;
let pair: { client: Person; therapist: Person; engagementId: string };

interface Page {
  items: {
    seq: number;
    occurredAt: string;
    action: string;
    actor: { id: string; displayName: string | null } | null;
    subject: { id: string; displayName: string | null } | null;
    outcome: string;
  }[];
  nextCursor: string | null;
}

beforeAll(async () => {
  t = await createTestApp({
    env: { RAPPORT_ADMIN_EMAIL: adminEmail, RAPPORT_ADMIN_PASSWORD: adminPassword },
  });
  pair = await activeEngagement(t.app);
  t.clock.advance(86_400_000);
  await pair.therapist.request('GET', `/api/v1/engagements/${pair.engagementId}`);
  admin = await signIn(t.app, adminEmail, adminPassword);
});
afterAll(async () => {
  await t.close();
});

describe('GET /audit', () => {
  it('lists the clinic’s events newest first, with names, and records the search itself', async () => {
    const response = await admin.request('GET', '/api/v1/audit?limit=200');
    expect(response.statusCode).toBe(200);
    const page = response.json<Page>();
    expect(page.items.length).toBeGreaterThan(3);
    const seqs = page.items.map((item) => item.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const created = page.items.find(
      (item) => item.action === 'account.create' && item.subject?.id === pair.client.id,
    );
    expect(created?.subject?.displayName).toBe('Client');

    const again = (await admin.request('GET', '/api/v1/audit?limit=1')).json<Page>();
    expect(again.items[0]?.action).toBe('audit.search');
    expect(again.items[0]?.actor?.id).toBeDefined();
    const chain = await verifyAuditChain(t.handle.db, t.deps.defaultClinicId);
    expect(chain.ok).toBe(true);
  });

  it('filters by actor, by subject, by action family and by date', async () => {
    const byActor = (
      await admin.request('GET', `/api/v1/audit?actor=${pair.therapist.id}&limit=200`)
    ).json<Page>();
    expect(byActor.items.length).toBeGreaterThan(0);
    expect(byActor.items.every((item) => item.actor?.id === pair.therapist.id)).toBe(true);

    const bySubject = (
      await admin.request('GET', `/api/v1/audit?subject=${pair.client.id}&limit=200`)
    ).json<Page>();
    expect(bySubject.items.length).toBeGreaterThan(0);
    expect(bySubject.items.every((item) => item.subject?.id === pair.client.id)).toBe(true);

    const logins = (await admin.request('GET', '/api/v1/audit?action=auth&limit=200')).json<Page>();
    expect(logins.items.length).toBeGreaterThan(0);
    expect(logins.items.every((item) => item.action.startsWith('auth.'))).toBe(true);
    const exact = (
      await admin.request('GET', '/api/v1/audit?action=account.create&limit=200')
    ).json<Page>();
    expect(exact.items.every((item) => item.action === 'account.create')).toBe(true);

    const from = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    const recent = (
      await admin.request('GET', `/api/v1/audit?from=${encodeURIComponent(from)}&limit=200`)
    ).json<Page>();
    expect(recent.items.length).toBeGreaterThan(0);
    expect(recent.items.every((item) => Date.parse(item.occurredAt) >= Date.parse(from))).toBe(
      true,
    );
    expect(recent.items.some((item) => item.action === 'account.create')).toBe(false);

    // A search about one person is itself an access about them.
    const mine = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'reason'])
      .where('subject_id', '=', pair.client.id)
      .where('action', '=', 'audit.search')
      .execute();
    expect(mine).toEqual([{ action: 'audit.search', reason: 'filters: subject' }]);
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const all = (await admin.request('GET', '/api/v1/audit?action=account&limit=200')).json<Page>();
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/audit?action=account&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page: Page = (await admin.request('GET', url)).json<Page>();
      seen.push(...page.items.map((item) => item.seq));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((item) => item.seq));
    const bad = await admin.request('GET', '/api/v1/audit?cursor=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('invalid_cursor');
  });

  it('refuses bad filters with 400', async () => {
    for (const query of ['actor=not-a-uuid', 'action=DROP%20TABLE', 'from=yesterday', 'x=1']) {
      const response = await admin.request('GET', `/api/v1/audit?${query}`);
      expect(response.statusCode, query).toBe(400);
    }
  });

  it('is for administrators only: others get 403 and the attempt is recorded', async () => {
    const people = [
      await signIn(t.app, pair.client.email, goodPassword),
      await signIn(t.app, pair.therapist.email, goodPassword),
    ];
    for (const person of people) {
      const response = await person.request('GET', '/api/v1/audit');
      expect(response.statusCode).toBe(403);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('forbidden');
    }
    const denied = await t.handle.db
      .selectFrom('audit_events')
      .select('actor_id')
      .where('action', '=', 'audit.search')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((row) => row.actor_id).sort()).toEqual(
      [pair.client.id, pair.therapist.id].sort(),
    );
  });
});
