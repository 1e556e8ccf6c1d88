/**
 * API data → what the client-view charts draw and what their text tables list. Pure (no DOM), so
 * it is unit-tested in node. The x axis is the session number: every session that took place or
 * was missed, so cancellations and no-shows sit where they happened.
 */
import type { CheckinView } from '../../core/checkins';
import type { SessionStatus, SessionView } from '../../core/engagements';
import type { SignalView } from '../../core/signal-view';
import { expectedTrajectory, rollingMean, type OutcomeModel } from '../../core/signals';

export type MissedStatus = Extract<SessionStatus, 'cancelled' | 'late_cancelled' | 'no_show'>;

export interface AttendanceMarker {
  x: number;
  sessionId: string;
  kind: MissedStatus;
  cancelledBy: 'client' | 'therapist' | null;
}

/** A rupture (an alliance drop) and what became of it, as a span of sessions. */
export interface RuptureEpisode {
  signalId: string;
  from: number;
  to: number;
  /** repaired: back to the earlier mean within two sessions (the V shape); closed: the flag was
   *  resolved later or by the therapist; ongoing: the flag is still open. */
  outcome: 'repaired' | 'closed' | 'ongoing';
}

export interface SessionScores {
  client: number | null;
  therapist: number | null;
  wellbeing: number | null;
  comments: string[];
}

export interface AllianceRow {
  sessionId: string;
  number: number;
  scheduledAt: string;
  status: SessionStatus;
  cancelledBy: 'client' | 'therapist' | null;
  client: number | null;
  rolling: number | null;
  therapist: number | null;
  /** Therapist minus client, when both rated the session. */
  gap: number | null;
  /** Ruptures that begin or end at this session. */
  ruptureStarts: RuptureEpisode['outcome'][];
  ruptureEnds: RuptureEpisode['outcome'][];
}

export interface AllianceChartData {
  x: number[];
  client: (number | null)[];
  rolling: (number | null)[];
  therapist: (number | null)[];
  cutoff: number;
  markers: AttendanceMarker[];
  episodes: RuptureEpisode[];
  rows: AllianceRow[];
  summary: {
    ratings: number;
    latest: { value: number; session: number; rolling: number } | null;
    belowCutoff: boolean;
    /** Mean of therapist − client over the sessions both rated. */
    meanGap: number | null;
    pairs: number;
    ruptures: number;
    repaired: number;
    missed: number;
  };
}

export interface WellbeingRow {
  sessionId: string;
  number: number;
  scheduledAt: string;
  value: number | null;
  expected: number | null;
  lower: number | null;
  upper: number | null;
}

export interface WellbeingChartData {
  x: number[];
  values: (number | null)[];
  expected: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  cutoff: number | null;
  rows: WellbeingRow[];
  summary: {
    ratings: number;
    intake: number | null;
    latest: { value: number; session: number } | null;
    /** Where the latest score sits against the expected band (null without a band). */
    position: 'above' | 'within' | 'below' | null;
    belowCutoff: boolean | null;
  };
}

const round = (value: number, places = 2) => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

/** Client alliance, therapist alliance, well-being and comments by session id. */
export function scoresBySession(checkins: readonly CheckinView[]): Map<string, SessionScores> {
  const bySession = new Map<string, SessionScores>();
  for (const checkin of checkins) {
    const entry = bySession.get(checkin.sessionId) ?? {
      client: null,
      therapist: null,
      wellbeing: null,
      comments: [],
    };
    const alliance = checkin.scores.alliance;
    if (alliance !== undefined) {
      if (checkin.respondent === 'therapist') entry.therapist = alliance;
      else entry.client = alliance;
    }
    const wellbeing = checkin.scores.wellbeing;
    if (wellbeing !== undefined && checkin.respondent === 'client') entry.wellbeing = wellbeing;
    if (checkin.respondent === 'client' && checkin.comment && checkin.comment.trim() !== '') {
      entry.comments.push(checkin.comment);
    }
    bySession.set(checkin.sessionId, entry);
  }
  return bySession;
}

/** Sessions on the chart: those that happened or were missed, and any with a check-in, in order. */
export function chartSessions(
  sessions: readonly SessionView[],
  scores: ReadonlyMap<string, SessionScores>,
): SessionView[] {
  return [...sessions]
    .filter((session) => session.status !== 'scheduled' || scores.has(session.id))
    .sort((a, b) => a.number - b.number);
}

const isMissed = (status: SessionStatus): status is MissedStatus =>
  status === 'cancelled' || status === 'late_cancelled' || status === 'no_show';

/**
 * Rupture → repair spans from the flags: a `rupture_repaired` flag joins its drop session
 * (evidence.dropSessionId) to the session where the alliance came back; an `alliance_drop` without
 * one runs to where it recovered (its follow-up scores tell how far) or, while open, to the latest
 * rating.
 */
export function ruptureEpisodes(
  signals: readonly SignalView[],
  numberOf: ReadonlyMap<string, number>,
  ratedNumbers: readonly number[],
): RuptureEpisode[] {
  const episodes: RuptureEpisode[] = [];
  const repairedDrops = new Set<string>();
  for (const signal of signals) {
    if (signal.kind !== 'rupture_repaired' || !signal.sessionId) continue;
    const dropSessionId = signal.evidence.dropSessionId;
    const from = typeof dropSessionId === 'string' ? numberOf.get(dropSessionId) : undefined;
    const to = numberOf.get(signal.sessionId);
    if (from === undefined || to === undefined) continue;
    repairedDrops.add(dropSessionId as string);
    episodes.push({ signalId: signal.id, from, to, outcome: 'repaired' });
  }
  const lastRated = ratedNumbers[ratedNumbers.length - 1];
  for (const signal of signals) {
    if (signal.kind !== 'alliance_drop' || !signal.sessionId) continue;
    if (repairedDrops.has(signal.sessionId)) continue;
    const from = numberOf.get(signal.sessionId);
    if (from === undefined) continue;
    if (signal.status !== 'resolved') {
      episodes.push({
        signalId: signal.id,
        from,
        to: Math.max(from, lastRated ?? from),
        outcome: 'ongoing',
      });
      continue;
    }
    const followUps = Array.isArray(signal.evidence.followUpScores)
      ? signal.evidence.followUpScores.length
      : 0;
    const index = ratedNumbers.indexOf(from);
    const back = index >= 0 ? ratedNumbers[index + followUps + 1] : undefined;
    episodes.push({ signalId: signal.id, from, to: back ?? from, outcome: 'closed' });
  }
  return episodes.sort((a, b) => a.from - b.from);
}

export function allianceSeries(
  sessions: readonly SessionView[],
  checkins: readonly CheckinView[],
  signals: readonly SignalView[],
  cutoff: number,
): AllianceChartData {
  const scores = scoresBySession(checkins);
  const shown = chartSessions(sessions, scores);
  const numberOf = new Map(sessions.map((session) => [session.id, session.number]));
  const x = shown.map((session) => session.number);
  const client = shown.map((session) => scores.get(session.id)?.client ?? null);
  const therapist = shown.map((session) => scores.get(session.id)?.therapist ?? null);

  // Crits-Christoph et al. (2011): one rating is only moderately dependable; four averaged are.
  const rated = client.filter((value): value is number => value !== null);
  const means = rollingMean(rated, 4);
  let k = 0;
  const rolling = client.map((value) => (value === null ? null : (means[k++] ?? null)));

  const ratedNumbers = x.filter((_, i) => client[i] !== null);
  const episodes = ruptureEpisodes(signals, numberOf, ratedNumbers);
  const markers: AttendanceMarker[] = shown.flatMap((session) =>
    isMissed(session.status)
      ? [
          {
            x: session.number,
            sessionId: session.id,
            kind: session.status,
            cancelledBy: session.status === 'no_show' ? null : (session.cancelledBy ?? 'client'),
          },
        ]
      : [],
  );

  const rows: AllianceRow[] = shown.map((session, i) => {
    const c = client[i] ?? null;
    const th = therapist[i] ?? null;
    return {
      sessionId: session.id,
      number: session.number,
      scheduledAt: session.scheduledAt,
      status: session.status,
      cancelledBy: session.cancelledBy,
      client: c,
      rolling: rolling[i] ?? null,
      therapist: th,
      gap: c !== null && th !== null ? round(th - c) : null,
      ruptureStarts: episodes.filter((e) => e.from === session.number).map((e) => e.outcome),
      ruptureEnds: episodes
        .filter((e) => e.to === session.number && e.to !== e.from && e.outcome !== 'ongoing')
        .map((e) => e.outcome),
    };
  });

  const gaps = rows.flatMap((row) => (row.gap === null ? [] : [row.gap]));
  const lastIndex = client.reduce<number>((last, value, i) => (value === null ? last : i), -1);
  const latestValue = client[lastIndex] ?? null;
  const latestRolling = rolling[lastIndex] ?? null;
  const latestSession = x[lastIndex];
  const latest =
    latestValue !== null && latestRolling !== null && latestSession !== undefined
      ? { value: latestValue, session: latestSession, rolling: latestRolling }
      : null;

  return {
    x,
    client,
    rolling,
    therapist,
    cutoff,
    markers,
    episodes,
    rows,
    summary: {
      ratings: rated.length,
      latest,
      belowCutoff: latest !== null && latest.value < cutoff,
      meanGap:
        gaps.length > 0 ? round(gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length) : null,
      pairs: gaps.length,
      ruptures: episodes.length,
      repaired: episodes.filter((e) => e.outcome === 'repaired').length,
      missed: markers.length,
    },
  };
}

/**
 * Well-being with the expected band: the expected path for the client's intake score, ± the
 * reliable-change threshold, at each of their well-being check-ins (t = check-ins since intake).
 */
// Lambert, Whipple & Kleinstäuber (2018): feedback against an expected-recovery curve helps off-track clients.
export function wellbeingSeries(
  sessions: readonly SessionView[],
  checkins: readonly CheckinView[],
  outcome: Pick<OutcomeModel, 'model' | 'range' | 'threshold'> | null,
  cutoff: number | null,
): WellbeingChartData {
  const scores = scoresBySession(checkins);
  const shown = chartSessions(sessions, scores);
  const x = shown.map((session) => session.number);
  const values = shown.map((session) => scores.get(session.id)?.wellbeing ?? null);
  const rated = values.filter((value): value is number => value !== null);
  const intake = rated[0] ?? null;
  const band =
    outcome && intake !== null
      ? expectedTrajectory(intake, rated.length, {
          model: outcome.model,
          range: outcome.range,
          threshold: outcome.threshold,
        })
      : [];
  let t = 0;
  const points = values.map((value) => (value === null ? null : (band[t++] ?? null)));
  const expected = points.map((p) => (p ? round(p.expected) : null));
  const lower = points.map((p) => (p ? round(p.lower) : null));
  const upper = points.map((p) => (p ? round(p.upper) : null));

  const rows: WellbeingRow[] = shown.map((session, i) => ({
    sessionId: session.id,
    number: session.number,
    scheduledAt: session.scheduledAt,
    value: values[i] ?? null,
    expected: expected[i] ?? null,
    lower: lower[i] ?? null,
    upper: upper[i] ?? null,
  }));

  const lastRow = [...rows].reverse().find((row) => row.value !== null);
  const latest =
    lastRow && lastRow.value !== null ? { value: lastRow.value, session: lastRow.number } : null;
  const higherIsBetter = (outcome?.range.direction ?? 'higher-is-better') === 'higher-is-better';
  let position: WellbeingChartData['summary']['position'] = null;
  if (latest && lastRow && lastRow.lower !== null && lastRow.upper !== null) {
    if (latest.value < lastRow.lower) position = higherIsBetter ? 'below' : 'above';
    else if (latest.value > lastRow.upper) position = higherIsBetter ? 'above' : 'below';
    else position = 'within';
  }

  return {
    x,
    values,
    expected,
    lower,
    upper,
    cutoff,
    rows,
    summary: {
      ratings: rated.length,
      intake,
      latest,
      position,
      belowCutoff:
        latest && cutoff !== null
          ? higherIsBetter
            ? latest.value < cutoff
            : latest.value > cutoff
          : null,
    },
  };
}

/**
 * Alliance ratings run high (DESIGN.md, Signals), so on 0–10 the interesting range is squeezed
 * into the top tenth. The axis starts a point below the lowest value or the cutoff, whole points.
 */
export function allianceAxisMin(data: AllianceChartData): number {
  const values = [...data.client, ...data.therapist, ...data.rolling].filter(
    (value): value is number => value !== null,
  );
  return Math.max(0, Math.floor(Math.min(data.cutoff, ...values) - 1));
}
