/**
 * Fit ranking over 50,000 therapist profiles (DESIGN.md: p99 under 20 ms per query), in memory:
 * `rankTherapists` (hard filters, scoring, the top 50 with their reasons) over the prepared
 * profiles, against a plain linear scan of the profile objects that only applies the hard
 * filters, over the same generated queries. The directory is generated from a seeded random
 * generator, so every run ranks the same profiles.
 */
import {
  ageGroupCodes,
  approachCodes,
  concernCodes,
  cultureCodes,
  faithCodes,
  genderCodes,
  languageCodes,
  matchRequest,
  prepareProfiles,
  rankTherapists,
} from '../../src/core/matching';
import type {
  MatchRequest,
  MatchRequestInput,
  Mode,
  TherapistProfileForMatching,
} from '../../src/core/matching';
import { row, type BenchRow } from '../report';
import type { RunOptions, SingleScenario } from '../lib/scenario';
import { percentile } from '../lib/stats';

const profileCount = 50_000;
const warmUp = 50;
const now = Date.parse('2025-01-06T09:00:00Z');

// A small seeded generator (mulberry32), so every run ranks the same directory.
let seed = 20_250_106;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const chance = (p: number) => random() < p;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
function pick<T>(list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}
function some<T>(list: readonly T[], min: number, max: number): T[] {
  const chosen = new Set<T>();
  const n = int(min, max);
  while (chosen.size < n) chosen.add(pick(list));
  return [...chosen];
}

const regions = ['Ontario', 'Québec', 'British Columbia', 'Alberta', 'Nova Scotia', 'Manitoba'];
const otherLanguages = languageCodes.filter((code) => code !== 'en' && code !== 'fr');

function generateProfile(i: number): TherapistProfileForMatching {
  const feeMin = int(6, 25) * 10;
  const modes: Mode[] = pick([
    ['online'],
    ['in_person'],
    ['in_person', 'online'],
    ['in_person', 'online'],
  ]);
  return {
    id: `therapist-${i.toString().padStart(6, '0')}`,
    displayName: `Therapist ${i}`,
    approaches: some(approachCodes, 1, 4),
    concerns: some(concernCodes, 3, 8),
    languages: [
      ...(chance(0.85) ? ['en'] : []),
      ...(chance(0.3) ? ['fr'] : []),
      ...(chance(0.25) ? some(otherLanguages, 1, 2) : []),
    ],
    modes,
    region: pick(regions),
    feeMin,
    feeMax: feeMin + int(0, 6) * 10,
    slidingScale: chance(0.3),
    yearsPractice: chance(0.9) ? int(0, 35) : null,
    characteristics: {
      ...(chance(0.8) ? { gender: pick(genderCodes) } : {}),
      ...(chance(0.6) ? { ageGroup: pick(ageGroupCodes) } : {}),
      lgbtqPositive: chance(0.5),
      neurodiversityAffirming: chance(0.3),
      ...(chance(0.15) ? { faith: some(faithCodes, 1, 2) } : {}),
      ...(chance(0.2) ? { culture: some(cultureCodes, 1, 2) } : {}),
    },
    nextConsultationAt: chance(0.85)
      ? new Date(now + int(1, 60 * 24) * 3_600_000).toISOString()
      : null,
    verified: chance(0.8),
    published: chance(0.95),
  };
}

function generateQuery(): MatchRequest {
  const mode = pick(['online', 'in_person', 'either'] as const);
  const body: MatchRequestInput = {
    concerns: some(concernCodes, 1, 3),
    approaches: some(approachCodes, 0, 2),
    languages: chance(0.8) ? [chance(0.7) ? 'en' : pick(['fr', 'es', 'ar', 'cmn'] as const)] : [],
    mode,
    ...(mode !== 'online' && chance(0.7) ? { region: pick(regions) } : {}),
    ...(chance(0.5) ? { maxFee: int(8, 20) * 10 } : {}),
    ...(chance(0.3) ? { availableWithinDays: int(3, 21) } : {}),
    preferences: {
      ...(chance(0.4)
        ? { gender: { value: [pick(genderCodes)], importance: pick(['must', 'prefer'] as const) } }
        : {}),
      ...(chance(0.3) ? { lgbtqPositive: { value: true, importance: 'prefer' } } : {}),
      ...(chance(0.2) ? { slidingScale: { value: true, importance: 'prefer' } } : {}),
      ...(chance(0.2) ? { yearsPracticeMin: { value: int(2, 15), importance: 'prefer' } } : {}),
    },
  };
  return matchRequest.parse(body);
}

/** The baseline: one pass over the plain objects that applies the hard filters and nothing else. */
function linearScan(r: MatchRequest, profiles: readonly TherapistProfileForMatching[]): string[] {
  const kept: string[] = [];
  // Exact region names: no folding of case or accents, to keep the baseline lean.
  const region = r.region;
  for (const p of profiles) {
    if (!p.published) continue;
    if (r.languages.length > 0 && !r.languages.some((code) => p.languages.includes(code))) continue;
    const inPerson =
      r.mode !== 'online' &&
      p.modes.includes('in_person') &&
      (region === undefined || p.region === region);
    const online = r.mode !== 'in_person' && p.modes.includes('online');
    if (!inPerson && !online) continue;
    if (r.maxFee !== undefined && !(p.feeMin !== null && p.feeMin <= r.maxFee)) {
      if (!(r.preferences.slidingScale && p.slidingScale)) continue;
    }
    if (r.preferences.gender?.importance === 'must') {
      const gender = p.characteristics.gender;
      if (gender === undefined || !r.preferences.gender.value.includes(gender)) continue;
    }
    kept.push(p.id);
  }
  return kept;
}

function time<T>(run: () => T): [number, T] {
  const start = performance.now();
  const result = run();
  return [performance.now() - start, result];
}

export const matchingScenario: SingleScenario = {
  id: 'matching',
  perDatabase: false,
  floor:
    'fit ranking: a linear scan of the same 50,000 profile objects that applies the hard filters only (no scoring, sorting or reasons).',
  async run({ quick, log }: RunOptions): Promise<BenchRow[]> {
    const queryCount = quick ? 200 : 1_000;
    seed = 20_250_106;
    const profiles = Array.from({ length: profileCount }, (_, i) => generateProfile(i));
    const queries = Array.from({ length: warmUp + queryCount }, generateQuery);
    const [prepareMs, prepared] = time(() => prepareProfiles(profiles));
    const rankTimes: number[] = [];
    const scanTimes: number[] = [];
    let matched = 0;
    queries.forEach((query, i) => {
      const [rankMs, results] = time(() => rankTherapists(query, prepared, { now, limit: 50 }));
      const [scanMs, kept] = time(() => linearScan(query, profiles));
      if (results.length > 50) throw new Error('the ranking did not respect its limit');
      if (i < warmUp) return;
      rankTimes.push(rankMs);
      scanTimes.push(scanMs);
      matched += kept.length;
    });
    log(
      `  ${prepared.size.toLocaleString('en')} published of ${profileCount.toLocaleString('en')} profiles (prepared once in ${prepareMs.toFixed(0)} ms), ${queryCount} queries, ${Math.round(matched / queryCount).toLocaleString('en')} pass the filters on average`,
    );
    const common = { scenario: 'fit ranking (50,000 profiles)', database: 'in memory', unit: 'ms' };
    return [
      row({
        ...common,
        measure: 'p50',
        rapport: percentile(rankTimes, 50),
        floor: percentile(scanTimes, 50),
        target: null,
      }),
      row({
        ...common,
        measure: 'p99',
        rapport: percentile(rankTimes, 99),
        floor: percentile(scanTimes, 99),
        target: { on: 'value', atMost: 20 },
      }),
    ];
  },
};
