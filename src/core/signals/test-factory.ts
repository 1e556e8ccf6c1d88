/**
 * Factories for the engine's tests: weekly sessions `s1`, `s2`, … and check-ins tied to them.
 * Deterministic ids and times, so a failing case reads like a clinical story.
 * Test support only: nothing outside tests imports this file.
 */
import fc from 'fast-check';
import { allianceItems, wellbeingItems } from '../scoring';
import type { ScreeningFinding } from '../screening/types';
import type {
  CheckinRecord,
  EngagementHistory,
  GoalRatingRecord,
  SessionRecord,
  SessionStatus,
} from './types';

const start = Date.parse('2025-01-06T10:00:00+01:00');
const week = 7 * 24 * 3_600_000;

export const at = (n: number, hours = 0) =>
  new Date(start + (n - 1) * week + hours * 3_600_000).toISOString();

export function session(
  n: number,
  status: SessionStatus = 'attended',
  cancelledBy: SessionRecord['cancelledBy'] = null,
): SessionRecord {
  return { id: `s${n}`, scheduledAt: at(n), status, cancelledBy };
}

type Answers = Record<string, number>;

/** Every alliance item at `score` (so the mean is `score`), or the answers given. */
export function allianceAnswers(score: number | Answers): Answers {
  return typeof score === 'number'
    ? Object.fromEntries(allianceItems.map((id) => [id, score]))
    : score;
}

const mean = (answers: Answers, ids: readonly string[]) =>
  Math.round((ids.reduce((sum, id) => sum + (answers[id] ?? 0), 0) / ids.length) * 100) / 100;

export function allianceCheckin(
  n: number,
  score: number | Answers,
  options: {
    respondent?: 'client' | 'therapist';
    comment?: boolean;
    findings?: ScreeningFinding[];
  } = {},
): CheckinRecord {
  const respondent = options.respondent ?? 'client';
  const answers = allianceAnswers(score);
  return {
    id: `${respondent === 'client' ? 'a' : 't'}${n}`,
    sessionId: `s${n}`,
    instrumentId: respondent === 'client' ? 'alliance' : 'therapist-alliance',
    respondent,
    submittedAt: at(n, 1),
    answers,
    scores: { alliance: mean(answers, allianceItems) },
    hasComment: options.comment ?? options.findings !== undefined,
    ...(options.findings ? { screening: { findings: options.findings } } : {}),
  };
}

/** A well-being check-in with total `score` (0–40), spread over the four items. */
export function wellbeingCheckin(n: number, score: number): CheckinRecord {
  const each = Math.floor((score / 4) * 10) / 10;
  const answers = Object.fromEntries(
    wellbeingItems.map((id, i) => [id, i < 3 ? each : Math.round((score - 3 * each) * 10) / 10]),
  );
  return {
    id: `w${n}`,
    sessionId: `s${n}`,
    instrumentId: 'wellbeing',
    respondent: 'client',
    submittedAt: at(n, 1),
    answers,
    scores: { wellbeing: score },
    hasComment: false,
  };
}

export function goalRating(
  id: string,
  goalId: string,
  n: number,
  raterRole: 'client' | 'therapist',
  progress: number,
  agreement: number | null = null,
): GoalRatingRecord {
  return {
    id,
    goalId,
    sessionId: `s${n}`,
    raterRole,
    progress,
    agreement,
    ratedAt: at(n, raterRole === 'client' ? 1 : 2),
  };
}

/** Attended weekly sessions with one client alliance check-in each. */
export function allianceHistory(scores: readonly (number | Answers)[]): EngagementHistory {
  return {
    sessions: scores.map((_, i) => session(i + 1)),
    checkins: scores.map((score, i) => allianceCheckin(i + 1, score)),
    goalRatings: [],
  };
}

/** Attended weekly sessions with one well-being check-in each. */
export function wellbeingHistory(scores: readonly number[]): EngagementHistory {
  return {
    sessions: scores.map((_, i) => session(i + 1)),
    checkins: scores.map((score, i) => wellbeingCheckin(i + 1, score)),
    goalRatings: [],
  };
}

/**
 * Random engagement histories for property tests: up to 10 weekly sessions with any outcome,
 * client and therapist alliance and well-being check-ins on the 0.1 grid (often repeated answers,
 * so flat ticking happens), goal ratings, screening findings, and now and then a second
 * submission for the same session.
 */
export function historyArbitrary(
  options: { maxSessions?: number } = {},
): fc.Arbitrary<EngagementHistory> {
  const gridValue = fc.integer({ min: 40, max: 100 }).map((n) => n / 10);
  const answers = (ids: readonly string[]) =>
    fc.oneof(
      // The same few values on every item, so identical check-ins (flat ticking) happen.
      {
        arbitrary: fc
          .constantFrom(7, 9.5, 10)
          .map((v) => Object.fromEntries(ids.map((id) => [id, v]))),
        weight: 2,
      },
      {
        arbitrary: fc
          .tuple(...ids.map(() => gridValue))
          .map((vs) => Object.fromEntries(ids.map((id, i) => [id, vs[i] ?? 0]))),
        weight: 1,
      },
    );
  /** Present about `percent` % of the time, else null. */
  const sometimes = <T>(arb: fc.Arbitrary<T>, percent: number) =>
    fc.oneof(
      { arbitrary: fc.constant(null), weight: 100 - percent },
      { arbitrary: arb, weight: percent },
    );
  const statusArb = fc.constantFrom<SessionRecord['status']>(
    'attended',
    'attended',
    'attended',
    'cancelled',
    'late_cancelled',
    'no_show',
    'scheduled',
  );
  const finding = fc.record({
    label: fc.constantFrom(
      'rupture_withdrawal',
      'rupture_confrontation',
      'red_flag',
      'risk',
    ) satisfies fc.Arbitrary<ScreeningFinding['label']>,
    sentence: fc.constantFrom('I felt judged.', 'I want to stop.', 'I do not feel safe.'),
    cue: fc.constantFrom('felt_judged', 'wants_to_stop', 'unsafe'),
  });
  const sessionArb = fc.record({
    status: statusArb,
    by: fc.constantFrom<'client' | 'therapist' | null>('client', 'therapist', null),
    client: sometimes(answers(allianceItems), 80),
    therapist: sometimes(answers(allianceItems), 50),
    wellbeing: sometimes(answers(wellbeingItems), 70),
    findings: sometimes(fc.array(finding, { minLength: 1, maxLength: 2 }), 15),
    resubmit: sometimes(answers(allianceItems), 10),
    comment: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  });
  const ratingArb = fc.record({
    goal: fc.constantFrom('g1', 'g2'),
    role: fc.constantFrom<'client' | 'therapist'>('client', 'therapist'),
    progress: fc.integer({ min: 0, max: 10 }),
    agreement: fc.option(fc.integer({ min: 0, max: 10 })),
  });
  return fc
    .tuple(
      fc.array(sessionArb, { minLength: 1, maxLength: options.maxSessions ?? 10 }),
      fc.array(ratingArb, { maxLength: 6 }),
    )
    .map(([specs, ratings]) => {
      const sessions = specs.map((spec, i) =>
        session(
          i + 1,
          spec.status,
          spec.status === 'cancelled' || spec.status === 'late_cancelled' ? spec.by : null,
        ),
      );
      const checkins = specs.flatMap((spec, i): CheckinRecord[] => {
        const n = i + 1;
        if (spec.status !== 'attended') return [];
        const list: CheckinRecord[] = [];
        if (spec.client) {
          list.push(
            allianceCheckin(n, spec.client, {
              comment: spec.comment,
              ...(spec.findings ? { findings: spec.findings } : {}),
            }),
          );
        }
        if (spec.resubmit && spec.client) {
          list.push({
            ...allianceCheckin(n, spec.resubmit),
            id: `a${n}-again`,
            submittedAt: at(n, 3),
          });
        }
        if (spec.therapist)
          list.push(allianceCheckin(n, spec.therapist, { respondent: 'therapist' }));
        if (spec.wellbeing) {
          const total =
            Math.round(
              wellbeingItems.reduce((sum, id) => sum + (spec.wellbeing?.[id] ?? 0), 0) * 10,
            ) / 10;
          list.push({ ...wellbeingCheckin(n, total), answers: spec.wellbeing });
        }
        return list;
      });
      const goalRatings = ratings.map((r, i) =>
        goalRating(
          `r${i + 1}`,
          r.goal,
          Math.min(sessions.length, i + 1),
          r.role,
          r.progress,
          r.agreement,
        ),
      );
      return { sessions, checkins, goalRatings };
    });
}

/** The same history with every array in another order. */
export function shuffledArbitrary(history: EngagementHistory): fc.Arbitrary<EngagementHistory> {
  const all = <T>(items: readonly T[]) =>
    fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
  return fc
    .tuple(all(history.sessions), all(history.checkins), all(history.goalRatings))
    .map(([sessions, checkins, goalRatings]) => ({ sessions, checkins, goalRatings }));
}

/** The history as it stood after session `k` (for simulating recomputation over time). */
export function historyUpTo(history: EngagementHistory, k: number): EngagementHistory {
  const kept = new Set(history.sessions.filter((s) => Number(s.id.slice(1)) <= k).map((s) => s.id));
  return {
    sessions: history.sessions.filter((s) => kept.has(s.id)),
    checkins: history.checkins.filter((c) => c.sessionId !== null && kept.has(c.sessionId)),
    goalRatings: history.goalRatings.filter((r) => r.sessionId !== null && kept.has(r.sessionId)),
  };
}
