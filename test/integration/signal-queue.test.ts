/**
 * Signals after a check-in, off the request path (signal-queue.service.ts), and check-in pages
 * stored together (checkin-links.service.ts): a check-in marks its engagement; reads of flags,
 * the background drainer and the sweep job each bring the flags up to date; pages that arrive
 * together are stored in one transaction and still answered one by one.
 */
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/api/auth.service';
import type { AppDeps } from '../../src/api/context';
import { sweepSignalQueue } from '../../src/api/jobs/handlers';
import type { SignalDrainer } from '../../src/api/signal-queue.service';
import { verifyAuditChain } from '../../src/storage/audit.repo';
import { insertCheckinLink } from '../../src/storage/checkins.repo';
import { claimStale, clearStale, markSignalsStale } from '../../src/storage/signal-queue.repo';
import { createClient, createTestApp, type TestApp } from '../helpers/app';
import { engagementWithPastSession, type Person } from '../helpers/factories';

/** A drainer that never recomputes by itself: only reads and the sweep do, when a test asks. */
function heldDrainer(): SignalDrainer & { nudges: number } {
  const drainer = {
    nudges: 0,
    nudge() {
      drainer.nudges += 1;
    },
    idle: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  };
  return drainer;
}

const alliance = (v: number) => ({ heard: v, goals: v, approach: v, safety: v, overall: v });
const wellbeing = (v: number) => ({ personal: v, relationships: v, social: v, overall: v });
const page = (a: number, w = 6) => ({
  checkins: [
    { instrument: 'alliance', answers: alliance(a) },
    { instrument: 'wellbeing', answers: wellbeing(w) },
  ],
});

/** Of two submissions, one stored (201) and the other refused with this status and code. */
function expectOneRefused(
  responses: readonly LightMyRequestResponse[],
  status: number,
  code: string,
): void {
  expect(responses.map((r) => r.statusCode).sort()).toEqual([201, status]);
  const refused = responses.find((r) => r.statusCode === status);
  expect(refused?.json<{ error: { code: string } }>().error.code).toBe(code);
}

interface Attended {
  client: Person;
  therapist: Person;
  engagementId: string;
  sessionId: string;
  clinicId: string;
}

/** An active engagement with a session yesterday, marked attended. */
async function attended(t: TestApp): Promise<Attended> {
  const pair = await engagementWithPastSession(t.app, t.clock.now());
  const { sessionId } = pair;
  await pair.therapist.request('PATCH', `/api/v1/sessions/${sessionId}`, { status: 'attended' });
  const engagement = await t.handle.db
    .selectFrom('engagements')
    .select('clinic_id')
    .where('id', '=', pair.engagementId)
    .executeTakeFirstOrThrow();
  return { ...pair, sessionId, clinicId: engagement.clinic_id };
}

/** A fresh check-in link for the session (as a reminder would send one). */
async function linkFor(t: TestApp, who: Attended): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = t.clock.now();
  await insertCheckinLink(t.handle.db, {
    id: t.deps.newId(),
    clinic_id: who.clinicId,
    session_id: who.sessionId,
    client_id: who.client.id,
    token_hash: hashToken(token),
    created_at: now,
    expires_at: new Date(now.getTime() + 7 * 86_400_000),
  });
  return token;
}

function submit(t: TestApp, token: string, body: unknown, key: string) {
  return createClient(t.app).request('POST', `/api/v1/checkin-links/${token}/checkins`, body, {
    'idempotency-key': key,
  });
}

async function queued(t: TestApp, engagementId: string): Promise<number[]> {
  const rows = await t.handle.db
    .selectFrom('signal_queue')
    .select('version')
    .where('engagement_id', '=', engagementId)
    .execute();
  return rows.map((row) => Number(row.version));
}

async function storedKinds(t: TestApp, engagementId: string): Promise<string[]> {
  const rows = await t.handle.db
    .selectFrom('signals')
    .select(['kind', 'status'])
    .where('engagement_id', '=', engagementId)
    .execute();
  return rows
    .filter((row) => row.status !== 'resolved')
    .map((row) => row.kind)
    .sort();
}

describe('flags after a check-in, with the background recomputation held back', () => {
  let t: TestApp;
  const drainer = heldDrainer();

  beforeAll(async () => {
    t = await createTestApp({ overrides: { signals: drainer } satisfies Partial<AppDeps> });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers without recomputing, marks the engagement, and a read of its flags catches up', async () => {
    const who = await attended(t);
    const nudgesBefore = drainer.nudges;
    const response = await submit(t, await linkFor(t, who), page(3), 'catch-up-1');
    expect(response.statusCode).toBe(201);
    expect(drainer.nudges).toBe(nudgesBefore + 1);
    // Stored and marked, the flag not yet raised.
    expect(await queued(t, who.engagementId)).toHaveLength(1);
    expect(await storedKinds(t, who.engagementId)).not.toContain('low_alliance');

    const flags = await who.therapist.request(
      'GET',
      `/api/v1/engagements/${who.engagementId}/signals`,
    );
    expect(flags.statusCode).toBe(200);
    const { items } = flags.json<{ items: { kind: string }[] }>();
    expect(items.map((flag) => flag.kind)).toContain('low_alliance');
    expect(await queued(t, who.engagementId)).toEqual([]);
    expect(await storedKinds(t, who.engagementId)).toContain('low_alliance');
  });

  it('brings the caseload up to date before showing it', async () => {
    const who = await attended(t);
    expect((await submit(t, await linkFor(t, who), page(2), 'caseload-1')).statusCode).toBe(201);
    expect(await queued(t, who.engagementId)).toHaveLength(1);
    const caseload = await who.therapist.request('GET', '/api/v1/caseload');
    expect(caseload.statusCode).toBe(200);
    const item = caseload
      .json<{
        items: { engagementId: string; attention: string; openFlags: { kind: string }[] }[];
      }>()
      .items.find((i) => i.engagementId === who.engagementId);
    expect(item?.attention).toBe('warning');
    expect(item?.openFlags.map((flag) => flag.kind)).toContain('low_alliance');
    expect(await queued(t, who.engagementId)).toEqual([]);
  });

  it('leaves no mark behind after the sweep job (a server that stopped before recomputing)', async () => {
    const who = await attended(t);
    expect((await submit(t, await linkFor(t, who), page(2.5), 'sweep-1')).statusCode).toBe(201);
    expect(await queued(t, who.engagementId)).toHaveLength(1);
    expect(await sweepSignalQueue(t.deps)).toBeGreaterThanOrEqual(1);
    expect(await queued(t, who.engagementId)).toEqual([]);
    expect(await storedKinds(t, who.engagementId)).toContain('low_alliance');
    // Nothing left to do: a second sweep recomputes nothing.
    expect(await sweepSignalQueue(t.deps)).toBe(0);
  });

  it('sweeps every mark in batches of the size it is given', async () => {
    const first = await attended(t);
    const second = await attended(t);
    expect((await submit(t, await linkFor(t, first), page(2.5), 'sweep-2')).statusCode).toBe(201);
    expect((await submit(t, await linkFor(t, second), page(2.5), 'sweep-3')).statusCode).toBe(201);
    // One engagement per transaction: the sweep goes on until a batch comes back empty.
    expect(await sweepSignalQueue(t.deps, 1)).toBeGreaterThanOrEqual(2);
    expect(await queued(t, first.engagementId)).toEqual([]);
    expect(await queued(t, second.engagementId)).toEqual([]);
  });

  it('keeps a mark made while a recomputation was under way', async () => {
    const who = await attended(t);
    const target = [{ engagementId: who.engagementId, clinicId: who.clinicId }];
    await t.handle.db.transaction().execute(async (trx) => {
      await markSignalsStale(trx, target, t.clock.now());
      const [claimed] = await claimStale(
        trx,
        { engagementIds: [who.engagementId] },
        {
          wait: false,
        },
      );
      expect(claimed?.engagementId).toBe(who.engagementId);
      // A check-in marks the engagement again before the recomputation clears its mark.
      await markSignalsStale(trx, target, t.clock.now());
      await clearStale(trx, claimed ? [claimed] : []);
    });
    const versions = await queued(t, who.engagementId);
    expect(versions).toHaveLength(1);
    // Cleared at the version it read, a recomputation removes the mark.
    await t.handle.db.transaction().execute(async (trx) => {
      const claimed = await claimStale(
        trx,
        { engagementIds: [who.engagementId] },
        {
          wait: true,
        },
      );
      expect(claimed.map((c) => c.version)).toEqual(versions);
      await clearStale(trx, claimed);
    });
    expect(await queued(t, who.engagementId)).toEqual([]);
  });
});

describe('check-in pages that arrive together', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('are answered one by one: a bad page refuses alone, the others are stored', async () => {
    const people = [await attended(t), await attended(t), await attended(t)];
    const tokens = await Promise.all(people.map((who) => linkFor(t, who)));
    const bad = { checkins: [{ instrument: 'alliance', answers: alliance(11) }] };
    const responses = await Promise.all([
      submit(t, tokens[0] ?? '', page(8), 'together-a'),
      submit(t, tokens[1] ?? '', bad, 'together-b'),
      submit(t, tokens[2] ?? '', page(9), 'together-c'),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([201, 400, 201]);
    expect(responses[1]?.json<{ error: { code: string } }>().error.code).toBe(
      'answer_out_of_range',
    );
    const stored = await t.handle.db
      .selectFrom('checkins')
      .select(['engagement_id'])
      .where(
        'engagement_id',
        'in',
        people.map((p) => p.engagementId),
      )
      .execute();
    expect(stored.filter((r) => r.engagement_id === people[0]?.engagementId)).toHaveLength(2);
    expect(stored.filter((r) => r.engagement_id === people[1]?.engagementId)).toHaveLength(0);
    expect(stored.filter((r) => r.engagement_id === people[2]?.engagementId)).toHaveLength(2);
    // The refused page's link still works.
    expect((await submit(t, tokens[1] ?? '', page(7), 'together-b2')).statusCode).toBe(201);
    // Every stored check-in has its audit event, and the chain holds.
    const events = await t.handle.db
      .selectFrom('audit_events')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('action', '=', 'checkin.create')
      .where(
        'subject_id',
        'in',
        people.map((p) => p.client.id),
      )
      .executeTakeFirstOrThrow();
    expect(events.n).toBe(6);
    const chain = await verifyAuditChain(t.handle.db, people[0]?.clinicId ?? '');
    expect(chain.ok).toBe(true);
  });

  it('store a double tap once and answer both taps with it', async () => {
    const who = await attended(t);
    const token = await linkFor(t, who);
    const [first, second] = await Promise.all([
      submit(t, token, page(8.5), 'double-tap'),
      submit(t, token, page(8.5), 'double-tap'),
    ]);
    expect([first?.statusCode, second?.statusCode]).toEqual([201, 201]);
    const ids = (r: typeof first) =>
      r?.json<{ checkins: { id: string }[] }>().checkins.map((c) => c.id) ?? [];
    expect(ids(second)).toEqual(ids(first));
    const count = await t.handle.db
      .selectFrom('checkins')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('session_id', '=', who.sessionId)
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(2);
  });

  it('refuse the second of two different submissions through one link, or one session', async () => {
    const who = await attended(t);
    const token = await linkFor(t, who);
    // Two different pages, sent together (one batch) or one after the other (two batches).
    const together = (x: string, y: string, key: string) =>
      Promise.all([submit(t, x, page(8), `${key}-1`), submit(t, y, page(6), `${key}-2`)]);
    const inTurn = async (x: string, y: string, key: string) => [
      await submit(t, x, page(8), `${key}-1`),
      await submit(t, y, page(6), `${key}-2`),
    ];
    expectOneRefused(await together(token, token, 'link'), 410, 'checkin_link_used');

    const other = await attended(t);
    const [a, b] = [await linkFor(t, other), await linkFor(t, other)];
    expectOneRefused(await together(a, b, 'session'), 409, 'checkin_exists');

    // In two batches, the second link's read finds the session already answered.
    const later = await attended(t);
    const [c, d] = [await linkFor(t, later), await linkFor(t, later)];
    expectOneRefused(await inTurn(c, d, 'later'), 409, 'checkin_exists');
  });

  it('are followed by the background recomputation, with no read needed', async () => {
    const who = await attended(t);
    expect((await submit(t, await linkFor(t, who), page(3), 'drained-1')).statusCode).toBe(201);
    await t.deps.signals?.idle();
    expect(await queued(t, who.engagementId)).toEqual([]);
    expect(await storedKinds(t, who.engagementId)).toContain('low_alliance');
  });
});

describe.runIf(process.env.RAPPORT_TEST_DB === 'postgres')(
  'two servers recomputing at once (PostgreSQL: the embedded database has one connection)',
  () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp({ overrides: { signals: heldDrainer() } });
    });
    afterAll(async () => {
      await t.close();
    });

    it('never take the same engagement: the second skips it, or waits for it when asked to', async () => {
      const who = await attended(t);
      const target = [{ engagementId: who.engagementId, clinicId: who.clinicId }];
      await markSignalsStale(t.handle.db, target, t.clock.now());
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let claimedFirst!: () => void;
      const firstClaimed = new Promise<void>((resolve) => {
        claimedFirst = resolve;
      });
      const first = t.handle.db.transaction().execute(async (trx) => {
        const claimed = await claimStale(
          trx,
          { engagementIds: [who.engagementId] },
          {
            wait: false,
          },
        );
        claimedFirst();
        await held;
        await clearStale(trx, claimed);
        return claimed.length;
      });
      await firstClaimed;
      const skipped = await t.handle.db
        .transaction()
        .execute((trx) => claimStale(trx, { engagementIds: [who.engagementId] }, { wait: false }));
      expect(skipped).toEqual([]);
      let waited = false;
      const waiting = t.handle.db.transaction().execute(async (trx) => {
        const claimed = await claimStale(
          trx,
          { engagementIds: [who.engagementId] },
          {
            wait: true,
          },
        );
        waited = true;
        return claimed;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(waited).toBe(false);
      release();
      expect(await first).toBe(1);
      // The waiting reader gets the lock once the first commits (its mark is gone by then).
      await waiting;
      expect(waited).toBe(true);
      expect(await queued(t, who.engagementId)).toEqual([]);
    });
  },
);
