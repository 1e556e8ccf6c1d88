import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openOutboxRow } from '../../src/storage/outbox.repo';
import { createClient, createTestApp, type TestApp } from '../helpers/app';
import { engagementWithPastSession, signUp, type Person } from '../helpers/factories';

let t: TestApp;

beforeAll(async () => {
  // Weeks pass in these tests; sign-in sessions are made to last so that only check-ins age.
  t = await createTestApp({
    overrides: { sessions: { idleMinutes: 525_600, absoluteHours: 8760 } },
  });
});
afterAll(async () => {
  await t.close();
});

const alliance = (v: number, over: Partial<Record<string, number>> = {}) => ({
  heard: v,
  goals: v,
  approach: v,
  safety: v,
  overall: v,
  ...over,
});
const wellbeing = (v: number) => ({ personal: v, relationships: v, social: v, overall: v });
let keySeq = 0;
const key = () => ({ 'idempotency-key': `key-${++keySeq}` });

async function checkinCount(): Promise<number> {
  return (
    await t.handle.db
      .selectFrom('checkins')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;
}

/** An active engagement with one session in the past (time of the test clock minus a day). */
async function withSession(): Promise<{
  client: Person;
  therapist: Person;
  engagementId: string;
  sessionId: string;
}> {
  return engagementWithPastSession(t.app, t.clock.now());
}

async function nextSession(therapist: Person, engagementId: string): Promise<string> {
  t.clock.advance(7 * 86_400_000);
  const at = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
  return (
    await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: at,
    })
  ).json<{ id: string }>().id;
}

describe('instruments', () => {
  it('lists the three built-in check-ins as FHIR Questionnaires with the contract ids', async () => {
    const list = await createClient(t.app).request('GET', '/api/v1/instruments');
    const items = list.json<{ items: { id: string; resourceType: string }[] }>().items;
    expect(items.map((item) => item.id).sort()).toEqual([
      'alliance',
      'therapist-alliance',
      'wellbeing',
    ]);
    expect(items.every((item) => item.resourceType === 'Questionnaire')).toBe(true);
    const one = await createClient(t.app).request('GET', '/api/v1/instruments/wellbeing');
    const linkIds = one.json<{ item: { linkId: string }[] }>().item.map((item) => item.linkId);
    expect(linkIds).toEqual(['personal', 'relationships', 'social', 'overall']);
    expect((await createClient(t.app).request('GET', '/api/v1/instruments/nope')).statusCode).toBe(
      404,
    );
  });
});

describe('submitting a check-in', () => {
  it('stores answers and scores, seals the comment, and shows it back to the client', async () => {
    const { client, sessionId, engagementId } = await withSession();
    const response = await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      {
        instrument: 'alliance',
        answers: alliance(9.5, { overall: 9 }),
        comment: 'Felt listened to about my sister today.',
      },
      key(),
    );
    expect(response.statusCode).toBe(201);
    const body = response.json<{
      id: string;
      scores: { alliance: number };
      comment: string;
      crisisResources?: unknown;
    }>();
    expect(body.scores.alliance).toBe(9.4);
    expect(body.comment).toBe('Felt listened to about my sister today.');
    expect(body.crisisResources).toBeUndefined();
    const raw = await sql<
      Record<string, unknown>
    >`select * from checkins where id = ${body.id}`.execute(t.handle.db);
    expect(JSON.stringify(raw.rows)).not.toMatch(/sister|listened/);
    const history = await client.request('GET', `/api/v1/engagements/${engagementId}/checkins`);
    expect(history.json<{ items: { id: string; comment: string }[] }>().items).toEqual([
      expect.objectContaining({ id: body.id, comment: body.comment }),
    ]);
  });

  it('stores a replay with the same Idempotency-Key once, and refuses the key for a different check-in', async () => {
    const { client, sessionId } = await withSession();
    const headers = key();
    const payload = { instrument: 'wellbeing', answers: wellbeing(6.2) };
    const first = await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      payload,
      headers,
    );
    const before = await checkinCount();
    const again = await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      payload,
      headers,
    );
    expect(again.statusCode).toBe(201);
    expect(again.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    expect(await checkinCount()).toBe(before);
    const different = await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'wellbeing', answers: wellbeing(2) },
      headers,
    );
    expect(different.statusCode).toBe(409);
    expect(different.json<{ error: { code: string } }>().error.code).toBe('idempotency_key_reused');
    const duplicate = await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      payload,
      key(),
    );
    expect(duplicate.json<{ error: { code: string } }>().error.code).toBe('checkin_exists');
    const noKey = await client.request('POST', `/api/v1/sessions/${sessionId}/checkins`, payload);
    expect(noKey.json<{ error: { code: string } }>().error.code).toBe('idempotency_key_required');
    expect(await checkinCount()).toBe(before);
  });

  const bad: [string, unknown, string][] = [
    [
      'a missing item',
      { instrument: 'alliance', answers: { heard: 5, goals: 5, approach: 5, safety: 5 } },
      'answer_missing',
    ],
    [
      'an answer above 10',
      { instrument: 'alliance', answers: alliance(5, { safety: 10.5 }) },
      'answer_out_of_range',
    ],
    [
      'an answer below 0',
      { instrument: 'alliance', answers: alliance(5, { safety: -0.1 }) },
      'answer_out_of_range',
    ],
    [
      'an answer between steps',
      { instrument: 'alliance', answers: alliance(5, { goals: 7.25 }) },
      'answer_off_step',
    ],
    [
      'a text answer',
      { instrument: 'alliance', answers: alliance(5, { goals: 'seven' as unknown as number }) },
      'answer_not_a_number',
    ],
    [
      'an unknown item',
      { instrument: 'alliance', answers: alliance(5, { mood: 3 }) },
      'unknown_item',
    ],
    ['an unknown instrument', { instrument: 'phq9', answers: {} }, 'unknown_instrument'],
    [
      "the therapist's instrument",
      { instrument: 'therapist-alliance', answers: alliance(5) },
      'instrument_not_allowed',
    ],
    [
      'a comment over 4,000 characters',
      { instrument: 'alliance', answers: alliance(5), comment: 'a'.repeat(4001) },
      'comment_too_long',
    ],
    [
      'an unknown field',
      { instrument: 'alliance', answers: alliance(5), mood: 'fine' },
      'unknown_field',
    ],
  ];
  it.each(bad)('refuses %s with 400 and stores nothing', async (_what, payload, code) => {
    const { client, sessionId } = await withSession();
    const before = await checkinCount();
    const response = await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      payload,
      key(),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { code: string } }>().error.code).toBe(code);
    expect(await checkinCount()).toBe(before);
    expect(
      await t.handle.db
        .selectFrom('signals')
        .selectAll()
        .where('session_id', '=', sessionId)
        .execute(),
    ).toEqual([]);
  });

  it('accepts exactly 4,000 characters and the ends of the scale', async () => {
    const { client, sessionId } = await withSession();
    const response = await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(10, { heard: 0 }), comment: 'b'.repeat(4000) },
      key(),
    );
    expect(response.statusCode).toBe(201);
  });

  it('refuses a check-in for a session that has not happened or was cancelled', async () => {
    const { client, therapist, engagementId, sessionId } = await withSession();
    const future = await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
    });
    const early = await client.request(
      'POST',
      `/api/v1/sessions/${future.json<{ id: string }>().id}/checkins`,
      { instrument: 'alliance', answers: alliance(8) },
      key(),
    );
    expect(early.statusCode).toBe(409);
    expect(early.json<{ error: { code: string } }>().error.code).toBe('session_not_ready');
    // The past session, cancelled late by the client, has nothing to check in about.
    await client.request('PATCH', `/api/v1/sessions/${sessionId}`, { status: 'late_cancelled' });
    const cancelled = await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(8) },
      key(),
    );
    expect(cancelled.json<{ error: { code: string } }>().error.code).toBe('session_not_ready');
  });

  it("hides other people's sessions and check-ins (404, nothing leaked)", async () => {
    const { client, sessionId, engagementId } = await withSession();
    await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(8), comment: 'private words here' },
      key(),
    );
    const strangerClient = await signUp(t.app, 'client', 'Stranger');
    const strangerTherapist = await signUp(t.app, 'therapist', 'Elsewhere');
    const before = await checkinCount();
    const post = await strangerClient.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'wellbeing', answers: wellbeing(5) },
      key(),
    );
    expect(post.statusCode).toBe(404);
    for (const stranger of [strangerClient, strangerTherapist]) {
      for (const url of [
        `/api/v1/engagements/${engagementId}/checkins`,
        `/api/v1/engagements/${engagementId}/signals`,
      ]) {
        const response = await stranger.request('GET', url);
        expect(response.statusCode).toBe(404);
        expect(response.body).not.toContain('private words');
      }
    }
    expect(await checkinCount()).toBe(before);
  });
});

describe('signals from check-ins', () => {
  it('raises a low-alliance flag with its evidence, keeps an acknowledgement across recomputation', async () => {
    const { client, therapist, engagementId, sessionId } = await withSession();
    await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(9.5, { safety: 5.5 }) },
      key(),
    );
    const signals = await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`);
    const low = signals
      .json<{
        items: {
          id: string;
          kind: string;
          status: string;
          evidence: Record<string, unknown>;
          reason: string;
          title: string;
        }[];
      }>()
      .items.find((s) => s.kind === 'low_alliance');
    expect(low).toBeDefined();
    expect(low?.evidence).toMatchObject({ lowestItem: 'safety', lowestValue: 5.5 });
    expect(low?.reason).toMatch(/5\.5/);
    const ack = await therapist.request('PATCH', `/api/v1/signals/${low?.id}`, {
      status: 'acknowledged',
    });
    expect(ack.json<{ status: string }>().status).toBe('acknowledged');
    // A new check-in for the same session (well-being) recomputes signals; the flag keeps its id and status.
    await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'wellbeing', answers: wellbeing(5) },
      key(),
    );
    const again = (
      await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`)
    ).json<{ items: { id: string; status: string }[] }>().items;
    expect(again.find((s) => s.id === low?.id)?.status).toBe('acknowledged');
    // The client cannot read or change the therapist's flags.
    expect(
      (await client.request('GET', `/api/v1/engagements/${engagementId}/signals`)).statusCode,
    ).toBe(403);
    expect(
      (await client.request('PATCH', `/api/v1/signals/${low?.id}`, { status: 'resolved' }))
        .statusCode,
    ).toBe(403);
  });

  it('answers risk language with crisis resources at once and an urgent flag that quotes the sentence, sealed at rest', async () => {
    const { client, therapist, engagementId, sessionId } = await withSession();
    const words = 'Some nights I think everyone would be better off without me.';
    const response = await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(9.6), comment: `Session was good. ${words}` },
      key(),
    );
    expect(response.statusCode).toBe(201);
    const resources = response.json<{ crisisResources: { name: string; phone: string | null }[] }>()
      .crisisResources;
    expect(resources.length).toBeGreaterThan(0);
    expect(resources.some((r) => r.phone === '988')).toBe(true);
    const flags = (
      await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`)
    ).json<{ items: { kind: string; severity: string; evidence: { quote?: string } }[] }>().items;
    const risk = flags.find((flag) => flag.kind === 'comment_risk');
    expect(risk?.severity).toBe('urgent');
    expect(risk?.evidence.quote).toBe(words);
    // Urgent flags come first.
    expect(flags[0]?.kind).toBe('comment_risk');
    const raw = await sql<
      Record<string, unknown>
    >`select * from signals where engagement_id = ${engagementId}`.execute(t.handle.db);
    expect(JSON.stringify(raw.rows)).not.toContain('better off');
  });

  it('flags an agreement gap when the therapist rates the session 2 points higher, not lower', async () => {
    const { client, therapist, engagementId, sessionId } = await withSession();
    await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(7) },
      key(),
    );
    await therapist.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'therapist-alliance', answers: alliance(9) },
      key(),
    );
    const kinds = (await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`))
      .json<{ items: { kind: string }[] }>()
      .items.map((s) => s.kind);
    expect(kinds).toContain('agreement_gap');

    const other = await withSession();
    await other.client.request(
      'POST',
      `/api/v1/sessions/${other.sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(9.8) },
      key(),
    );
    await other.therapist.request(
      'POST',
      `/api/v1/sessions/${other.sessionId}/checkins`,
      { instrument: 'therapist-alliance', answers: alliance(7) },
      key(),
    );
    const otherKinds = (
      await other.therapist.request('GET', `/api/v1/engagements/${other.engagementId}/signals`)
    )
      .json<{ items: { kind: string }[] }>()
      .items.map((s) => s.kind);
    expect(otherKinds).not.toContain('agreement_gap');
  });

  it('raises a drop against the running mean and resolves it when the alliance recovers (V shape)', async () => {
    const { client, therapist, engagementId, sessionId } = await withSession();
    await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(9.6) },
      key(),
    );
    for (const value of [9.5, 9.7]) {
      const id = await nextSession(therapist, engagementId);
      await client.request(
        'POST',
        `/api/v1/sessions/${id}/checkins`,
        { instrument: 'alliance', answers: alliance(value) },
        key(),
      );
    }
    const dropSession = await nextSession(therapist, engagementId);
    await client.request(
      'POST',
      `/api/v1/sessions/${dropSession}/checkins`,
      { instrument: 'alliance', answers: alliance(7.2) },
      key(),
    );
    type Flag = { id: string; kind: string; status: string; resolution: string | null };
    const flags = async () =>
      (await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`)).json<{
        items: Flag[];
      }>().items;
    const drop = (await flags()).find((flag) => flag.kind === 'alliance_drop');
    expect(drop?.status).toBe('open');
    const recovery = await nextSession(therapist, engagementId);
    await client.request(
      'POST',
      `/api/v1/sessions/${recovery}/checkins`,
      { instrument: 'alliance', answers: alliance(9.7) },
      key(),
    );
    const after = await flags();
    expect(after.find((flag) => flag.id === drop?.id)).toMatchObject({ status: 'resolved' });
    expect(after.find((flag) => flag.id === drop?.id)?.resolution).toBeTruthy();
    expect(after.some((flag) => flag.kind === 'rupture_repaired')).toBe(true);
  });
});

describe('check-in links', () => {
  async function linkFor(sessionId: string, clientId: string): Promise<string> {
    const rows = await t.handle.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('recipient_id', '=', clientId)
      .orderBy('created_at', 'desc')
      .execute();
    const mail = rows
      .map((row) => openOutboxRow(t.deps.sealer, row))
      .find((m) => m.kind === 'checkin_link');
    expect(mail, `a check-in e-mail for session ${sessionId}`).toBeDefined();
    const match = /\/checkin\/([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '');
    return match?.[1] ?? '';
  }

  it('are sent when a session is marked attended, open without a password, work once, and expire', async () => {
    const { client, therapist, sessionId, engagementId } = await withSession();
    await therapist.request('PATCH', `/api/v1/sessions/${sessionId}`, { status: 'attended' });
    const token = await linkFor(sessionId, client.id);
    expect(token).toHaveLength(43);
    const stored = await t.handle.db
      .selectFrom('checkin_links')
      .selectAll()
      .where('session_id', '=', sessionId)
      .execute();
    expect(JSON.stringify(stored)).not.toContain(token);

    const anonymous = createClient(t.app, '10.7.0.1');
    const form = await anonymous.request('GET', `/api/v1/checkin-links/${token}`, undefined, {
      'accept-language': 'fr',
    });
    expect(form.statusCode).toBe(200);
    const view = form.json<{
      sessionNumber: number;
      instruments: {
        id: string;
        title: string;
        items: { id: string; lower: string; upper: string }[];
      }[];
    }>();
    expect(view.sessionNumber).toBe(1);
    expect(view.instruments.map((i) => i.id)).toEqual(['alliance', 'wellbeing']);
    expect(
      view.instruments[0]?.items.every((item) => item.lower.length > 0 && item.upper.length > 0),
    ).toBe(true);

    const headers = key();
    const payload = {
      checkins: [
        { instrument: 'alliance', answers: alliance(8.8), comment: 'Good to be back.' },
        { instrument: 'wellbeing', answers: wellbeing(6) },
      ],
    };
    const submitted = await anonymous.request(
      'POST',
      `/api/v1/checkin-links/${token}/checkins`,
      payload,
      headers,
    );
    expect(submitted.statusCode).toBe(201);
    const ids = submitted.json<{ checkins: { id: string; respondent: string }[] }>().checkins;
    expect(ids.map((c) => c.respondent)).toEqual(['client', 'client']);
    // A double tap returns the first result and stores nothing more.
    const before = await checkinCount();
    const replay = await anonymous.request(
      'POST',
      `/api/v1/checkin-links/${token}/checkins`,
      payload,
      headers,
    );
    expect(replay.json<{ checkins: { id: string }[] }>().checkins.map((c) => c.id)).toEqual(
      ids.map((c) => c.id),
    );
    expect(await checkinCount()).toBe(before);
    const reuse = await anonymous.request(
      'POST',
      `/api/v1/checkin-links/${token}/checkins`,
      payload,
      key(),
    );
    expect(reuse.statusCode).toBe(410);
    expect(reuse.json<{ error: { code: string } }>().error.code).toBe('checkin_link_used');
    expect((await anonymous.request('GET', `/api/v1/checkin-links/${token}`)).statusCode).toBe(410);
    // The engagement's history has them.
    expect(
      (await client.request('GET', `/api/v1/engagements/${engagementId}/checkins`)).json<{
        items: unknown[];
      }>().items,
    ).toHaveLength(2);

    // A second session's link expires after seven days.
    const second = await nextSession(therapist, engagementId);
    await therapist.request('PATCH', `/api/v1/sessions/${second}`, { status: 'attended' });
    const token2 = await linkFor(second, client.id);
    t.clock.advance(7 * 86_400_000 + 1000);
    const expired = await anonymous.request('GET', `/api/v1/checkin-links/${token2}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.json<{ error: { code: string } }>().error.code).toBe('checkin_link_expired');
    expect(
      (await anonymous.request('GET', `/api/v1/checkin-links/${'x'.repeat(43)}`)).statusCode,
    ).toBe(404);
  });

  it('refuse a half-valid submission whole', async () => {
    const { client, therapist, sessionId } = await withSession();
    await therapist.request('PATCH', `/api/v1/sessions/${sessionId}`, { status: 'attended' });
    const token = await linkFor(sessionId, client.id);
    const before = await checkinCount();
    const response = await createClient(t.app).request(
      'POST',
      `/api/v1/checkin-links/${token}/checkins`,
      {
        checkins: [
          { instrument: 'alliance', answers: alliance(8) },
          { instrument: 'wellbeing', answers: { personal: 5 } },
        ],
      },
      key(),
    );
    expect(response.statusCode).toBe(400);
    expect(await checkinCount()).toBe(before);
    // The link still works afterwards.
    expect(
      (await createClient(t.app).request('GET', `/api/v1/checkin-links/${token}`)).statusCode,
    ).toBe(200);
  });
});

describe('clinic settings and attendance', () => {
  it("use the clinic's thresholds over the defaults", async () => {
    const { client, therapist, engagementId, sessionId } = await withSession();
    await t.handle.db
      .updateTable('clinics')
      .set({
        settings: JSON.stringify({
          signals: { lowAlliance: { scoreBelow: 7.5, itemAtOrBelow: 4 } },
        }),
      })
      .where('id', '=', t.deps.defaultClinicId)
      .execute();
    try {
      await client.request(
        'POST',
        `/api/v1/sessions/${sessionId}/checkins`,
        { instrument: 'alliance', answers: alliance(8.5, { safety: 5 }) },
        key(),
      );
      const kinds = (await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`))
        .json<{ items: { kind: string }[] }>()
        .items.map((s) => s.kind);
      // A score of 7.8 with an item at 5 is low by the defaults (below 9, item ≤ 6), not by this clinic's (7.5, 4).
      expect(kinds).not.toContain('low_alliance');
    } finally {
      await t.handle.db
        .updateTable('clinics')
        .set({ settings: '{}' })
        .where('id', '=', t.deps.defaultClinicId)
        .execute();
    }
  });

  it("flag disengagement from the client's cancellations, not the therapist's", async () => {
    const { client, therapist, engagementId } = await withSession();
    const flags = async () =>
      (await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`)).json<{
        items: { kind: string; status: string; evidence: { rule?: string } }[];
      }>().items;
    const therapistCancels = [
      await nextSession(therapist, engagementId),
      await nextSession(therapist, engagementId),
    ];
    for (const id of therapistCancels)
      await therapist.request('PATCH', `/api/v1/sessions/${id}`, {
        status: 'cancelled',
        cancelledBy: 'therapist',
      });
    expect(
      (await flags()).filter((flag) => flag.kind === 'disengagement' && flag.status !== 'resolved'),
    ).toEqual([]);
    const noShow = await nextSession(therapist, engagementId);
    await therapist.request('PATCH', `/api/v1/sessions/${noShow}`, { status: 'no_show' });
    const late = await nextSession(therapist, engagementId);
    await client.request('PATCH', `/api/v1/sessions/${late}`, { status: 'late_cancelled' });
    const open = (await flags()).filter(
      (flag) => flag.kind === 'disengagement' && flag.status === 'open',
    );
    expect(open.map((flag) => flag.evidence.rule)).toContain('cancellations');
  });

  it("refuses another therapist's attempt to change a flag, and an unknown flag", async () => {
    const { client, therapist, engagementId, sessionId } = await withSession();
    await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'alliance', answers: alliance(6) },
      key(),
    );
    const flag = (
      await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`)
    ).json<{ items: { id: string }[] }>().items[0];
    const stranger = await signUp(t.app, 'therapist', 'Stranger');
    expect(
      (await stranger.request('PATCH', `/api/v1/signals/${flag?.id}`, { status: 'resolved' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await therapist.request('PATCH', '/api/v1/signals/00000000-0000-4000-8000-000000000000', {
          status: 'resolved',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await therapist.request('PATCH', `/api/v1/signals/${flag?.id}`, { status: 'reopened' }))
        .statusCode,
    ).toBe(400);
    const resolved = await therapist.request('PATCH', `/api/v1/signals/${flag?.id}`, {
      status: 'resolved',
    });
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      resolution: 'Marked as resolved by the therapist.',
    });
  });
});
