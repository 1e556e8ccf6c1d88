/**
 * Hardening that a browser relies on (issue #7, item 4): a strict Content-Security-Policy and the
 * usual security headers on every kind of answer (JSON, errors, refusals, images, calendar files,
 * the web app's page and its assets), a page with no inline script or style for that policy to
 * have to allow, session cookies that scripts cannot read and other sites cannot send (and that
 * are Secure behind an HTTPS proxy Rapport is told to trust), and sessions that change on sign-in,
 * end on sign-out and expire when left idle.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createTestApp, goodPassword, type TestApp } from '../helpers/app';
import { activeEngagement, signUp } from '../helpers/factories';

const builtWeb = join(process.cwd(), 'dist', 'web');
const hasBuild = existsSync(join(builtWeb, 'index.html'));

let t: TestApp;
let proxied: TestApp;

beforeAll(async () => {
  t = await createTestApp({ ...(hasBuild ? { overrides: { webRoot: builtWeb } } : {}) });
  proxied = await createTestApp({ env: { RAPPORT_TRUST_PROXY: '1' } });
}, 60_000);

afterAll(async () => {
  await t?.close();
  await proxied?.close();
});

function expectHardened(label: string, response: LightMyRequestResponse): void {
  const h = response.headers;
  const csp = String(h['content-security-policy'] ?? '');
  const directives = new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values.join(' ')]),
  );
  expect(directives.get('default-src'), label).toBe("'self'");
  expect(directives.get('script-src'), label).toBe("'self'");
  expect(directives.get('style-src'), label).toBe("'self'");
  expect(directives.get('object-src'), label).toBe("'none'");
  expect(directives.get('frame-ancestors'), label).toBe("'none'");
  expect(directives.get('base-uri'), label).toBe("'self'");
  expect(directives.get('form-action'), label).toBe("'self'");
  expect(csp, label).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:/);
  expect(h['x-content-type-options'], label).toBe('nosniff');
  expect(h['referrer-policy'], label).toBe('no-referrer');
  // Older browsers that ignore frame-ancestors still refuse to frame Rapport elsewhere.
  expect(h['x-frame-options'], label).toBe('SAMEORIGIN');
  expect(h['cross-origin-opener-policy'], label).toBe('same-origin');
  expect(h['cross-origin-resource-policy'], label).toBe('same-origin');
  // HSTS on every answer: browsers honour it only over HTTPS (behind the proxy), where it
  // keeps them from ever trying plain HTTP again for a year.
  const hsts = String(h['strict-transport-security'] ?? '');
  expect(hsts, label).toMatch(/max-age=(\d+)/);
  expect(Number(/max-age=(\d+)/.exec(hsts)?.[1]), label).toBeGreaterThanOrEqual(31_536_000);
  expect(hsts, label).toContain('includeSubDomains');
  expect(h['x-powered-by'], label).toBeUndefined();
  expect(h.server, label).toBeUndefined();
}

describe('security headers', () => {
  it('are on every kind of answer', async () => {
    const { client, therapist, engagementId } = await activeEngagement(t.app);
    const answers: [string, LightMyRequestResponse][] = [
      ['health', await t.app.inject({ method: 'GET', url: '/api/v1/health' })],
      ['signed-in JSON', await client.request('GET', '/api/v1/me')],
      ['a list', await therapist.request('GET', `/api/v1/engagements/${engagementId}/sessions`)],
      ['401', await t.app.inject({ method: 'GET', url: '/api/v1/me' })],
      ['403', await client.request('GET', '/api/v1/caseload')],
      ['404 route', await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' })],
      [
        '403 CSRF',
        await client.request('PATCH', '/api/v1/me', { locale: 'en' }, { 'x-csrf-token': 'wrong' }),
      ],
      [
        '400 malformed JSON',
        await client.request('PATCH', '/api/v1/me', '{"locale": ', {
          'content-type': 'application/json',
        }),
      ],
      [
        '413 too large',
        await client.request('PATCH', '/api/v1/me', { displayName: 'x'.repeat(100_000) }),
      ],
      [
        '415 form post',
        await client.request('PATCH', '/api/v1/me', 'a=1', { 'content-type': 'text/plain' }),
      ],
      ['OpenAPI', await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })],
    ];
    for (const [label, response] of answers) expectHardened(label, response);
    expect(answers.map(([label, r]) => `${label} ${r.statusCode}`)).toEqual([
      'health 200',
      'signed-in JSON 200',
      'a list 200',
      '401 401',
      '403 403',
      '404 route 404',
      '403 CSRF 403',
      '400 malformed JSON 400',
      '413 too large 413',
      '415 form post 415',
      'OpenAPI 200',
    ]);
  });

  it.skipIf(!hasBuild)('are on the web app, whose page has no inline script or style', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expectHardened('index.html', page);
    const deepLink = await t.app.inject({ method: 'GET', url: '/checkin/some-token' });
    expect(deepLink.statusCode).toBe(200);
    expectHardened('a page the browser routes', deepLink);
    // The page loads scripts only from files; the policy never has to allow inline code.
    const html = page.body;
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, content] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\/[\w.-]+\.js"/);
      expect(content?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="|javascript:/i);
    const asset = /src="(\/assets\/[\w.-]+\.js)"/.exec(html)?.[1];
    const served = await t.app.inject({ method: 'GET', url: asset ?? '/missing' });
    expect(served.statusCode).toBe(200);
    expectHardened('a script asset', served);
  });

  it('the page source has no inline script or style either', () => {
    const html = readFileSync(join(process.cwd(), 'src', 'web', 'index.html'), 'utf8');
    for (const [, attributes, content] of html.matchAll(
      /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
    )) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(content?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="|javascript:/i);
  });
});

describe('session cookies', () => {
  const sessionCookie = (response: LightMyRequestResponse) =>
    response.cookies.find((cookie) => cookie.name === 'rapport_session');

  it('are HttpOnly, SameSite=Lax, for the whole site, and not Secure over plain HTTP', async () => {
    const visitor = createClient(t.app);
    const response = await visitor.register({ email: 'cookie.flags@example.org' });
    expect(response.statusCode).toBe(201);
    const cookie = sessionCookie(response);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    // The cookie's value is an opaque random token: 32 bytes or more, not the user's id.
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43);
    const raw = String(response.headers['set-cookie']);
    expect(raw).toMatch(/HttpOnly/);
    expect(raw).toMatch(/SameSite=Lax/);
  });

  it('are Secure behind a trusted HTTPS proxy, and only when the proxy is trusted', async () => {
    const body = (email: string) =>
      JSON.stringify({
        email,
        password: goodPassword,
        displayName: 'Behind Proxy',
        role: 'client',
      });
    const behind = await proxied.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      payload: body('behind.proxy@example.org'),
    });
    expect(behind.statusCode).toBe(201);
    expect(sessionCookie(behind)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    expectHardened('behind the proxy', behind);
    // Without RAPPORT_TRUST_PROXY, a forged X-Forwarded-Proto changes nothing.
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      payload: body('forged.proxy@example.org'),
    });
    expect(forged.statusCode).toBe(201);
    expect(sessionCookie(forged)?.secure).toBeFalsy();
  });
});

describe('sessions', () => {
  it('get a new token at sign-in, and the one the browser had before stops working', async () => {
    const person = await signUp(t.app, 'client', 'Rotating');
    const before = person.cookie;
    const login = await person.login(person.email);
    expect(login.statusCode).toBe(200);
    expect(person.cookie).not.toBe(before);
    const old = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: before ?? '' },
    });
    expect(old.statusCode).toBe(401);
    expect((await person.request('GET', '/api/v1/me')).statusCode).toBe(200);
  });

  it('end on sign-out, on the server: the old cookie no longer signs anyone in', async () => {
    const person = await signUp(t.app, 'client', 'Leaving');
    const cookie = person.cookie ?? '';
    expect((await person.request('POST', '/api/v1/auth/logout')).statusCode).toBe(200);
    const replay = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(replay.statusCode).toBe(401);
  });

  it('expire after an idle hour, and twelve hours after sign-in whatever the activity', async () => {
    const idle = await signUp(t.app, 'client', 'Idle');
    t.clock.advance(59 * 60_000);
    expect((await idle.request('GET', '/api/v1/me')).statusCode).toBe(200);
    const cookie = idle.cookie ?? '';
    t.clock.advance(61 * 60_000);
    const expired = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ error: { code: string } }>().error.code).toBe('session_expired');

    const busy = await signUp(t.app, 'client', 'Busy');
    // A request every fifty minutes keeps it from idling out, up to 11 h 40 after sign-in…
    for (let step = 1; step <= 14; step++) {
      t.clock.advance(50 * 60_000);
      expect((await busy.request('GET', '/api/v1/me')).statusCode, `step ${step}`).toBe(200);
    }
    // …and past twelve hours it ends all the same.
    t.clock.advance(50 * 60_000);
    expect((await busy.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });
});
