/**
 * Durability: the real server (a child process) takes check-ins from several clients at once
 * and is killed with SIGKILL in the middle. After a restart, every check-in that was
 * acknowledged (201) is stored exactly once, nothing is half-stored (each stored check-in has
 * its audit event, the audit chain verifies, flags point at stored check-ins' engagements), and
 * sending the unacknowledged ones again stores each once. Runs on the embedded database (a data
 * directory) and, in the integration-pg project, on PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyAuditChain } from '../../src/storage/audit.repo';
import { goodPassword } from '../helpers/app';
import { createServerDatabase, type ServerDatabase } from '../helpers/server-db';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const sessionCount = 36;
const concurrency = 6;
const killAfterAcks = 10;

let db: ServerDatabase;
let port: number;
let server: ChildProcess | null = null;

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const base = () => `http://127.0.0.1:${port}/api/v1`;

/** Start the real server: plain node with tsx's loader (one process, so SIGKILL reaches it). */
async function startServer(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/api/server.ts'], {
    env: { ...process.env, ...db.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  server = child;
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      const response = await fetch(`${base()}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start: ${stderr}`);
}

async function stopServer(signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}

interface Session {
  cookie: string;
  csrf: string;
  id: string;
}

async function call(
  who: Session | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown>; cookie?: string }> {
  const response = await fetch(`${base()}${path}`, {
    method,
    headers: {
      ...(who ? { cookie: who.cookie, 'x-csrf-token': who.csrf } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const cookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith('rapport_session='))
    ?.split(';')[0];
  return {
    status: response.status,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    ...(cookie ? { cookie } : {}),
  };
}

async function register(role: 'client' | 'therapist', name: string): Promise<Session> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now().toString(36)}@example.org`;
  const response = await call(null, 'POST', '/auth/register', {
    email,
    password: goodPassword,
    displayName: name,
    role,
  });
  if (response.status !== 201 || !response.cookie) throw new Error('register failed');
  return {
    cookie: response.cookie,
    csrf: response.json.csrfToken as string,
    id: (response.json.user as { id: string }).id,
  };
}

const answers = (i: number) => {
  const v = 5 + (i % 5);
  return { heard: v, goals: v, approach: v, safety: v, overall: v };
};

let client: Session;
let sessionIds: string[] = [];
const keyFor = (i: number) => `durability-${i}`;

beforeAll(async () => {
  db = await createServerDatabase();
  port = await freePort();
  await startServer();
  const therapist = await register('therapist', 'Durable Therapist');
  client = await register('client', 'Durable Client');
  const engagement = await call(client, 'POST', '/engagements', { therapistId: therapist.id });
  const engagementId = engagement.json.id as string;
  await call(therapist, 'PATCH', `/engagements/${engagementId}`, { status: 'active' });
  sessionIds = [];
  const now = Date.now();
  for (let i = 0; i < sessionCount; i++) {
    const scheduledAt = new Date(now - (sessionCount - i) * 3_600_000).toISOString();
    const created = await call(therapist, 'POST', `/engagements/${engagementId}/sessions`, {
      scheduledAt,
    });
    const id = created.json.id as string;
    const attended = await call(therapist, 'PATCH', `/sessions/${id}`, { status: 'attended' });
    if (attended.status !== 200) throw new Error(`attendance failed: ${attended.status}`);
    sessionIds.push(id);
  }
});

afterAll(async () => {
  await stopServer('SIGKILL');
  await db.drop();
});

async function submit(i: number): Promise<{ status: number; id?: string }> {
  const response = await call(
    client,
    'POST',
    `/sessions/${sessionIds[i]}/checkins`,
    { instrument: 'alliance', answers: answers(i), comment: `Session ${i}: it went fine.` },
    { 'idempotency-key': keyFor(i) },
  );
  return { status: response.status, id: response.json.id as string | undefined };
}

/** What is stored, checked for half-written work. */
async function inspect(): Promise<{ ids: string[]; bySession: Map<string, number> }> {
  const handle = await db.open();
  try {
    const rows = await handle.db
      .selectFrom('checkins')
      .select(['id', 'session_id'])
      .where('respondent_id', '=', client.id)
      .execute();
    const bySession = new Map<string, number>();
    for (const row of rows) bySession.set(row.session_id, (bySession.get(row.session_id) ?? 0) + 1);
    // Each stored check-in has exactly its one audit event; no event names a check-in that is not stored.
    const events = await handle.db
      .selectFrom('audit_events')
      .select('resource_id')
      .where('action', '=', 'checkin.create')
      .execute();
    const eventIds = events.map((row) => row.resource_id).sort();
    expect(eventIds).toEqual(rows.map((row) => row.id).sort());
    // Flags only for engagements that exist, and quoting nothing from a lost check-in.
    const orphans = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM signals s
      WHERE s.session_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM therapy_sessions t WHERE t.id = s.session_id)`.execute(
      handle.db,
    );
    expect(orphans.rows[0]?.n).toBe(0);
    const clinics = await handle.db.selectFrom('clinics').select('id').execute();
    for (const clinic of clinics) {
      const chain = await verifyAuditChain(handle.db, clinic.id);
      expect(chain.problem).toBeUndefined();
      expect(chain.ok).toBe(true);
    }
    return { ids: rows.map((row) => row.id), bySession };
  } finally {
    await handle.close();
  }
}

describe('durability under SIGKILL', () => {
  it('keeps every acknowledged check-in exactly once and half-stores none', async () => {
    const acked = new Map<number, string>();
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < sessionCount) {
        const i = next++;
        try {
          const result = await submit(i);
          if (result.status === 201 && result.id) acked.set(i, result.id);
          if (acked.size >= killAfterAcks && !killed) {
            killed = true;
            await stopServer('SIGKILL');
          }
        } catch {
          // The server is gone mid-request: this one is unacknowledged.
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    expect(killed).toBe(true);
    expect(acked.size).toBeGreaterThanOrEqual(killAfterAcks);

    const afterKill = await inspect();
    for (const id of acked.values()) expect(afterKill.ids).toContain(id);
    for (const count of afterKill.bySession.values()) expect(count).toBe(1);

    // Restart, and send everything again with the same keys (a client retrying).
    await startServer();
    for (let i = 0; i < sessionCount; i++) {
      const result = await submit(i);
      expect(result.status, `check-in ${i}`).toBe(201);
      const first = acked.get(i);
      if (first) expect(result.id).toBe(first);
    }
    await stopServer('SIGTERM');

    const final = await inspect();
    expect(final.ids).toHaveLength(sessionCount);
    expect(final.bySession.size).toBe(sessionCount);
    for (const count of final.bySession.values()) expect(count).toBe(1);
  });
});
