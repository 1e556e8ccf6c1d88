/**
 * The engagement's history in a fixed order, whatever order it arrived in: sessions by scheduled
 * time, check-ins by the time of their session (or submission), ties broken by id, so that the
 * engine's output depends on the data only.
 */
import { findInstrument } from '../instruments/builtins';
import type { Instrument } from '../instruments/types';
import type { Respondent } from '../instruments/types';
import { roundScore, scoreScale } from '../scoring';
import type { CheckinRecord, EngagementHistory, SessionRecord } from './types';

/** Tolerance for comparisons against thresholds: scores carry binary noise (8.6 + 9.4). */
export const EPS = 1e-9;

export function instant(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 0 : time;
}

function byTimeThenId(a: { time: number; id: string }, b: { time: number; id: string }): number {
  return a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One scored check-in of a series (at most one per session: the last submitted). */
export interface Point {
  readonly checkin: CheckinRecord;
  readonly sessionId: string | null;
  /** The id flags are anchored to: the session's, or the check-in's when it has no session. */
  readonly anchor: string;
  readonly time: number;
  readonly score: number;
}

export interface Timeline {
  /** Sessions by scheduled time. */
  readonly sessions: readonly SessionRecord[];
  /** Check-ins by the time of their session (or their submission), then submission, then id. */
  readonly checkins: readonly CheckinRecord[];
  readonly instruments: readonly Instrument[];
  sessionTime(sessionId: string | null): number | undefined;
  /** The scored series of one scale, from one respondent. */
  series(instrumentId: string, scaleId: string, respondent: Respondent): Point[];
}

export function buildTimeline(
  history: EngagementHistory,
  instruments: readonly Instrument[],
): Timeline {
  const sessions = history.sessions
    .map((session) => ({ session, time: instant(session.scheduledAt), id: session.id }))
    .sort(byTimeThenId)
    .map(({ session }) => session);
  const sessionTimes = new Map(sessions.map((s) => [s.id, instant(s.scheduledAt)]));
  const sessionTime = (id: string | null) => (id === null ? undefined : sessionTimes.get(id));
  const timeOf = (c: CheckinRecord) => sessionTime(c.sessionId) ?? instant(c.submittedAt);
  const checkins = [...history.checkins].sort(
    (a, b) =>
      timeOf(a) - timeOf(b) ||
      instant(a.submittedAt) - instant(b.submittedAt) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const series = (instrumentId: string, scaleId: string, respondent: Respondent): Point[] => {
    const instrument = findInstrument(instrumentId, instruments);
    const scale = instrument?.scales.find((s) => s.id === scaleId);
    const bySlot = new Map<string, Point>();
    for (const checkin of checkins) {
      if (checkin.instrumentId !== instrumentId || checkin.respondent !== respondent) continue;
      const stored = checkin.scores[scaleId];
      const score =
        typeof stored === 'number' && Number.isFinite(stored)
          ? roundScore(stored)
          : instrument && scale
            ? scoreScale(instrument, scale, checkin.answers)
            : null;
      if (score === null) continue;
      const anchor = checkin.sessionId ?? checkin.id;
      // Check-ins are sorted, so a later submission for the same session replaces the earlier one.
      bySlot.set(anchor, {
        checkin,
        sessionId: checkin.sessionId,
        anchor,
        time: timeOf(checkin),
        score,
      });
    }
    return [...bySlot.values()].sort((a, b) =>
      byTimeThenId({ time: a.time, id: a.anchor }, { time: b.time, id: b.anchor }),
    );
  };

  return { sessions, checkins, instruments, sessionTime, series };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Sample standard deviation (n − 1); 0 with fewer than two values. */
export function sampleSd(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1));
}

/** Maximal runs of consecutive indexes where `holds` is true, as [start, end] (inclusive). */
export function runs<T>(
  items: readonly T[],
  holds: (item: T, index: number) => boolean,
): [number, number][] {
  const found: [number, number][] = [];
  let start = -1;
  items.forEach((item, index) => {
    if (holds(item, index)) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      found.push([start, index - 1]);
      start = -1;
    }
  });
  if (start >= 0) found.push([start, items.length - 1]);
  return found;
}

/** Round a number shown in a reason to what a person reads (one or two decimals). */
export const shown = (value: number, places = 2) => roundScore(value, places);
