import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, goodPassword, type TestApp } from '../helpers/app';
import { longSessions } from '../helpers/admins';
import { activeEngagement, signUp, type Person } from '../helpers/factories';
import { bookableTherapist, errorCode, expectStatus, tuesday } from '../helpers/directory';
import { verifyAuditChain } from '../../src/storage/audit.repo';
import { insertOutboxMessage } from '../../src/storage/outbox.repo';

let t: TestApp;
const day = 86_400_000;

beforeAll(async () => {
  t = await createTestApp({ overrides: longSessions });
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

interface Traces {
  client: Person;
  therapist: Person;
  engagementId: string;
  /** Plain text only the client's data holds (comments, goal, summary, concern, notes about them). */
  texts: string[];
}

/** A client with a bit of everything Rapport can hold about a person. */
async function clientWithEverything(name: string): Promise<Traces> {
  const { client: first, therapist, engagementId } = await activeEngagement(t.app);
  // Rename the client so that their name is distinctive enough to search for.
  await expectStatus(first.request('PATCH', '/api/v1/me', { displayName: name }), 200);
  const client = Object.assign(first, { name });
  const texts: string[] = [];
  const sessions: string[] = [];
  for (const daysAgo of [8, 1]) {
    const id = (
      await expectStatus(
        therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
          scheduledAt: new Date(t.clock.now().getTime() - daysAgo * day).toISOString(),
        }),
        201,
      )
    ).json<{ id: string }>().id;
    await expectStatus(
      therapist.request('PATCH', `/api/v1/sessions/${id}`, { status: 'attended' }),
      200,
    );
    sessions.push(id);
  }
  const comment = `I felt judged when you called it avoidance ${name}`;
  texts.push(comment);
  await expectStatus(
    client.request(
      'POST',
      `/api/v1/sessions/${sessions[0]}/checkins`,
      { instrument: 'alliance', answers: alliance(6, { safety: 4 }), comment },
      { 'idempotency-key': `er-${sessions[0]}` },
    ),
    201,
  );
  await expectStatus(
    therapist.request(
      'POST',
      `/api/v1/sessions/${sessions[1]}/checkins`,
      { instrument: 'therapist-alliance', answers: alliance(8) },
      { 'idempotency-key': `er-${sessions[1]}` },
    ),
    201,
  );
  const goalTitle = `Walk the dog every morning ${name}`;
  texts.push(goalTitle);
  const goal = (
    await expectStatus(
      client.request('POST', `/api/v1/engagements/${engagementId}/goals`, { title: goalTitle }),
      201,
    )
  ).json<{ id: string }>().id;
  await expectStatus(
    client.request('POST', `/api/v1/goals/${goal}/ratings`, { progress: 3, agreement: 8 }),
    200,
  );
  await expectStatus(
    therapist.request('POST', `/api/v1/goals/${goal}/ratings`, { progress: 7, agreement: 9 }),
    200,
  );
  const signals = (
    await expectStatus(therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`), 200)
  ).json<{ items: { id: string }[] }>().items;
  expect(signals.length).toBeGreaterThan(0);
  const repair = `Talked with ${name} about the word avoidance`;
  texts.push(repair);
  await expectStatus(
    therapist.request('POST', `/api/v1/signals/${signals[0]!.id}/repairs`, { note: repair }),
    201,
  );
  const reflection = `My reaction to ${name} today was impatience`;
  texts.push(reflection);
  await expectStatus(
    therapist.request('POST', `/api/v1/engagements/${engagementId}/reflections`, {
      text: reflection,
    }),
    201,
  );
  const concern = `It felt like my worries were brushed aside ${name}`;
  texts.push(concern);
  await expectStatus(
    client.request('POST', '/api/v1/concerns', {
      engagementId,
      category: 'felt_dismissed',
      text: concern,
      shareWithTherapist: true,
    }),
    201,
  );
  // A consultation (booking e-mails to both, naming the client) with the client's private note.
  const next = await bookableTherapist(t.app, `Next Therapist ${name.length}`);
  const consultation = (
    await expectStatus(
      client.request('POST', '/api/v1/consultations', {
        therapistId: next.id,
        start: tuesday('10:00'),
      }),
      201,
    )
  ).json<{ id: string }>().id;
  const note = `Felt easy to talk to, ${name} liked the calm`;
  texts.push(note);
  await expectStatus(
    client.request('PUT', `/api/v1/consultations/${consultation}/note`, {
      note,
      fitRating: 8,
    }),
    200,
  );
  const summary = `Summary for the next therapist from ${name}`;
  texts.push(summary);
  await expectStatus(
    client.request('POST', '/api/v1/handovers', {
      fromEngagementId: engagementId,
      toTherapistId: next.id,
      include: ['goals', 'summary'],
      summary,
    }),
    201,
  );
  // A failed sign-in leaves a rate-limit row keyed by a hash of the e-mail.
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email: client.email, password: 'not the right password at all' }),
  });
  // Others read the client's records: the audit log now names the client's id.
  await expectStatus(therapist.request('GET', '/api/v1/caseload'), 200);
  return { client, therapist, engagementId, texts };
}

interface Column {
  table_schema: string;
  table_name: string;
  column_name: string;
  data_type: string;
}

/** Every column of every table in every non-system schema, so new tables are scanned too. */
async function allColumns(): Promise<Column[]> {
  const result = await sql<Column>`
    select c.table_schema, c.table_name, c.column_name, c.data_type
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where t.table_type = 'BASE TABLE'
      and c.table_schema not in ('pg_catalog', 'information_schema')
      and c.table_schema not like 'pg_toast%'
    order by 1, 2, 3`.execute(t.handle.db);
  return result.rows;
}

/** Where a needle occurs: "schema.table.column" for every column holding it (text, json, arrays, bytes…). */
async function findEverywhere(needles: readonly string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
  for (const column of await allColumns()) {
    const target = `${ident(column.table_schema)}.${ident(column.table_name)}`;
    const value =
      column.data_type === 'bytea'
        ? `encode(${ident(column.column_name)}, 'escape')`
        : `${ident(column.column_name)}::text`;
    for (const needle of needles) {
      const result = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.raw(target)}
        where strpos(lower(${sql.raw(value)}), lower(${needle})) > 0`.execute(t.handle.db);
      if ((result.rows[0]?.n ?? 0) > 0) {
        const where = `${column.table_schema}.${column.table_name}.${column.column_name}`;
        found.set(needle, [...(found.get(needle) ?? []), where]);
      }
    }
  }
  return found;
}

describe('DELETE /me', () => {
  it('asks for the password, and refuses therapists, strangers and bad input without deleting anything', async () => {
    const { client } = await activeEngagement(t.app);
    const wrong = await client.request('DELETE', '/api/v1/me', {
      password: 'definitely wrong one',
    });
    expect(wrong.statusCode).toBe(403);
    expect(errorCode(wrong)).toBe('erasure_password_mismatch');
    for (const bad of [{}, { password: '' }, { password: goodPassword, extra: 1 }]) {
      const response = await client.request('DELETE', '/api/v1/me', bad);
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
    }
    await expectStatus(client.request('GET', '/api/v1/me'), 200);
    const therapist = await signUp(t.app, 'therapist', 'Staying');
    const refused = await therapist.request('DELETE', '/api/v1/me', { password: goodPassword });
    expect(refused.statusCode).toBe(403);
    expect(errorCode(refused)).toBe('erasure_not_available');
    const anonymous = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ password: goodPassword }),
    });
    expect(anonymous.statusCode).toBe(401);
    // Without the CSRF token a signed-in browser cannot be made to do it.
    const forged = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: { 'content-type': 'application/json', cookie: client.cookie ?? '' },
      payload: JSON.stringify({ password: goodPassword }),
    });
    expect(forged.statusCode).toBe(403);
    await expectStatus(client.request('GET', '/api/v1/me'), 200);
  });

  it('counts wrong passwords with sign-in’s: five lock the account, and the lock lifts after its window', async () => {
    const { client } = await activeEngagement(t.app);
    const limit = t.deps.loginLimits.perAccount;
    // One wrong password at sign-in and the rest at DELETE /me share one count.
    const signInWrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: client.email, password: 'not the password at all' }),
    });
    expect(signInWrong.statusCode).toBe(401);
    for (let attempt = 2; attempt <= limit; attempt += 1) {
      const wrong = await client.request('DELETE', '/api/v1/me', {
        password: `wrong guess number ${attempt}`,
      });
      expect(wrong.statusCode, `attempt ${attempt}`).toBe(403);
      expect(errorCode(wrong)).toBe('erasure_password_mismatch');
    }
    // Locked: even the right password is refused, here and at sign-in, with a time to wait.
    const locked = await client.request('DELETE', '/api/v1/me', { password: goodPassword });
    expect(locked.statusCode).toBe(429);
    expect(errorCode(locked)).toBe('too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    const signInLocked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: client.email, password: goodPassword }),
    });
    expect(signInLocked.statusCode).toBe(429);
    // The account holder is told, once, and the failed checks are in the audit log.
    const notices = await t.handle.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('recipient_id', '=', client.id)
      .where('kind', '=', 'account_locked')
      .execute();
    expect(notices).toHaveLength(1);
    const failures = await t.handle.db
      .selectFrom('audit_events')
      .select('reason')
      .where('subject_id', '=', client.id)
      .where('action', '=', 'auth.login')
      .where('outcome', '=', 'failure')
      .execute();
    expect(failures.filter((row) => row.reason === 'erasure')).toHaveLength(limit - 1);
    await expectStatus(client.request('GET', '/api/v1/me'), 200);

    t.clock.advance((t.deps.loginLimits.windowMinutes + 1) * 60_000);
    await expectStatus(client.request('DELETE', '/api/v1/me', { password: goodPassword }), 200);
    expect((await client.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('removes mail about the client by the client it records, and older unlinked mail by its words', async () => {
    const { client: first } = await activeEngagement(t.app);
    const name = 'Ottoline Brackenridge';
    await expectStatus(first.request('PATCH', '/api/v1/me', { displayName: name }), 200);
    const next = await bookableTherapist(t.app, 'Mail Therapist');
    await expectStatus(
      first.request('POST', '/api/v1/consultations', {
        therapistId: next.id,
        start: tuesday('10:30'),
      }),
      201,
    );
    // Both booking notices record the client; neither subject names anyone.
    const notices = await t.handle.db
      .selectFrom('outbox_messages')
      .select(['id', 'recipient_id', 'client_id', 'subject'])
      .where('kind', '=', 'consultation_booked')
      .where('client_id', '=', first.id)
      .execute();
    expect(notices.map((n) => n.recipient_id).sort()).toEqual([first.id, next.id].sort());
    for (const notice of notices) {
      expect(notice.subject).not.toContain(name);
      expect(notice.subject).not.toContain('Mail Therapist');
    }
    // Mail queued before messages recorded their client (0012), to the therapist: one names
    // this client in its sealed body, one names someone else.
    const legacy = async (body: string) => {
      const id = t.deps.newId();
      await insertOutboxMessage(t.handle.db, t.deps.sealer, {
        id,
        clinicId: t.deps.defaultClinicId,
        recipientId: next.id,
        clientId: null,
        to: next.email,
        subject: 'Booked: free consultation',
        body,
        kind: 'consultation_booked',
        now: t.clock.now(),
      });
      return id;
    };
    const aboutThem = await legacy(`Hello,\n\n${name} booked a free consultation with you.`);
    const aboutOther = await legacy('Hello,\n\nSomeone Else Entirely booked a consultation.');

    await expectStatus(first.request('DELETE', '/api/v1/me', { password: goodPassword }), 200);
    const left = await t.handle.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('id', 'in', [...notices.map((n) => n.id), aboutThem, aboutOther])
      .execute();
    expect(left.map((row) => row.id)).toEqual([aboutOther]);
  });

  it('leaves no personal data of the client in any table, keeps others’ data, and the audit chain verifies', async () => {
    const gone = await clientWithEverything('Zephyrine Quillfeather');
    const stays = await clientWithEverything('Bartholomew Inkwright');

    const ids = [gone.client.id, gone.engagementId];
    const personal = [gone.client.email, gone.client.name, ...gone.texts];
    // Before: the scan really finds the client (sealed texts are found by their plaintext
    // through the outbox subject and the names; ids in many tables).
    const before = await findEverywhere([...ids, gone.client.email, gone.client.name]);
    expect(before.get(gone.client.id)?.length ?? 0).toBeGreaterThan(5);
    expect(before.get(gone.client.name)).toBeDefined();

    const response = await expectStatus(
      gone.client.request('DELETE', '/api/v1/me', { password: goodPassword }),
      200,
    );
    expect(response.json<{ erased: boolean; kept: string }>()).toMatchObject({ erased: true });
    expect(response.json<{ kept: string }>().kept).toMatch(/access log/);
    expect((await gone.client.request('GET', '/api/v1/me')).statusCode).toBe(401);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: gone.client.email, password: goodPassword }),
    });
    expect(signIn.statusCode).toBe(401);

    // Nothing personal anywhere, in clear text: not the e-mail, the name, or anything they wrote.
    const personalFound = await findEverywhere(personal);
    expect(Object.fromEntries(personalFound)).toEqual({});
    // Sealed texts: no row of a sealed column is left for the client's records at all (the ids
    // that bind a ciphertext to its row are gone), so nothing can be opened again.
    // Ids: only the pseudonymised audit log may still carry the random ids; no other table does,
    // so nothing maps them back to a person.
    const idsFound = await findEverywhere(ids);
    for (const [needle, places] of idsFound) {
      expect(
        places.filter((place) => !place.startsWith('public.audit_events.')),
        needle,
      ).toEqual([]);
    }

    // The chain still verifies: no event was changed or removed.
    const report = await verifyAuditChain(t.handle.db, t.deps.defaultClinicId);
    expect(report.ok).toBe(true);
    const erased = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'subject_id'])
      .where('action', '=', 'account.erase')
      .where('subject_id', '=', gone.client.id)
      .execute();
    expect(erased).toEqual([
      { action: 'account.erase', actor_id: gone.client.id, subject_id: gone.client.id },
    ]);

    // The other client is untouched, and their therapist works on as before.
    expect((await stays.client.request('GET', '/api/v1/me')).statusCode).toBe(200);
    const still = await findEverywhere([stays.client.email]);
    expect(still.get(stays.client.email)).toBeDefined();
    const caseload = await expectStatus(gone.therapist.request('GET', '/api/v1/caseload'), 200);
    expect(caseload.body).not.toContain(gone.client.name);
    const goals = await stays.client.request(
      'GET',
      `/api/v1/engagements/${stays.engagementId}/goals`,
    );
    expect(goals.statusCode).toBe(200);
    expect(goals.body).toContain('Walk the dog');
  });
});
