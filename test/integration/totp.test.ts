import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createClient, createTestApp, goodPassword, type TestApp } from '../helpers/app';
import { signUp, type Person } from '../helpers/factories';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const step = 30_000;

function codeFor(secret: string, at = t.clock.now()): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: at.getTime(),
  });
}

function cookieValue(response: LightMyRequestResponse, name: string): string | undefined {
  return response.cookies.find((cookie) => cookie.name === name)?.value;
}

/** A browser at the sign-in page: keeps both the session and the pending-step cookie. */
function browser(app: TestApp['app'], ip: string) {
  const jar = new Map<string, string>();
  return {
    jar,
    async post(url: string, body?: unknown) {
      const response = await app.inject({
        method: 'POST',
        url,
        remoteAddress: ip,
        headers: {
          ...(jar.size > 0
            ? { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') }
            : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      });
      for (const cookie of response.cookies) {
        if (cookie.value) jar.set(cookie.name, cookie.value);
        else jar.delete(cookie.name);
      }
      return response;
    },
  };
}

async function enrol(person: Person): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await person.request('POST', '/api/v1/me/totp');
  expect(started.statusCode).toBe(200);
  const { secret } = started.json<{ secret: string }>();
  const confirmed = await person.request('POST', '/api/v1/me/totp/confirm', {
    code: codeFor(secret),
  });
  expect(confirmed.statusCode).toBe(200);
  t.clock.advance(step);
  return { secret, recoveryCodes: confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes };
}

describe('setting up an authenticator app', () => {
  it('returns an otpauth URI, its secret and a QR code, and keeps the secret sealed', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Noor');
    const response = await therapist.request('POST', '/api/v1/me/totp');
    expect(response.statusCode).toBe(200);
    const body = response.json<{ otpauthUri: string; secret: string; qrCode: string }>();
    expect(Object.keys(body).sort()).toEqual(['otpauthUri', 'qrCode', 'secret']);
    expect(body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Rapport:/);
    expect(body.otpauthUri).toContain(`secret=${body.secret}`);
    expect(body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(body.qrCode.split(',')[1] ?? '', 'base64').toString()).toContain('<svg');

    const row = await t.handle.db
      .selectFrom('user_totp')
      .selectAll()
      .where('user_id', '=', therapist.id)
      .executeTakeFirstOrThrow();
    expect(row.confirmed_at).toBeNull();
    expect(row.secret_ciphertext).not.toContain(body.secret);
    expect(t.deps.sealer.open(row.secret_ciphertext, `user_totp.secret:${therapist.id}`)).toBe(
      body.secret,
    );
    // Bound to its row: the same ciphertext does not open as someone else's.
    expect(() => t.deps.sealer.open(row.secret_ciphertext, 'user_totp.secret:other')).toThrow();

    const status = await therapist.request('GET', '/api/v1/me/totp');
    expect(status.json()).toMatchObject({ enabled: false, recoveryCodesLeft: 0, required: false });
  });

  it('turns on only with a right code, and gives ten recovery codes stored as hashes', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Ines');
    const { secret } = (await therapist.request('POST', '/api/v1/me/totp')).json<{
      secret: string;
    }>();
    const wrong = await therapist.request('POST', '/api/v1/me/totp/confirm', {
      code: codeFor(secret, new Date(t.clock.now().getTime() - 10 * step)),
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<{ error: { code: string } }>().error.code).toBe('totp_invalid');
    expect((await therapist.request('GET', '/api/v1/me/totp')).json()).toMatchObject({
      enabled: false,
    });

    const ok = await therapist.request('POST', '/api/v1/me/totp/confirm', {
      code: codeFor(secret),
    });
    expect(ok.statusCode).toBe(200);
    const codes = ok.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const stored = await t.handle.db
      .selectFrom('totp_recovery_codes')
      .select('code_hash')
      .where('user_id', '=', therapist.id)
      .execute();
    expect(stored).toHaveLength(10);
    const hashes = stored.map((row) => row.code_hash).join(' ');
    for (const code of codes) {
      expect(hashes).not.toContain(code);
      expect(hashes).not.toContain(code.replace(/-/g, ''));
    }
    const status = (await therapist.request('GET', '/api/v1/me/totp')).json<unknown>();
    expect(status).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });

    const again = await therapist.request('POST', '/api/v1/me/totp');
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('totp_already_enabled');

    const actions = await t.handle.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', therapist.id)
      .execute();
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(['totp.setup', 'totp.enable']),
    );
  });

  it('refuses a code that is not six digits with 400 and an unknown field with 400', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Oli');
    await therapist.request('POST', '/api/v1/me/totp');
    const short = await therapist.request('POST', '/api/v1/me/totp/confirm', { code: '12ab' });
    expect(short.statusCode).toBe(400);
    const extra = await therapist.request('POST', '/api/v1/me/totp/confirm', {
      code: '123456',
      secret: 'x',
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json<{ error: { code: string } }>().error.code).toBe('unknown_field');
  });
});

describe('signing in with a second factor', () => {
  it('asks for a code after the password, and the code turns the pending step into a session', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Maya');
    const { secret } = await enrol(therapist);
    const b = browser(t.app, '10.40.0.1');

    const first = await b.post('/api/v1/auth/login', {
      email: therapist.email,
      password: goodPassword,
    });
    expect(first.statusCode).toBe(401);
    expect(first.json<{ error: { code: string } }>().error.code).toBe('totp_required');
    expect(cookieValue(first, 'rapport_session')).toBeUndefined();
    const pending = first.cookies.find((cookie) => cookie.name === 'rapport_login_step');
    expect(pending).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
      path: '/api/v1/auth/login',
    });
    const challenges = await t.handle.db.selectFrom('login_challenges').selectAll().execute();
    // Only the hash of the pending token is stored.
    expect(challenges.some((row) => row.id === pending?.value)).toBe(false);

    const wrong = await b.post('/api/v1/auth/login/second-factor', {
      code: codeFor(secret, new Date(t.clock.now().getTime() - 10 * step)),
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<{ error: { code: string } }>().error.code).toBe('totp_invalid');

    const ok = await b.post('/api/v1/auth/login/second-factor', { code: codeFor(secret) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ user: { id: string } }>().user.id).toBe(therapist.id);
    expect(b.jar.has('rapport_session')).toBe(true);
    expect(b.jar.has('rapport_login_step')).toBe(false);

    const logins = await t.handle.db
      .selectFrom('audit_events')
      .select(['outcome', 'reason'])
      .where('subject_id', '=', therapist.id)
      .where('action', '=', 'auth.login')
      .execute();
    expect(logins).toEqual(
      expect.arrayContaining([
        { outcome: 'failure', reason: 'totp' },
        { outcome: 'success', reason: 'totp' },
      ]),
    );

    // The same code cannot be used twice, even in its own 30 seconds.
    const replay = browser(t.app, '10.40.0.2');
    await replay.post('/api/v1/auth/login', { email: therapist.email, password: goodPassword });
    const reused = await replay.post('/api/v1/auth/login/second-factor', { code: codeFor(secret) });
    expect(reused.statusCode).toBe(401);
    t.clock.advance(step);
    const fresh = await replay.post('/api/v1/auth/login/second-factor', { code: codeFor(secret) });
    expect(fresh.statusCode).toBe(200);
  });

  it('accepts the one-request form {email, password, totp}', async () => {
    const admin = await signUp(t.app, 'therapist', 'Eli');
    const { secret } = await enrol(admin);
    const c = createClient(t.app, '10.40.1.1');
    const wrong = await c.request('POST', '/api/v1/auth/login', {
      email: admin.email,
      password: goodPassword,
      totp: codeFor(secret, new Date(t.clock.now().getTime() - 10 * step)),
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<{ error: { code: string } }>().error.code).toBe('totp_invalid');
    const ok = await c.request('POST', '/api/v1/auth/login', {
      email: admin.email,
      password: goodPassword,
      totp: codeFor(secret),
    });
    expect(ok.statusCode).toBe(200);
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(200);
  });

  it('lets a recovery code in once', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Ada');
    const { recoveryCodes } = await enrol(therapist);
    const code = recoveryCodes[3] ?? '';
    const b = browser(t.app, '10.40.2.1');
    await b.post('/api/v1/auth/login', { email: therapist.email, password: goodPassword });
    const ok = await b.post('/api/v1/auth/login/second-factor', {
      recoveryCode: ` ${code.toUpperCase().replace(/-/g, ' ')} `,
    });
    expect(ok.statusCode).toBe(200);

    const b2 = browser(t.app, '10.40.2.2');
    await b2.post('/api/v1/auth/login', { email: therapist.email, password: goodPassword });
    const again = await b2.post('/api/v1/auth/login/second-factor', { recoveryCode: code });
    expect(again.statusCode).toBe(401);
    const status = createClient(t.app); // anonymous: status needs a session
    expect((await status.request('GET', '/api/v1/me/totp')).statusCode).toBe(401);
    const left = await t.handle.db
      .selectFrom('totp_recovery_codes')
      .select('used_at')
      .where('user_id', '=', therapist.id)
      .where('used_at', 'is not', null)
      .execute();
    expect(left).toHaveLength(1);
  });

  it('ends the pending step after five minutes', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Kai');
    const { secret } = await enrol(therapist);
    const b = browser(t.app, '10.40.3.1');
    await b.post('/api/v1/auth/login', { email: therapist.email, password: goodPassword });
    t.clock.advance(5 * 60_000 + 1000);
    const late = await b.post('/api/v1/auth/login/second-factor', { code: codeFor(secret) });
    expect(late.statusCode).toBe(401);
    expect(late.json<{ error: { code: string } }>().error.code).toBe('login_step_expired');
    expect(b.jar.has('rapport_session')).toBe(false);
  });

  it('without the pending cookie, the second step is refused', async () => {
    const b = browser(t.app, '10.40.3.9');
    const response = await b.post('/api/v1/auth/login/second-factor', { code: '123456' });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('login_step_expired');
  });

  it('counts wrong codes as failed sign-ins: five end the step and lock the account', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Rui');
    const { secret } = await enrol(therapist);
    const b = browser(t.app, '10.40.4.1');
    await b.post('/api/v1/auth/login', { email: therapist.email, password: goodPassword });
    const old = codeFor(secret, new Date(t.clock.now().getTime() - 20 * step));
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await b.post('/api/v1/auth/login/second-factor', { code: old });
      codes.push(response.json<{ error: { code: string } }>().error.code);
    }
    expect(codes).toEqual([
      'totp_invalid',
      'totp_invalid',
      'totp_invalid',
      'totp_invalid',
      'login_step_expired',
    ]);
    // Now even the right password and a right code wait out the lock.
    const locked = await browser(t.app, '10.40.4.2').post('/api/v1/auth/login', {
      email: therapist.email,
      password: goodPassword,
    });
    expect(locked.statusCode).toBe(429);
    t.clock.advance(16 * 60_000);
    const b3 = browser(t.app, '10.40.4.3');
    expect(
      (await b3.post('/api/v1/auth/login', { email: therapist.email, password: goodPassword }))
        .statusCode,
    ).toBe(401);
    expect(
      (await b3.post('/api/v1/auth/login/second-factor', { code: codeFor(secret) })).statusCode,
    ).toBe(200);
  });
});

describe('turning the second factor off and renewing codes', () => {
  it('needs a right code; afterwards the password alone signs in', async () => {
    const therapist = await signUp(t.app, 'therapist', 'Lou');
    const { secret } = await enrol(therapist);
    const wrong = await therapist.request('DELETE', '/api/v1/me/totp', {
      code: codeFor(secret, new Date(t.clock.now().getTime() - 10 * step)),
    });
    expect(wrong.statusCode).toBe(401);
    const both = await therapist.request('DELETE', '/api/v1/me/totp', {
      code: '123456',
      recoveryCode: 'abcd-efgh-jkmn',
    });
    expect(both.statusCode).toBe(400);

    const renewed = await therapist.request('POST', '/api/v1/me/totp/recovery-codes', {
      code: codeFor(secret),
    });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json<{ recoveryCodes: string[] }>().recoveryCodes).toHaveLength(10);
    t.clock.advance(step);

    const off = await therapist.request('DELETE', '/api/v1/me/totp', { code: codeFor(secret) });
    expect(off.statusCode).toBe(200);
    expect(
      await t.handle.db
        .selectFrom('totp_recovery_codes')
        .select('id')
        .where('user_id', '=', therapist.id)
        .execute(),
    ).toHaveLength(0);
    const login = await createClient(t.app, '10.40.5.1').login(therapist.email);
    expect(login.statusCode).toBe(200);
  });

  it('answers 409 when turning off what was never on', async () => {
    const client = await signUp(t.app, 'client', 'Mo');
    const response = await client.request('DELETE', '/api/v1/me/totp', { code: '123456' });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('totp_not_enabled');
  });
});

describe('session rotation', () => {
  it('ends the session the browser had before signing in again', async () => {
    const client = await signUp(t.app, 'client', 'Rotating');
    const oldCookie = client.cookie;
    const before = await t.handle.db
      .selectFrom('auth_sessions')
      .select('id')
      .where('user_id', '=', client.id)
      .execute();
    expect(before).toHaveLength(1);
    const again = await client.login(client.email);
    expect(again.statusCode).toBe(200);
    expect(client.cookie).not.toBe(oldCookie);
    const after = await t.handle.db
      .selectFrom('auth_sessions')
      .select('id')
      .where('user_id', '=', client.id)
      .execute();
    expect(after).toHaveLength(1);
    expect(after[0]?.id).not.toBe(before[0]?.id);
    client.cookie = oldCookie;
    expect((await client.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });
});

describe('RAPPORT_REQUIRE_TOTP', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await createTestApp({ env: { RAPPORT_REQUIRE_TOTP: '1' } });
  });
  afterAll(async () => {
    await strict.close();
  });

  it('makes a therapist set up an app at sign-in; clients are not asked', async () => {
    const therapist = await signUp(strict.app, 'therapist', 'Sol');
    const client = await signUp(strict.app, 'client', 'Cy');
    expect((await createClient(strict.app, '10.41.0.1').login(client.email)).statusCode).toBe(200);

    const b = browser(strict.app, '10.41.0.2');
    const first = await b.post('/api/v1/auth/login', {
      email: therapist.email,
      password: goodPassword,
    });
    expect(first.statusCode).toBe(401);
    expect(first.json<{ error: { code: string } }>().error.code).toBe('totp_enrolment_required');
    // The code step is not the setup step.
    const wrongStep = await b.post('/api/v1/auth/login/second-factor', { code: '123456' });
    expect(wrongStep.statusCode).toBe(401);
    expect(wrongStep.json<{ error: { code: string } }>().error.code).toBe('login_step_expired');

    await b.post('/api/v1/auth/login', { email: therapist.email, password: goodPassword });
    const setup = await b.post('/api/v1/auth/login/totp-setup');
    expect(setup.statusCode).toBe(200);
    const { secret } = setup.json<{ secret: string }>();
    const done = await b.post('/api/v1/auth/login/totp-setup/confirm', {
      code: codeFor(secret, strict.clock.now()),
    });
    expect(done.statusCode).toBe(200);
    const body = done.json<{ user: { id: string }; csrfToken: string; recoveryCodes: string[] }>();
    expect(body.user.id).toBe(therapist.id);
    expect(body.recoveryCodes).toHaveLength(10);
    expect(b.jar.has('rapport_session')).toBe(true);

    const status = await therapist.request('GET', '/api/v1/me/totp');
    expect(status.json()).toMatchObject({ enabled: true, required: true });

    strict.clock.advance(step);
    const next = browser(strict.app, '10.41.0.3');
    const again = await next.post('/api/v1/auth/login', {
      email: therapist.email,
      password: goodPassword,
    });
    expect(again.json<{ error: { code: string } }>().error.code).toBe('totp_required');
  });
});
