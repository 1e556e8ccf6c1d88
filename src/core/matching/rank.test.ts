import { describe, expect, it } from 'vitest';
import { describeReason } from './describe';
import { explainMatch } from './explain';
import { defaultMatchLimit, prepareProfiles, rankTherapists } from './rank';
import { matchRequest } from './schema';
import type { MatchRequest, MatchRequestInput, TherapistProfileForMatching } from './schema';
import { inDays, now, profile, request } from './test-factory';

const rank = (
  body: MatchRequestInput | MatchRequest,
  profiles: readonly TherapistProfileForMatching[],
  limit = 100,
) => rankTherapists(matchRequest.parse(body), prepareProfiles(profiles), { now, limit });
const ids = (results: { therapistId: string }[]) => results.map((r) => r.therapistId);

describe('hard constraints at their edges', () => {
  it('keeps a fee exactly at the budget, and leaves out one a unit above', () => {
    const results = rank({ maxFee: 100 }, [
      profile({ id: 'at', feeMin: 100, feeMax: 150 }),
      profile({ id: 'above', feeMin: 101 }),
      profile({ id: 'unstated', feeMin: null, feeMax: null }),
    ]);
    expect(ids(results)).toEqual(['at']);
    expect(results[0]?.reasons).toContainEqual({
      code: 'within_budget',
      params: { feeMin: 100, feeMax: 150, maxFee: 100 },
    });
  });

  it('lets a sliding scale stand in for the budget only when the client asks about one', () => {
    const profiles = [
      profile({ id: 'sliding', feeMin: 150, feeMax: 180, slidingScale: true }),
      profile({ id: 'fixed', feeMin: 150 }),
    ];
    expect(ids(rank({ maxFee: 100 }, profiles))).toEqual([]);
    const asked = rank(
      { maxFee: 100, preferences: { slidingScale: { value: true, importance: 'prefer' } } },
      profiles,
    );
    expect(ids(asked)).toEqual(['sliding']);
    expect(asked[0]?.reasons).toContainEqual({ code: 'sliding_scale', params: {} });
    expect(asked[0]?.unmet).toEqual([
      { code: 'within_budget', params: { feeMin: 150, feeMax: 180, maxFee: 100 } },
    ]);
    // Without a budget, a sliding scale the client must have filters like any `must`.
    const must = { preferences: { slidingScale: { value: true, importance: 'must' } } } as const;
    expect(ids(rank(must, profiles))).toEqual(['sliding']);
  });

  it('with "either", takes online anywhere and in person only in the client’s region', () => {
    const profiles = [
      profile({ id: 'online', modes: ['online'], region: 'Yukon' }),
      profile({ id: 'here', modes: ['in_person'], region: 'Île-de-France' }),
      profile({ id: 'away', modes: ['in_person'], region: 'Ontario' }),
      profile({ id: 'none', modes: [] }),
    ];
    expect(ids(rank({ mode: 'either', region: 'ile-de-france' }, profiles)).sort()).toEqual([
      'here',
      'online',
    ]);
    expect(ids(rank({ mode: 'either' }, profiles)).sort()).toEqual(['away', 'here', 'online']);
    expect(ids(rank({ mode: 'in_person', region: 'Ontario' }, profiles))).toEqual(['away']);
    expect(ids(rank({ mode: 'online', region: 'Ontario' }, profiles))).toEqual(['online']);
    // Case and accents do not matter; hyphens are part of the name (no fuzzy guessing).
    expect(ids(rank({ mode: 'either', region: 'ILE DE FRANCE' }, profiles))).toEqual(['online']);
  });

  it('with no languages given, takes every language and says which modes work', () => {
    const results = rank({ mode: 'online' }, [
      profile({ id: 'es', languages: ['es'], modes: ['online', 'in_person'] }),
      profile({ id: 'legacy', languages: ['xx'] }),
    ]);
    expect(ids(results).sort()).toEqual(['es', 'legacy']);
    expect(results[0]?.reasons[0]).toEqual({ code: 'offers_mode', params: { mode: 'online' } });
  });

  it('needs one shared language when the client gives some, and names the first the client listed', () => {
    const results = rank({ languages: ['fr', 'es'], mode: 'online' }, [
      profile({ id: 'both', languages: ['es', 'fr'] }),
      profile({ id: 'en', languages: ['en'] }),
    ]);
    expect(ids(results)).toEqual(['both']);
    expect(results[0]?.reasons[0]).toEqual({
      code: 'offers_mode_language',
      params: { mode: 'online', language: 'fr' },
    });
  });

  it('filters on a must preference and only weighs a prefer one', () => {
    const profiles = [
      profile({ id: 'w', characteristics: { gender: 'woman' } }),
      profile({ id: 'm', characteristics: { gender: 'man' } }),
      profile({ id: 'unsaid' }),
    ];
    const gender = (importance: 'must' | 'prefer'): MatchRequestInput => ({
      preferences: { gender: { value: ['woman', 'non_binary'], importance } },
    });
    expect(ids(rank(gender('must'), profiles))).toEqual(['w']);
    const preferred = rank(gender('prefer'), profiles);
    expect(ids(preferred)).toEqual(['w', 'm', 'unsaid']);
    expect(preferred[0]?.score).toBeGreaterThan(preferred[1]?.score ?? 100);
    expect(preferred[1]?.unmet).toEqual([{ code: 'preference_met', params: { key: 'gender' } }]);
  });
});

describe('order', () => {
  it('ranks an empty request’s published profiles by availability, none last', () => {
    const profiles = [
      profile({ id: 'later', nextConsultationAt: inDays(20) }),
      profile({ id: 'none', nextConsultationAt: null }),
      profile({ id: 'tomorrow', nextConsultationAt: inDays(1) }),
      profile({ id: 'hidden', nextConsultationAt: inDays(0.5), published: false }),
      profile({ id: 'today', nextConsultationAt: inDays(0.1) }),
      profile({ id: 'week', nextConsultationAt: inDays(7) }),
    ];
    const results = rank({}, profiles);
    expect(ids(results)).toEqual(['today', 'tomorrow', 'week', 'later', 'none']);
    // Within the week availability is full, so these tie on score and the earlier slot leads.
    expect(results.slice(0, 3).map((r) => r.score)).toEqual([100, 100, 100]);
    expect(results.map((r) => r.score).slice(3)).toEqual([61, 40]);
  });

  it('breaks equal scores and times by id, in code-unit order', () => {
    const twins = ['b', 'a', 'B', 'a2'].map((id) => profile({ id }));
    expect(ids(rank({}, twins))).toEqual(['B', 'a', 'a2', 'b']);
  });

  it('puts a verified therapist ahead of an otherwise equal one', () => {
    const results = rank({ concerns: ['anxiety'] }, [
      profile({ id: 'a', verified: false }),
      profile({ id: 'b', verified: true }),
    ]);
    expect(ids(results)).toEqual(['b', 'a']);
    expect(results[0]?.reasons.at(-1)).toEqual({ code: 'verified', params: {} });
  });

  it('weighs how many of the client’s concerns a therapist works with', () => {
    const results = rank({ concerns: ['anxiety', 'grief', 'trauma'] }, [
      profile({ id: 'one', concerns: ['anxiety'] }),
      profile({ id: 'all', concerns: ['trauma', 'grief', 'anxiety'] }),
      profile({ id: 'two', concerns: ['grief', 'anxiety', 'legacy_code'] }),
    ]);
    expect(ids(results)).toEqual(['all', 'two', 'one']);
    expect(results[2]?.unmet.map((u) => u.params)).toEqual([
      { concern: 'grief' },
      { concern: 'trauma' },
    ]);
  });

  it('returns at most the limit, 50 by default, and nothing for a limit of 0', () => {
    const many = Array.from({ length: 60 }, (_, i) => profile({ id: `t${i}` }));
    const prepared = prepareProfiles(many);
    expect(rankTherapists(request(), prepared, { now })).toHaveLength(defaultMatchLimit);
    expect(rankTherapists(request(), prepared, { now, limit: 3 })).toHaveLength(3);
    expect(rankTherapists(request(), prepared, { now, limit: 0 })).toEqual([]);
    expect(rankTherapists(request(), prepared, { now: new Date(now), limit: 1000 })).toHaveLength(
      60,
    );
  });

  it('refuses two profiles with the same id', () => {
    expect(() => prepareProfiles([profile({ id: 'x' }), profile({ id: 'x' })])).toThrow(
      /duplicate/,
    );
  });
});

describe('availability', () => {
  it('says whether a consultation is open within the days the client asked for', () => {
    const body = { availableWithinDays: 3 };
    const [soon, late] = rank(body, [
      profile({ id: 'soon', nextConsultationAt: inDays(3) }),
      profile({ id: 'late', nextConsultationAt: inDays(5) }),
    ]);
    expect(soon?.reasons).toContainEqual({ code: 'consultation_within', params: { days: 3 } });
    expect(late?.unmet).toEqual([{ code: 'consultation_within', params: { days: 3 } }]);
    expect(soon?.score).toBeGreaterThan(late?.score ?? 100);
  });

  it('counts a slot a moment past as now, and an unparseable one as none', () => {
    const p = profile({ nextConsultationAt: inDays(-0.01) });
    expect(explainMatch(request(), p, now).reasons).toContainEqual({
      code: 'consultation_this_week',
      params: {},
    });
    const broken = profile({ nextConsultationAt: 'not a date' });
    expect(explainMatch(request(), broken, now).reasons).not.toContainEqual({
      code: 'consultation_this_week',
      params: {},
    });
  });
});

describe('a client’s story', () => {
  it('finds the Spanish-speaking trauma therapist first and says why, in English and French', () => {
    const sofia = profile({
      id: 'sofia',
      approaches: ['dbt', 'emdr', 'person_centred'],
      concerns: ['trauma', 'eating', 'identity', 'anxiety'],
      languages: ['es', 'en'],
      modes: ['in_person', 'online'],
      region: 'British Columbia',
      feeMin: 110,
      feeMax: 150,
      slidingScale: true,
      characteristics: { gender: 'woman', lgbtqPositive: true },
      nextConsultationAt: inDays(3),
    });
    const maya = profile({
      id: 'maya',
      approaches: ['cbt', 'act'],
      concerns: ['anxiety', 'depression'],
      languages: ['en'],
      modes: ['in_person', 'online'],
      region: 'Ontario',
      feeMin: 120,
      feeMax: 160,
      characteristics: { gender: 'woman' },
      nextConsultationAt: inDays(1),
    });
    const results = rank(
      {
        concerns: ['trauma', 'anxiety'],
        approaches: ['emdr'],
        languages: ['es', 'en'],
        mode: 'online',
        maxFee: 120,
        preferences: { lgbtqPositive: { value: true, importance: 'prefer' } },
      },
      [maya, sofia],
    );
    expect(ids(results)).toEqual(['sofia', 'maya']);
    const [first] = results;
    expect(first?.score).toBe(100);
    expect(first?.reasons.map((r) => describeReason(r, 'en'))).toEqual([
      'Sees clients online, in Spanish',
      'Works with trauma',
      'Works with anxiety',
      'Uses eye movement desensitisation and reprocessing (EMDR)',
      'Fees from 110 (up to 150), within your budget of 120',
      'LGBTQ+ affirming, as you asked',
      'A free consultation is open within the next 7 days',
      'Credentials checked by the clinic',
    ]);
    expect(describeReason(first?.reasons[0] ?? { code: 'verified', params: {} }, 'fr')).toBe(
      'Consulte en ligne, en espagnol',
    );
    expect(results[1]?.unmet.map((r) => describeReason(r, 'fr', 'unmet'))).toEqual([
      'Ne mentionne pas : traumatisme',
      'Ne mentionne pas : désensibilisation et retraitement par les mouvements oculaires (EMDR)',
      'Ne mentionne pas de pratique inclusive LGBTQ+',
    ]);
  });
});
