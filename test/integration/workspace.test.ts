import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { TestApp } from '../helpers/app';
import { createAdminTestApp, signInAdmin } from '../helpers/admins';
import { signUp, type Person } from '../helpers/factories';

let t: TestApp;
const day = 86_400_000;

beforeAll(async () => {
  t = await createAdminTestApp();
});
afterAll(async () => {
  await t.close();
});

const alliance = (v: number, over: Record<string, number> = {}) => ({
  heard: v,
  goals: v,
  approach: v,
  safety: v,
  overall: v,
  ...over,
});
let keys = 0;
const key = () => ({ 'idempotency-key': `ws-${++keys}` });

async function engage(
  therapist: Person,
  name: string,
): Promise<{ client: Person; engagementId: string }> {
  const client = await signUp(t.app, 'client', name);
  const engagementId = (
    await therapist.request('POST', '/api/v1/engagements', { clientEmail: client.email })
  ).json<{ id: string }>().id;
  await client.request('PATCH', `/api/v1/engagements/${engagementId}`, { status: 'active' });
  return { client, engagementId };
}

async function session(therapist: Person, engagementId: string, daysAgo: number): Promise<string> {
  const at = new Date(t.clock.now().getTime() - daysAgo * day).toISOString();
  const id = (
    await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: at,
    })
  ).json<{ id: string }>().id;
  await therapist.request('PATCH', `/api/v1/sessions/${id}`, { status: 'attended' });
  return id;
}

describe('caseload', () => {
  it('orders clients by need for attention and explains each flag', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Caseload Therapist');
    const fine = await engage(therapist, 'Fine');
    const quiet = await engage(therapist, 'Quiet');
    const low = await engage(therapist, 'Low');
    const risk = await engage(therapist, 'Risk');

    const fineSession = await session(therapist, fine.engagementId, 2);
    await fine.client.request(
      'POST',
      `/api/v1/sessions/${fineSession}/checkins`,
      { instrument: 'alliance', answers: alliance(9.6) },
      key(),
    );
    await session(therapist, quiet.engagementId, 40);
    const lowFirst = await session(therapist, low.engagementId, 9);
    await low.client.request(
      'POST',
      `/api/v1/sessions/${lowFirst}/checkins`,
      { instrument: 'alliance', answers: alliance(9.5) },
      key(),
    );
    t.clock.advance(60_000);
    const lowSecond = await session(therapist, low.engagementId, 2);
    await low.client.request(
      'POST',
      `/api/v1/sessions/${lowSecond}/checkins`,
      { instrument: 'alliance', answers: alliance(8, { safety: 5 }) },
      key(),
    );
    const riskSession = await session(therapist, risk.engagementId, 1);
    await risk.client.request(
      'POST',
      `/api/v1/sessions/${riskSession}/checkins`,
      {
        instrument: 'alliance',
        answers: alliance(9.7),
        comment: 'I have been thinking about ending my life.',
      },
      key(),
    );

    const response = await therapist.request('GET', '/api/v1/caseload');
    expect(response.statusCode).toBe(200);
    type Item = {
      client: { displayName: string };
      attention: string;
      openFlags: { kind: string; reason: string }[];
      latestAlliance: { score: number; trend: string | null } | null;
    };
    const items = response.json<{ items: Item[] }>().items;
    expect(items.map((item) => [item.client.displayName, item.attention])).toEqual([
      ['Risk', 'urgent'],
      ['Low', 'warning'],
      ['Quiet', 'quiet'],
      ['Fine', 'none'],
    ]);
    expect(items[0]?.openFlags.map((flag) => flag.kind)).toContain('comment_risk');
    expect(items[1]?.latestAlliance).toMatchObject({ score: 7.4, trend: 'down' });
    expect(items[1]?.openFlags.find((flag) => flag.kind === 'low_alliance')?.reason).toMatch(
      /7\.4/,
    );

    const firstPage = (await therapist.request('GET', '/api/v1/caseload?limit=3')).json<{
      items: Item[];
      nextCursor: string;
    }>();
    expect(firstPage.items).toHaveLength(3);
    const second = (
      await therapist.request('GET', `/api/v1/caseload?limit=3&cursor=${firstPage.nextCursor}`)
    ).json<{ items: Item[]; nextCursor: string | null }>();
    expect(second.items.map((item) => item.client.displayName)).toEqual(['Fine']);
    expect(second.nextCursor).toBeNull();

    expect((await fine.client.request('GET', '/api/v1/caseload')).statusCode).toBe(403);
    const other = await signUp(t.app, 'therapist', 'Other');
    expect(
      (await other.request('GET', '/api/v1/caseload')).json<{ items: unknown[] }>().items,
    ).toEqual([]);
  });
});

describe('a flag and its repair', () => {
  it('gives a prompt, logs a sealed repair note, and shows whether the alliance recovered', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Repairing');
    const { client, engagementId } = await engage(therapist, 'Client V');
    for (const [ago, value] of [
      [30, 9.6],
      [23, 9.5],
      [16, 9.7],
    ] as const) {
      const id = await session(therapist, engagementId, ago);
      await client.request(
        'POST',
        `/api/v1/sessions/${id}/checkins`,
        { instrument: 'alliance', answers: alliance(value) },
        key(),
      );
    }
    const drop = await session(therapist, engagementId, 9);
    await client.request(
      'POST',
      `/api/v1/sessions/${drop}/checkins`,
      {
        instrument: 'alliance',
        answers: alliance(7),
        comment: 'I felt judged when we talked about my drinking.',
      },
      key(),
    );
    const flags = (
      await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`)
    ).json<{ items: { id: string; kind: string }[] }>().items;
    const dropFlag = flags.find((flag) => flag.kind === 'alliance_drop');
    expect(dropFlag).toBeDefined();

    type Detail = {
      prompt: { title: string; open: string[]; followClinicProtocol: boolean };
      repairs: { note: string }[];
      recovery: {
        baseline: number | null;
        atFlag: number | null;
        afterRepair: number | null;
        recovered: boolean | null;
      };
    };
    const before = (
      await therapist.request('GET', `/api/v1/signals/${dropFlag?.id}`)
    ).json<Detail>();
    expect(before.prompt.open.length).toBeGreaterThanOrEqual(2);
    expect(before.prompt.followClinicProtocol).toBe(false);
    expect(before.recovery).toEqual({
      baseline: 9.6,
      atFlag: 7,
      afterRepair: null,
      recovered: null,
    });

    const note =
      'Named the drop, asked what felt judging; she said the drinking question came too fast.';
    const added = await therapist.request('POST', `/api/v1/signals/${dropFlag?.id}/repairs`, {
      note,
    });
    expect(added.statusCode).toBe(201);
    const raw = await sql<Record<string, unknown>>`select * from repair_notes`.execute(t.handle.db);
    expect(JSON.stringify(raw.rows)).not.toContain('drinking');

    t.clock.advance(day);
    const next = await session(therapist, engagementId, 0.5);
    await client.request(
      'POST',
      `/api/v1/sessions/${next}/checkins`,
      { instrument: 'alliance', answers: alliance(9.7) },
      key(),
    );
    const after = (await therapist.request('GET', `/api/v1/signals/${dropFlag?.id}`)).json<
      Detail & { status: string }
    >();
    expect(after.repairs.map((r) => r.note)).toEqual([note]);
    expect(after.recovery).toMatchObject({ afterRepair: 9.7, recovered: true });
    expect(after.status).toBe('resolved');

    const stranger = await signUp(t.app, 'therapist', 'Nosy');
    expect((await stranger.request('GET', `/api/v1/signals/${dropFlag?.id}`)).statusCode).toBe(404);
    expect(
      (await stranger.request('POST', `/api/v1/signals/${dropFlag?.id}/repairs`, { note: 'x' }))
        .statusCode,
    ).toBe(404);
    expect((await client.request('GET', `/api/v1/signals/${dropFlag?.id}`)).statusCode).toBe(404);
    expect(
      (await therapist.request('POST', `/api/v1/signals/${dropFlag?.id}/repairs`, { note: '   ' }))
        .statusCode,
    ).toBe(400);
  });

  it('gives a protocol prompt, not a repair script, for a boundary concern', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Boundary');
    const { client, engagementId } = await engage(therapist, 'Client B');
    const id = await session(therapist, engagementId, 1);
    await client.request(
      'POST',
      `/api/v1/sessions/${id}/checkins`,
      {
        instrument: 'alliance',
        answers: alliance(9.5),
        comment: 'He asked me to meet him for a drink after our session.',
      },
      key(),
    );
    const flags = (
      await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`)
    ).json<{ items: { id: string; kind: string }[] }>().items;
    const redFlag = flags.find((flag) => flag.kind === 'red_flag');
    const detail = (await therapist.request('GET', `/api/v1/signals/${redFlag?.id}`)).json<{
      prompt: { followClinicProtocol: boolean };
    }>();
    expect(detail.prompt.followClinicProtocol).toBe(true);
  });
});

describe('goals', () => {
  it('are rated by both sides; ratings 3 apart raise an agreement gap; titles are sealed', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Goals');
    const { client, engagementId } = await engage(therapist, 'Client G');
    const created = await therapist.request('POST', `/api/v1/engagements/${engagementId}/goals`, {
      title: 'Sleep through the night most weeks',
    });
    expect(created.statusCode).toBe(201);
    const goalId = created.json<{ id: string }>().id;
    const raw = await sql<Record<string, unknown>>`select * from goals`.execute(t.handle.db);
    expect(JSON.stringify(raw.rows)).not.toContain('Sleep');

    for (const bad of [{ progress: 11 }, { progress: 7.25 }, { progress: 5, agreement: -1 }, {}]) {
      expect(
        (await client.request('POST', `/api/v1/goals/${goalId}/ratings`, bad)).statusCode,
      ).toBe(400);
    }
    await client.request('POST', `/api/v1/goals/${goalId}/ratings`, { progress: 3, agreement: 9 });
    t.clock.advance(60_000);
    const rated = await therapist.request('POST', `/api/v1/goals/${goalId}/ratings`, {
      progress: 7,
      agreement: 9,
    });
    expect(
      rated
        .json<{ ratings: { raterRole: string; progress: number }[] }>()
        .ratings.map((r) => [r.raterRole, r.progress]),
    ).toEqual([
      ['client', 3],
      ['therapist', 7],
    ]);
    const listed = (await client.request('GET', `/api/v1/engagements/${engagementId}/goals`)).json<{
      items: { title: string }[];
    }>().items;
    expect(listed.map((goal) => goal.title)).toEqual(['Sleep through the night most weeks']);
    const kinds = (await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`))
      .json<{ items: { kind: string }[] }>()
      .items.map((s) => s.kind);
    expect(kinds).toContain('agreement_gap');

    const stranger = await signUp(t.app, 'client', 'Stranger G');
    expect(
      (await stranger.request('GET', `/api/v1/engagements/${engagementId}/goals`)).statusCode,
    ).toBe(404);
    expect(
      (await stranger.request('POST', `/api/v1/goals/${goalId}/ratings`, { progress: 5 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await therapist.request('PATCH', `/api/v1/goals/${goalId}`, { status: 'achieved' })).json<{
        status: string;
      }>().status,
    ).toBe('achieved');
    expect(
      (await client.request('POST', `/api/v1/goals/${goalId}/ratings`, { progress: 9 })).statusCode,
    ).toBe(409);
  });
});

describe('private reflections', () => {
  it('are readable by their author alone — not the client, not an administrator, not another therapist', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Reflective');
    const { client, engagementId } = await engage(therapist, 'Client R');
    const text =
      'Noticed irritation when he cancelled again; check my own tiredness before Thursday.';
    const created = await therapist.request(
      'POST',
      `/api/v1/engagements/${engagementId}/reflections`,
      { text },
    );
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect(
      (await therapist.request('GET', `/api/v1/engagements/${engagementId}/reflections`)).json<{
        items: { text: string }[];
      }>().items,
    ).toEqual([expect.objectContaining({ text })]);
    const admin = await signInAdmin(t);
    const other = await signUp(t.app, 'therapist', 'Colleague');
    for (const reader of [client, admin, other]) {
      const response = await reader.request(
        'GET',
        `/api/v1/engagements/${engagementId}/reflections`,
      );
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('irritation');
      expect((await reader.request('DELETE', `/api/v1/reflections/${id}`)).statusCode).toBe(404);
      expect(
        (
          await reader.request('POST', `/api/v1/engagements/${engagementId}/reflections`, {
            text: 'x',
          })
        ).statusCode,
      ).toBe(404);
    }
    const raw = await sql<Record<string, unknown>>`select * from reflection_notes`.execute(
      t.handle.db,
    );
    expect(JSON.stringify(raw.rows)).not.toContain('irritation');
    // Not in the client's access log: reflection events name no subject.
    const events = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('action', 'like', 'reflection.%')
      .execute();
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.subject_id === null)).toBe(true);
    expect((await therapist.request('DELETE', `/api/v1/reflections/${id}`)).statusCode).toBe(200);
    expect(
      (await therapist.request('GET', `/api/v1/engagements/${engagementId}/reflections`)).json<{
        items: unknown[];
      }>().items,
    ).toEqual([]);
  });
});
