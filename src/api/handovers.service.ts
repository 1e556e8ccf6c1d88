/**
 * Hand-overs with consent: the client chooses the receiving therapist, what they may read and
 * for how long, and may withdraw it at any time. Access decisions go through the policy
 * (src/core/access.ts: mayStartHandover, mayOnHandover); every read by the therapist and every
 * change is audited with the client as its subject, in the same transaction.
 */
import {
  mayOnHandover,
  mayStartHandover,
  type HandoverAction,
  mayUseFeature,
} from '../core/access';
import { AppError } from '../core/errors';
import {
  handoverStatus,
  type CreateHandoverInput,
  type HandoverPackageView,
  type HandoverPart,
  type HandoverRecipientView,
  type HandoverView,
  type ReceivedHandoverView,
} from '../core/handovers';
import { appendAudit } from '../storage/audit.repo';
import { listCheckins } from '../storage/checkins.repo';
import { findEngagement } from '../storage/engagements.repo';
import { listGoalRatings, listGoals } from '../storage/goals.repo';
import {
  findHandover,
  insertHandover,
  listActiveHandoversTo,
  listHandoverRecipients,
  listHandoversOfClient,
  withdrawHandover,
  type HandoverListRow,
} from '../storage/handovers.repo';
import { decodeCursor, encodeCursor, type Page } from '../storage/pagination';
import { findUserById, type Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';
import { engagementFacts } from './engagements.service';

const day = 86_400_000;
const iso = (value: Date | string) => new Date(value).toISOString();

function partsOf(row: HandoverListRow): HandoverPart[] {
  return row.include.filter((part): part is HandoverPart =>
    (['goals', 'checkins', 'summary'] as const).includes(part as HandoverPart),
  );
}

function facts(row: HandoverListRow) {
  return {
    clinicId: row.clinic_id,
    clientId: row.client_id,
    toTherapistId: row.to_therapist_id,
    expiresAt: new Date(row.expires_at),
    withdrawnAt: row.withdrawn_at === null ? null : new Date(row.withdrawn_at),
  };
}

function openSummary(deps: Pick<AppDeps, 'sealer'>, row: HandoverListRow): string | null {
  return row.summary_ciphertext === null
    ? null
    : deps.sealer.open(row.summary_ciphertext, `handovers.summary:${row.id}`);
}

function toView(deps: Pick<AppDeps, 'sealer'>, row: HandoverListRow, now: Date): HandoverView {
  const f = facts(row);
  return {
    id: row.id,
    fromEngagementId: row.from_engagement_id,
    fromTherapist: { id: row.from_therapist_id, displayName: row.from_therapist_name },
    toTherapist: { id: row.to_therapist_id, displayName: row.to_therapist_name },
    include: partsOf(row),
    summary: openSummary(deps, row),
    status: handoverStatus(f, now),
    createdAt: iso(row.created_at),
    expiresAt: iso(row.expires_at),
    withdrawnAt: row.withdrawn_at === null ? null : iso(row.withdrawn_at),
  };
}

/** Load a hand-over the actor may act on, or 404: nobody else learns that it exists. */
async function requireHandover(
  deps: AppDeps,
  db: Executor,
  actor: Actor,
  id: string,
  action: HandoverAction,
): Promise<HandoverListRow> {
  const row = await findHandover(db, id);
  if (!row || !mayOnHandover(actor, action, facts(row), deps.clock())) {
    throw new AppError('not_found');
  }
  return row;
}

export async function createHandover(
  deps: AppDeps,
  actor: Actor,
  request: CreateHandoverInput,
): Promise<HandoverView> {
  if (!mayUseFeature(actor, 'handover.give')) throw new AppError('forbidden');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const engagement = await findEngagement(trx, request.fromEngagementId, now);
    if (!engagement) throw new AppError('not_found');
    const recipient = await findUserById(trx, request.toTherapistId);
    const known = await listHandoverRecipients(trx, actor.userId, actor.clinicId);
    const decision = mayStartHandover(
      actor,
      engagementFacts(engagement),
      {
        id: request.toTherapistId,
        clinicId: recipient?.clinic_id ?? '',
        role: recipient?.role ?? 'client',
        active: recipient?.status === 'active',
        knowsClient: known.some((k) => k.id === request.toTherapistId),
      },
      now,
    );
    if (decision === 'not_found') throw new AppError('not_found');
    if (decision === 'recipient_not_allowed') throw new AppError('handover_recipient_not_allowed');
    const id = deps.newId();
    await insertHandover(trx, {
      id,
      clinic_id: engagement.clinic_id,
      client_id: actor.userId,
      from_engagement_id: engagement.id,
      to_therapist_id: request.toTherapistId,
      // Stored in one canonical order, whatever order the request listed them in.
      include: (['goals', 'checkins', 'summary'] as const).filter((p) =>
        request.include.includes(p),
      ),
      summary_ciphertext:
        request.summary === undefined
          ? null
          : deps.sealer.seal(request.summary, `handovers.summary:${id}`),
      created_at: now,
      expires_at: new Date(now.getTime() + request.expiresInDays * day),
      withdrawn_at: null,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'handover.create',
        resourceType: 'handover',
        resourceId: id,
        subjectId: actor.userId,
      }),
    ]);
    const row = await findHandover(trx, id);
    if (!row) throw new AppError('internal_error');
    return toView(deps, row, now);
  });
}

export async function listMyHandovers(
  deps: AppDeps,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<HandoverView>> {
  if (!mayUseFeature(actor, 'handover.give')) throw new AppError('forbidden');
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !cursor) throw new AppError('invalid_cursor');
  const now = deps.clock();
  const rows = await listHandoversOfClient(deps.db, actor.userId, { limit: query.limit, cursor });
  return pageOf(rows, query.limit, (row) => toView(deps, row, now));
}

export async function listReceivedHandovers(
  deps: AppDeps,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<ReceivedHandoverView>> {
  if (!mayUseFeature(actor, 'handover.receive')) throw new AppError('forbidden');
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !cursor) throw new AppError('invalid_cursor');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const rows = await listActiveHandoversTo(trx, actor.userId, now, {
      limit: query.limit,
      cursor,
    });
    const page = pageOf(rows, query.limit, (row) => ({
      id: row.id,
      client: { id: row.client_id, displayName: row.client_name },
      fromTherapist: { id: row.from_therapist_id, displayName: row.from_therapist_name },
      include: partsOf(row),
      createdAt: iso(row.created_at),
      expiresAt: iso(row.expires_at),
    }));
    // The list names clients: one event listing them, so each sees it in "who saw my data".
    if (page.items.length > 0) {
      await appendAudit(trx, [
        auditBy(actor, now, {
          action: 'handover.list',
          resourceType: 'handover',
          resourceId: null,
          subjectId: null,
          subjectIds: [...new Set(page.items.map((item) => item.client.id))],
        }),
      ]);
    }
    return page;
  });
}

function pageOf<T>(rows: HandoverListRow[], limit: number, map: (row: HandoverListRow) => T) {
  const visible = rows.slice(0, limit);
  const last = visible.at(-1);
  return {
    items: visible.map(map),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: iso(last.created_at), id: last.id }) : null,
  };
}

export async function listRecipients(
  deps: AppDeps,
  actor: Actor,
): Promise<HandoverRecipientView[]> {
  if (!mayUseFeature(actor, 'handover.give')) throw new AppError('forbidden');
  const rows = await listHandoverRecipients(deps.db, actor.userId, actor.clinicId);
  return rows.map((row) => ({ id: row.id, displayName: row.display_name, via: row.via }));
}

/**
 * The hand-over itself, read-only: for the receiving therapist while the consent stands (each
 * read audited), and for the client, to see exactly what is shared.
 */
export async function readHandover(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<HandoverPackageView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const row = await requireHandover(deps, trx, actor, id, 'handover.read');
    const parts = partsOf(row);
    let goals: HandoverPackageView['goals'] = null;
    if (parts.includes('goals')) {
      const goalRows = await listGoals(trx, row.from_engagement_id);
      const ratings = await listGoalRatings(
        trx,
        goalRows.map((g) => g.id),
      );
      goals = goalRows.map((goal) => ({
        id: goal.id,
        title: deps.sealer.open(goal.title_ciphertext, `goals.title:${goal.id}`),
        status: goal.status,
        createdAt: iso(goal.created_at),
        ratings: ratings
          .filter((r) => r.goal_id === goal.id)
          .map((r) => ({
            raterRole: r.rater_role,
            progress: r.progress,
            agreement: r.agreement,
            ratedAt: iso(r.rated_at),
          })),
      }));
    }
    let checkins: HandoverPackageView['checkins'] = null;
    if (parts.includes('checkins')) {
      // The client's own check-ins only; comments stay out (the summary is where to say things).
      const rows = await listCheckins(trx, row.from_engagement_id, 'client');
      checkins = rows.map((c) => ({
        instrument: c.instrument_id,
        submittedAt: iso(c.submitted_at),
        scores: c.scores,
        answers: c.answers,
      }));
    }
    if (actor.userId !== row.client_id) {
      await appendAudit(trx, [
        auditBy(actor, now, {
          action: 'handover.read',
          resourceType: 'handover',
          resourceId: row.id,
          subjectId: row.client_id,
        }),
      ]);
    }
    return {
      id: row.id,
      client: { id: row.client_id, displayName: row.client_name },
      fromTherapist: { id: row.from_therapist_id, displayName: row.from_therapist_name },
      include: parts,
      status: handoverStatus(facts(row), now),
      createdAt: iso(row.created_at),
      expiresAt: iso(row.expires_at),
      summary: parts.includes('summary') ? openSummary(deps, row) : null,
      goals,
      checkins,
    };
  });
}

/** Withdraw consent: the therapist's access ends with this transaction. Idempotent. */
export async function withdrawMyHandover(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<HandoverView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const row = await requireHandover(deps, trx, actor, id, 'handover.withdraw');
    if (row.withdrawn_at === null) {
      await withdrawHandover(trx, id, now);
      await appendAudit(trx, [
        auditBy(actor, now, {
          action: 'handover.withdraw',
          resourceType: 'handover',
          resourceId: id,
          subjectId: row.client_id,
        }),
      ]);
    }
    const updated = await findHandover(trx, id);
    if (!updated) throw new AppError('internal_error');
    return toView(deps, updated, now);
  });
}
