import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concernCodes, importanceLevels } from './codes';
import type { ConcernCode } from './codes';
import { expectedRanking, judgeReason, passesHardConstraints } from './oracle';
import { prepareProfiles, rankTherapists } from './rank';
import { matchRequest, matchResults } from './schema';
import type { MatchRequest, MatchResult, TherapistProfileForMatching } from './schema';
import { metPreferences, now, profilesArb, requestArb } from './test-factory';

const all = { now, limit: Number.POSITIVE_INFINITY };
const rank = (r: MatchRequest, profiles: readonly TherapistProfileForMatching[]) =>
  rankTherapists(r, prepareProfiles(profiles), all);
const scoreOf = (results: MatchResult[], id: string) =>
  results.find((result) => result.therapistId === id)?.score;

/** A request, profiles, and one published profile that passes the request (to change it for). */
const withRankedTarget = fc
  .tuple(requestArb, profilesArb(), fc.nat(), fc.constantFrom(...importanceLevels))
  .filter(([r, profiles]) => profiles.some((p) => passesHardConstraints(r, p)))
  .map(([r, profiles, pick, importance]) => {
    const passing = profiles.filter((p) => passesHardConstraints(r, p));
    const target = passing[pick % passing.length] as TherapistProfileForMatching;
    return { r, profiles, target, importance };
  });

describe('the fit ranking (properties)', () => {
  it('matches a plain reading of the algorithm: same therapists, scores and order', () => {
    fc.assert(
      fc.property(requestArb, profilesArb(), (r, profiles) => {
        const results = rank(r, profiles);
        expect(results.map(({ therapistId, score }) => ({ therapistId, score }))).toEqual(
          expectedRanking(r, profiles, now),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('never lists a therapist who fails a hard constraint, and lists every one who passes', () => {
    fc.assert(
      fc.property(requestArb, profilesArb(), (r, profiles) => {
        const listed = new Set(rank(r, profiles).map((result) => result.therapistId));
        for (const p of profiles) expect(listed.has(p.id), p.id).toBe(passesHardConstraints(r, p));
      }),
      { numRuns: 300 },
    );
  });

  it('scores whole numbers from 0 to 100, best first, and every result fits the response schema', () => {
    fc.assert(
      fc.property(requestArb, profilesArb(), (r, profiles) => {
        const results = rank(r, profiles);
        for (const { score } of results) {
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        for (let i = 1; i < results.length; i++)
          expect(results[i - 1]?.score).toBeGreaterThanOrEqual(results[i]?.score ?? 0);
        expect(matchResults.parse(results)).toEqual(results);
      }),
    );
  });

  it('states no false reason, and lists as unmet only what was asked for and is not met', () => {
    fc.assert(
      fc.property(requestArb, profilesArb(), (r, profiles) => {
        const byId = new Map(profiles.map((p) => [p.id, p]));
        for (const result of rank(r, profiles)) {
          const p = byId.get(result.therapistId) as TherapistProfileForMatching;
          for (const reason of result.reasons)
            expect(judgeReason(reason, 'met', r, p, now), JSON.stringify(reason)).toEqual({
              asked: true,
              holds: true,
            });
          for (const item of result.unmet)
            expect(judgeReason(item, 'unmet', r, p, now), JSON.stringify(item)).toEqual({
              asked: true,
              holds: false,
            });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('accounts for every concern, approach and preference asked for, once', () => {
    fc.assert(
      fc.property(requestArb, profilesArb(), (r, profiles) => {
        for (const { reasons, unmet } of rank(r, profiles)) {
          const said = [...reasons, ...unmet];
          const about = (code: string, param: string) =>
            said.flatMap((x) =>
              x.code === code ? [(x.params as Record<string, unknown>)[param]] : [],
            );
          expect(about('works_with_concern', 'concern').sort()).toEqual([...r.concerns].sort());
          expect(about('uses_approach', 'approach').sort()).toEqual([...r.approaches].sort());
          const keys = Object.keys(r.preferences).filter((k) => k !== 'slidingScale');
          expect(about('preference_met', 'key').sort()).toEqual(keys.sort());
          expect(about('sliding_scale', 'x').length).toBe(r.preferences.slidingScale ? 1 : 0);
        }
      }),
    );
  });

  it('gives the same list whatever order the profiles arrive in, and every time', () => {
    const shuffled = profilesArb().chain((profiles) =>
      fc.tuple(
        fc.constant(profiles),
        fc.shuffledSubarray(profiles, { minLength: profiles.length, maxLength: profiles.length }),
      ),
    );
    fc.assert(
      fc.property(requestArb, shuffled, fc.integer({ min: 1, max: 30 }), (r, [a, b], limit) => {
        const copy = structuredClone(a);
        const prepared = prepareProfiles(a);
        const first = rankTherapists(r, prepared, { now, limit });
        expect(rankTherapists(r, prepared, { now, limit })).toEqual(first);
        expect(rankTherapists(r, prepareProfiles(b), { now, limit })).toEqual(first);
        expect(a).toEqual(copy);
      }),
      { numRuns: 300 },
    );
  });

  it('returns the top of the full list when limited', () => {
    fc.assert(
      fc.property(requestArb, profilesArb(), fc.nat({ max: 30 }), (r, profiles, limit) => {
        const prepared = prepareProfiles(profiles);
        expect(rankTherapists(r, prepared, { now, limit })).toEqual(
          rankTherapists(r, prepared, all).slice(0, limit),
        );
      }),
    );
  });

  it('never lowers a therapist’s score when the client adds a preference that therapist meets', () => {
    fc.assert(
      fc.property(withRankedTarget, fc.nat(), ({ r, profiles, target, importance }, pick) => {
        const options = metPreferences(target, importance).filter(
          ([key]) => r.preferences[key] === undefined,
        );
        fc.pre(options.length > 0);
        const [key, preference] = options[pick % options.length] as (typeof options)[number];
        const wider = matchRequest.parse({
          ...r,
          preferences: { ...r.preferences, [key]: preference },
        });
        const before = scoreOf(rank(r, profiles), target.id);
        const after = scoreOf(rank(wider, profiles), target.id);
        expect(before).toBeDefined();
        expect(after).toBeGreaterThanOrEqual(before ?? 0);
      }),
      { numRuns: 400 },
    );
  });

  it('never lowers a therapist’s score when the client adds a concern that therapist works with', () => {
    fc.assert(
      fc.property(withRankedTarget, fc.nat(), ({ r, profiles, target }, pick) => {
        const options = concernCodes.filter(
          (c) => target.concerns.includes(c) && !r.concerns.includes(c),
        );
        fc.pre(options.length > 0);
        const concern = options[pick % options.length] as ConcernCode;
        const wider = matchRequest.parse({ ...r, concerns: [...r.concerns, concern] });
        const before = scoreOf(rank(r, profiles), target.id);
        const after = scoreOf(rank(wider, profiles), target.id);
        expect(before).toBeDefined();
        expect(after).toBeGreaterThanOrEqual(before ?? 0);
      }),
      { numRuns: 400 },
    );
  });
});
