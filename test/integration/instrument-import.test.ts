import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app';
import { adminEmail, adminEnv, adminPassword, otherClinicAdmin } from '../helpers/admins';
import { signIn, signUp } from '../helpers/factories';
import { builtinQuestionnaires } from '../../src/core/instruments';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp({
    env: adminEnv,
    overrides: { sessions: { idleMinutes: 525_600, absoluteHours: 8760 } },
  });
  admin = await signIn(t.app, adminEmail, adminPassword);
});
afterAll(async () => {
  await t.close();
});

type Json = Record<string, unknown> & { item: Record<string, unknown>[]; extension: unknown[] };

/** A clinic's own questionnaire, written for this test (Rapport's well-being structure). */
function sleepQuestionnaire(): Json {
  const base = structuredClone(
    builtinQuestionnaires.find((q) => q.id === 'wellbeing'),
  ) as unknown as Json;
  base.id = 'sleep-rest';
  base.url = 'https://clinic.example.org/fhir/Questionnaire/sleep-rest';
  base.title = 'Rest and sleep this week';
  base.item.forEach((item, index) => {
    item.text = `How rested you felt, part ${index + 1}`;
    delete item._text;
  });
  delete base._title;
  return base;
}

interface Problem {
  path: string;
  message: string;
}

describe('importing a questionnaire', () => {
  it('stores a valid one for the clinic and lists it with the built-ins', async () => {
    const response = await admin.request('POST', '/api/v1/instruments', sleepQuestionnaire());
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      id: 'sleep-rest',
      title: 'Rest and sleep this week',
      respondent: 'client',
      items: 4,
    });
    const list = await admin.request('GET', '/api/v1/instruments');
    const ids = list.json<{ items: { id: string }[] }>().items.map((q) => q.id);
    expect(ids).toEqual(['alliance', 'therapist-alliance', 'wellbeing', 'sleep-rest']);
    expect((await admin.request('GET', '/api/v1/instruments/sleep-rest')).statusCode).toBe(200);

    const again = await admin.request('POST', '/api/v1/instruments', sleepQuestionnaire());
    expect(again.statusCode).toBe(409);
    const builtin = { ...sleepQuestionnaire(), id: 'wellbeing' };
    expect((await admin.request('POST', '/api/v1/instruments', builtin)).statusCode).toBe(409);

    // Another clinic does not see it.
    const other = await otherClinicAdmin(t);
    const theirs = await other.client.request('GET', '/api/v1/instruments');
    expect(theirs.json<{ items: { id: string }[] }>().items.map((q) => q.id)).not.toContain(
      'sleep-rest',
    );
    expect((await other.client.request('GET', '/api/v1/instruments/sleep-rest')).statusCode).toBe(
      404,
    );
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'instrument.import')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('reports every problem of a bad file with its path, and stores nothing', async () => {
    const bad = sleepQuestionnaire();
    bad.id = 'broken-one';
    const first = bad.item[0] as Record<string, unknown>;
    const second = bad.item[1] as Record<string, unknown>;
    second.linkId = first.linkId;
    (bad.item[2] as Record<string, unknown>).type = 'choice';
    bad.extension = [];
    const response = await admin.request('POST', '/api/v1/instruments', bad);
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { code: string; problems: Problem[] } }>();
    expect(body.error.code).toBe('instrument_invalid');
    const paths = body.error.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['item[1].linkId', 'item[2].type', 'extension']));
    for (const problem of body.error.problems) expect(problem.message.length).toBeGreaterThan(5);

    const structure = await admin.request(
      'POST',
      '/api/v1/instruments',
      { resourceType: 'Questionnaire', id: 'no good id!', status: 'published', item: [] },
      { 'accept-language': 'fr' },
    );
    expect(structure.statusCode).toBe(400);
    const french = structure.json<{ error: { message: string; problems: Problem[] } }>().error;
    expect(french.message).toContain('questionnaire');
    expect(french.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['id', 'url', 'title', 'status', 'item']),
    );
    expect(french.problems.find((p) => p.path === 'item')?.message).toBe('Indiquez-en au moins 1.');

    const notJsonObject = await admin.request('POST', '/api/v1/instruments', [1, 2]);
    expect(notJsonObject.statusCode).toBe(400);
    const stored = await t.handle.db.selectFrom('clinic_instruments').select('id').execute();
    expect(stored.map((row) => row.id)).toEqual(['sleep-rest']);
  });

  it('is for administrators only', async () => {
    for (const role of ['therapist', 'client'] as const) {
      const who = await signUp(t.app, role, `Import ${role}`);
      const response = await who.request('POST', '/api/v1/instruments', sleepQuestionnaire());
      expect(response.statusCode).toBe(403);
    }
  });

  it('a clinic can ask its clients an imported questionnaire after each session', async () => {
    const set = await admin.request('PATCH', '/api/v1/clinic/settings', {
      checkins: { client: ['alliance', 'sleep-rest'] },
    });
    expect(set.statusCode).toBe(200);
    const wrongSide = await admin.request('PATCH', '/api/v1/clinic/settings', {
      checkins: { therapist: ['sleep-rest'] },
    });
    expect(wrongSide.statusCode).toBe(400);
  });
});
