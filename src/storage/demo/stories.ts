/**
 * One story per demo client: the shape of their sessions and check-ins over time. Each story
 * returns a plan (what happened at each past session, in order); generate.ts turns it into
 * rows. Bands have hard bounds (lo, hi) so that the numeric shape each story promises holds
 * for any seed, not only the default one.
 */
import { allianceItems, wellbeingItems } from '../../core/scoring';
import type { Random } from './random';
import { everydayComments, goalTitles, storyComments } from './texts';

export type StoryKey =
  | 'stable'
  | 'rupture_repair'
  | 'slow_decline'
  | 'disagreement'
  | 'missed_sessions'
  | 'risk_comment'
  | 'withdrawal'
  | 'boundary'
  | 'flat_ticking'
  | 'not_on_track'
  | 'early'
  | 'ended'
  | 'consulting'
  | 'goal_gap'
  | 'steady';

export type Answers = Record<string, number>;

export interface SessionPlan {
  status: 'attended' | 'cancelled' | 'late_cancelled' | 'no_show';
  cancelledBy?: 'client' | 'therapist';
  /** Client check-ins (attended sessions only). */
  alliance?: Answers;
  wellbeing?: Answers;
  /** The therapist's own rating; left out for a few sessions, as in real practice. */
  therapist?: Answers;
  comment?: string;
  /** The story needs this check-in without a comment. */
  quiet?: boolean;
}

export interface GoalPlan {
  title: string;
  status: 'active' | 'achieved' | 'dropped';
  createdBy: 'client' | 'therapist';
  /** Progress (0–10) from the first rating to the last, per side. */
  client: readonly [number, number];
  therapist: readonly [number, number];
  /** How much each side agrees this is the right goal (0–10). */
  agreement: readonly [number, number];
}

export interface StoryPlan {
  engagement: 'consulting' | 'active' | 'ended';
  endReason?: string;
  /** How many days before now the last past session took place. */
  lastSessionDaysAgo: number;
  /** Past sessions, oldest first. */
  sessions: SessionPlan[];
  /** One more session booked next week. */
  upcoming: boolean;
  goals: GoalPlan[];
}

interface Band {
  target: number;
  spread: number;
  lo: number;
  hi: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

function band(target: number, spread: number, lo = 0, hi = 10): Band {
  return { target, spread, lo, hi };
}

// Clients tend to rate safety a little higher and "working on what I wanted" a little lower.
const itemLean: Record<string, number> = {
  heard: 0.1,
  goals: -0.15,
  approach: -0.05,
  safety: 0.1,
  overall: 0,
};

function allianceAnswers(random: Random, b: Band): Answers {
  const answers: Answers = {};
  for (const item of allianceItems) {
    const value = b.target + (itemLean[item] ?? 0) + random.between(-b.spread, b.spread);
    answers[item] = round1(clamp(value, b.lo, b.hi));
  }
  return answers;
}

function wellbeingAnswers(random: Random, total: number, spread = 0.4): Answers {
  const answers: Answers = {};
  for (const item of wellbeingItems) {
    answers[item] = round1(clamp(total / 4 + random.between(-spread, spread), 0, 10));
  }
  return answers;
}

/** Improvement that slows over time (the usual dose–response shape). */
function curve(from: number, to: number, t: number): number {
  return from + ((to - from) * Math.log1p(4 * t)) / Math.log1p(4);
}

const linear = (from: number, to: number, t: number) => from + (to - from) * t;

function attended(
  random: Random,
  client: Band,
  wellbeing: number,
  therapist: Band | undefined,
  extra: Partial<SessionPlan> = {},
): SessionPlan {
  return {
    status: 'attended',
    alliance: allianceAnswers(random, client),
    wellbeing: wellbeingAnswers(random, wellbeing),
    ...(therapist ? { therapist: allianceAnswers(random, therapist) } : {}),
    ...extra,
  };
}

/** Therapists rate most sessions, always the last three. */
function rates(random: Random, index: number, count: number): boolean {
  return index >= count - 3 || random.chance(0.85);
}

/** Build `count` attended sessions; t runs from 0 to 1. */
function attendedSeries(
  count: number,
  build: (index: number, t: number) => SessionPlan,
): SessionPlan[] {
  return Array.from({ length: count }, (_, index) =>
    build(index, count > 1 ? index / (count - 1) : 0),
  );
}

/** A cancellation now and then, away from the recent sessions each story is about. */
function withCancellations(random: Random, sessions: SessionPlan[], keepRecent = 8): SessionPlan[] {
  const result: SessionPlan[] = [];
  let cancelled = 0;
  sessions.forEach((session, index) => {
    if (index > 0 && index < sessions.length - keepRecent && cancelled < 2 && random.chance(0.1)) {
      result.push({
        status: 'cancelled',
        cancelledBy: random.chance(0.5) ? 'client' : 'therapist',
      });
      cancelled++;
    }
    result.push(session);
  });
  return result;
}

/** Short everyday comments on some check-ins, never twice the same for one client. */
function withComments(
  random: Random,
  sessions: SessionPlan[],
  language: 'en' | 'fr',
  rate: number,
): SessionPlan[] {
  const pool = random.shuffle(everydayComments[language]);
  return sessions.map((session) => {
    if (session.status !== 'attended' || session.comment || session.quiet || !random.chance(rate))
      return session;
    const comment = pool.pop();
    return comment ? { ...session, comment } : session;
  });
}

function active(
  random: Random,
  sessions: SessionPlan[],
  goals: GoalPlan[] = [],
  language: 'en' | 'fr' = 'en',
): StoryPlan {
  return {
    engagement: 'active',
    lastSessionDaysAgo: random.int(1, 6),
    sessions: withComments(random, withCancellations(random, sessions), language, 0.22),
    upcoming: true,
    goals,
  };
}

const goal = (
  title: string,
  createdBy: GoalPlan['createdBy'],
  client: readonly [number, number],
  therapist: readonly [number, number],
  agreement: readonly [number, number] = [9, 9],
  status: GoalPlan['status'] = 'active',
): GoalPlan => ({ title, createdBy, client, therapist, agreement, status });

const stories: Record<StoryKey, (random: Random) => StoryPlan> = {
  stable: (r) =>
    active(
      r,
      attendedSeries(20, (i, t) =>
        attended(
          r,
          band(9.55, 0.25, 9.3, 9.8),
          curve(17, 31, t),
          rates(r, i, 20) ? band(9.2, 0.3, 8.8, 9.7) : undefined,
        ),
      ),
      [
        goal(goalTitles.sleep, 'client', [2, 8], [2.5, 7.5]),
        goal(goalTitles.speakUp, 'therapist', [1, 6], [1.5, 6.5], [8.5, 9]),
      ],
    ),

  rupture_repair: (r) => {
    const drop = 9;
    const sessions = attendedSeries(14, (i, t) => {
      const wellbeing = curve(20, 27, t) - (i === drop ? 3 : 0);
      if (i < drop)
        return attended(
          r,
          band(9.3, 0.3, 9.0, 9.6),
          wellbeing,
          rates(r, i, 14) ? band(9.1, 0.3) : undefined,
        );
      if (i === drop)
        return attended(r, band(6.8, 0.25, 6.5, 7.0), wellbeing, band(8.4, 0.3), {
          comment: storyComments.ruptureDrop,
        });
      if (i === drop + 1)
        return attended(r, band(8.4, 0.3, 8.0, 8.8), wellbeing, band(8.6, 0.3), {
          comment: storyComments.ruptureRepair,
        });
      if (i === drop + 2) return attended(r, band(9.7, 0.2, 9.5, 9.9), wellbeing, band(9.2, 0.3));
      return attended(r, band(9.4, 0.3, 9.1, 9.7), wellbeing, band(9.2, 0.3));
    });
    return active(r, sessions, [goal(goalTitles.applications, 'client', [1.5, 5], [2, 5.5])]);
  },

  slow_decline: (r) => {
    const decline = 10;
    const sessions = attendedSeries(16, (i, t) => {
      if (i < decline)
        return attended(
          r,
          band(9.3, 0.3, 9.0, 9.7),
          curve(21, 25, t * 1.6),
          rates(r, i, 16) ? band(9.2, 0.3) : undefined,
        );
      const step = i - decline;
      const target = 9.2 - 0.4 * step;
      return attended(
        r,
        band(target, 0.2, target - 0.2, target + 0.2),
        25 - 0.3 * step,
        band(9.1 - 0.1 * step, 0.2),
      );
    });
    return active(r, sessions, [], 'fr');
  },

  disagreement: (r) =>
    active(
      r,
      attendedSeries(12, (i, t) =>
        attended(
          r,
          band(6.4, 0.3, 6.0, 6.8),
          curve(19, 22, t),
          band(9.55, 0.25, 9.3, 9.8),
          i === 6 ? { comment: storyComments.disagreement } : {},
        ),
      ),
    ),

  missed_sessions: (r) => {
    const early = attendedSeries(9, (i, t) =>
      attended(
        r,
        band(8.9, 0.3, 8.5, 9.4),
        curve(20, 22, t),
        rates(r, i, 9) ? band(9.0, 0.3) : undefined,
      ),
    );
    const sessions: SessionPlan[] = [
      ...early.slice(0, 4),
      { status: 'cancelled', cancelledBy: 'therapist' },
      ...early.slice(4),
      { status: 'cancelled', cancelledBy: 'client' },
      attended(r, band(8.3, 0.3, 7.9, 8.7), 19, band(8.9, 0.3)),
      { status: 'no_show' },
      { status: 'late_cancelled', cancelledBy: 'client' },
      { status: 'no_show' },
    ];
    return {
      engagement: 'active',
      lastSessionDaysAgo: r.int(1, 6),
      sessions: withComments(r, sessions, 'en', 0.15),
      upcoming: true,
      goals: [],
    };
  },

  risk_comment: (r) =>
    active(
      r,
      attendedSeries(10, (i, t) => {
        const comment = i === 9 ? storyComments.risk : i === 7 ? storyComments.riskLead : undefined;
        return attended(
          r,
          band(9.1, 0.3, 8.7, 9.5),
          linear(15, 11, t),
          rates(r, i, 10) ? band(8.9, 0.3) : undefined,
          comment ? { comment } : {},
        );
      }),
    ),

  withdrawal: (r) =>
    active(
      r,
      attendedSeries(11, (i, t) =>
        i === 10
          ? attended(r, band(7.6, 0.3, 7.2, 8.0), 18.5, band(8.8, 0.3), {
              comment: storyComments.withdrawal,
            })
          : attended(
              r,
              band(8.9, 0.3, 8.5, 9.3),
              linear(18, 19, t),
              rates(r, i, 11) ? band(9.0, 0.3) : undefined,
            ),
      ),
    ),

  boundary: (r) =>
    active(
      r,
      attendedSeries(9, (i, t) => {
        const session = attended(
          r,
          band(9.1, 0.3, 8.7, 9.5),
          curve(21, 24, t),
          rates(r, i, 9) ? band(9.3, 0.3) : undefined,
        );
        if (i !== 8 || !session.alliance) return session;
        return {
          ...session,
          alliance: { ...session.alliance, safety: 6.2 },
          comment: storyComments.boundary,
        };
      }),
    ),

  flat_ticking: (r) => {
    const ticked = {
      alliance: { heard: 8, goals: 8, approach: 8, safety: 8, overall: 8 },
      wellbeing: { personal: 5, relationships: 5, social: 5, overall: 5 },
    };
    return active(
      r,
      attendedSeries(13, (i, t) =>
        i < 10
          ? attended(
              r,
              band(8.9, 0.6, 8.0, 9.7),
              curve(18, 21, t * 1.3),
              rates(r, i, 13) ? band(8.9, 0.3) : undefined,
            )
          : {
              status: 'attended',
              ...ticked,
              therapist: allianceAnswers(r, band(8.9, 0.3)),
              quiet: true,
            },
      ),
    );
  },

  not_on_track: (r) =>
    active(
      r,
      attendedSeries(12, (i, t) =>
        attended(
          r,
          band(9.25, 0.3, 8.9, 9.6),
          linear(21, 16.5, t),
          rates(r, i, 12) ? band(9.0, 0.3) : undefined,
        ),
      ),
    ),

  early: (r) => ({
    engagement: 'active',
    lastSessionDaysAgo: r.int(1, 4),
    sessions: [
      attended(r, band(8.2, 0.3, 7.8, 8.6), 16, band(8.0, 0.3), {
        comment: storyComments.earlyFirst,
      }),
      attended(r, band(8.7, 0.3, 8.3, 9.1), 17, band(8.5, 0.3)),
      attended(r, band(9.0, 0.3, 8.7, 9.4), 17.5, band(8.8, 0.3), {
        comment: storyComments.earlyThird,
      }),
    ],
    upcoming: true,
    goals: [],
  }),

  ended: (r) => ({
    engagement: 'ended',
    endReason: 'Planned ending: goals reached.',
    lastSessionDaysAgo: 24,
    sessions: withComments(
      r,
      withCancellations(
        r,
        attendedSeries(12, (i, t) =>
          attended(
            r,
            band(9.3, 0.3, 9.0, 9.7),
            curve(18, 29, t),
            rates(r, i, 12) ? band(9.2, 0.3) : undefined,
            i === 11 ? { comment: storyComments.ended } : {},
          ),
        ),
      ),
      'en',
      0.2,
    ),
    upcoming: false,
    goals: [goal(goalTitles.running, 'client', [2, 9], [2, 8.5], [9.5, 9.5], 'achieved')],
  }),

  consulting: () => ({
    engagement: 'consulting',
    lastSessionDaysAgo: 0,
    sessions: [],
    upcoming: false,
    goals: [],
  }),

  goal_gap: (r) =>
    active(
      r,
      attendedSeries(10, (i, t) =>
        attended(
          r,
          band(9.1, 0.3, 8.8, 9.5),
          curve(22, 25, t),
          rates(r, i, 10) ? band(9.2, 0.3) : undefined,
        ),
      ),
      [
        goal(goalTitles.limits, 'therapist', [2, 3], [5, 7], [6, 9]),
        goal(goalTitles.cooking, 'client', [3, 7], [3, 7.5]),
      ],
    ),

  steady: (r) =>
    active(
      r,
      attendedSeries(15, (i, t) =>
        attended(
          r,
          band(9.4, 0.3, 9.1, 9.7),
          curve(22, 28, t),
          rates(r, i, 15) ? band(9.2, 0.3) : undefined,
        ),
      ),
      [goal(goalTitles.family, 'client', [3, 7], [3.5, 7])],
    ),
};

export function planStory(story: StoryKey, random: Random): StoryPlan {
  return stories[story](random);
}
