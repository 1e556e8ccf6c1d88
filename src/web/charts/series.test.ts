import { describe, expect, it } from 'vitest';
import type { CheckinView } from '../../core/checkins';
import type { SessionStatus, SessionView } from '../../core/engagements';
import { builtinInstruments } from '../../core/instruments';
import type { SignalView } from '../../core/signal-view';
import {
  computeSignals,
  defaultSignalSettings,
  expectedTrajectory,
  outcomeModel,
} from '../../core/signals';
import { allianceHistory } from '../../core/signals/test-factory';
import {
  allianceAxisMin,
  allianceSeries,
  chartSessions,
  scoresBySession,
  wellbeingSeries,
} from './series';

const at = (n: number) => new Date(Date.UTC(2026, 0, 5 + 7 * (n - 1), 15)).toISOString();

function session(
  n: number,
  status: SessionStatus = 'attended',
  cancelledBy: SessionView['cancelledBy'] = null,
): SessionView {
  return {
    id: `s${n}`,
    engagementId: 'e1',
    number: n,
    scheduledAt: at(n),
    durationMinutes: 50,
    status,
    cancelledBy,
  };
}

function checkin(
  n: number,
  instrument: 'alliance' | 'therapist-alliance' | 'wellbeing',
  score: number,
  comment: string | null = null,
): CheckinView {
  const scale = instrument === 'wellbeing' ? 'wellbeing' : 'alliance';
  return {
    id: `${instrument}-${n}`,
    engagementId: 'e1',
    sessionId: `s${n}`,
    instrument,
    respondent: instrument === 'therapist-alliance' ? 'therapist' : 'client',
    answers: {},
    scores: { [scale]: score },
    comment,
    submittedAt: at(n),
  };
}

function signal(
  kind: SignalView['kind'],
  sessionId: string,
  status: SignalView['status'],
  evidence: Record<string, unknown> = {},
): SignalView {
  return {
    id: `${kind}-${sessionId}`,
    engagementId: 'e1',
    kind,
    severity: 'warning',
    status,
    sessionId,
    evidence,
    title: kind,
    reason: '',
    resolution: null,
    raisedAt: at(1),
    updatedAt: at(1),
    acknowledgedAt: null,
    resolvedAt: null,
  };
}

describe('scoresBySession', () => {
  it('separates the client’s and the therapist’s alliance, well-being and comments', () => {
    const scores = scoresBySession([
      checkin(1, 'alliance', 9.2, 'It helped.'),
      checkin(1, 'therapist-alliance', 9.6),
      checkin(1, 'wellbeing', 22),
      checkin(2, 'alliance', 8, '   '),
    ]);
    expect(scores.get('s1')).toEqual({
      client: 9.2,
      therapist: 9.6,
      wellbeing: 22,
      comments: ['It helped.'],
    });
    expect(scores.get('s2')?.comments).toEqual([]);
  });
});

describe('chartSessions', () => {
  it('keeps sessions that happened or were missed, in order, and drops plain future ones', () => {
    const sessions = [session(3, 'no_show'), session(1), session(4, 'scheduled'), session(2)];
    expect(chartSessions(sessions, new Map()).map((s) => s.number)).toEqual([1, 2, 3]);
  });
});

describe('allianceSeries', () => {
  const sessions = [
    session(1),
    session(2),
    session(3, 'cancelled', 'therapist'),
    session(4),
    session(5, 'late_cancelled'),
    session(6),
    session(7, 'no_show'),
    session(8, 'scheduled'),
  ];
  const checkins = [
    checkin(1, 'alliance', 9.6),
    checkin(2, 'alliance', 9.4),
    checkin(2, 'therapist-alliance', 9.5),
    checkin(4, 'alliance', 7.0),
    checkin(4, 'therapist-alliance', 9.5),
    checkin(6, 'alliance', 9.5),
  ];

  it('aligns client, rolling mean and therapist values with the session axis', () => {
    const data = allianceSeries(sessions, checkins, [], 9);
    expect(data.x).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(data.client).toEqual([9.6, 9.4, null, 7, null, 9.5, null]);
    // Means over the ratings only (missed sessions do not count as zero).
    expect(data.rolling).toEqual([9.6, 9.5, null, 8.67, null, 8.88, null]);
    expect(data.therapist).toEqual([null, 9.5, null, 9.5, null, null, null]);
    expect(data.cutoff).toBe(9);
  });

  it('marks cancellations, late cancellations and no-shows with who cancelled', () => {
    const { markers } = allianceSeries(sessions, checkins, [], 9);
    expect(markers).toEqual([
      { x: 3, sessionId: 's3', kind: 'cancelled', cancelledBy: 'therapist' },
      { x: 5, sessionId: 's5', kind: 'late_cancelled', cancelledBy: 'client' },
      { x: 7, sessionId: 's7', kind: 'no_show', cancelledBy: null },
    ]);
  });

  it('summarises the latest rating, the agreement gap and what was missed', () => {
    const { summary, rows } = allianceSeries(sessions, checkins, [], 9);
    expect(summary.latest).toEqual({ value: 9.5, session: 6, rolling: 8.88 });
    expect(summary.belowCutoff).toBe(false);
    expect(rows.find((row) => row.number === 4)?.gap).toBe(2.5);
    expect(summary.meanGap).toBe(1.3);
    expect(summary.pairs).toBe(2);
    expect(summary.missed).toBe(3);
    expect(summary.ratings).toBe(4);
  });

  it('draws a repaired rupture from the drop to the return, and marks both rows', () => {
    const signals = [
      signal('alliance_drop', 's4', 'resolved', { followUpScores: [] }),
      signal('rupture_repaired', 's6', 'open', { dropSessionId: 's4' }),
    ];
    const data = allianceSeries(sessions, checkins, signals, 9);
    expect(data.episodes).toEqual([
      { signalId: 'rupture_repaired-s6', from: 4, to: 6, outcome: 'repaired' },
    ]);
    expect(data.summary).toMatchObject({ ruptures: 1, repaired: 1 });
    expect(data.rows.find((row) => row.number === 4)?.ruptureStarts).toEqual(['repaired']);
    expect(data.rows.find((row) => row.number === 6)?.ruptureEnds).toEqual(['repaired']);
  });

  it('runs an open drop to the latest rating, and a closed one past its follow-ups', () => {
    const open = allianceSeries(sessions, checkins, [signal('alliance_drop', 's2', 'open')], 9);
    expect(open.episodes).toEqual([
      { signalId: 'alliance_drop-s2', from: 2, to: 6, outcome: 'ongoing' },
    ]);
    const closed = allianceSeries(
      sessions,
      checkins,
      [signal('alliance_drop', 's2', 'resolved', { followUpScores: [7] })],
      9,
    );
    expect(closed.episodes).toEqual([
      { signalId: 'alliance_drop-s2', from: 2, to: 6, outcome: 'closed' },
    ]);
  });

  it('reads the episodes from the signal engine’s own evidence', () => {
    const history = allianceHistory([9.5, 9.6, 9.4, 7.5, 9.6, 9.5, 9.5, 7.2, 7.4, 7.3]);
    const drafts = computeSignals(history, defaultSignalSettings);
    const signals = drafts.map((draft, i) => ({
      ...signal(draft.kind, draft.sessionId ?? '', draft.resolution ? 'resolved' : 'open'),
      id: `sig${i}`,
      evidence: { ...draft.evidence },
    }));
    const sessionsOf = history.sessions.map((_, i) => session(i + 1));
    const checkinsOf = history.checkins.map((c, i) =>
      checkin(i + 1, 'alliance', c.scores.alliance ?? 0),
    );
    const { episodes } = allianceSeries(sessionsOf, checkinsOf, signals, 9);
    expect(episodes.map(({ from, to, outcome }) => ({ from, to, outcome }))).toEqual([
      { from: 4, to: 5, outcome: 'repaired' },
      { from: 8, to: 10, outcome: 'ongoing' },
    ]);
  });

  it('starts the axis a whole point below the lowest value or the cutoff', () => {
    expect(allianceAxisMin(allianceSeries(sessions, checkins, [], 9))).toBe(6);
    expect(
      allianceAxisMin(allianceSeries([session(1)], [checkin(1, 'alliance', 9.8)], [], 9)),
    ).toBe(8);
    expect(
      allianceAxisMin(allianceSeries([session(1)], [checkin(1, 'alliance', 0.4)], [], 9)),
    ).toBe(0);
  });

  it('is empty without any sessions', () => {
    const data = allianceSeries([], [], [], 9);
    expect(data.x).toEqual([]);
    expect(data.summary.latest).toBeNull();
    expect(data.summary.meanGap).toBeNull();
  });
});

describe('wellbeingSeries', () => {
  const outcome = outcomeModel(defaultSignalSettings, builtinInstruments);
  const sessions = [session(1), session(2), session(3, 'no_show'), session(4)];
  const checkins = [
    checkin(1, 'wellbeing', 18),
    checkin(2, 'wellbeing', 21),
    checkin(4, 'wellbeing', 14),
  ];

  it('places the expected band for the intake score at each well-being check-in', () => {
    expect(outcome).not.toBeNull();
    const data = wellbeingSeries(sessions, checkins, outcome, 25);
    const band = expectedTrajectory(18, 3, {
      model: outcome!.model,
      range: outcome!.range,
      threshold: outcome!.threshold,
    });
    expect(data.x).toEqual([1, 2, 3, 4]);
    expect(data.values).toEqual([18, 21, null, 14]);
    expect(data.expected[0]).toBeCloseTo(18);
    expect(data.expected[2]).toBeNull();
    expect(data.expected[3]).toBeCloseTo(band[2]!.expected, 2);
    expect(data.lower[3]).toBeCloseTo(band[2]!.lower, 2);
    expect(data.upper[3]).toBeCloseTo(band[2]!.upper, 2);
    expect(data.cutoff).toBe(25);
  });

  it('says where the latest score sits against the band and the cutoff', () => {
    const data = wellbeingSeries(sessions, checkins, outcome, 25);
    expect(data.summary).toEqual({
      ratings: 3,
      intake: 18,
      latest: { value: 14, session: 4 },
      position: 'below',
      belowCutoff: true,
    });
    const better = wellbeingSeries(
      sessions,
      [checkin(1, 'wellbeing', 18), checkin(2, 'wellbeing', 30)],
      outcome,
      25,
    );
    expect(better.summary.position).toBe('above');
    expect(better.summary.belowCutoff).toBe(false);
  });

  it('has no band without an outcome model', () => {
    const data = wellbeingSeries(sessions, checkins, null, null);
    expect(data.expected).toEqual([null, null, null, null]);
    expect(data.summary.position).toBeNull();
    expect(data.summary.belowCutoff).toBeNull();
  });
});
