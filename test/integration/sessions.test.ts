import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createTestApp, goodPassword, type TestApp } from '../helpers/app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const minute = 60_000;

describe('session expiry', () => {
  it('ends a session after an hour without activity', async () => {
    const c = createClient(t.app);
    await c.register({ email: 'idle@example.org' });
    t.clock.advance(59 * minute);
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(200);
    t.clock.advance(61 * minute);
    const expired = await c.request('GET', '/api/v1/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ error: { code: string } }>().error.code).toBe('session_expired');
    const rows = await t.handle.db.selectFrom('auth_sessions').selectAll().execute();
    expect(
      rows.every(
        (row) => new Date(row.last_seen_at).getTime() > t.clock.now().getTime() - 61 * minute,
      ),
    ).toBe(true);
  });

  it('ends a session twelve hours after sign-in even while active', async () => {
    const c = createClient(t.app);
    await c.register({ email: 'busy@example.org' });
    for (let i = 0; i < 23; i++) {
      t.clock.advance(30 * minute);
      expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(200);
    }
    t.clock.advance(31 * minute);
    const response = await c.request('GET', '/api/v1/me');
    expect(response.statusCode).toBe(401);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('session_expired');
  });
});

describe('login rate limits', () => {
  it('locks an account after five failures for fifteen minutes, with a clear 429', async () => {
    const email = 'limited@example.org';
    await createClient(t.app).register({ email });
    for (let i = 0; i < 5; i++) {
      expect(
        (await createClient(t.app, `10.1.0.${i}`).login(email, 'wrong password here')).statusCode,
      ).toBe(401);
    }
    // Even the right password is refused now, from any address.
    const blocked = await createClient(t.app, '10.1.1.1').login(email, goodPassword);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'too_many_attempts',
    });
    expect(blocked.json<{ error: { message: string } }>().error.message).toMatch(/15 minutes/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(16 * minute);
    expect((await createClient(t.app, '10.1.1.1').login(email, goodPassword)).statusCode).toBe(200);
  });

  it('limits one address trying many accounts', async () => {
    const ip = '10.2.0.9';
    let status = 0;
    for (let i = 0; i < 31; i++) {
      status = (await createClient(t.app, ip).login(`guess${i}@example.org`, 'some password guess'))
        .statusCode;
    }
    expect(status).toBe(429);
    // Another address is not affected.
    expect(
      (await createClient(t.app, '10.2.0.10').login('guess0@example.org', 'some password guess'))
        .statusCode,
    ).toBe(401);
  });

  it('stores neither e-mails nor addresses in the attempts table', async () => {
    const rows = await t.handle.db.selectFrom('login_attempts').select('bucket').execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.bucket).not.toMatch(/@|10\.|127\.0/);
    }
  });
});
