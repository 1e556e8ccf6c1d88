/**
 * Appending to a clinic's audit chain after the head this process last wrote (audit.repo.ts):
 * when that head is no longer the chain's — a transaction rolled back after writing it, another
 * transaction moved it on — the events still go after the real head, once each, and the chain
 * verifies. The same holds for events written inside another statement (inlineAudit, as the
 * check-in links' batches do).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendAudit,
  inlineAudit,
  inlineAuditCounts,
  verifyAuditChain,
  type AuditEntry,
  type InlineAudit,
  type InlineAuditCounts,
} from '../../src/storage/audit.repo';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let clinicId: string;

beforeAll(async () => {
  t = await createTestApp();
  clinicId = t.deps.defaultClinicId;
});

afterAll(async () => {
  await t?.close();
});

const entry = (action: string): AuditEntry => ({
  clinicId,
  actorId: null,
  actorRole: 'system',
  action,
  resourceType: 'test',
  resourceId: action,
  subjectId: null,
  occurredAt: new Date(),
});

async function chainOf(): Promise<{ seq: number; action: string }[]> {
  const rows = await t.handle.db
    .selectFrom('audit_events')
    .select(['seq', 'action'])
    .where('clinic_id', '=', clinicId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({ seq: Number(row.seq), action: row.action }));
}

async function expectWholeChain(): Promise<void> {
  const report = await verifyAuditChain(t.handle.db, clinicId);
  expect(report.problem).toBeUndefined();
  expect(report.ok).toBe(true);
  const seqs = (await chainOf()).map((row) => row.seq);
  expect(seqs).toEqual(seqs.map((_, i) => i + 1));
}

describe('the audit chain', () => {
  it('goes on after the real head when the head this process wrote was rolled back', async () => {
    await t.handle.db.transaction().execute((trx) => appendAudit(trx, [entry('test.first')]));
    // Written, then rolled back: the head this process remembers never became the chain's.
    await expect(
      t.handle.db.transaction().execute(async (trx) => {
        await appendAudit(trx, [entry('test.undone.1'), entry('test.undone.2')]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await t.handle.db
      .transaction()
      .execute((trx) => appendAudit(trx, [entry('test.after.1'), entry('test.after.2')]));
    const actions = (await chainOf()).map((row) => row.action);
    expect(actions.filter((a) => a.startsWith('test.'))).toEqual([
      'test.first',
      'test.after.1',
      'test.after.2',
    ]);
    await expectWholeChain();
  });

  it('takes many transactions appending at once, each event once and in one chain', async () => {
    const before = (await chainOf()).length;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.handle.db.transaction().execute(async (trx) => {
          // Some work before the audit, as a use case does, so that transactions overlap.
          await sql`select 1`.execute(trx);
          await appendAudit(trx, [entry(`test.many.${i}.a`), entry(`test.many.${i}.b`)]);
        }),
      ),
    );
    const actions = (await chainOf()).map((row) => row.action);
    expect(actions).toHaveLength(before + 24);
    for (let i = 0; i < 12; i++) {
      // A transaction's events stay together, in order.
      const a = actions.indexOf(`test.many.${i}.a`);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(actions[a + 1]).toBe(`test.many.${i}.b`);
    }
    await expectWholeChain();
  });

  /** A statement of its own holding the inline events, as a caller's statement would. */
  async function runInline(audit: InlineAudit, after = sql`true`): Promise<boolean> {
    return t.handle.db.transaction().execute(async (trx) => {
      const result = await sql<InlineAuditCounts>`
        WITH ${audit.ctes(after)}
        SELECT ${inlineAuditCounts}`.execute(trx);
      const written = audit.settle(result.rows[0]);
      if (!written) await appendAudit(trx, [entry('test.inline.again')]);
      return written;
    });
  }

  it('writes events inside another statement after the head it knows', async () => {
    await t.handle.db.transaction().execute((trx) => appendAudit(trx, [entry('test.known')]));
    const audit = inlineAudit([entry('test.inline.1'), entry('test.inline.2')]);
    expect(audit).not.toBeNull();
    expect(await runInline(audit as InlineAudit)).toBe(true);
    const actions = (await chainOf()).map((row) => row.action);
    expect(actions.slice(-3)).toEqual(['test.known', 'test.inline.1', 'test.inline.2']);
    await expectWholeChain();
  });

  it('writes nothing inline when the head moved on, and the events then go after it', async () => {
    await t.handle.db.transaction().execute((trx) => appendAudit(trx, [entry('test.before')]));
    const audit = inlineAudit([entry('test.inline.stale')]) as InlineAudit;
    // Another writer moves the head on between the hint and the statement.
    await t.handle.db.transaction().execute((trx) => appendAudit(trx, [entry('test.other')]));
    expect(await runInline(audit)).toBe(false);
    const actions = (await chainOf()).map((row) => row.action);
    expect(actions.slice(-3)).toEqual(['test.before', 'test.other', 'test.inline.again']);
    expect(actions).not.toContain('test.inline.stale');
    await expectWholeChain();
  });

  it("takes the head only once the statement's condition holds", async () => {
    await t.handle.db.transaction().execute((trx) => appendAudit(trx, [entry('test.guard')]));
    const audit = inlineAudit([entry('test.inline.unguarded')]) as InlineAudit;
    expect(await runInline(audit, sql`false`)).toBe(false);
    const actions = (await chainOf()).map((row) => row.action);
    expect(actions.slice(-2)).toEqual(['test.guard', 'test.inline.again']);
    expect(actions).not.toContain('test.inline.unguarded');
    await expectWholeChain();
  });

  it('leaves events of several clinics, or of a clinic without a known head, to appendAudit', () => {
    expect(inlineAudit([])).toBeNull();
    expect(
      inlineAudit([
        entry('a'),
        { ...entry('b'), clinicId: '00000000-0000-4000-8000-000000000000' },
      ]),
    ).toBeNull();
    expect(
      inlineAudit([{ ...entry('c'), clinicId: '00000000-0000-4000-8000-000000000001' }]),
    ).toBeNull();
  });
});
