/**
 * From the engine's drafts and the flags already stored, what to insert, update and resolve
 * (DESIGN.md: flags are durable). Matching is by `ruleKey`. The rules:
 * - a draft with no stored flag is inserted: open, or already resolved when the engine knows the
 *   condition has cleared (a history loaded at once still gets its rupture/repair timeline);
 * - an open or acknowledged flag keeps its id and status and takes the draft's new evidence,
 *   severity (a drop turning urgent updates the same flag, `escalated` tells the caller to notify)
 *   and session; it is never set back to open;
 * - an open or acknowledged flag is resolved, with the engine's reason, when its draft says the
 *   condition cleared, and with `condition_cleared` when the engine no longer produces it at all
 *   (e.g. a check-in was corrected or the clinic changed a threshold);
 * - a flag raised by a concern the client shared (`evidence.source === 'concern'`) is never resolved
 *   by recomputation, even when no draft names it any more: it is not computed from scores, so
 *   only the therapist resolves it (PATCH /signals/{id}), after talking it through;
 * - a resolved flag stays resolved and unchanged, even if its condition holds again. Keys are per
 *   session (or per episode), so new evidence arrives as a new flag; and a therapist who resolved a
 *   flag by hand is not overruled by the next recomputation.
 * Applying the result and reconciling again with the same drafts changes nothing.
 */
import { resolution } from './drafts';
import type { SignalDraft, SignalResolution, SignalSeverity, StoredSignal } from './types';

export interface NewSignal {
  ruleKey: string;
  kind: StoredSignal['kind'];
  severity: SignalSeverity;
  status: 'open' | 'resolved';
  sessionId: string | null;
  evidence: StoredSignal['evidence'];
  resolution: SignalResolution | null;
  raisedAt: string;
  resolvedAt: string | null;
}

export interface SignalUpdate {
  id: string;
  ruleKey: string;
  severity: SignalSeverity;
  sessionId: string | null;
  evidence: StoredSignal['evidence'];
  /** Severity went up (e.g. a drop unrecovered after two sessions became urgent). */
  escalated: boolean;
}

export interface SignalResolve {
  id: string;
  ruleKey: string;
  severity: SignalSeverity;
  sessionId: string | null;
  evidence: StoredSignal['evidence'];
  resolution: SignalResolution;
  resolvedAt: string;
}

export interface SignalChanges {
  insert: NewSignal[];
  update: SignalUpdate[];
  resolve: SignalResolve[];
}

const rank: Record<SignalSeverity, number> = { info: 0, warning: 1, urgent: 2 };

/** JSON with object keys sorted, so equal evidence compares equal whatever its key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** What the client said is not a condition that clears; the therapist resolves it. */
const raisedByConcern = (signal: StoredSignal) => signal.evidence.source === 'concern';

const byKey = <T extends { ruleKey: string }>(a: T, b: T) =>
  a.ruleKey < b.ruleKey ? -1 : a.ruleKey > b.ruleKey ? 1 : 0;

export function reconcileSignals(
  existing: readonly StoredSignal[],
  drafts: readonly SignalDraft[],
  now: string,
): SignalChanges {
  const stored = new Map<string, StoredSignal[]>();
  for (const signal of existing) {
    const list = stored.get(signal.ruleKey);
    if (list) list.push(signal);
    else stored.set(signal.ruleKey, [signal]);
  }
  const changes: SignalChanges = { insert: [], update: [], resolve: [] };
  const drafted = new Set<string>();

  for (const d of drafts) {
    if (drafted.has(d.ruleKey)) continue;
    drafted.add(d.ruleKey);
    const matches = stored.get(d.ruleKey) ?? [];
    if (matches.length === 0) {
      changes.insert.push({
        ruleKey: d.ruleKey,
        kind: d.kind,
        severity: d.severity,
        status: d.resolution ? 'resolved' : 'open',
        sessionId: d.sessionId,
        evidence: d.evidence,
        resolution: d.resolution,
        raisedAt: now,
        resolvedAt: d.resolution ? now : null,
      });
      continue;
    }
    for (const signal of matches) {
      if (signal.status === 'resolved') continue;
      const facts = {
        id: signal.id,
        ruleKey: d.ruleKey,
        severity: d.severity,
        sessionId: d.sessionId,
        evidence: d.evidence,
      };
      if (d.resolution && !raisedByConcern(signal)) {
        changes.resolve.push({ ...facts, resolution: d.resolution, resolvedAt: now });
      } else if (
        signal.severity !== d.severity ||
        signal.sessionId !== d.sessionId ||
        canonical(signal.evidence) !== canonical(d.evidence)
      ) {
        changes.update.push({ ...facts, escalated: rank[d.severity] > rank[signal.severity] });
      }
    }
  }

  for (const signal of existing) {
    if (drafted.has(signal.ruleKey) || signal.status === 'resolved') continue;
    if (raisedByConcern(signal)) continue;
    changes.resolve.push({
      id: signal.id,
      ruleKey: signal.ruleKey,
      severity: signal.severity,
      sessionId: signal.sessionId,
      evidence: signal.evidence,
      resolution: resolution('condition_cleared', null),
      resolvedAt: now,
    });
  }
  return {
    insert: changes.insert.sort(byKey),
    update: changes.update.sort(byKey),
    resolve: changes.resolve.sort(byKey),
  };
}

/** The stored flags after `changes` (what the storage layer does in SQL; used by tests and tools). */
export function applySignalChanges(
  existing: readonly StoredSignal[],
  changes: SignalChanges,
  newId: (signal: NewSignal, index: number) => string,
): StoredSignal[] {
  const updates = new Map(changes.update.map((u) => [u.id, u]));
  const resolves = new Map(changes.resolve.map((r) => [r.id, r]));
  const kept = existing.map((signal): StoredSignal => {
    const resolved = resolves.get(signal.id);
    if (resolved) {
      const { id: _id, ruleKey: _key, ...rest } = resolved;
      return { ...signal, ...rest, status: 'resolved' };
    }
    const updated = updates.get(signal.id);
    if (!updated) return signal;
    return {
      ...signal,
      severity: updated.severity,
      sessionId: updated.sessionId,
      evidence: updated.evidence,
    };
  });
  const inserted = changes.insert.map((signal, index): StoredSignal => ({
    id: newId(signal, index),
    ...signal,
  }));
  return [...kept, ...inserted];
}
