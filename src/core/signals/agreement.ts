/**
 * `agreement_gap`: the client and the therapist see the work differently.
 * - alliance: for the same session the therapist's alliance score is higher by ≥ 2.0. Per session,
 *   like `low_alliance`: only the latest session rated by both stays open.
 * - goals: the latest ratings of a goal by the two sides are ≥ 3 apart (either way), for progress
 *   and, when both gave one, for agreement with the goal. One flag per stretch of time the gap lasts.
 */
// Hannan et al. (2005): therapists foresaw 1 of 40 clients who went on to deteriorate.
import { draft, resolution } from './drafts';
import { EPS, instant, runs, shown } from './history';
import type { Point } from './history';
import type { SignalSettings } from './settings';
import type { GoalRatingRecord, SignalDraft } from './types';

export function allianceGapSignals(
  client: readonly Point[],
  therapist: readonly Point[],
  settings: SignalSettings,
): SignalDraft[] {
  const threshold = settings.agreementGap.alliance;
  const bySession = new Map(
    therapist.flatMap((p) => (p.sessionId === null ? [] : [[p.sessionId, p] as const])),
  );
  const pairs = client.flatMap((c) => {
    const t = c.sessionId === null ? undefined : bySession.get(c.sessionId);
    return t ? [{ client: c, therapist: t, gap: t.score - c.score }] : [];
  });
  const fires = (gap: number) => gap >= threshold - EPS;
  return pairs.flatMap((pair, index) => {
    if (!fires(pair.gap)) return [];
    const next = pairs[index + 1];
    const resolved = next
      ? fires(next.gap)
        ? resolution('superseded', next.client.sessionId)
        : resolution('gap_closed', next.client.sessionId, { gap: shown(Math.abs(next.gap)) })
      : null;
    return [
      draft(
        'agreement_gap',
        `alliance:${pair.client.anchor}`,
        'warning',
        pair.client.sessionId,
        {
          rule: 'alliance',
          clientCheckinId: pair.client.checkin.id,
          therapistCheckinId: pair.therapist.checkin.id,
          client: pair.client.score,
          therapist: pair.therapist.score,
          gap: shown(pair.gap),
          threshold,
          messageKey: 'signal.agreement_gap.reason.alliance',
          params: {
            client: pair.client.score,
            therapist: pair.therapist.score,
            gap: shown(pair.gap),
            threshold,
          },
        },
        resolved,
      ),
    ];
  });
}

type Measure = 'progress' | 'agreement';

interface GoalState {
  rating: GoalRatingRecord;
  client: GoalRatingRecord;
  therapist: GoalRatingRecord;
  clientValue: number;
  therapistValue: number;
  gap: number;
}

/** After each rating of a goal, the two sides' latest values of one measure (once both exist). */
function goalStates(ratings: readonly GoalRatingRecord[], measure: Measure): GoalState[] {
  const states: GoalState[] = [];
  let client: GoalRatingRecord | undefined;
  let therapist: GoalRatingRecord | undefined;
  for (const rating of ratings) {
    if (rating.raterRole === 'client') client = rating;
    else therapist = rating;
    const clientValue = client?.[measure];
    const therapistValue = therapist?.[measure];
    if (
      !client ||
      !therapist ||
      typeof clientValue !== 'number' ||
      typeof therapistValue !== 'number'
    )
      continue;
    states.push({
      rating,
      client,
      therapist,
      clientValue,
      therapistValue,
      gap: Math.abs(clientValue - therapistValue),
    });
  }
  return states;
}

export function goalGapSignals(
  ratings: readonly GoalRatingRecord[],
  settings: SignalSettings,
): SignalDraft[] {
  const threshold = settings.agreementGap.goal;
  const byGoal = new Map<string, GoalRatingRecord[]>();
  for (const rating of ratings) {
    const list = byGoal.get(rating.goalId);
    if (list) list.push(rating);
    else byGoal.set(rating.goalId, [rating]);
  }
  const drafts: SignalDraft[] = [];
  for (const goalId of [...byGoal.keys()].sort()) {
    const sorted = (byGoal.get(goalId) ?? []).toSorted(
      (a, b) => instant(a.ratedAt) - instant(b.ratedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    for (const measure of ['progress', 'agreement'] as const) {
      const states = goalStates(sorted, measure);
      for (const [start, end] of runs(states, (s) => s.gap >= threshold - EPS)) {
        const first = states[start];
        const last = states[end];
        if (!first || !last) continue;
        const after = states[end + 1];
        const rule = measure === 'progress' ? 'goal_progress' : 'goal_agreement';
        drafts.push(
          draft(
            'agreement_gap',
            `${rule}:${goalId}:${first.rating.id}`,
            'warning',
            first.rating.sessionId,
            {
              rule,
              goalId,
              client: last.clientValue,
              therapist: last.therapistValue,
              gap: shown(last.gap),
              threshold,
              clientRatedAt: last.client.ratedAt,
              therapistRatedAt: last.therapist.ratedAt,
              messageKey: `signal.agreement_gap.reason.${rule}`,
              params: {
                client: last.clientValue,
                therapist: last.therapistValue,
                gap: shown(last.gap),
                threshold,
              },
            },
            after
              ? resolution('gap_closed', after.rating.sessionId, { gap: shown(after.gap) })
              : null,
          ),
        );
      }
    }
  }
  return drafts;
}
