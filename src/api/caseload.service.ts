/**
 * The caseload: a therapist's current clients ordered by need for attention — urgent flags
 * first, then open warnings (the oldest first), then clients not seen for a while, then the
 * rest — each with the latest scores and their trend, open flags and sessions. Built from four
 * queries whatever the number of clients (DESIGN.md target: 200 clients × 30 sessions, p95 < 50 ms).
 */
import type { Locale } from '../core/i18n';
import { describeSignal } from '../core/signals';
import { quietAfterDays, type CaseloadItem, type CaseloadView } from '../core/workspace';
import { AppError } from '../core/errors';
import { appendAudit } from '../storage/audit.repo';
import { toStoredSignal } from '../storage/signals.repo';
import {
  listCaseloadEngagements,
  listLatestClientScores,
  listOpenSignals,
  type LatestScoreRow,
} from '../storage/workspace.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';

const levelRank = { urgent: 0, warning: 1, quiet: 2, none: 3 } as const;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** The trend between the last two scores: a change within this much is "flat". */
const flatWithin: Record<string, number> = { alliance: 0.5, wellbeing: 2 };

function latest(
  rows: LatestScoreRow[],
  instrument: 'alliance' | 'wellbeing',
): CaseloadItem['latestAlliance'] {
  const mine = rows
    .filter((row) => row.instrument_id === instrument)
    .sort((a, b) => a.rank - b.rank);
  const [last, previous] = mine;
  const score = last?.scores[instrument];
  if (!last || score === undefined) return null;
  const before = previous?.scores[instrument];
  const tolerance = flatWithin[instrument] ?? 0;
  return {
    score,
    trend:
      before === undefined
        ? null
        : score - before > tolerance
          ? 'up'
          : before - score > tolerance
            ? 'down'
            : 'flat',
    at: new Date(last.submitted_at).toISOString(),
  };
}

export async function getCaseload(
  deps: AppDeps,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined },
  locale: Locale,
): Promise<CaseloadView> {
  if (actor.role !== 'therapist') throw new AppError('forbidden');
  const offset =
    query.cursor === undefined
      ? 0
      : Number.parseInt(Buffer.from(query.cursor, 'base64url').toString('utf8'), 10);
  if (!Number.isInteger(offset) || offset < 0) throw new AppError('invalid_cursor');
  const now = deps.clock();
  // Reads run side by side on the pool (PostgreSQL); only the audit events need a transaction.
  const engagements = await listCaseloadEngagements(deps.db, actor.userId, now);
  const ids = engagements.map((e) => e.id);
  const [scores, signals] = await Promise.all([
    listLatestClientScores(deps.db, ids),
    listOpenSignals(deps.db, ids),
  ]);
  const scoresBy = groupBy(scores, (row) => row.engagement_id);
  const signalsBy = groupBy(signals, (row) => row.engagement_id);
  const items = engagements.map((e) => {
    const open = (signalsBy.get(e.id) ?? []).map((row) => ({
      row,
      stored: toStoredSignal(deps.sealer, row),
    }));
    const urgent = open.filter(({ row }) => row.severity === 'urgent');
    const warnings = open.filter(({ row }) => row.severity === 'warning');
    const lastSeen = e.last_session_at ? new Date(e.last_session_at).getTime() : null;
    const quiet =
      e.status === 'active' &&
      (lastSeen === null || now.getTime() - lastSeen > quietAfterDays * 86_400_000);
    const attention: CaseloadItem['attention'] =
      urgent.length > 0 ? 'urgent' : warnings.length > 0 ? 'warning' : quiet ? 'quiet' : 'none';
    const oldest = (list: typeof open) =>
      Math.min(...list.map(({ row }) => new Date(row.raised_at).getTime()));
    const item: CaseloadItem = {
      engagementId: e.id,
      client: { id: e.client_id, displayName: e.client_name },
      status: e.status,
      attention,
      latestAlliance: latest(scoresBy.get(e.id) ?? [], 'alliance'),
      latestWellbeing: latest(scoresBy.get(e.id) ?? [], 'wellbeing'),
      openFlags: open
        .sort(
          (a, b) =>
            levelRank[a.row.severity === 'info' ? 'none' : a.row.severity] -
            levelRank[b.row.severity === 'info' ? 'none' : b.row.severity],
        )
        .map(({ row, stored }) => {
          const words = describeSignal(stored, locale);
          return {
            id: row.id,
            kind: stored.kind,
            severity: stored.severity,
            title: words.title,
            reason: words.reason,
            raisedAt: new Date(row.raised_at).toISOString(),
          };
        }),
      sessionsAttended: e.sessions_attended,
      lastSessionAt: e.last_session_at ? new Date(e.last_session_at).toISOString() : null,
      nextSessionAt: e.next_session_at ? new Date(e.next_session_at).toISOString() : null,
    };
    // Within a level: the longest-waiting first (oldest flag, or longest unseen).
    const waitingSince =
      attention === 'urgent'
        ? oldest(urgent)
        : attention === 'warning'
          ? oldest(warnings)
          : (lastSeen ?? 0);
    return { item, waitingSince };
  });
  items.sort(
    (a, b) =>
      levelRank[a.item.attention] - levelRank[b.item.attention] ||
      a.waitingSince - b.waitingSince ||
      a.item.client.displayName.localeCompare(b.item.client.displayName) ||
      a.item.engagementId.localeCompare(b.item.engagementId),
  );
  const page = items.slice(offset, offset + query.limit).map(({ item }) => item);
  if (page.length > 0) {
    await deps.db.transaction().execute((trx) =>
      appendAudit(
        trx,
        page.map((item) =>
          auditBy(actor, now, {
            action: 'caseload.read',
            resourceType: 'engagement',
            resourceId: item.engagementId,
            subjectId: item.client.id,
          }),
        ),
      ),
    );
  }
  const next = offset + query.limit;
  return {
    items: page,
    nextCursor: next < items.length ? Buffer.from(String(next)).toString('base64url') : null,
  };
}
