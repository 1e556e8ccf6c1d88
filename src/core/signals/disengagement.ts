/**
 * `disengagement`: the client is quietly stepping back (clients drop out rather than say that
 * something feels off). Four variants, each with its own key:
 * - cancellations: ≥ 2 cancelled by the client or missed among their last 4 sessions. Sessions the
 *   therapist cancelled are left out of the window: they say nothing about the client.
 * - after_low: a late cancellation or no-show right after an attended session whose alliance was low
 *   or dropping.
 * - missed_checkins: 2 attended sessions in a row without any client check-in.
 * - flat_ticking: the last 3 alliance check-ins with identical answers and no comment, after earlier
 *   ones that varied.
 * Sessions still `scheduled` have no outcome yet and are skipped.
 */
import { draft, resolution } from './drafts';
import { runs } from './history';
import type { Point, Timeline } from './history';
import type { SignalSettings } from './settings';
import type { SessionRecord, SignalDraft } from './types';

const cancelledStatuses = new Set<SessionRecord['status']>(['cancelled', 'late_cancelled']);

const therapistCancelled = (s: SessionRecord) =>
  cancelledStatuses.has(s.status) && s.cancelledBy === 'therapist';

/** Cancelled by the client (a cancellation without `cancelledBy` is the client's) or a no-show. */
export const clientMissed = (s: SessionRecord) =>
  s.status === 'no_show' || (cancelledStatuses.has(s.status) && s.cancelledBy !== 'therapist');

/** The sessions the client was expected at and that have an outcome, in order. */
export function expectedSessions(sessions: readonly SessionRecord[]): SessionRecord[] {
  return sessions.filter((s) => s.status !== 'scheduled' && !therapistCancelled(s));
}

function cancellationSignals(
  expected: readonly SessionRecord[],
  settings: SignalSettings,
): SignalDraft[] {
  const { window, minMissed } = settings.disengagement;
  const windows = expected.map((_, j) => expected.slice(Math.max(0, j - window + 1), j + 1));
  return runs(windows, (w) => w.filter(clientMissed).length >= minMissed).flatMap(
    ([start, end]) => {
      const first = expected[start];
      const last = windows[end] ?? [];
      const after = expected[end + 1];
      if (!first) return [];
      const missed = last.filter(clientMissed);
      return [
        draft(
          'disengagement',
          `cancellations:${first.id}`,
          'warning',
          first.id,
          {
            rule: 'cancellations',
            count: missed.length,
            window: last.length,
            minMissed,
            missedSessionIds: missed.map((s) => s.id),
            statuses: missed.map((s) => s.status),
            messageKey: 'signal.disengagement.reason.cancellations',
            params: { count: missed.length, window: last.length },
          },
          after ? resolution('attendance_recovered', after.id) : null,
        ),
      ];
    },
  );
}

type AllianceConditions = ReadonlyMap<string, { low: boolean; drop: boolean; score: number }>;

function afterLowSignals(
  expected: readonly SessionRecord[],
  conditions: AllianceConditions,
): SignalDraft[] {
  return expected.flatMap((session, j) => {
    if (
      session.status !== 'no_show' &&
      !(session.status === 'late_cancelled' && clientMissed(session))
    )
      return [];
    const previous = expected[j - 1];
    const before = previous?.status === 'attended' ? conditions.get(previous.id) : undefined;
    if (!previous || !before || !(before.low || before.drop)) return [];
    const rule = session.status === 'no_show' ? 'no_show_after_low' : 'late_cancel_after_low';
    const cameBack = expected.slice(j + 1).find((s) => s.status === 'attended');
    return [
      draft(
        'disengagement',
        `after_low:${session.id}`,
        'warning',
        session.id,
        {
          rule,
          previousSessionId: previous.id,
          previousScore: before.score,
          previousLow: before.low,
          previousDrop: before.drop,
          messageKey: `signal.disengagement.reason.${rule}`,
          params: { score: before.score },
        },
        cameBack ? resolution('attended_again', cameBack.id) : null,
      ),
    ];
  });
}

function missedCheckinSignals(
  timeline: Timeline,
  settings: SignalSettings,
  asOf: number | null,
): SignalDraft[] {
  const { missedCheckinsInRow, checkinGraceHours } = settings.disengagement;
  const attended = timeline.sessions.filter((s) => s.status === 'attended');
  const answered = new Set(
    timeline.checkins.flatMap((c) =>
      c.respondent === 'client' && c.sessionId !== null ? [c.sessionId] : [],
    ),
  );
  // A check-in is "not completed" once a later session was attended or the grace period has passed;
  // until then it is pending, which neither counts nor ends a run.
  const state = attended.map((s, i) => {
    if (answered.has(s.id)) return 'done';
    const overdue =
      asOf !== null && asOf - (timeline.sessionTime(s.id) ?? asOf) >= checkinGraceHours * 3_600_000;
    return i < attended.length - 1 || overdue ? 'missing' : 'pending';
  });
  return runs(state, (s) => s === 'missing').flatMap(([start, end]) => {
    const count = end - start + 1;
    const fired = attended[start + missedCheckinsInRow - 1];
    if (count < missedCheckinsInRow || !fired) return [];
    const after = attended[end + 1];
    return [
      draft(
        'disengagement',
        `missed_checkins:${fired.id}`,
        'warning',
        fired.id,
        {
          rule: 'missed_checkins',
          count,
          inRow: missedCheckinsInRow,
          sessionIds: attended.slice(start, end + 1).map((s) => s.id),
          messageKey: 'signal.disengagement.reason.missed_checkins',
          params: { count },
        },
        after && state[end + 1] === 'done' ? resolution('checkin_completed', after.id) : null,
      ),
    ];
  });
}

function flatTickingSignals(
  series: readonly Point[],
  itemIds: readonly string[],
  settings: SignalSettings,
): SignalDraft[] {
  const n = settings.disengagement.flatCheckins;
  const signature = (p: Point) =>
    JSON.stringify(itemIds.map((id) => p.checkin.answers[id] ?? null));
  const same = (i: number) => {
    const point = series[i];
    const previous = series[i - 1];
    return (
      !!point && !!previous && !point.checkin.hasComment && signature(point) === signature(previous)
    );
  };
  const found: SignalDraft[] = [];
  // A run of identical, comment-free check-ins: `same(i)` marks each one after the run's first.
  for (const [start, end] of runs(series, (_, i) => same(i))) {
    // The point before the first `same` one starts the run, unless it carried a comment.
    const first = series[start - 1]?.checkin.hasComment ? start : start - 1;
    const firstPoint = series[first];
    const fired = series[first + n - 1];
    if (!firstPoint || end - first + 1 < n || !fired) continue;
    const flat = signature(firstPoint);
    if (!series.slice(0, first).some((p) => signature(p) !== flat)) continue;
    const after = series[end + 1];
    found.push(
      draft(
        'disengagement',
        `flat_ticking:${fired.anchor}`,
        'warning',
        fired.sessionId,
        {
          rule: 'flat_ticking',
          count: end - first + 1,
          itemIds: [...itemIds],
          answers: itemIds.map((id) => firstPoint.checkin.answers[id] ?? null),
          checkinIds: series.slice(first, end + 1).map((p) => p.checkin.id),
          messageKey: 'signal.disengagement.reason.flat_ticking',
          params: { count: end - first + 1 },
        },
        after ? resolution('answers_varied', after.sessionId) : null,
      ),
    );
  }
  return found;
}

export function disengagementSignals(input: {
  timeline: Timeline;
  clientAlliance: readonly Point[];
  conditions: AllianceConditions;
  itemIds: readonly string[];
  settings: SignalSettings;
  asOf: number | null;
}): SignalDraft[] {
  const { timeline, clientAlliance, conditions, itemIds, settings, asOf } = input;
  const expected = expectedSessions(timeline.sessions);
  return [
    ...cancellationSignals(expected, settings),
    ...afterLowSignals(expected, conditions),
    ...missedCheckinSignals(timeline, settings, asOf),
    ...flatTickingSignals(clientAlliance, itemIds, settings),
  ];
}
