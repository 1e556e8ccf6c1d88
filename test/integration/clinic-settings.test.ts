import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client, type TestApp } from '../helpers/app';
import { createAdminTestApp, otherClinicAdmin, signInAdmin } from '../helpers/admins';
import { signUp, type Person } from '../helpers/factories';
import { clinicCheckinReminderHours } from '../../src/storage/clinic-settings.repo';

let t: TestApp;
let admin: Client;
const day = 86_400_000;

beforeAll(async () => {
  t = await createAdminTestApp();
  admin = await signInAdmin(t);
});
afterAll(async () => {
  await t.close();
});

interface Problem {
  path: string;
  message: string;
}
const problemsOf = (body: { error: { problems?: Problem[] } }) => body.error.problems ?? [];

const alliance = (v: number) => ({ heard: v, goals: v, approach: v, safety: v, overall: v });
let keys = 0;
const key = () => ({ 'idempotency-key': `settings-${++keys}` });

async function engage(therapist: Person, name: string) {
  const client = await signUp(t.app, 'client', name);
  const engagementId = (
    await therapist.request('POST', '/api/v1/engagements', { clientEmail: client.email })
  ).json<{ id: string }>().id;
  await client.request('PATCH', `/api/v1/engagements/${engagementId}`, { status: 'active' });
  return { client, engagementId };
}

/** Attended sessions a day apart with the client's alliance scores; the last session's id. */
async function history(therapist: Person, scores: number[]) {
  const { client, engagementId } = await engage(therapist, 'Drop Client');
  let last = '';
  for (const [index, score] of scores.entries()) {
    const at = new Date(t.clock.now().getTime() - (scores.length - index) * day).toISOString();
    last = (
      await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
        scheduledAt: at,
      })
    ).json<{ id: string }>().id;
    await therapist.request('PATCH', `/api/v1/sessions/${last}`, { status: 'attended' });
    const sent = await client.request(
      'POST',
      `/api/v1/sessions/${last}/checkins`,
      { instrument: 'alliance', answers: alliance(score) },
      key(),
    );
    expect(sent.statusCode).toBe(201);
    t.clock.advance(60_000);
  }
  const signals = await therapist.request('GET', `/api/v1/engagements/${engagementId}/signals`);
  const items = signals.json<{ items: { kind: string; sessionId: string | null }[] }>().items;
  return { client, lastSession: last, items };
}

describe('clinic settings', () => {
  it('starts from the defaults, explained by DESIGN.md', async () => {
    const response = await admin.request('GET', '/api/v1/clinic/settings');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      region: null,
      signals: {
        lowAllianceBelow: 9,
        lowItemAtOrBelow: 6,
        dropRule: '1sd',
        dropMinPoints: 1,
        missedWindow: 4,
        missedMin: 2,
        wellbeingReliableChange: 5,
      },
      reminders: { checkinReminderHours: 48 },
      checkins: { client: ['alliance', 'wellbeing'], therapist: ['therapist-alliance'] },
    });
  });

  it('switching to the 2-SD rule changes which drop raises a flag', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Rule Therapist');
    // A variable client (SD ≈ 0.58 over 9, 10, 9, 10; mean 9.5): a fall of 1.1 passes
    // max(1, 1·SD) = 1 but not max(1, 2·SD) ≈ 1.15.
    const scores = [9, 10, 9, 10, 8.4];
    const before = await history(therapist, scores);
    expect(
      before.items.some((s) => s.kind === 'alliance_drop' && s.sessionId === before.lastSession),
    ).toBe(true);

    const changed = await admin.request('PATCH', '/api/v1/clinic/settings', {
      signals: { dropRule: '2sd' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ signals: { dropRule: '2sd', lowAllianceBelow: 9 } });

    const after = await history(therapist, scores);
    expect(
      after.items.some((s) => s.kind === 'alliance_drop' && s.sessionId === after.lastSession),
    ).toBe(false);
    await admin.request('PATCH', '/api/v1/clinic/settings', { signals: { dropRule: '1sd' } });
  });

  it('a lower low-alliance threshold stops a flag that the default would raise', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Threshold Therapist');
    const flagged = await history(therapist, [8.5]);
    expect(flagged.items.map((s) => s.kind)).toContain('low_alliance');
    await admin.request('PATCH', '/api/v1/clinic/settings', { signals: { lowAllianceBelow: 8 } });
    const quiet = await history(therapist, [8.5]);
    expect(quiet.items.map((s) => s.kind)).not.toContain('low_alliance');
    await admin.request('PATCH', '/api/v1/clinic/settings', { signals: { lowAllianceBelow: 9 } });
  });

  it('reports every invalid value with its field and saves nothing', async () => {
    const before: unknown = (await admin.request('GET', '/api/v1/clinic/settings')).json();
    const bad = await admin.request('PATCH', '/api/v1/clinic/settings', {
      region: 'Ontario',
      signals: { lowAllianceBelow: 12, dropRule: '3sd', dropMinPoints: 0.55 },
      reminders: { checkinReminderHours: 0 },
      crisisResources: [],
    });
    expect(bad.statusCode).toBe(400);
    const body = bad.json<{ error: { code: string; problems?: Problem[] } }>();
    expect(body.error.code).toBe('settings_invalid');
    const paths = problemsOf(body).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'signals.lowAllianceBelow',
        'signals.dropRule',
        'signals.dropMinPoints',
        'reminders.checkinReminderHours',
        'crisisResources',
      ]),
    );
    expect(problemsOf(body).find((p) => p.path === 'signals.lowAllianceBelow')?.message).toBe(
      'Use a value of at most 10.',
    );
    expect(problemsOf(body).find((p) => p.path === 'signals.dropMinPoints')?.message).toBe(
      'Use steps of 0.1.',
    );
    // Nothing half-written: the valid region was not saved either.
    expect((await admin.request('GET', '/api/v1/clinic/settings')).json()).toEqual(before);

    const french = await admin.request(
      'PATCH',
      '/api/v1/clinic/settings',
      { signals: { lowAllianceBelow: 12 } },
      { 'accept-language': 'fr' },
    );
    expect(problemsOf(french.json())[0]?.message).toBe('Utilisez une valeur d’au plus 10.');

    const cross = await admin.request('PATCH', '/api/v1/clinic/settings', {
      signals: { missedWindow: 3, missedMin: 4 },
    });
    expect(cross.statusCode).toBe(400);
    expect(problemsOf(cross.json()).map((p) => p.path)).toEqual(['signals.missedMin']);

    const checkins = await admin.request('PATCH', '/api/v1/clinic/settings', {
      checkins: { client: ['wellbeing', 'therapist-alliance', 'nope'] },
    });
    expect(problemsOf(checkins.json()).map((p) => p.path)).toEqual([
      'checkins.client[1]',
      'checkins.client[2]',
      'checkins.client',
    ]);
    const unknown = await admin.request('PATCH', '/api/v1/clinic/settings', {
      signals: { secret: 1 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(problemsOf(unknown.json())[0]?.path).toBe('signals');
    const noContact = await admin.request('PATCH', '/api/v1/clinic/settings', {
      crisisResources: [
        { name: 'A line', phone: null, text: null, url: null, hours: '24/7', region: null },
      ],
    });
    expect(problemsOf(noContact.json()).map((p) => p.path)).toEqual(['crisisResources[0]']);
    expect((await admin.request('GET', '/api/v1/clinic/settings')).json()).toEqual(before);
  });

  it('stores reminder timing, check-ins used, region and crisis resources, and check-ins follow them', async () => {
    const resources = [
      {
        name: 'Harbour crisis line',
        phone: '1-800-555-0199',
        text: null,
        url: 'https://crisis.example.org',
        hours: '24/7',
        region: 'Nova Scotia',
      },
    ];
    const saved = await admin.request('PATCH', '/api/v1/clinic/settings', {
      region: 'Nova Scotia',
      reminders: { checkinReminderHours: 24 },
      checkins: { client: ['alliance'], therapist: [] },
      crisisResources: resources,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      region: 'Nova Scotia',
      reminders: { checkinReminderHours: 24 },
      checkins: { client: ['alliance'], therapist: [] },
      crisisResources: resources,
    });
    const clinicId = (await admin.request('GET', '/api/v1/clinic')).json<{ id: string }>().id;
    expect(await clinicCheckinReminderHours(t.handle.db, clinicId)).toBe(24);

    const therapist = await signUp(t.app, 'therapist', 'Settings Therapist');
    const { client, engagementId } = await engage(therapist, 'Settings Client');
    const sessionId = (
      await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
        scheduledAt: new Date(t.clock.now().getTime() - day).toISOString(),
      })
    ).json<{ id: string }>().id;
    await therapist.request('PATCH', `/api/v1/sessions/${sessionId}`, { status: 'attended' });
    // Well-being is no longer asked in this clinic, nor the therapist's own rating.
    const wellbeing = await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      {
        instrument: 'wellbeing',
        answers: { personal: 5, relationships: 5, social: 5, overall: 5 },
      },
      key(),
    );
    expect(wellbeing.json<{ error: { code: string } }>().error.code).toBe('instrument_not_allowed');
    const rating = await therapist.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      { instrument: 'therapist-alliance', answers: alliance(9) },
      key(),
    );
    expect(rating.json<{ error: { code: string } }>().error.code).toBe('instrument_not_allowed');
    // Risk language shows this clinic's own crisis resources.
    const risky = await client.request(
      'POST',
      `/api/v1/sessions/${sessionId}/checkins`,
      {
        instrument: 'alliance',
        answers: alliance(9.5),
        comment: 'Some nights I think about ending my life.',
      },
      key(),
    );
    expect(risky.statusCode).toBe(201);
    expect(risky.json<{ crisisResources?: unknown }>().crisisResources).toEqual(resources);

    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'reason'])
      .where('action', '=', 'clinic_settings.update')
      .execute();
    expect(audit.at(-1)?.reason).toContain('reminders.checkinReminderHours');
    await admin.request('PATCH', '/api/v1/clinic/settings', {
      checkins: { client: ['alliance', 'wellbeing'], therapist: ['therapist-alliance'] },
    });
  });

  it('is for the clinic’s administrators only', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Not Admin');
    const client = await signUp(t.app, 'client', 'Not Admin Client');
    for (const who of [therapist, client]) {
      expect((await who.request('GET', '/api/v1/clinic/settings')).statusCode).toBe(403);
      const patch = await who.request('PATCH', '/api/v1/clinic/settings', {
        signals: { lowAllianceBelow: 1 },
      });
      expect(patch.statusCode).toBe(403);
      // A bad body from someone who may not change settings is still a 403.
      const bad = await who.request('PATCH', '/api/v1/clinic/settings', { nonsense: true });
      expect(bad.statusCode).toBe(403);
    }
    expect((await createClient(t.app).request('GET', '/api/v1/clinic/settings')).statusCode).toBe(
      401,
    );
    // Another clinic's administrator changes their own clinic, never this one.
    const other = await otherClinicAdmin(t);
    await other.client.request('PATCH', '/api/v1/clinic/settings', {
      signals: { lowAllianceBelow: 5 },
    });
    const ours = await admin.request('GET', '/api/v1/clinic/settings');
    expect(ours.json<{ signals: { lowAllianceBelow: number } }>().signals.lowAllianceBelow).toBe(9);
  });
});
