/**
 * Signals: recomputed for an engagement whenever a check-in or an attendance change is stored,
 * in the same transaction (so a stored check-in never lacks its flags); read and worked on by
 * the therapist.
 */
import type { Locale } from '../core/i18n';
import {
  computeSignals,
  defaultSignalSettings,
  describeSignal,
  reconcileSignals,
  resolveSignalSettings,
  type SignalSettings,
  type StoredSignal,
} from '../core/signals';
import type { SignalView, UpdateSignalRequest } from '../core/signal-view';
import { AppError } from '../core/errors';
import { appendAudit } from '../storage/audit.repo';
import { findClinic } from '../storage/clinics.repo';
import {
  findSignalRow,
  listSignalRows,
  loadEngagementHistory,
  setSignalStatus,
  toStoredSignal,
  writeSignalChanges,
  type SignalRow,
} from '../storage/signals.repo';
import type { Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';
import { requireEngagement } from './engagements.service';

/** The clinic's signal settings over the defaults; a broken setting falls back to the default. */
export async function clinicSignalSettings(
  db: Executor,
  clinicId: string,
): Promise<SignalSettings> {
  const clinic = await findClinic(db, clinicId);
  const overrides = (clinic?.settings as { signals?: unknown } | undefined)?.signals ?? {};
  const resolved = resolveSignalSettings(overrides);
  return resolved.success ? resolved.settings : defaultSignalSettings;
}

export interface RecomputeResult {
  inserted: string[];
  escalated: string[];
}

export async function recomputeSignals(
  deps: Pick<AppDeps, 'sealer' | 'newId'>,
  trx: Executor,
  engagement: { id: string; clinicId: string },
  now: Date,
  settings?: SignalSettings,
): Promise<RecomputeResult> {
  const [history, rows] = await Promise.all([
    loadEngagementHistory(trx, deps.sealer, engagement.id),
    listSignalRows(trx, engagement.id),
  ]);
  const drafts = computeSignals(
    history,
    settings ?? (await clinicSignalSettings(trx, engagement.clinicId)),
    {
      asOf: now.toISOString(),
    },
  );
  const existing = rows.map((row) => toStoredSignal(deps.sealer, row));
  const changes = reconcileSignals(existing, drafts, now.toISOString());
  const inserted = await writeSignalChanges(
    trx,
    deps.sealer,
    { clinicId: engagement.clinicId, engagementId: engagement.id },
    changes,
    {
      newId: deps.newId,
      now,
    },
  );
  return {
    inserted,
    escalated: changes.update.filter((update) => update.escalated).map((update) => update.id),
  };
}

export function toSignalView(row: SignalRow, stored: StoredSignal, locale: Locale): SignalView {
  const words = describeSignal(stored, locale);
  const iso = (value: Date | string | null) =>
    value === null ? null : new Date(value).toISOString();
  return {
    id: row.id,
    engagementId: row.engagement_id,
    kind: stored.kind,
    severity: stored.severity,
    status: stored.status,
    sessionId: stored.sessionId,
    evidence: { ...stored.evidence },
    title: words.title,
    reason: words.reason,
    resolution: words.resolution,
    raisedAt: new Date(row.raised_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    acknowledgedAt: iso(row.acknowledged_at),
    resolvedAt: iso(row.resolved_at),
  };
}

const severityRank = { urgent: 0, warning: 1, info: 2 } as const;
const statusRank = { open: 0, acknowledged: 1, resolved: 2 } as const;

export async function listEngagementSignals(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  locale: Locale,
): Promise<SignalView[]> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const engagement = await requireEngagement(deps, trx, actor, engagementId, 'signal.read');
    const rows = await listSignalRows(trx, engagementId);
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'signal.list',
        resourceType: 'engagement',
        resourceId: engagementId,
        subjectId: engagement.client_id,
      }),
    ]);
    return rows
      .map((row) => toSignalView(row, toStoredSignal(deps.sealer, row), locale))
      .sort(
        (a, b) =>
          statusRank[a.status] - statusRank[b.status] ||
          severityRank[a.severity] - severityRank[b.severity] ||
          b.raisedAt.localeCompare(a.raisedAt),
      );
  });
}

/** A flag the actor may act on (404 for anyone without a relationship to its engagement). */
export async function requireSignal(
  deps: AppDeps,
  db: Executor,
  actor: Actor,
  signalId: string,
  action: 'signal.read' | 'signal.update',
): Promise<{ row: SignalRow; engagement: Awaited<ReturnType<typeof requireEngagement>> }> {
  const row = await findSignalRow(db, signalId);
  if (!row) throw new AppError('not_found');
  const engagement = await requireEngagement(
    deps,
    db,
    actor,
    row.engagement_id,
    action,
    action === 'signal.read' ? 'not_found' : 'forbidden',
  );
  return { row, engagement };
}

export async function updateSignal(
  deps: AppDeps,
  actor: Actor,
  signalId: string,
  input: UpdateSignalRequest,
  locale: Locale,
): Promise<SignalView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const { row, engagement } = await requireSignal(deps, trx, actor, signalId, 'signal.update');
    if (row.status === 'resolved') throw new AppError('transition_not_allowed');
    await setSignalStatus(trx, signalId, {
      status: input.status,
      actorId: actor.userId,
      now,
      resolution: {
        reason: 'by_therapist',
        sessionId: null,
        messageKey: 'signal.resolution.by_therapist',
        params: {},
      },
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: `signal.${input.status === 'acknowledged' ? 'acknowledge' : 'resolve'}`,
        resourceType: 'signal',
        resourceId: signalId,
        subjectId: engagement.client_id,
      }),
    ]);
    const updated = await findSignalRow(trx, signalId);
    if (!updated) throw new AppError('internal_error');
    return toSignalView(updated, toStoredSignal(deps.sealer, updated), locale);
  });
}
