import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createClient, createTestApp, goodPassword, type TestApp } from '../helpers/app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function userCount(): Promise<number> {
  const row = await t.handle.db
    .selectFrom('users')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

let seq = 0;
const uniqueEmail = (name = 'person') => `${name}.${++seq}@example.org`;

describe('register', () => {
  it('creates a client, signs them in with an HttpOnly SameSite cookie, and never returns the hash', async () => {
    const c = createClient(t.app);
    const email = uniqueEmail('Robin');
    const response = await c.register({ email, displayName: 'Robin' });
    expect(response.statusCode).toBe(201);
    const body = response.json<{ user: Record<string, unknown>; csrfToken: string }>();
    expect(body.user).toMatchObject({ email, displayName: 'Robin', role: 'client' });
    expect(Object.keys(body.user).sort()).toEqual([
      'clinicId',
      'createdAt',
      'displayName',
      'email',
      'id',
      'locale',
      'role',
    ]);
    expect(body.csrfToken.length).toBeGreaterThan(30);
    const cookie = response.cookies.find((entry) => entry.name === 'rapport_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy(); // plain HTTP here; 'auto' adds Secure behind HTTPS
    const row = await t.handle.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', body.user.id as string)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.clinic_id).toBe(t.deps.defaultClinicId);
    const me = await c.request('GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json<{ user: { id: string } }>().user.id).toBe(body.user.id);
  });

  it('creates a therapist', async () => {
    const response = await createClient(t.app).register({
      email: uniqueEmail(),
      role: 'therapist',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json<{ user: { role: string } }>().user.role).toBe('therapist');
  });

  const bad: [string, unknown, string][] = [
    ['missing fields', { email: 'a@example.org' }, 'validation_failed'],
    [
      'wrong types',
      { email: 42, password: true, displayName: [], role: 'client' },
      'validation_failed',
    ],
    [
      'an invalid e-mail',
      { email: 'not-an-email', password: goodPassword, displayName: 'A', role: 'client' },
      'validation_failed',
    ],
    [
      'an unknown field',
      {
        email: 'x@example.org',
        password: goodPassword,
        displayName: 'A',
        role: 'client',
        isAdmin: true,
      },
      'unknown_field',
    ],
    [
      'the admin role',
      { email: 'y@example.org', password: goodPassword, displayName: 'A', role: 'admin' },
      'validation_failed',
    ],
    [
      'an empty name',
      { email: 'z@example.org', password: goodPassword, displayName: '   ', role: 'client' },
      'validation_failed',
    ],
    [
      'a short password',
      { email: 'w@example.org', password: 'short pass', displayName: 'A', role: 'client' },
      'password_too_short',
    ],
    [
      'a common password',
      { email: 'v@example.org', password: 'password1234', displayName: 'A', role: 'client' },
      'password_too_common',
    ],
    [
      'a password made of the e-mail',
      {
        email: 'harbourlights@example.org',
        password: 'harbourlights!!',
        displayName: 'A',
        role: 'client',
      },
      'password_too_personal',
    ],
  ];
  for (const [what, body, code] of bad) {
    it(`refuses ${what} with 400 ${code} and writes nothing`, async () => {
      const before = await userCount();
      const response = await createClient(t.app).request('POST', '/api/v1/auth/register', body);
      expect(response.statusCode).toBe(400);
      expect(response.json<{ error: { code: string; message: string } }>().error.code).toBe(code);
      expect(response.json<{ error: { message: string } }>().error.message.length).toBeGreaterThan(
        10,
      );
      expect(await userCount()).toBe(before);
    });
  }

  it('names the fields that are wrong', async () => {
    const response = await createClient(t.app).request('POST', '/api/v1/auth/register', {
      email: 'a@example.org',
      role: 'client',
    });
    const fields = response.json<{ error: { fields: string[] } }>().error.fields;
    expect(fields).toEqual(expect.arrayContaining(['password', 'displayName']));
  });

  it('refuses malformed JSON (400), a non-JSON body (415) and an oversized body (413)', async () => {
    const before = await userCount();
    const c = createClient(t.app);
    const malformed = await c.request('POST', '/api/v1/auth/register', '{"email": "a@b.c",', {});
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ error: { code: string } }>().error.code).toBe('invalid_json');
    const form = await c.request('POST', '/api/v1/auth/register', 'email=a@example.org', {
      'content-type': 'text/plain',
    });
    expect(form.statusCode).toBe(415);
    expect(form.json<{ error: { code: string } }>().error.code).toBe('unsupported_media_type');
    const huge = await c.request('POST', '/api/v1/auth/register', {
      email: 'big@example.org',
      password: goodPassword,
      displayName: 'x'.repeat(70_000),
      role: 'client',
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json<{ error: { code: string } }>().error.code).toBe('body_too_large');
    expect(await userCount()).toBe(before);
  });

  it('refuses an e-mail that is taken, whatever its case, without a second row', async () => {
    const email = uniqueEmail('Taken');
    expect((await createClient(t.app).register({ email })).statusCode).toBe(201);
    const before = await userCount();
    const again = await createClient(t.app).register({ email: email.toUpperCase() });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('email_unavailable');
    expect(await userCount()).toBe(before);
  });
});

describe('login and logout', () => {
  it('signs in, and a wrong password and an unknown e-mail get the same generic 401', async () => {
    const email = uniqueEmail('login');
    await createClient(t.app).register({ email });
    const ok = await createClient(t.app, '10.0.0.1').login(email);
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ user: { email: string } }>().user.email).toBe(email);

    const wrong = await createClient(t.app, '10.0.0.2').login(email, 'not the right one at all');
    const unknown = await createClient(t.app, '10.0.0.2').login(
      'nobody.here@example.org',
      goodPassword,
    );
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json<{ error: { code: string } }>().error.code).toBe('invalid_credentials');
  });

  it('speaks French when the browser asks for it', async () => {
    const response = await createClient(t.app, '10.0.0.3').request(
      'POST',
      '/api/v1/auth/login',
      { email: 'nobody@example.org', password: 'whatever it is 123' },
      { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' },
    );
    expect(response.json<{ error: { message: string } }>().error.message).toContain('mot de passe');
  });

  it('logs out only with the CSRF token, and the session is gone afterwards', async () => {
    const c = createClient(t.app);
    await c.register({ email: uniqueEmail('out') });
    const csrf = c.csrf;
    c.csrf = null;
    const missing = await c.request('POST', '/api/v1/auth/logout');
    expect(missing.statusCode).toBe(403);
    expect(missing.json<{ error: { code: string } }>().error.code).toBe('csrf_invalid');
    const wrongToken = await c.request('POST', '/api/v1/auth/logout', undefined, {
      'x-csrf-token': 'x'.repeat(43),
    });
    expect(wrongToken.statusCode).toBe(403);
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(200);
    c.csrf = csrf;
    const cookie = c.cookie;
    expect((await c.request('POST', '/api/v1/auth/logout')).statusCode).toBe(200);
    // Replaying the old cookie after logout does not work: the session is deleted on the server.
    c.cookie = cookie;
    const after = await c.request('GET', '/api/v1/me');
    expect(after.statusCode).toBe(401);
  });

  it('answers 401 unauthenticated without a session', async () => {
    const response = await createClient(t.app).request('GET', '/api/v1/me');
    expect(response.statusCode).toBe(401);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('unauthenticated');
  });
});

describe('profile', () => {
  it('changes name and language with the CSRF token, and refuses without it', async () => {
    const c = createClient(t.app);
    await c.register({ email: uniqueEmail('patch'), displayName: 'Before' });
    const token = c.csrf;
    c.csrf = null;
    const refused = await c.request('PATCH', '/api/v1/me', { displayName: 'After' });
    expect(refused.statusCode).toBe(403);
    c.csrf = token;
    expect(
      (await c.request('GET', '/api/v1/me')).json<{ user: { displayName: string } }>().user
        .displayName,
    ).toBe('Before');
    const ok = await c.request('PATCH', '/api/v1/me', { displayName: 'After', locale: 'fr' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ displayName: 'After', locale: 'fr' });
    // The person's choice now wins over the browser's language.
    const fr = await c.request(
      'PATCH',
      '/api/v1/me',
      { locale: 'de' },
      { 'accept-language': 'en' },
    );
    expect(fr.statusCode).toBe(400);
    expect(fr.json<{ error: { message: string } }>().error.message).toContain('valide');
  });
});
