/**
 * The caseload: a therapist's current clients ordered by need for attention — urgent flags
 * first, then open warnings (the oldest first), then clients not seen for a while, then the
 * rest — each with the latest scores and their trend, open flags and sessions. One query whatever
 * the number of clients (per-client facts kept by triggers, flags aggregated per client), and
 * one audit event listing the clients shown (DESIGN.md target: 200 clients × 30 sessions,
 * p95 < 50 ms; bench/ measures it).
 */
import type { Locale } from '../core/i18n';
import { describeSignal } from '../core/signals';
import { quietAfterDays, type CaseloadItem, type CaseloadView } from '../core/workspace';
import { mayUseFeature } from '../core/access';
import { AppError } from '../core/errors';
import { appendAudit } from '../storage/audit.repo';
import { toSignalHeadline } from '../storage/signals.repo';
import { catchUpTherapistSignals } from './signal-queue.service';
import { listCaseloadEngagements } from '../storage/workspace.repo';
import { auditBy } from './audit';
import type { Actor, AppDeps } from './context';

const levelRank = { urgent: 0, warning: 1, quiet: 2, none: 3 } as const;

/** The trend between the last two scores: a change within this much is "flat". */
const flatWithin: Record<string, number> = { alliance: 0.5, wellbeing: 2 };

function latest(
  instrument: 'alliance' | 'wellbeing',
  score: number | null,
  before: number | null,
  at: Date | null,
): CaseloadItem['latestAlliance'] {
  if (score === null || at === null) return null;
  const tolerance = flatWithin[instrument] ?? 0;
  return {
    score,
    trend:
      before === null
        ? null
        : score - before > tolerance
          ? 'up'
          : before - score > tolerance
            ? 'down'
            : 'flat',
    at: new Date(at).toISOString(),
  };
}

export async function getCaseload(
  deps: AppDeps,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined },
  locale: Locale,
): Promise<CaseloadView> {
  if (!mayUseFeature(actor, 'caseload.read')) throw new AppError('forbidden');
  const offset =
    query.cursor === undefined
      ? 0
      : Number.parseInt(Buffer.from(query.cursor, 'base64url').toString('utf8'), 10);
  if (!Number.isInteger(offset) || offset < 0) throw new AppError('invalid_cursor');
  const now = deps.clock();
  // Flags still to be recomputed after recent check-ins first (usually none), then one read
  // outside a transaction; only the audit event needs one.
  await catchUpTherapistSignals(deps, { therapistId: actor.userId, clinicId: actor.clinicId });
  const engagements = await listCaseloadEngagements(deps.db, actor.userId, now);
  const items = engagements.map((e) => {
    const open = e.flags.map((raw) => toSignalHeadline(deps.sealer, e.id, raw));
    const urgent = open.filter((flag) => flag.severity === 'urgent');
    const warnings = open.filter((flag) => flag.severity === 'warning');
    const lastSeen = e.last_session_at ? new Date(e.last_session_at).getTime() : null;
    const quiet =
      e.status === 'active' &&
      (lastSeen === null || now.getTime() - lastSeen > quietAfterDays * 86_400_000);
    const attention: CaseloadItem['attention'] =
      urgent.length > 0 ? 'urgent' : warnings.length > 0 ? 'warning' : quiet ? 'quiet' : 'none';
    const oldest = (list: typeof open) => Math.min(...list.map((flag) => flag.raisedAt.getTime()));
    const item: CaseloadItem = {
      engagementId: e.id,
      client: { id: e.client_id, displayName: e.client_name },
      status: e.status,
      attention,
      latestAlliance: latest('alliance', e.alliance_latest, e.alliance_previous, e.alliance_at),
      latestWellbeing: latest(
        'wellbeing',
        e.wellbeing_latest,
        e.wellbeing_previous,
        e.wellbeing_at,
      ),
      openFlags: [...open]
        .sort(
          (a, b) =>
            levelRank[a.severity === 'info' ? 'none' : a.severity] -
            levelRank[b.severity === 'info' ? 'none' : b.severity],
        )
        .map((flag) => {
          const words = describeSignal(
            {
              kind: flag.kind,
              evidence: { messageKey: flag.messageKey, params: flag.params },
              resolution: null,
            },
            locale,
          );
          return {
            id: flag.id,
            kind: flag.kind,
            severity: flag.severity,
            title: words.title,
            reason: words.reason,
            raisedAt: flag.raisedAt.toISOString(),
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
    // One event for the page, listing every client it showed: each finds it in "who saw my data".
    await deps.db.transaction().execute((trx) =>
      appendAudit(trx, [
        auditBy(actor, now, {
          action: 'caseload.read',
          resourceType: 'caseload',
          resourceId: null,
          subjectId: null,
          subjectIds: page.map((item) => item.client.id),
        }),
      ]),
    );
  }
  const next = offset + query.limit;
  return {
    items: page,
    nextCursor: next < items.length ? Buffer.from(String(next)).toString('base64url') : null,
  };
}
