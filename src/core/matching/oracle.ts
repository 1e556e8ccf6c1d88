/**
 * An independent, deliberately plain reading of the algorithm documented in rank.ts, for the
 * tests: hard constraints, the score and the order straight from the profile objects (no bit
 * sets, no heap, a full sort), and a checker that says whether a reason is true.
 * It shares no code with the ranking. Test support only: nothing outside tests imports it.
 */
import type { MatchRequest, Reason, TherapistProfileForMatching as Profile } from './schema';

const day = 86_400_000;
const sameRegion = (a: string | null, b: string | undefined) => {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .join(' ');
  return a !== null && b !== undefined && fold(a) === fold(b);
};
const nextMs = (p: Profile) =>
  p.nextConsultationAt === null ? Infinity : new Date(p.nextConsultationAt).getTime();

/** Can they see the client in this mode (in person only in the client's region, if given)? */
function modeWorks(r: MatchRequest, p: Profile, mode: 'in_person' | 'online'): boolean {
  if (!p.modes.includes(mode) || (r.mode !== 'either' && r.mode !== mode)) return false;
  return mode === 'online' || r.region === undefined || sameRegion(p.region, r.region);
}

/** Does the profile meet one preference? */
function meets(r: MatchRequest, p: Profile, key: keyof MatchRequest['preferences']): boolean {
  const c = p.characteristics;
  const prefs = r.preferences;
  switch (key) {
    case 'gender':
      return c.gender !== undefined && (prefs.gender?.value ?? []).includes(c.gender);
    case 'ageGroup':
      return c.ageGroup !== undefined && (prefs.ageGroup?.value ?? []).includes(c.ageGroup);
    case 'lgbtqPositive':
      return c.lgbtqPositive === true;
    case 'neurodiversityAffirming':
      return c.neurodiversityAffirming === true;
    case 'faith':
      return (prefs.faith?.value ?? []).some((v) => (c.faith ?? []).includes(v));
    case 'culture':
      return (prefs.culture?.value ?? []).some((v) => (c.culture ?? []).includes(v));
    case 'livedExperience':
      return (prefs.livedExperience?.value ?? []).some((v) =>
        (c.livedExperience ?? []).includes(v),
      );
    case 'yearsPracticeMin':
      return p.yearsPractice !== null && p.yearsPractice >= (prefs.yearsPracticeMin?.value ?? 0);
    case 'slidingScale':
      return p.slidingScale;
  }
}

const given = (r: MatchRequest) =>
  (Object.keys(r.preferences) as (keyof MatchRequest['preferences'])[]).filter(
    (key) => r.preferences[key] !== undefined,
  );

export function passesHardConstraints(r: MatchRequest, p: Profile): boolean {
  if (!p.published) return false;
  if (r.languages.length > 0 && !r.languages.some((l) => p.languages.includes(l))) return false;
  if (!modeWorks(r, p, 'in_person') && !modeWorks(r, p, 'online')) return false;
  if (r.maxFee !== undefined) {
    const affordable = p.feeMin !== null && p.feeMin <= r.maxFee;
    if (!affordable && !(r.preferences.slidingScale && p.slidingScale)) return false;
  }
  return given(r).every((key) => r.preferences[key]?.importance !== 'must' || meets(r, p, key));
}

export function expectedScore(r: MatchRequest, p: Profile, now: number): number {
  const concerns = [...new Set(r.concerns)];
  const approaches = [...new Set(r.approaches)];
  const prefer = given(r).filter((key) => r.preferences[key]?.importance === 'prefer');
  // Same parts and summing order as documented (verified, concerns, approaches, preferences, availability).
  let sum = 8 * (p.verified ? 1 : 0);
  let total = 12 + 8;
  if (concerns.length > 0) {
    sum += (40 * concerns.filter((c) => p.concerns.includes(c)).length) / concerns.length;
    total += 40;
  }
  if (approaches.length > 0) {
    sum += (15 * approaches.filter((a) => p.approaches.includes(a)).length) / approaches.length;
    total += 15;
  }
  if (prefer.length > 0) {
    sum += (25 * prefer.filter((key) => meets(r, p, key)).length) / prefer.length;
    total += 25;
  }
  const window = (r.availableWithinDays ?? 7) * day;
  const wait = nextMs(p) - now;
  sum += 12 * (wait <= window ? 1 : window / wait);
  return Math.round((100 * sum) / total);
}

/** Every profile that passes, scored and fully sorted: score, earliest consultation, id. */
export function expectedRanking(r: MatchRequest, profiles: readonly Profile[], now: number) {
  return profiles
    .filter((p) => passesHardConstraints(r, p))
    .map((p) => ({ therapistId: p.id, score: expectedScore(r, p, now), next: nextMs(p) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.next === b.next ? 0 : a.next < b.next ? -1 : 1) ||
        (a.therapistId < b.therapistId ? -1 : a.therapistId > b.therapistId ? 1 : 0),
    )
    .map(({ therapistId, score }) => ({ therapistId, score }));
}

/**
 * Is this reason about something the client asked for (with params that describe this profile
 * and request), and is it true? A reason must be both; an unmet item asked-for and false.
 */
export function judgeReason(
  reason: Reason,
  side: 'met' | 'unmet',
  r: MatchRequest,
  p: Profile,
  now: number,
): { asked: boolean; holds: boolean } {
  switch (reason.code) {
    case 'offers_mode_language': {
      const { mode, language } = reason.params;
      const asked = r.languages.includes(language) && (r.mode === 'either' || r.mode === mode);
      return { asked, holds: modeWorks(r, p, mode) && p.languages.includes(language) };
    }
    case 'offers_mode':
      return { asked: r.languages.length === 0, holds: modeWorks(r, p, reason.params.mode) };
    case 'in_region': {
      const asked = r.region !== undefined && r.mode !== 'online';
      const holds =
        p.region === reason.params.region &&
        sameRegion(p.region, r.region) &&
        p.modes.includes('in_person');
      return { asked, holds };
    }
    case 'works_with_concern':
      return {
        asked: r.concerns.includes(reason.params.concern),
        holds: p.concerns.includes(reason.params.concern),
      };
    case 'uses_approach':
      return {
        asked: r.approaches.includes(reason.params.approach),
        holds: p.approaches.includes(reason.params.approach),
      };
    case 'within_budget': {
      const { feeMin, feeMax, maxFee } = reason.params;
      const asked = r.maxFee === maxFee && p.feeMin === feeMin && feeMax === (p.feeMax ?? p.feeMin);
      return { asked, holds: p.feeMin !== null && p.feeMin <= maxFee };
    }
    case 'sliding_scale':
      return { asked: r.preferences.slidingScale !== undefined, holds: p.slidingScale };
    case 'preference_met': {
      const { key, value } = reason.params;
      const asked = r.preferences[key] !== undefined;
      const c = p.characteristics;
      if (key === 'yearsPracticeMin') {
        // Met: the value is their years in practice; unmet: the minimum the client asked for.
        const describes =
          value === (side === 'met' ? p.yearsPractice : r.preferences.yearsPracticeMin?.value);
        return { asked: asked && describes, holds: meets(r, p, key) };
      }
      if (value === undefined) return { asked, holds: meets(r, p, key) };
      const theirs: readonly unknown[] =
        key === 'gender' || key === 'ageGroup'
          ? [c[key]]
          : key === 'faith' || key === 'culture' || key === 'livedExperience'
            ? (c[key] ?? [])
            : [];
      const wanted: readonly unknown[] =
        key === 'gender' ||
        key === 'ageGroup' ||
        key === 'faith' ||
        key === 'culture' ||
        key === 'livedExperience'
          ? (r.preferences[key]?.value ?? [])
          : [];
      return { asked, holds: theirs.includes(value) && wanted.includes(value) };
    }
    case 'consultation_this_week':
      return { asked: r.availableWithinDays === undefined, holds: nextMs(p) - now <= 7 * day };
    case 'consultation_within': {
      const { days } = reason.params;
      return { asked: r.availableWithinDays === days, holds: nextMs(p) - now <= days * day };
    }
    case 'verified':
      return { asked: true, holds: p.verified };
  }
}
