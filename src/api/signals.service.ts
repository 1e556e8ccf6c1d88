/**
 * Signals: recomputed for an engagement when its data changes — in the same transaction for an
 * attendance change, a goal rating or a concern; just after the commit for a check-in
 * (signal-queue.service.ts), with every read of flags catching up first (catchUpSignals) — and
 * read and worked on by the therapist.
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
import {
  claimStale,
  clearStale,
  findStale,
  lockSignalRecomputation,
  type StaleScope,
} from '../storage/signal-queue.repo';
import { findClinic } from '../storage/clinics.repo';
import {
  findSignalRow,
  listSignalRows,
  loadRecomputationInputs,
  setSignalStatus,
  toStoredSignal,
  writeSignalChangesOf,
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
  return resolveClinicSignalSettings(clinic?.settings);
}

/** The signal settings in a clinic's stored settings, over the defaults. */
function resolveClinicSignalSettings(stored: unknown): SignalSettings {
  const overrides = (stored as { signals?: unknown } | null | undefined)?.signals ?? {};
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
  const [result] = await recomputeSignalsOf(deps, trx, [engagement], now, settings);
  return result ?? { inserted: [], escalated: [] };
}

/**
 * Recompute the signals of several engagements in the caller's transaction: their histories and
 * flags read in one query per table, each clinic's settings once, the new flags written in one
 * statement. Returns a result per engagement, in order.
 */
export async function recomputeSignalsOf(
  deps: Pick<AppDeps, 'sealer' | 'newId'>,
  trx: Executor,
  engagements: readonly { id: string; clinicId: string }[],
  now: Date,
  settings?: SignalSettings,
): Promise<RecomputeResult[]> {
  if (engagements.length === 0) return [];
  // A check-in's background recomputation and an attendance change's own must not interleave
  // their writes to the same flags (on PostgreSQL they would deadlock, or raise a flag twice).
  await lockSignalRecomputation(
    trx,
    engagements.map((engagement) => engagement.id),
  );
  return recomputeLocked(deps, trx, engagements, now, settings);
}

/** recomputeSignalsOf, for engagements whose recomputation lock this transaction holds. */
async function recomputeLocked(
  ...[deps, trx, engagements, now, settings]: Parameters<typeof recomputeSignalsOf>
): Promise<RecomputeResult[]> {
  const ids = engagements.map((engagement) => engagement.id);
  const inputs = await loadRecomputationInputs(trx, deps.sealer, ids);
  // Each clinic's settings resolved once (a broken setting falls back to the default).
  const clinicSettings = new Map<string, SignalSettings>();
  const settingsOf = (clinicId: string, stored: unknown): SignalSettings => {
    if (settings) return settings;
    let resolved = clinicSettings.get(clinicId);
    if (!resolved) {
      resolved = resolveClinicSignalSettings(stored);
      clinicSettings.set(clinicId, resolved);
    }
    return resolved;
  };
  const asOf = now.toISOString();
  const work = engagements.map((engagement) => {
    const input = inputs.get(engagement.id);
    const drafts = computeSignals(
      input?.history ?? { sessions: [], checkins: [], goalRatings: [], concerns: [] },
      settingsOf(engagement.clinicId, input?.clinicSettings),
      { asOf },
    );
    return {
      target: { clinicId: engagement.clinicId, engagementId: engagement.id },
      changes: reconcileSignals(input?.signals ?? [], drafts, asOf),
    };
  });
  const inserted = await writeSignalChangesOf(trx, deps.sealer, work, { newId: deps.newId, now });
  return work.map(({ changes }, i) => ({
    inserted: inserted[i] ?? [],
    escalated: changes.update.filter((update) => update.escalated).map((update) => update.id),
  }));
}

/**
 * Recompute marked engagements inside the caller's transaction and clear their marks. `wait`
 * waits for an engagement another transaction is recomputing (a read that needs it); without it,
 * it is left to that transaction. Returns the number recomputed.
 */
export async function recomputeStaleIn(
  deps: Pick<AppDeps, 'sealer' | 'newId' | 'clock'>,
  trx: Executor,
  scope: StaleScope,
  options: { wait: boolean },
): Promise<number> {
  const claimed = await claimStale(trx, scope, options);
  if (claimed.length === 0) return 0;
  // claimStale took the recomputation lock of every engagement it returns.
  await recomputeLocked(
    deps,
    trx,
    claimed.map((c) => ({ id: c.engagementId, clinicId: c.clinicId })),
    deps.clock(),
  );
  await clearStale(trx, claimed);
  return claimed.length;
}

/**
 * Before reading the flags of these engagements (after the access check), inside the reading
 * transaction: recompute those still marked. One indexed lookup when none is (the usual case).
 */
export async function catchUpSignals(
  deps: Pick<AppDeps, 'sealer' | 'newId' | 'clock'>,
  trx: Executor,
  engagementIds: readonly string[],
): Promise<boolean> {
  const stale = await findStale(trx, engagementIds);
  if (stale.length === 0) return false;
  return (await recomputeStaleIn(deps, trx, { engagementIds: stale }, { wait: true })) > 0;
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
    await catchUpSignals(deps, trx, [engagementId]);
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
  // A check-in stored a moment ago may change this flag: bring it up to date first.
  if (await catchUpSignals(deps, db, [row.engagement_id])) {
    const current = await findSignalRow(db, signalId);
    if (!current) throw new AppError('not_found');
    return { row: current, engagement };
  }
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
