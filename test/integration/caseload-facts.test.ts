/**
 * The caseload reads its per-client facts from engagement_facts, which triggers keep current as
 * sessions and check-ins are written (migration 0006). These tests change the underlying rows in
 * every way the product does — attendance recorded and corrected, check-ins from both sides,
 * sessions scheduled — and check the caseload tells the truth each time; and that one caseload
 * read is one audit event naming every client shown, which keeps the chain valid.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/storage/audit.repo';
import { createTestApp, type TestApp } from '../helpers/app';
import { activeEngagement } from '../helpers/factories';

let t: TestApp;
const day = 86_400_000;
let keys = 0;
const key = () => ({ 'idempotency-key': `facts-${++keys}` });
const alliance = (v: number) => ({ heard: v, goals: v, approach: v, safety: v, overall: v });
const wellbeing = (v: number) => ({ personal: v, relationships: v, social: v, overall: v });

beforeAll(async () => {
  t = await createTestApp({
    overrides: { sessions: { idleMinutes: 525_600, absoluteHours: 8760 } },
  });
});
afterAll(async () => {
  await t.close();
});

interface Item {
  engagementId: string;
  client: { id: string };
  sessionsAttended: number;
  lastSessionAt: string | null;
  nextSessionAt: string | null;
  latestAlliance: { score: number; trend: string | null; at: string } | null;
  latestWellbeing: { score: number; trend: string | null } | null;
}

describe('the caseload facts', () => {
  it('follow attendance, its corrections, check-ins from both sides and the next session', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const row = async (): Promise<Item> => {
      const response = await therapist.request('GET', '/api/v1/caseload');
      expect(response.statusCode).toBe(200);
      const item = response
        .json<{ items: Item[] }>()
        .items.find((entry) => entry.engagementId === engagementId);
      if (!item) throw new Error('engagement missing from the caseload');
      return item;
    };
    const schedule = async (daysFromNow: number) => {
      const at = new Date(t.clock.now().getTime() + daysFromNow * day).toISOString();
      const response = await therapist.request(
        'POST',
        `/api/v1/engagements/${engagementId}/sessions`,
        { scheduledAt: at },
      );
      expect(response.statusCode).toBe(201);
      return { id: response.json<{ id: string }>().id, at };
    };
    const mark = async (id: string, status: string) =>
      expect(
        (await therapist.request('PATCH', `/api/v1/sessions/${id}`, { status })).statusCode,
      ).toBe(200);

    expect(await row()).toMatchObject({
      sessionsAttended: 0,
      lastSessionAt: null,
      nextSessionAt: null,
      latestAlliance: null,
      latestWellbeing: null,
    });

    const first = await schedule(-14);
    const second = await schedule(-7);
    const next = await schedule(5);
    await schedule(12);
    await mark(first.id, 'attended');
    await mark(second.id, 'attended');
    expect(await row()).toMatchObject({
      sessionsAttended: 2,
      lastSessionAt: second.at,
      nextSessionAt: next.at,
    });

    // A correction: the second session was in fact a no-show.
    await mark(second.id, 'no_show');
    expect(await row()).toMatchObject({ sessionsAttended: 1, lastSessionAt: first.at });
    await mark(second.id, 'attended');

    const submit = async (sessionId: string, instrument: string, answers: object) => {
      const response = await client.request(
        'POST',
        `/api/v1/sessions/${sessionId}/checkins`,
        { instrument, answers },
        key(),
      );
      expect(response.statusCode).toBe(201);
      t.clock.advance(60_000);
    };
    await submit(first.id, 'alliance', alliance(9));
    await submit(first.id, 'wellbeing', wellbeing(5));
    expect(await row()).toMatchObject({
      latestAlliance: { score: 9, trend: null },
      latestWellbeing: { score: 20, trend: null },
    });
    await submit(second.id, 'alliance', alliance(7.5));
    await submit(second.id, 'wellbeing', wellbeing(6));
    expect(await row()).toMatchObject({
      latestAlliance: { score: 7.5, trend: 'down' },
      latestWellbeing: { score: 24, trend: 'up' },
    });

    // The therapist's own rating of the alliance is not the client's score.
    const own = await therapist.request(
      'POST',
      `/api/v1/sessions/${second.id}/checkins`,
      { instrument: 'therapist-alliance', answers: alliance(3) },
      key(),
    );
    expect(own.statusCode).toBe(201);
    expect((await row()).latestAlliance).toMatchObject({ score: 7.5, trend: 'down' });

    // Once the next session is recorded as cancelled, the one after it is next.
    await mark(next.id, 'cancelled');
    expect((await row()).nextSessionAt).not.toBe(next.at);
    expect((await row()).nextSessionAt).not.toBeNull();
  });

  it('go with their engagement when it is deleted', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const at = new Date(t.clock.now().getTime() - day).toISOString();
    const sessionId = (
      await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
        scheduledAt: at,
      })
    ).json<{ id: string }>().id;
    await therapist.request('PATCH', `/api/v1/sessions/${sessionId}`, { status: 'attended' });
    await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(8) },
      key(),
    );
    const facts = () =>
      t.handle.db
        .selectFrom('engagement_facts')
        .selectAll()
        .where('engagement_id', '=', engagementId)
        .execute();
    expect(await facts()).toMatchObject([{ sessions_attended: 1, alliance_latest: 8 }]);
    // Everything hangs from the engagement with ON DELETE CASCADE: the triggers on the rows
    // deleted with it must not write facts back for an engagement that is going.
    await t.handle.db.deleteFrom('engagements').where('id', '=', engagementId).execute();
    expect(await facts()).toEqual([]);
  });
});

describe('the flags in the caseload', () => {
  it('read their one-line reasons, with the sealed quote opened, in the reader’s language', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const at = new Date(t.clock.now().getTime() - day).toISOString();
    const sessionId = (
      await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
        scheduledAt: at,
      })
    ).json<{ id: string }>().id;
    await therapist.request('PATCH', `/api/v1/sessions/${sessionId}`, { status: 'attended' });
    const words = 'I keep thinking about ending my life.';
    await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(9), comment: words },
      key(),
    );
    type Flag = { kind: string; severity: string; title: string; reason: string };
    const flags = async () =>
      (await therapist.request('GET', '/api/v1/caseload'))
        .json<{ items: { engagementId: string; openFlags: Flag[] }[] }>()
        .items.find((item) => item.engagementId === engagementId)?.openFlags ?? [];
    const risk = (await flags()).find((flag) => flag.kind === 'comment_risk');
    expect(risk).toMatchObject({ severity: 'urgent' });
    expect(risk?.reason).toContain(words);
    const stored = await t.handle.db
      .selectFrom('signals')
      .select(['evidence', 'quote_ciphertext'])
      .where('engagement_id', '=', engagementId)
      .where('kind', '=', 'comment_risk')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain('ending my life');
    expect((await therapist.request('PATCH', '/api/v1/me', { locale: 'fr' })).statusCode).toBe(200);
    const inFrench = (await flags()).find((flag) => flag.kind === 'comment_risk');
    expect(inFrench?.title).not.toBe(risk?.title);
    expect(inFrench?.reason).toContain(words);
  });
});

describe('reading the caseload', () => {
  it('is one audit event naming every client shown, and the chain still verifies', async () => {
    const therapistSide = await activeEngagement(t.app);
    const { therapist } = therapistSide;
    const before = await t.handle.db
      .selectFrom('audit_events')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('action', '=', 'caseload.read')
      .executeTakeFirstOrThrow();
    const response = await therapist.request('GET', '/api/v1/caseload');
    const shown = response.json<{ items: Item[] }>().items.map((item) => item.client.id);
    expect(shown).toEqual([therapistSide.client.id]);
    const events = await t.handle.db
      .selectFrom('audit_events')
      .select(['actor_id', 'subject_id', 'subject_ids'])
      .where('action', '=', 'caseload.read')
      .orderBy('seq')
      .execute();
    expect(events).toHaveLength(before.n + 1);
    expect(events.at(-1)).toEqual({
      actor_id: therapist.id,
      subject_id: null,
      subject_ids: shown,
    });
    // A client finds the read among the events that name them.
    const mine = await t.handle.db
      .selectFrom('audit_events')
      .select('action')
      .where(sql<boolean>`${therapistSide.client.id}::uuid = any(subject_ids)`)
      .execute();
    expect(mine.map((event) => event.action)).toContain('caseload.read');
    expect(await verifyAuditChain(t.handle.db, t.deps.defaultClinicId)).toMatchObject({ ok: true });

    // Altering the list of people shown is detected like any other edit.
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(t.handle.db);
    await sql`update audit_events set subject_ids = array[gen_random_uuid()]
      where action = 'caseload.read' and actor_id = ${therapist.id}`.execute(t.handle.db);
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(t.handle.db);
    expect(await verifyAuditChain(t.handle.db, t.deps.defaultClinicId)).toMatchObject({
      ok: false,
      problem: { reason: 'content does not match its hash' },
    });
  });
});
