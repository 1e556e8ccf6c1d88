/**
 * An administrator searches their clinic's audit log. The search is itself written to the log
 * (with the filters used, never free text), in the transaction that reads the page, and a
 * refused attempt is recorded as denied.
 */
import { mayReadAuditLog } from '../core/access';
import type { AuditEventView, AuditSearchQuery, AuditSearchView } from '../core/audit-search';
import { AppError } from '../core/errors';
import { searchAuditEvents, type AuditSearchRow } from '../storage/audit-search.repo';
import { appendAudit } from '../storage/audit.repo';
import type { Actor, AppDeps } from './context';

function decodeSeqCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^seq:(\d{1,15})$/.exec(text);
  if (!match?.[1]) throw new AppError('invalid_cursor');
  return Number(match[1]);
}

const encodeSeqCursor = (seq: number) => Buffer.from(`seq:${seq}`).toString('base64url');

function toView(row: AuditSearchRow): AuditEventView {
  const outcome = row.outcome === 'denied' || row.outcome === 'failure' ? row.outcome : 'success';
  return {
    seq: row.seq,
    occurredAt: row.occurred_at.toISOString(),
    actor:
      row.actor_id === null
        ? null
        : { id: row.actor_id, displayName: row.actor_name, role: row.actor_role },
    actorRole: row.actor_role,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    subject: row.subject_id === null ? null : { id: row.subject_id, displayName: row.subject_name },
    subjectCount: row.subject_ids?.length ?? (row.subject_id === null ? 0 : 1),
    reason: row.reason,
    outcome,
  };
}

export async function searchAuditLog(
  deps: AppDeps,
  actor: Actor,
  query: AuditSearchQuery,
): Promise<AuditSearchView> {
  const now = deps.clock();
  const filters = (['actor', 'subject', 'action', 'from', 'to'] as const).filter(
    (name) => query[name] !== undefined,
  );
  const event = {
    clinicId: actor.clinicId,
    actorId: actor.userId,
    actorRole: actor.role,
    action: 'audit.search',
    resourceType: 'audit_log',
    resourceId: null,
    // Searching for one person's events is an access about them: they see it in their own log.
    subjectId: query.subject ?? null,
    reason: filters.length > 0 ? `filters: ${filters.join(', ')}` : null,
    occurredAt: now,
  };
  if (!mayReadAuditLog(actor, actor.clinicId)) {
    await deps.db.transaction().execute(async (trx) => {
      await appendAudit(trx, [{ ...event, subjectId: null, outcome: 'denied' }]);
    });
    throw new AppError('forbidden');
  }
  const beforeSeq = decodeSeqCursor(query.cursor);
  if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to)) {
    throw new AppError('validation_failed', { params: { detail: 'from must be before to' } });
  }
  return deps.db.transaction().execute(async (trx) => {
    const rows = await searchAuditEvents(trx, {
      clinicId: actor.clinicId,
      actorId: query.actor,
      subjectId: query.subject,
      action: query.action,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      beforeSeq,
      limit: query.limit,
    });
    await appendAudit(trx, [event]);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toView),
      nextCursor: rows.length > query.limit && last ? encodeSeqCursor(last.seq) : null,
    };
  });
}
