import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousRequest, createClient, type TestApp } from '../helpers/app';
import { adminEmail, createAdminTestApp, signInAdmin } from '../helpers/admins';
import { activeEngagement, signUp, type Person } from '../helpers/factories';
import { openOutboxRow } from '../../src/storage/outbox.repo';

let t: TestApp;
const day = 86_400_000;

beforeAll(async () => {
  t = await createAdminTestApp();
});
afterAll(async () => {
  await t.close();
});

const raise = (person: Person, body: Record<string, unknown>) =>
  person.request('POST', '/api/v1/concerns', body);

interface Flag {
  id: string;
  kind: string;
  status: string;
  title: string;
  reason: string;
  evidence: Record<string, unknown>;
}

async function flagsOf(therapist: Person, engagementId: string): Promise<Flag[]> {
  const response = await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`);
  expect(response.statusCode).toBe(200);
  return response.json<{ items: Flag[] }>().items;
}

async function caseloadFlags(therapist: Person, engagementId: string) {
  const response = await therapist.request('GET', '/api/v1/caseload');
  expect(response.statusCode).toBe(200);
  const item = response
    .json<{
      items: {
        engagementId: string;
        openFlags: { kind: string; title: string; reason: string }[];
      }[];
    }>()
    .items.find((i) => i.engagementId === engagementId);
  return item?.openFlags ?? [];
}

async function attendedSession(therapist: Person, engagementId: string, daysAgo: number) {
  const at = new Date(t.clock.now().getTime() - daysAgo * day).toISOString();
  const created = await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
    scheduledAt: at,
  });
  expect(created.statusCode).toBe(201);
  const id = created.json<{ id: string }>().id;
  const attended = await therapist.request('PATCH', `/api/v1/sessions/${id}`, {
    status: 'attended',
  });
  expect(attended.statusCode).toBe(200);
  return id;
}

describe('raising a concern', () => {
  it('keeps a private note private: sealed, no flag, listable and deletable by the client only', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const words = 'I left the last session feeling a bit small and did not say so.';
    const created = await raise(client, {
      engagementId,
      category: 'felt_judged',
      text: words,
      shareWithTherapist: false,
    });
    expect(created.statusCode).toBe(201);
    const concern = created.json<{
      id: string;
      text: string;
      sharedWithTherapist: boolean;
      reportedToClinic: boolean;
      therapist: { id: string };
      crisisResources?: unknown;
      regulatorContacts?: unknown;
    }>();
    expect(concern).toMatchObject({
      text: words,
      sharedWithTherapist: false,
      reportedToClinic: false,
      therapist: { id: therapist.id },
    });
    expect(concern.crisisResources).toBeUndefined();
    expect(concern.regulatorContacts).toBeUndefined();

    const row = await t.deps.db
      .selectFrom('concerns')
      .selectAll()
      .where('id', '=', concern.id)
      .executeTakeFirstOrThrow();
    expect(row.client_id).toBe(client.id);
    expect(row.text_ciphertext).not.toContain('small');
    expect(t.deps.sealer.open(row.text_ciphertext ?? '', `concerns.text:${concern.id}`)).toBe(
      words,
    );

    expect(await flagsOf(therapist, engagementId)).toEqual([]);
    expect(await caseloadFlags(therapist, engagementId)).toEqual([]);

    const mine = await client.request('GET', '/api/v1/concerns');
    expect(mine.statusCode).toBe(200);
    expect(mine.json<{ items: { id: string; text: string }[] }>().items).toEqual([
      expect.objectContaining({ id: concern.id, text: words }),
    ]);

    // Nobody else can list or delete it.
    expect((await therapist.request('GET', '/api/v1/concerns')).statusCode).toBe(403);
    const stranger = await signUp(t.app, 'client', 'Stranger');
    expect(
      (await stranger.request('GET', '/api/v1/concerns')).json<{ items: unknown[] }>().items,
    ).toEqual([]);
    expect((await stranger.request('DELETE', `/api/v1/concerns/${concern.id}`)).statusCode).toBe(
      404,
    );
    expect((await therapist.request('DELETE', `/api/v1/concerns/${concern.id}`)).statusCode).toBe(
      403,
    );

    const deleted = await client.request('DELETE', `/api/v1/concerns/${concern.id}`);
    expect(deleted.statusCode).toBe(200);
    expect(
      await t.deps.db.selectFrom('concerns').select('id').where('id', '=', concern.id).execute(),
    ).toEqual([]);
    expect((await client.request('DELETE', `/api/v1/concerns/${concern.id}`)).statusCode).toBe(404);

    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id', 'reason'])
      .where('resource_id', '=', concern.id)
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'concern.create', subject_id: client.id, reason: 'private' },
      { action: 'concern.delete', subject_id: client.id, reason: null },
    ]);
  });

  it('raises a flag for the therapist when shared, with the category and the client’s words, that recomputation never resolves', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    await attendedSession(therapist, engagementId, 3);
    const words = 'We keep talking about my job, but what I need help with is my family.';
    const created = await raise(client, {
      engagementId,
      category: 'goals',
      text: words,
      shareWithTherapist: true,
    });
    expect(created.statusCode).toBe(201);
    const concernId = created.json<{ id: string }>().id;

    const [flag, ...others] = await flagsOf(therapist, engagementId);
    expect(others).toEqual([]);
    expect(flag).toMatchObject({
      kind: 'comment_rupture',
      status: 'open',
      title: 'Your client raised a concern',
      evidence: { source: 'concern', concernId, category: 'goals', quote: words },
    });
    expect(flag?.reason).toContain('We are not working on what matters to me');
    expect(flag?.reason).toContain(words);

    const inCaseload = await caseloadFlags(therapist, engagementId);
    expect(inCaseload).toEqual([
      expect.objectContaining({ kind: 'comment_rupture', title: 'Your client raised a concern' }),
    ]);
    expect(inCaseload[0]?.reason).toContain(words);

    // The words are sealed in the flag too.
    const stored = await t.deps.db
      .selectFrom('signals')
      .select(['evidence', 'quote_ciphertext'])
      .where('id', '=', flag?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.evidence)).not.toContain('family');
    expect(stored.quote_ciphertext).not.toContain('family');

    // More sessions and check-ins recompute the engagement's signals: the flag stays open.
    t.clock.advance(day);
    const later = await attendedSession(therapist, engagementId, 1);
    const checkin = await client.request(
      'POST',
      `/api/v1/sessions/${later}/checkins`,
      {
        instrument: 'alliance',
        answers: { heard: 9.8, goals: 9.8, approach: 9.8, safety: 9.8, overall: 9.8 },
      },
      { 'idempotency-key': 'concern-recompute-1' },
    );
    expect(checkin.statusCode).toBe(201);
    const afterRecompute = (await flagsOf(therapist, engagementId)).find((f) => f.id === flag?.id);
    expect(afterRecompute?.status).toBe('open');

    // The therapist resolves it through the repair workflow; it stays resolved.
    const note = await therapist.request('POST', `/api/v1/signals/${flag?.id}/repairs`, {
      note: 'We talked about refocusing on the family.',
    });
    expect(note.statusCode).toBe(201);
    const resolved = await therapist.request('PATCH', `/api/v1/signals/${flag?.id}`, {
      status: 'resolved',
    });
    expect(resolved.statusCode).toBe(200);
    t.clock.advance(day);
    await attendedSession(therapist, engagementId, 0);
    const again = (await flagsOf(therapist, engagementId)).filter(
      (f) => f.evidence.concernId === concernId,
    );
    expect(again.map((f) => [f.id, f.status])).toEqual([[flag?.id, 'resolved']]);

    // A shared concern is on record: it cannot be deleted.
    const deleted = await client.request('DELETE', `/api/v1/concerns/${concernId}`);
    expect(deleted.statusCode).toBe(409);
    expect(deleted.json<{ error: { code: string } }>().error.code).toBe('transition_not_allowed');
  });

  it('flags the category alone when the client shares no words', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const created = await raise(client, {
      engagementId,
      category: 'practical',
      shareWithTherapist: true,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ text: string | null }>().text).toBeNull();
    const [flag] = await flagsOf(therapist, engagementId);
    expect(flag?.evidence.quote).toBeUndefined();
    expect(flag?.reason).toContain('Something practical');
    expect(flag?.reason).toContain('no words of their own');
  });

  it('shows crisis resources at once when the words hold risk language, even in a private note', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const created = await raise(client, {
      engagementId,
      category: 'other',
      text: 'Some nights I think about ending my life.',
      shareWithTherapist: false,
    });
    expect(created.statusCode).toBe(201);
    const body = created.json<{ crisisResources?: { phone: string | null }[] }>();
    expect(body.crisisResources?.length).toBeGreaterThan(0);
    // Private: the therapist is not told.
    expect(await flagsOf(therapist, engagementId)).toEqual([]);

    const shared = await raise(client, {
      engagementId,
      category: 'other',
      text: 'Some nights I think about ending my life.',
      shareWithTherapist: true,
    });
    expect(shared.json<{ crisisResources?: unknown[] }>().crisisResources?.length).toBeGreaterThan(
      0,
    );
    const kinds = (await flagsOf(therapist, engagementId)).map((f) => [f.kind, f.status]);
    expect(kinds).toContainEqual(['comment_risk', 'open']);
    expect(kinds).toContainEqual(['comment_rupture', 'open']);
  });
});

describe('a boundary concern', () => {
  let admin: Awaited<ReturnType<typeof signInAdmin>>;
  beforeAll(async () => {
    admin = await signInAdmin(t);
  });

  it('reaches the clinic’s administrators without the therapist, with where to report outside', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const words = 'He asked me to meet him for drinks after our session.';
    const created = await raise(client, {
      engagementId,
      category: 'boundary',
      text: words,
      shareWithTherapist: false,
      reportToClinic: true,
    });
    expect(created.statusCode).toBe(201);
    const body = created.json<{
      id: string;
      reportedToClinic: boolean;
      regulatorContacts?: { name: string }[];
    }>();
    expect(body.reportedToClinic).toBe(true);
    expect(body.regulatorContacts?.length).toBeGreaterThan(0);

    // The therapist is not told.
    expect(await flagsOf(therapist, engagementId)).toEqual([]);

    // The administrators get an e-mail that names nobody and quotes nothing.
    const mail = (
      await t.deps.db
        .selectFrom('outbox_messages')
        .selectAll()
        .where('kind', '=', 'boundary_concern')
        .execute()
    ).map((row) => openOutboxRow(t.deps.sealer, row));
    const toAdmin = mail.filter((m) => m.to === adminEmail);
    expect(toAdmin.length).toBeGreaterThan(0);
    for (const message of toAdmin) {
      expect(message.body).toContain('/clinic/concerns');
      expect(message.body).not.toContain('drinks');
      expect(message.body).not.toContain(client.name);
      expect(message.subject).not.toContain(client.name);
    }

    const list = await admin.request('GET', '/api/v1/clinic/concerns');
    expect(list.statusCode).toBe(200);
    const item = list
      .json<{
        items: { id: string; text: string; client: { id: string }; therapist: { id: string } }[];
      }>()
      .items.find((i) => i.id === body.id);
    expect(item).toMatchObject({
      text: words,
      client: { id: client.id },
      therapist: { id: therapist.id },
    });
    const reads = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id', 'actor_role'])
      .where('resource_id', '=', body.id)
      .where('action', '=', 'concern.read')
      .execute();
    expect(reads).toEqual([{ action: 'concern.read', subject_id: client.id, actor_role: 'admin' }]);
  });

  it('shared with the therapist is a red flag on the clinic’s protocol, and reaches the clinic too', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const created = await raise(client, {
      engagementId,
      category: 'boundary',
      shareWithTherapist: true,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ reportedToClinic: boolean }>().reportedToClinic).toBe(true);
    const [flag] = await flagsOf(therapist, engagementId);
    expect(flag).toMatchObject({
      kind: 'red_flag',
      title: 'Your client reported a boundary concern',
    });
    const detail = await therapist.request('GET', `/api/v1/signals/${flag?.id}`);
    expect(
      detail.json<{ prompt: { followClinicProtocol: boolean } }>().prompt.followClinicProtocol,
    ).toBe(true);
    const ids = (await admin.request('GET', '/api/v1/clinic/concerns'))
      .json<{ items: { id: string }[] }>()
      .items.map((i) => i.id);
    expect(ids).toContain(created.json<{ id: string }>().id);
  });

  it('kept as a private note never reaches the administrator', async () => {
    const { client, engagementId } = await activeEngagement(t.app);
    const created = await raise(client, {
      engagementId,
      category: 'boundary',
      text: 'Not sure yet whether to report this.',
      shareWithTherapist: false,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ reportedToClinic: boolean }>().reportedToClinic).toBe(false);
    const items = (await admin.request('GET', '/api/v1/clinic/concerns')).json<{
      items: { id: string; text: string | null }[];
    }>().items;
    expect(items.map((i) => i.id)).not.toContain(created.json<{ id: string }>().id);
    expect(items.some((i) => i.text?.includes('Not sure yet'))).toBe(false);
  });

  it('is read by administrators only', async () => {
    const { client, therapist } = await activeEngagement(t.app);
    expect((await client.request('GET', '/api/v1/clinic/concerns')).statusCode).toBe(403);
    expect((await therapist.request('GET', '/api/v1/clinic/concerns')).statusCode).toBe(403);
    expect((await createClient(t.app).request('GET', '/api/v1/clinic/concerns')).statusCode).toBe(
      401,
    );
    expect(
      (await admin.request('GET', '/api/v1/clinic/concerns?cursor=not-a-cursor')).statusCode,
    ).toBe(400);
  });
});

describe('bad input and other people’s data', () => {
  it('refuses what is not valid, and writes nothing', async () => {
    const { client, engagementId } = await activeEngagement(t.app);
    const good = { engagementId, category: 'approach', text: 'x', shareWithTherapist: true };
    const bad: Record<string, unknown>[] = [
      { ...good, category: 'rude' },
      { ...good, text: 'a'.repeat(4001) },
      { ...good, reportToClinic: true },
      { ...good, category: 'boundary', reportToClinic: false },
      { engagementId, category: 'approach' },
      { ...good, shareWithTherapist: 'yes' },
      { ...good, extra: 1 },
      { ...good, engagementId: 'not-a-uuid' },
      { ...good, text: 42 },
    ];
    for (const body of bad) {
      const response = await raise(client, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(
      await t.deps.db
        .selectFrom('concerns')
        .select('id')
        .where('engagement_id', '=', engagementId)
        .execute(),
    ).toEqual([]);
    expect((await client.request('GET', '/api/v1/concerns?limit=0')).statusCode).toBe(400);
    expect((await client.request('GET', '/api/v1/concerns?cursor=zzz')).statusCode).toBe(400);
    expect((await client.request('DELETE', '/api/v1/concerns/not-a-uuid')).statusCode).toBe(400);
  });

  it('answers 404 about someone else’s engagement, and 403 to its own therapist', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const otherClient = await signUp(t.app, 'client', 'Other Client');
    const otherTherapist = await signUp(t.app, 'therapist', 'Other Therapist');
    const body = { engagementId, category: 'other', shareWithTherapist: true };
    expect((await raise(otherClient, body)).statusCode).toBe(404);
    expect((await raise(otherTherapist, body)).statusCode).toBe(404);
    expect((await raise(therapist, body)).statusCode).toBe(403);
    expect(
      (await raise(client, { ...body, engagementId: '00000000-0000-4000-8000-000000000000' }))
        .statusCode,
    ).toBe(404);
    expect((await anonymousRequest(t.app)('POST', '/api/v1/concerns', body)).statusCode).toBe(401);
  });

  it('pages the client’s own list, newest first', async () => {
    const { client, engagementId } = await activeEngagement(t.app);
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      t.clock.advance(60_000);
      const created = await raise(client, {
        engagementId,
        category: 'other',
        text: `note ${i}`,
        shareWithTherapist: false,
      });
      ids.push(created.json<{ id: string }>().id);
    }
    const first = (await client.request('GET', '/api/v1/concerns?limit=2')).json<{
      items: { id: string }[];
      nextCursor: string | null;
    }>();
    expect(first.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await client.request(
        'GET',
        `/api/v1/concerns?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
      )
    ).json<{ items: { id: string }[]; nextCursor: string | null }>();
    expect(second.items.map((i) => i.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    const filtered = await client.request(
      'GET',
      `/api/v1/concerns?engagementId=00000000-0000-4000-8000-000000000000`,
    );
    expect(filtered.json<{ items: unknown[] }>().items).toEqual([]);
  });
});

describe('support contacts', () => {
  it('are public: crisis lines and where to report, in the reader’s language', async () => {
    const anonymous = anonymousRequest(t.app);
    const en = await anonymous('GET', '/api/v1/support-contacts');
    expect(en.statusCode).toBe(200);
    const body = en.json<{ crisisResources: unknown[]; regulatorContacts: { name: string }[] }>();
    expect(body.crisisResources.length).toBeGreaterThan(0);
    expect(body.regulatorContacts[0]?.name).toMatch(/licensing board/);
    const fr = await anonymous('GET', '/api/v1/support-contacts', undefined, {
      'accept-language': 'fr',
    });
    expect(fr.json<{ regulatorContacts: { name: string }[] }>().regulatorContacts[0]?.name).toMatch(
      /ordre professionnel/,
    );
  });
});

describe('check-ins still owed', () => {
  it('lists open check-in links and gives the client a fresh link, to them alone', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    expect(
      (await client.request('GET', '/api/v1/checkins/pending')).json<{ items: unknown[] }>().items,
    ).toEqual([]);
    const sessionId = await attendedSession(therapist, engagementId, 1);
    const pending = await client.request('GET', '/api/v1/checkins/pending');
    expect(pending.statusCode).toBe(200);
    expect(pending.json<{ items: { sessionId: string; engagementId: string }[] }>().items).toEqual([
      expect.objectContaining({ sessionId, engagementId }),
    ]);

    const other = await signUp(t.app, 'client', 'Someone Else');
    expect(
      (await other.request('POST', `/api/v1/sessions/${sessionId}/checkin-link`)).statusCode,
    ).toBe(404);
    expect(
      (await therapist.request('POST', `/api/v1/sessions/${sessionId}/checkin-link`)).statusCode,
    ).toBe(404);
    expect((await therapist.request('GET', '/api/v1/checkins/pending')).statusCode).toBe(403);

    const link = await client.request('POST', `/api/v1/sessions/${sessionId}/checkin-link`);
    expect(link.statusCode).toBe(201);
    const path = link.json<{ path: string }>().path;
    const token = path.replace('/checkin/', '');
    expect(token).toHaveLength(43);
    const anonymous = anonymousRequest(t.app);
    const form = await anonymous('GET', `/api/v1/checkin-links/${token}`);
    expect(form.statusCode).toBe(200);
    const submitted = await anonymous(
      'POST',
      `/api/v1/checkin-links/${token}/checkins`,
      {
        checkins: [
          {
            instrument: 'alliance',
            answers: { heard: 9, goals: 9, approach: 9, safety: 9, overall: 9 },
          },
          {
            instrument: 'wellbeing',
            answers: { personal: 7, relationships: 7, social: 7, overall: 7 },
          },
        ],
      },
      { 'idempotency-key': 'owed-1' },
    );
    expect(submitted.statusCode).toBe(201);
    expect(
      (await client.request('GET', '/api/v1/checkins/pending')).json<{ items: unknown[] }>().items,
    ).toEqual([]);
    expect(
      (await client.request('POST', `/api/v1/sessions/${sessionId}/checkin-link`)).statusCode,
    ).toBe(404);
  });
});
