/**
 * "Why this therapist": the reasons a profile fits a request, and what the client asked for that
 * it does not offer. Read from the plain profile, so it is built only for the few results shown.
 * Every reason is a fact about the profile and the request; the tests check each one.
 */
import { characteristicPreferenceKeys } from './codes';
import type { Mode } from './codes';
import type { MatchRequest, Reason, TherapistProfileForMatching } from './schema';
import { distinct, preferenceTraits, profileTraits, regionKey } from './traits';

/** A free consultation within this many days counts as "this week" (and as soon, in the score). */
export const soonDays = 7;

export const dayMs = 86_400_000;

/** Epoch ms of an ISO instant; +Infinity for none (or one that does not parse). */
export function instantMs(iso: string | null): number {
  const at = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isNaN(at) ? Number.POSITIVE_INFINITY : at;
}

/** The modes in which this therapist can see this client (in-person only in their region). */
export function usableModes(request: MatchRequest, profile: TherapistProfileForMatching): Mode[] {
  const inPerson =
    request.mode !== 'online' &&
    profile.modes.includes('in_person') &&
    (request.region === undefined ||
      (profile.region !== null && regionKey(profile.region) === regionKey(request.region)));
  const online = request.mode !== 'in_person' && profile.modes.includes('online');
  return [...(inPerson ? ['in_person' as const] : []), ...(online ? ['online' as const] : [])];
}

export interface Explanation {
  reasons: Reason[];
  unmet: Reason[];
}

export function explainMatch(
  request: MatchRequest,
  profile: TherapistProfileForMatching,
  now: number,
): Explanation {
  const reasons: Reason[] = [];
  const unmet: Reason[] = [];
  const modes = usableModes(request, profile);

  const language = request.languages.find((code) => profile.languages.includes(code));
  for (const mode of modes) {
    if (request.languages.length === 0) reasons.push({ code: 'offers_mode', params: { mode } });
    else if (language !== undefined)
      reasons.push({ code: 'offers_mode_language', params: { mode, language } });
  }
  if (request.region !== undefined && modes.includes('in_person') && profile.region !== null)
    reasons.push({ code: 'in_region', params: { region: profile.region } });

  for (const concern of distinct(request.concerns)) {
    const reason = { code: 'works_with_concern', params: { concern } } as const;
    (profile.concerns.includes(concern) ? reasons : unmet).push(reason);
  }
  for (const approach of distinct(request.approaches)) {
    const reason = { code: 'uses_approach', params: { approach } } as const;
    (profile.approaches.includes(approach) ? reasons : unmet).push(reason);
  }

  const { maxFee, preferences } = request;
  if (maxFee !== undefined && profile.feeMin !== null) {
    const { feeMin } = profile;
    const params = { feeMin, feeMax: profile.feeMax ?? feeMin, maxFee };
    (feeMin <= maxFee ? reasons : unmet).push({ code: 'within_budget', params });
  }
  if (preferences.slidingScale)
    (profile.slidingScale ? reasons : unmet).push({ code: 'sliding_scale', params: {} });

  const traits = new Set(profileTraits(profile));
  for (const key of characteristicPreferenceKeys) {
    if (key === 'yearsPracticeMin') {
      const min = preferences.yearsPracticeMin?.value;
      if (min === undefined) continue;
      const years = profile.yearsPractice;
      if (years !== null && years >= min)
        reasons.push({ code: 'preference_met', params: { key, value: years } });
      else unmet.push({ code: 'preference_met', params: { key, value: min } });
      continue;
    }
    const wanted = preferenceTraits(key, preferences);
    if (wanted === null) continue;
    const hit = wanted.find((trait) => traits.has(trait));
    if (hit === undefined) unmet.push({ code: 'preference_met', params: { key } });
    else {
      const value = hit.split(':')[1];
      reasons.push({ code: 'preference_met', params: value ? { key, value } : { key } });
    }
  }

  // A slot already past (a moment stale) counts as now.
  const wait = instantMs(profile.nextConsultationAt) - now;
  const days = request.availableWithinDays;
  if (days !== undefined)
    (wait <= days * dayMs ? reasons : unmet).push({
      code: 'consultation_within',
      params: { days },
    });
  else if (wait <= soonDays * dayMs) reasons.push({ code: 'consultation_this_week', params: {} });

  if (profile.verified) reasons.push({ code: 'verified', params: {} });
  return { reasons, unmet };
}
