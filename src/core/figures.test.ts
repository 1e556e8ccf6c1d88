import { describe, expect, it } from 'vitest';
import {
  computeFigures,
  computeFigureSet,
  median,
  monthsBetween,
  showCount,
  type FigureEngagement,
  type FigureSession,
  type FigureSignal,
  type FiguresInput,
} from './figures';

const therapists = [
  { id: '00000000-0000-4000-8000-00000000000a', displayName: 'A' },
  { id: '00000000-0000-4000-8000-00000000000b', displayName: 'B' },
];
const [ta, tb] = therapists.map((t) => t.id) as [string, string];

function session(over: Partial<FigureSession> & { clientId: string }): FigureSession {
  return {
    therapistId: ta,
    scheduledAt: '2026-01-10T10:00:00.000Z',
    status: 'attended',
    cancelledBy: null,
    clientCheckedIn: true,
    ...over,
  };
}

function input(over: Partial<FiguresInput>): FiguresInput {
  return {
    from: '2026-01-01T00:00:00.000Z',
    to: '2026-03-01T00:00:00.000Z',
    sessions: [],
    signals: [],
    engagements: [],
    reliableChange: 5,
    therapists,
    ...over,
  };
}

const clients = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('small cells', () => {
  it('hides counts from 1 to 4 and shows 0 and 5 or more', () => {
    expect([0, 1, 4, 5, 12].map((n) => showCount(n).value)).toEqual([0, null, null, 5, 12]);
  });

  it('shows nothing for a group with fewer than 5 clients', () => {
    const few = input({ sessions: clients(4).flatMap((c) => [session({ clientId: c })]) });
    const figures = computeFigureSet(few, few);
    expect(figures.suppressed).toBe(true);
    expect(figures.checkins.attended.value).toBeNull();
    expect(figures.checkins.rate).toBeNull();
  });

  it('gives a rate only over at least 5 and when its numerator is not hidden', () => {
    const ten = clients(10);
    const all = input({
      sessions: ten.map((c, i) => session({ clientId: c, clientCheckedIn: i < 8 })),
    });
    const figures = computeFigureSet(all, all);
    expect(figures.suppressed).toBe(false);
    expect(figures.checkins).toEqual({
      attended: { value: 10 },
      completed: { value: 8 },
      rate: 0.8,
    });
    const fewDone = input({
      sessions: ten.map((c, i) => session({ clientId: c, clientCheckedIn: i < 3 })),
    });
    expect(computeFigureSet(fewDone, fewDone).checkins).toEqual({
      attended: { value: 10 },
      completed: { value: null },
      rate: null,
    });
  });
});

describe('definitions', () => {
  it('counts flags raised and resolved in the period and the median hours to resolve', () => {
    const signals: FigureSignal[] = clients(6).map((c, i) => ({
      therapistId: ta,
      clientId: c,
      kind: 'low_alliance',
      severity: 'warning',
      raisedAt: '2026-01-05T00:00:00.000Z',
      resolvedAt: new Date(
        Date.parse('2026-01-05T00:00:00.000Z') + (i + 1) * 3_600_000,
      ).toISOString(),
    }));
    signals.push({
      therapistId: ta,
      clientId: 'c0',
      kind: 'rupture_repaired',
      severity: 'info',
      raisedAt: '2026-01-06T00:00:00.000Z',
      resolvedAt: null,
    });
    const figures = computeFigureSet(input({ signals }), input({}));
    expect(figures.flags).toEqual({
      raised: { value: 6 },
      resolved: { value: 6 },
      medianHoursToResolve: 3.5,
    });
    expect(figures.ruptures.repaired.value).toBeNull();
  });

  it('measures reliable change from intake and dropout among ended engagements', () => {
    const wellbeing = (intake: number, latest: number) => [
      { at: '2025-11-01T00:00:00.000Z', score: intake },
      { at: '2026-01-20T00:00:00.000Z', score: latest },
    ];
    const engagements: FigureEngagement[] = [
      ...clients(5, 'up').map((c, i) => ({
        id: c,
        therapistId: ta,
        clientId: c,
        endedAt: '2026-02-10T00:00:00.000Z',
        attendedSessions: 8,
        wellbeing: wellbeing(15, i === 0 ? 19 : 21),
      })),
      ...clients(5, 'down').map((c) => ({
        id: c,
        therapistId: tb,
        clientId: c,
        endedAt: '2026-02-11T00:00:00.000Z',
        attendedSessions: 2,
        wellbeing: wellbeing(20, 14),
      })),
    ];
    const figures = computeFigureSet(input({ engagements }), input({}));
    expect(figures.outcomes).toEqual({
      assessed: { value: 10 },
      improved: { value: null },
      deteriorated: { value: 5 },
      improvedRate: null,
      deterioratedRate: 0.5,
    });
    // 1 without reliable change + 5 ended before session 4.
    expect(figures.dropout).toEqual({ ended: { value: 10 }, dropouts: { value: 6 }, rate: 0.6 });
  });

  it('counts sessions the therapist cancelled, not those the client cancelled', () => {
    const sessions = clients(6).map((c, i) =>
      session({ clientId: c, status: 'cancelled', cancelledBy: i < 5 ? 'therapist' : 'client' }),
    );
    expect(computeFigureSet(input({ sessions }), input({})).cancelledByTherapist.value).toBe(5);
  });
});

describe('over time and per therapist', () => {
  it('splits by calendar month and by therapist', () => {
    const sessions = [
      ...clients(5).map((c) => session({ clientId: c, scheduledAt: '2026-01-15T00:00:00.000Z' })),
      ...clients(5).map((c) =>
        session({ clientId: c, therapistId: tb, scheduledAt: '2026-02-15T00:00:00.000Z' }),
      ),
    ];
    const view = computeFigures(input({ sessions }), null);
    expect(view.byMonth.map((m) => [m.month, m.figures.checkins.attended.value])).toEqual([
      ['2026-01', 5],
      ['2026-02', 5],
    ]);
    expect(view.byTherapist.map((t) => t.figures.checkins.attended.value)).toEqual([5, 5]);
    expect(view.overall.checkins.attended.value).toBe(10);
    const mine = computeFigures(input({ sessions }), tb);
    expect(mine.byTherapist.map((t) => t.therapistId)).toEqual([tb]);
    expect(mine.overall.checkins.attended.value).toBe(5);
  });

  it('lists the months a period touches and takes medians', () => {
    expect(monthsBetween('2025-11-15T00:00:00Z', '2026-02-01T00:00:00Z')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
  });
});
