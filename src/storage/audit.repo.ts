/**
 * The audit log: append-only (a trigger refuses UPDATE and DELETE) and hash-chained per clinic.
 * Each event's hash covers its content and the previous hash, so editing, removing or
 * reordering an event is detected by verifyAuditChain (npm run audit:verify).
 * Appending locks the clinic's chain head for the rest of the transaction, so events written by
 * several app servers at once still form one chain.
 */
import { createHash } from 'node:crypto';
import { sql, type Insertable, type RawBuilder, type Selectable } from 'kysely';
import type { AuditEventsTable } from './schema';
import type { Executor } from './users.repo';

export type AuditEventRow = Selectable<AuditEventsTable>;

export interface AuditEntry {
  clinicId: string;
  actorId: string | null;
  actorRole: string | null;
  /** What was done, as "<resource>.<verb>", e.g. "account.read", "auth.login". */
  action: string;
  resourceType: string;
  resourceId: string | null;
  /** The person whose data it is (a client), so they can see who accessed it. */
  subjectId: string | null;
  /**
   * Everyone whose data one read showed at once (a caseload lists all of a therapist's
   * clients): one event listing them, not one event each. Each of them finds it in their own
   * "who saw my data".
   */
  subjectIds?: readonly string[] | null;
  reason?: string | null;
  outcome?: 'success' | 'denied' | 'failure';
  occurredAt: Date;
}

export function genesisHash(clinicId: string): string {
  return createHash('sha256').update(`rapport-audit-genesis:${clinicId}`).digest('hex');
}

function eventHash(prevHash: string, seq: number, e: Required<AuditEntry>): string {
  const content = JSON.stringify([
    seq,
    e.clinicId,
    e.occurredAt.toISOString(),
    e.actorId,
    e.actorRole,
    e.action,
    e.resourceType,
    e.resourceId,
    e.subjectId,
    e.reason,
    e.outcome,
    // Only events listing several people carry the list, so older events hash as before.
    ...(e.subjectIds && e.subjectIds.length > 0 ? [e.subjectIds] : []),
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/** A clinic's chain head, as locked by lockAuditHead. */
export interface AuditHead {
  clinicId: string;
  seq: number;
  hash: string;
}

/**
 * Lock a clinic's chain head for the rest of the transaction (creating it at the clinic's first
 * event), so that events written by several app servers at once still form one chain.
 */
async function lockAuditHead(trx: Executor, clinicId: string): Promise<AuditHead> {
  const lockHead = () =>
    trx
      .selectFrom('audit_heads')
      .select(['seq', 'hash'])
      .where('clinic_id', '=', clinicId)
      .forUpdate()
      .executeTakeFirst();
  // The head exists after a clinic's first event: one locking read is then enough.
  let head = await lockHead();
  if (!head) {
    await trx
      .insertInto('audit_heads')
      .values({ clinic_id: clinicId, seq: 0, hash: genesisHash(clinicId) })
      .onConflict((oc) => oc.column('clinic_id').doNothing())
      .execute();
    head = await lockHead();
    if (!head) throw new Error('The audit chain head could not be created.');
  }
  return { clinicId, seq: Number(head.seq), hash: head.hash };
}

/**
 * The rows for events of one clinic after a locked head, each hashed over the one before, and
 * the new head. Nothing is written: appendAudit writes them, or a caller's own statement does.
 */
function chainAuditEvents(
  head: AuditHead,
  entries: readonly AuditEntry[],
): { rows: Insertable<AuditEventsTable>[]; head: AuditHead } {
  let seq = head.seq;
  let hash = head.hash;
  const rows = entries.map((entry) => {
    if (entry.clinicId !== head.clinicId) throw new Error('An audit event of another clinic.');
    const full: Required<AuditEntry> = {
      reason: null,
      outcome: 'success',
      subjectIds: null,
      ...entry,
    };
    seq += 1;
    const prev = hash;
    hash = eventHash(prev, seq, full);
    return {
      clinic_id: head.clinicId,
      seq,
      occurred_at: full.occurredAt,
      actor_id: full.actorId,
      actor_role: full.actorRole,
      action: full.action,
      resource_type: full.resourceType,
      resource_id: full.resourceId,
      subject_id: full.subjectId,
      subject_ids: full.subjectIds && full.subjectIds.length > 0 ? [...full.subjectIds] : null,
      reason: full.reason,
      outcome: full.outcome,
      prev_hash: prev,
      hash,
    };
  });
  return { rows, head: { clinicId: head.clinicId, seq, hash } };
}

/** An INSERT of chained event rows, all passed as one JSON value, for a statement's WITH. */
const insertEvents = (rows: readonly Insertable<AuditEventsTable>[]) => sql`
  INSERT INTO audit_events (clinic_id, seq, occurred_at, actor_id, actor_role, action,
    resource_type, resource_id, subject_id, subject_ids, reason, outcome, prev_hash, hash)
  SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS a(clinic_id uuid,
    seq bigint, occurred_at timestamptz, actor_id uuid, actor_role text, action text,
    resource_type text, resource_id text, subject_id uuid, subject_ids uuid[], reason text,
    outcome text, prev_hash text, hash text)`;

/**
 * Write events chained by chainAuditEvents, and the clinic's new head, in one statement (each
 * event's fields passed as one JSON value). The head must have been locked by lockAuditHead in
 * the same transaction.
 */
async function appendChainedAudit(
  trx: Executor,
  chained: { rows: Insertable<AuditEventsTable>[]; head: AuditHead },
): Promise<void> {
  if (chained.rows.length === 0) return;
  const result = await sql`
    WITH events AS (
      ${insertEvents(chained.rows)}
      RETURNING seq
    )
    UPDATE audit_heads SET seq = ${chained.head.seq}, hash = ${chained.head.hash}
    WHERE clinic_id = ${chained.head.clinicId}
    RETURNING seq`.execute(trx);
  if (result.rows.length !== 1) throw new Error('The audit chain head was not locked first.');
}

/**
 * The last head this process wrote, per clinic: a hint that saves the locking read when nothing
 * else wrote to the chain since. The write checks it (appendAfterKnownHead), so a stale hint —
 * another server's events, a rolled-back transaction — only costs the read it meant to save.
 */
const knownHeads = new Map<string, AuditHead>();

/**
 * The WITH items `audit_head` and `audit_events` of an append after the head this process knows:
 * the head is moved on only if it is still that head (taking its row lock, as lockAuditHead
 * would) and `after` holds, and the events are inserted only if it was. `after` lets a caller's
 * statement take its own row locks before the head's, as every writer does (the head last).
 */
const afterKnownHead = (
  chained: { rows: Insertable<AuditEventsTable>[]; head: AuditHead },
  known: AuditHead,
  after: RawBuilder<unknown> = sql`true`,
) => sql`
    audit_head AS (
      UPDATE audit_heads SET seq = ${chained.head.seq}, hash = ${chained.head.hash}
      WHERE clinic_id = ${known.clinicId} AND seq = ${known.seq} AND hash = ${known.hash}
        AND ${after}
      RETURNING seq
    ), audit_events AS (
      ${insertEvents(chained.rows)}
      WHERE EXISTS (SELECT 1 FROM audit_head)
      RETURNING seq
    )`;

/** The columns a statement holding afterKnownHead selects, for InlineAudit.settle. */
export const inlineAuditCounts = sql`(SELECT count(*) FROM audit_head)::int AS audit_heads,
    (SELECT count(*) FROM audit_events)::int AS audit_events`;

export interface InlineAuditCounts {
  audit_heads: number;
  audit_events: number;
}

/**
 * Whether an append after a known head was written: true, and the hint moves on; false, having
 * written nothing (the head had moved), and the hint is dropped so that the next append locks.
 */
function settleKnownHead(
  chained: { rows: Insertable<AuditEventsTable>[]; head: AuditHead },
  counts: InlineAuditCounts | undefined,
): boolean {
  if (!counts || counts.audit_heads === 0) {
    knownHeads.delete(chained.head.clinicId);
    return false;
  }
  if (counts.audit_events !== chained.rows.length)
    throw new Error('The audit events were not all written after their head.');
  knownHeads.set(chained.head.clinicId, chained.head);
  return true;
}

/** Append events after the head this process last wrote, in one statement (afterKnownHead). */
async function appendAfterKnownHead(
  trx: Executor,
  chained: { rows: Insertable<AuditEventsTable>[]; head: AuditHead },
  known: AuditHead,
): Promise<boolean> {
  const result = await sql<InlineAuditCounts>`
    WITH ${afterKnownHead(chained, known)}
    SELECT ${inlineAuditCounts}`.execute(trx);
  return settleKnownHead(chained, result.rows[0]);
}

/**
 * Events written by a caller's own statement, saving the statement of their own: its WITH takes
 * `ctes(after)`, it selects `inlineAuditCounts`, and `settle` reads them. When `settle` says the
 * head had moved (another server wrote to the chain), nothing was written and the caller appends
 * the same entries with appendAudit, which then locks the head.
 */
export interface InlineAudit {
  ctes(after: RawBuilder<unknown>): RawBuilder<unknown>;
  settle(counts: InlineAuditCounts | undefined): boolean;
}

/**
 * The events of one clinic as part of another statement, after the head this process last
 * wrote; null when they span clinics or no head is known yet (then use appendAudit).
 */
export function inlineAudit(entries: readonly AuditEntry[]): InlineAudit | null {
  const clinicId = entries[0]?.clinicId;
  const known = clinicId === undefined ? undefined : knownHeads.get(clinicId);
  if (!known || entries.some((entry) => entry.clinicId !== clinicId)) return null;
  const chained = chainAuditEvents(known, entries);
  return {
    ctes: (after) => afterKnownHead(chained, known, after),
    settle: (counts) => settleKnownHead(chained, counts),
  };
}

/** Append one clinic's events: after the head this process knows, or after the locked head. */
async function appendClinicAudit(
  trx: Executor,
  clinicId: string,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const known = knownHeads.get(clinicId);
  if (known && (await appendAfterKnownHead(trx, chainAuditEvents(known, entries), known))) return;
  const chained = chainAuditEvents(await lockAuditHead(trx, clinicId), entries);
  await appendChainedAudit(trx, chained);
  knownHeads.set(clinicId, chained.head);
}

/**
 * Append events to their clinics' chains. Call inside the transaction that does the work, after
 * its other writes: the chain head stays locked until it commits, and every writer takes it
 * last.
 */
export async function appendAudit(trx: Executor, entries: readonly AuditEntry[]): Promise<void> {
  const byClinic = new Map<string, AuditEntry[]>();
  for (const entry of entries)
    byClinic.set(entry.clinicId, [...(byClinic.get(entry.clinicId) ?? []), entry]);
  for (const [clinicId, list] of byClinic) await appendClinicAudit(trx, clinicId, list);
}

export interface ChainReport {
  clinicId: string;
  events: number;
  ok: boolean;
  /** The first sequence number where the chain does not hold, with why. */
  problem?: { seq: number; reason: string };
}

/** Re-walk a clinic's chain from the genesis hash, in pages. */
export async function verifyAuditChain(
  db: Executor,
  clinicId: string,
  pageSize = 5000,
): Promise<ChainReport> {
  let prev = genesisHash(clinicId);
  let expectedSeq = 1;
  let events = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of page) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq)
        return {
          clinicId,
          events,
          ok: false,
          problem: { seq: expectedSeq, reason: 'missing event' },
        };
      if (row.prev_hash !== prev)
        return {
          clinicId,
          events,
          ok: false,
          problem: { seq, reason: 'previous hash does not match' },
        };
      const recomputed = eventHash(prev, seq, {
        clinicId: row.clinic_id,
        occurredAt: new Date(row.occurred_at),
        actorId: row.actor_id,
        actorRole: row.actor_role,
        action: row.action,
        resourceType: row.resource_type,
        resourceId: row.resource_id,
        subjectId: row.subject_id,
        subjectIds: row.subject_ids,
        reason: row.reason,
        outcome: row.outcome as Required<AuditEntry>['outcome'],
      });
      if (recomputed !== row.hash)
        return {
          clinicId,
          events,
          ok: false,
          problem: { seq, reason: 'content does not match its hash' },
        };
      prev = row.hash;
      expectedSeq += 1;
      events += 1;
    }
    if (page.length < pageSize) break;
  }
  const head = await db
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('clinic_id', '=', clinicId)
    .executeTakeFirst();
  if (head && (Number(head.seq) !== events || head.hash !== prev)) {
    return {
      clinicId,
      events,
      ok: false,
      problem: { seq: events + 1, reason: 'events after this point were removed' },
    };
  }
  return { clinicId, events, ok: true };
}
