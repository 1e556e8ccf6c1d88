/**
 * Two Rapport server processes on one PostgreSQL database, as behind a load balancer: a session
 * made on one is valid on the other, a background job is done exactly once across both, and a
 * consultation slot booked through one cannot be booked through the other.
 *
 * PostgreSQL only: the embedded database (PGlite) lives inside one process by nature, so there is
 * nothing to share between two servers there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodPassword, testEncryptionKey } from '../helpers/app';

const serverUrl = process.env.TEST_DATABASE_URL;
const onPostgres = process.env.RAPPORT_TEST_DB === 'postgres' && Boolean(serverUrl);
const root = fileURLToPath(new URL('../..', import.meta.url));
const databaseName = `rapport_multi_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

const received: { to: string[] }[] = [];
let smtp: SMTPServer | undefined;
const servers: ChildProcess[] = [];
let bases: [string, string] = ['', ''];
let databaseUrl = '';
let startupErrors = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function query<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function eventually(check: () => Promise<boolean>, what: string, tries = 300): Promise<void> {
  for (let i = 0; i < tries; i += 1) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function startServer(port: number, smtpPort: number): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/api/server.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      RAPPORT_ENCRYPTION_KEY: testEncryptionKey,
      RAPPORT_DEMO: '0',
      RAPPORT_JOBS: '1',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      RAPPORT_PUBLIC_URL: 'https://rapport.example',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Kept to explain a server that does not start (logs are silent; this is startup's message).
  child.stderr?.on('data', (chunk: Buffer) => (startupErrors += chunk.toString('utf8')));
  servers.push(child);
  return child;
}

/** A browser-like client of one server: keeps the cookie and the CSRF token. */
function person(base: string) {
  const state = { cookie: '', csrf: '', id: '' };
  const request = async (method: string, path: string, body?: unknown, on = base) => {
    const response = await fetch(`${on}/api/v1${path}`, {
      method,
      headers: {
        ...(state.cookie ? { cookie: state.cookie } : {}),
        ...(state.csrf && method !== 'GET' ? { 'x-csrf-token': state.csrf } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('rapport_session='));
    if (cookie) state.cookie = cookie.split(';')[0] ?? '';
    const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (json && typeof json.csrfToken === 'string') state.csrf = json.csrfToken;
    return { status: response.status, json };
  };
  return {
    state,
    request,
    async register(role: 'client' | 'therapist', name: string) {
      const email = `${name.toLowerCase()}.${randomBytes(3).toString('hex')}@example.org`;
      const created = await request('POST', '/auth/register', {
        email,
        password: goodPassword,
        displayName: name,
        role,
      });
      if (created.status !== 201) throw new Error(`register: ${JSON.stringify(created.json)}`);
      state.id = (created.json?.user as { id: string }).id;
      return email;
    },
  };
}

describe.skipIf(!onPostgres)('several app servers on one PostgreSQL', () => {
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        stream.on('data', () => undefined);
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp?.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    await onServer(`CREATE DATABASE "${databaseName}"`);
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
    const ports = [await freePort(), await freePort()] as const;
    // Both start at once: migrations and the job queue's schema take their own locks.
    for (const port of ports) startServer(port, smtpPort);
    bases = [`http://127.0.0.1:${ports[0]}`, `http://127.0.0.1:${ports[1]}`];
    for (const base of bases) {
      await eventually(
        async () => (await fetch(`${base}/api/v1/health`)).status === 200,
        `${base} to start`,
        600,
      ).catch((error: Error) => {
        throw new Error(`${error.message}: ${startupErrors}`);
      });
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(
      servers.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await new Promise<void>((resolve) => (smtp ? smtp.close(resolve) : resolve()));
    if (databaseUrl) await onServer(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  }, 60_000);

  it('accepts on one server a session created on the other', async () => {
    const [a, b] = bases;
    const client = person(a);
    await client.register('client', 'Roaming');
    const onA = await client.request('GET', '/me');
    const onB = await client.request('GET', '/me', undefined, b);
    expect(onA.status).toBe(200);
    expect(onB.status).toBe(200);
    expect((onB.json?.user as { id: string }).id).toBe(client.state.id);
    // A mutating request on B with the token issued by A.
    const logout = await client.request('POST', '/auth/logout', {}, b);
    expect(logout.status).toBeLessThan(300);
    expect((await client.request('GET', '/me')).status).toBe(401);
  });

  it('does a background job exactly once across both servers', async () => {
    const [a] = bases;
    const client = person(a);
    const clientEmail = await client.register('client', 'Jobs');
    const therapist = person(a);
    await therapist.register('therapist', 'Worker');
    const created = await client.request('POST', '/engagements', {
      therapistId: therapist.state.id,
    });
    const engagementId = (created.json as { id: string }).id;
    expect(
      (await therapist.request('PATCH', `/engagements/${engagementId}`, { status: 'active' }))
        .status,
    ).toBe(200);
    const session = await therapist.request('POST', `/engagements/${engagementId}/sessions`, {
      scheduledAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    const sessionId = (session.json as { id: string }).id;
    expect(
      (await therapist.request('PATCH', `/sessions/${sessionId}`, { status: 'attended' })).status,
    ).toBe(200);

    const [mail] = await query<{ id: string }>(
      `select id from outbox_messages where recipient_id = $1 and kind = 'checkin_link'`,
      [client.state.id],
    );
    expect(mail).toBeDefined();
    const state = async () =>
      (
        await query<{ state: string }>(
          `select state from pgboss.job where name = 'mail-deliver' and data ->> 'mailId' = $1
           union all
           select state from pgboss.archive where name = 'mail-deliver' and data ->> 'mailId' = $1`,
          [mail?.id],
        )
      ).map((row) => row.state);
    await eventually(async () => (await state()).includes('completed'), 'the job to complete');
    expect(await state()).toEqual(['completed']);
    expect(received.filter((m) => m.to.includes(clientEmail))).toHaveLength(1);
  });

  it('refuses through one server a slot already booked through the other (409)', async () => {
    const [a, b] = bases;
    const therapist = person(a);
    await therapist.register('therapist', 'Booked');
    expect(
      (
        await therapist.request('PUT', '/therapists/me/profile', {
          displayName: 'Booked',
          languages: ['en'],
          modes: ['online'],
          timeZone: 'UTC',
          published: true,
        })
      ).status,
    ).toBe(200);
    const day = new Date(Date.now() + 3 * 86_400_000);
    day.setUTCHours(10, 0, 0, 0);
    const blockEnd = new Date(day.getTime() + 2 * 3_600_000);
    const offered = await therapist.request('POST', '/therapists/me/availability', {
      kind: 'consultation',
      start: day.toISOString(),
      end: blockEnd.toISOString(),
    });
    expect(offered.status).toBe(201);
    const slots = await therapist.request(
      'GET',
      `/therapists/${therapist.state.id}/slots?kind=consultation&from=${encodeURIComponent(day.toISOString())}&to=${encodeURIComponent(blockEnd.toISOString())}`,
    );
    const start = (slots.json as { items: { start: string }[] }).items[0]?.start;
    expect(start).toBeDefined();

    const first = person(a);
    await first.register('client', 'First');
    const second = person(b);
    await second.register('client', 'Second');
    const results = await Promise.all([
      first.request('POST', '/consultations', { therapistId: therapist.state.id, start }),
      second.request('POST', '/consultations', { therapistId: therapist.state.id, start }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const again = await first.request(
      'POST',
      '/consultations',
      { therapistId: therapist.state.id, start },
      b,
    );
    expect(again.status).toBe(409);
  });
});

describe.skipIf(onPostgres)('several app servers (embedded database)', () => {
  it.skip('needs PostgreSQL: PGlite is one process by nature, so two servers cannot share it', () => {});
});
