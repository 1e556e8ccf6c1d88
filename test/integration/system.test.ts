import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { verifyAuditChain } from '../../src/storage/audit.repo';
import { createClient, createTestApp, goodPassword, type TestApp } from '../helpers/app';

let t: TestApp;
const adminEmail = 'admin@clinic.example';
const adminPassword = 'steady admin passphrase';

beforeAll(async () => {
  t = await createTestApp({
    env: { RAPPORT_ADMIN_EMAIL: adminEmail, RAPPORT_ADMIN_PASSWORD: adminPassword },
  });
});
afterAll(async () => {
  await t.close();
});

describe('health and API description', () => {
  it('answers health once migrated', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI document in which every operation declares its responses', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json<{
      openapi: string;
      paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/auth/register',
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/me',
      '/api/v1/health',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const codes = Object.keys(operation.responses ?? {});
        expect(
          codes.some((code) => code.startsWith('2')),
          `${method} ${path} declares a success response`,
        ).toBe(true);
      }
    }
  });

  it('answers unknown API paths with a 404 error body', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('route_not_found');
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('clinic administrator', () => {
  it('is created from the environment, once, and sees the clinic summary', async () => {
    const admin = createClient(t.app);
    const login = await admin.login(adminEmail, adminPassword);
    expect(login.statusCode).toBe(200);
    expect(login.json<{ user: { role: string } }>().user.role).toBe('admin');
    const client = createClient(t.app);
    await client.register({ email: 'client.one@example.org', password: goodPassword });
    const summary = await admin.request('GET', '/api/v1/clinic');
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({ counts: { admins: 1, clients: 1, therapists: 0 } });
    expect((await client.request('GET', '/api/v1/clinic')).statusCode).toBe(403);
  });

  it('has a clinic id on every clinic-owned row', async () => {
    const rows = await sql<{ table_name: string }>`
      select table_name from information_schema.columns
      where table_schema = current_schema() and column_name = 'clinic_id'`.execute(t.handle.db);
    const tables = rows.rows.map((row) => row.table_name);
    for (const table of [
      'users',
      'auth_sessions',
      'audit_events',
      'engagements',
      'therapy_sessions',
      'checkins',
      'signals',
      'goals',
    ]) {
      expect(tables).toContain(table);
    }
  });
});

describe('audit log', () => {
  it('records sign-ups and sign-ins in a chain that verifies', async () => {
    const c = createClient(t.app);
    await c.register({ email: 'audited@example.org' });
    await createClient(t.app).login('audited@example.org');
    const events = await t.handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('clinic_id', '=', t.deps.defaultClinicId)
      .execute();
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['account.create', 'auth.login']),
    );
    const report = await verifyAuditChain(t.handle.db, t.deps.defaultClinicId);
    expect(report).toMatchObject({ ok: true, events: events.length });
  });

  it('refuses updates and deletes, and detects tampering done behind the application', async () => {
    await expect(sql`update audit_events set action = 'x'`.execute(t.handle.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_events`.execute(t.handle.db)).rejects.toThrow(/append-only/);
    // Someone with the database owner's rights switches the guard off and edits one event.
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(t.handle.db);
    await sql`update audit_events set actor_role = 'tampered' where seq = 2 and clinic_id = ${t.deps.defaultClinicId}`.execute(
      t.handle.db,
    );
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(t.handle.db);
    const report = await verifyAuditChain(t.handle.db, t.deps.defaultClinicId);
    expect(report.ok).toBe(false);
    expect(report.problem?.seq).toBe(2);
  });
});
