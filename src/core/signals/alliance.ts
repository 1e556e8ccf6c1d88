/**
 * Rules on the client's own alliance series: `low_alliance`, `alliance_drop` and
 * `rupture_repaired`. The series has one point per session (history.ts), in session order.
 */
import { draft, resolution } from './drafts';
import { EPS, mean, sampleSd, shown } from './history';
import type { Point } from './history';
import type { SignalSettings } from './settings';
import type { SignalDraft, SignalEvidence } from './types';

export interface LowCheck {
  low: boolean;
  scoreLow: boolean;
  /** Items at or below the item threshold, in the instrument's order. */
  lowItems: string[];
  lowest: { item: string; value: number } | null;
}

// Duncan et al. (2003): alliance ratings are skewed high, so "good but not great" is worth a talk.
export function checkLow(
  point: Point,
  itemIds: readonly string[],
  settings: SignalSettings,
): LowCheck {
  const { scoreBelow, itemAtOrBelow } = settings.lowAlliance;
  const scoreLow = point.score < scoreBelow - EPS;
  const answers = point.checkin.answers;
  const lowItems = itemIds.filter((id) => {
    const value = answers[id];
    return value !== undefined && value <= itemAtOrBelow + EPS;
  });
  let lowest: LowCheck['lowest'] = null;
  for (const id of itemIds) {
    const value = answers[id];
    if (value !== undefined && (lowest === null || value < lowest.value))
      lowest = { item: id, value };
  }
  return { low: scoreLow || lowItems.length > 0, scoreLow, lowItems, lowest };
}

/**
 * One flag per session with a low check-in. Only the latest check-in's flag stays open: the
 * conversation is about now. An earlier one is resolved by the next check-in, as `recovered`
 * when that one is fine, as `superseded` when it is low too (and has its own flag).
 */
export function lowAllianceSignals(
  series: readonly Point[],
  itemIds: readonly string[],
  settings: SignalSettings,
): SignalDraft[] {
  const checks = series.map((point) => checkLow(point, itemIds, settings));
  const drafts: SignalDraft[] = [];
  let consecutive = 0;
  series.forEach((point, index) => {
    const check = checks[index];
    consecutive = check?.low ? consecutive + 1 : 0;
    if (!check?.low) return;
    const rule =
      check.scoreLow && check.lowItems.length > 0
        ? 'score_and_item'
        : check.scoreLow
          ? 'score'
          : 'item';
    const named = check.lowItems[0] ?? check.lowest?.item ?? '';
    const value = point.checkin.answers[named] ?? null;
    const next = series[index + 1];
    const nextCheck = checks[index + 1];
    const resolved =
      next && nextCheck
        ? nextCheck.low
          ? resolution('superseded', next.sessionId)
          : resolution('recovered', next.sessionId, { score: next.score })
        : null;
    drafts.push(
      draft(
        'low_alliance',
        point.anchor,
        'warning',
        point.sessionId,
        {
          rule,
          checkinId: point.checkin.id,
          score: point.score,
          scoreThreshold: settings.lowAlliance.scoreBelow,
          itemThreshold: settings.lowAlliance.itemAtOrBelow,
          lowItems: check.lowItems,
          lowestItem: check.lowest?.item ?? null,
          lowestValue: check.lowest?.value ?? null,
          consecutiveLow: consecutive,
          messageKey: `signal.low_alliance.reason.${rule}`,
          params: {
            score: point.score,
            threshold: settings.lowAlliance.scoreBelow,
            item: named,
            value: value ?? '',
            itemThreshold: settings.lowAlliance.itemAtOrBelow,
          },
        },
        resolved,
      ),
    );
  });
  return drafts;
}

export interface DropCheck {
  runningMean: number;
  ownSd: number;
  sd: number;
  threshold: number;
  drop: number;
  fired: boolean;
}

// Strauss et al. (2006), k = 1; Stiles et al. (2004), k = 2; Gumz et al. (2012): SD = max(own, clinic within-client).
/** Has `score` fallen below the running mean of `earlier` by at least max(minDrop, k · SD)? */
export function checkDrop(
  earlier: readonly number[],
  score: number,
  settings: SignalSettings,
): DropCheck | null {
  if (earlier.length === 0) return null;
  const { minDrop, k, clinicWithinClientSd } = settings.allianceDrop;
  const runningMean = mean(earlier);
  const ownSd = sampleSd(earlier);
  const sd = Math.max(ownSd, clinicWithinClientSd);
  const threshold = Math.max(minDrop, k * sd);
  const drop = runningMean - score;
  return { runningMean, ownSd, sd, threshold, drop, fired: drop >= threshold - EPS };
}

/**
 * A drop opens a flag at its session. Within the next `recoveryWindow` sessions a score back at or
 * above the pre-drop running mean repairs it: the drop is resolved (`repaired`) and a
 * `rupture_repaired` flag celebrates it. Without that, once the window has passed the drop becomes
 * urgent; a later return to the pre-drop mean still resolves it (`recovered`), without the V-shape
 * credit. While a drop is open, further falls belong to it rather than opening new flags.
 */
// Eubanks, Muran & Safran (2018): repaired ruptures go with better outcomes (r = .29).
export function allianceDropSignals(
  series: readonly Point[],
  settings: SignalSettings,
): SignalDraft[] {
  const scores = series.map((p) => p.score);
  const window = settings.allianceDrop.recoveryWindow;
  const drafts: SignalDraft[] = [];
  let blockedThrough = 0;
  for (let i = 1; i < series.length; i++) {
    const point = series[i];
    if (i <= blockedThrough || !point) continue;
    const check = checkDrop(scores.slice(0, i), point.score, settings);
    if (!check?.fired) continue;
    const preDrop = check.runningMean;
    const back = scores.findIndex((score, j) => j > i && score >= preDrop - EPS);
    const repaired = back > i && back - i <= window;
    // The scores after the drop that have not (yet) come back to the pre-drop mean.
    const after = scores.slice(i + 1, back > i ? back : undefined);
    const unrecovered = !repaired && after.length >= window;
    const latest = after[after.length - 1] ?? point.score;
    const rule = unrecovered ? 'unrecovered' : 'drop';
    const evidence = {
      rule,
      checkinId: point.checkin.id,
      score: point.score,
      runningMean: shown(preDrop),
      drop: shown(check.drop),
      threshold: shown(check.threshold),
      minDrop: settings.allianceDrop.minDrop,
      k: settings.allianceDrop.k,
      ownSd: shown(check.ownSd, 3),
      sd: shown(check.sd, 3),
      clinicSd: settings.allianceDrop.clinicWithinClientSd,
      earlierSessions: i,
      followUpScores: after,
      latestScore: latest,
      messageKey: `signal.alliance_drop.reason.${rule}`,
      params: {
        score: point.score,
        drop: shown(check.drop),
        mean: shown(preDrop),
        threshold: shown(check.threshold),
        sessions: after.length,
        latest,
      },
    } satisfies SignalEvidence;
    const backPoint = back > i ? series[back] : undefined;
    const closed = backPoint
      ? resolution(repaired ? 'repaired' : 'recovered', backPoint.sessionId, {
          score: backPoint.score,
          mean: shown(preDrop),
        })
      : null;
    drafts.push(
      draft(
        'alliance_drop',
        point.anchor,
        unrecovered ? 'urgent' : 'warning',
        point.sessionId,
        evidence,
        closed,
      ),
    );
    if (repaired && backPoint) {
      const sessions = back - i;
      drafts.push(
        draft('rupture_repaired', point.anchor, 'info', backPoint.sessionId, {
          rule: 'repaired',
          dropSessionId: point.sessionId,
          dropCheckinId: point.checkin.id,
          repairCheckinId: backPoint.checkin.id,
          dropScore: point.score,
          preDropMean: shown(preDrop),
          repairedScore: backPoint.score,
          sessionsToRepair: sessions,
          messageKey:
            sessions === 1
              ? 'signal.rupture_repaired.reason.next'
              : 'signal.rupture_repaired.reason.later',
          params: {
            dropScore: point.score,
            score: backPoint.score,
            mean: shown(preDrop),
            sessions,
          },
        }),
      );
    }
    blockedThrough = back > i ? back : series.length;
  }
  return drafts;
}

/** Per session anchor: was the client's alliance low, or a drop? (for `disengagement`) */
export function allianceConditions(
  series: readonly Point[],
  itemIds: readonly string[],
  settings: SignalSettings,
): Map<string, { low: boolean; drop: boolean; score: number }> {
  const scores = series.map((p) => p.score);
  return new Map(
    series.map((point, i) => [
      point.anchor,
      {
        low: checkLow(point, itemIds, settings).low,
        drop: checkDrop(scores.slice(0, i), point.score, settings)?.fired ?? false,
        score: point.score,
      },
    ]),
  );
}

// Crits-Christoph et al. (2011): one alliance rating is only moderately dependable; four averaged are.
/** The mean of each score with up to `window − 1` before it, for the chart's rolling line. */
export function rollingMean(scores: readonly number[], window = 4): number[] {
  return scores.map((_, i) => shown(mean(scores.slice(Math.max(0, i - window + 1), i + 1))));
}
