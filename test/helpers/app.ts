/**
 * A Rapport app on a fresh database (PGlite, or PostgreSQL when the run asks for it), built
 * without listening, with a clock the test moves by hand, and a small cookie-keeping client.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/api/config';
import type { AppDeps } from '../../src/api/context';
import { startRapport } from '../../src/api/startup';
import type { DatabaseHandle } from '../../src/storage/db';
import { createTestDatabase } from './database';

/** A fixed test key (never used outside tests). */
export const testEncryptionKey = Buffer.alloc(32, 7).toString('base64');

export interface TestClock {
  now: () => Date;
  advance: (ms: number) => void;
  set: (date: Date) => void;
}

export function createClock(start = new Date('2026-03-02T10:00:00Z')): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (date) => {
      current = date.getTime();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  handle: DatabaseHandle;
  clock: TestClock;
  close: () => Promise<void>;
}

export async function createTestApp(
  options: { env?: Record<string, string>; overrides?: Partial<AppDeps>; clock?: TestClock } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = options.clock ?? createClock();
  const dataDir = await mkdtemp(join(tmpdir(), 'rapport-test-'));
  const config = loadConfig({
    RAPPORT_ENCRYPTION_KEY: testEncryptionKey,
    RAPPORT_DEMO: '0',
    LOG_LEVEL: 'silent',
    // Background jobs only where a test asks for them (RAPPORT_JOBS: '1').
    RAPPORT_JOBS: '0',
    RAPPORT_DATA_DIR: dataDir,
    ...options.env,
  });
  const started = await startRapport(config, {
    handle: database.handle,
    clock: clock.now,
    ...(options.overrides ? { overrides: options.overrides } : {}),
  });
  return {
    app: started.app,
    deps: started.deps,
    handle: database.handle,
    clock,
    close: async () => {
      await started.app.close();
      await database.drop();
    },
  };
}

export interface Client {
  csrf: string | null;
  cookie: string | null;
  request: (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
  register: (input: {
    email: string;
    password?: string;
    displayName?: string;
    role?: string;
  }) => Promise<LightMyRequestResponse>;
  login: (email: string, password?: string) => Promise<LightMyRequestResponse>;
}

export const goodPassword = 'quiet harbour lantern 42';

/** Keeps the session cookie and the CSRF token, like a browser running the web app would. */
export function createClient(app: FastifyInstance, ip = '127.0.0.1'): Client {
  const client: Client = {
    csrf: null,
    cookie: null,
    async request(method, url, body, headers = {}) {
      const response = await app.inject({
        method,
        url,
        remoteAddress: ip,
        headers: {
          ...(client.cookie ? { cookie: client.cookie } : {}),
          ...(client.csrf && method !== 'GET' ? { 'x-csrf-token': client.csrf } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined
          ? { payload: typeof body === 'string' ? body : JSON.stringify(body) }
          : {}),
      });
      const setCookie = response.cookies.find((cookie) => cookie.name === 'rapport_session');
      if (setCookie) client.cookie = setCookie.value ? `rapport_session=${setCookie.value}` : null;
      const json = response.headers['content-type']?.toString().includes('json')
        ? response.json<{ csrfToken?: string }>()
        : null;
      if (json?.csrfToken) client.csrf = json.csrfToken;
      return response;
    },
    register(input) {
      return client.request('POST', '/api/v1/auth/register', {
        password: goodPassword,
        displayName: 'Sam Rivera',
        role: 'client',
        ...input,
      });
    },
    login(email, password = goodPassword) {
      return client.request('POST', '/api/v1/auth/login', { email, password });
    },
  };
  return client;
}

/** A request with no session at all, as a visitor's browser would send. */
export function anonymousRequest(app: FastifyInstance) {
  return (
    method: 'GET' | 'POST',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
}
