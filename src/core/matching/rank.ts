/**
 * The fit ranking behind `POST /match` (DESIGN.md, Client journey 1).
 *
 * 1. Hard constraints filter. A therapist is left out unless every one holds:
 *    - the profile is published;
 *    - they speak at least one of the client's languages (when the client gave any);
 *    - they can see the client in the mode asked for: `online` needs online sessions;
 *      `in_person` needs in-person sessions, in the client's region when one is given; `either`
 *      takes online sessions, or in-person ones in the client's region (anywhere if none given);
 *      regions are free text, compared without case, accents or extra spaces;
 *    - with a budget (`maxFee`), their lowest fee is at most the budget, or they offer a sliding
 *      scale and the client asked about one (a stated fee is needed to be within budget);
 *    - every `must` preference is met.
 *    A filter, not a penalty: a client who cannot afford or reach a therapist, or who said a
 *    characteristic is essential, gains nothing from seeing them, however well they fit otherwise.
 * 2. Soft fit weighs. Each part scores 0–1 and counts only when the client said something about
 *    it, so a short request is not penalised for what it left out:
 *    - concerns: the share of the client's concerns the therapist works with;
 *    - preferences: the share of `prefer` preferences met (`must` ones are already filtered);
 *    - approaches: the share of the approaches asked for that the therapist uses;
 *    - availability: 1 with a free consultation within `availableWithinDays` (default 7), then
 *      window ÷ wait beyond it (half at twice the window), 0 with none;
 *    - verified: 1 when the clinic has checked the therapist's credentials.
 *    score = round(100 · Σ weight · part ÷ Σ weight of the parts that count), so 0–100.
 *    Weights (`matchWeights`): concerns weigh most, being what the client comes for; preferences
 *    next, because accommodating them keeps clients in therapy (cited below); approaches less,
 *    a method being a softer wish than the concern itself; a soon consultation helps a client
 *    meet several therapists before choosing; verification is a small mark of trust.
 *    Adding something the therapist meets either raises its part or adds a part at 1 to the
 *    weighted mean, so it never lowers their score (the property tests check this).
 * 3. Order: score (whole points) descending, then the earliest consultation (none last), then
 *    the id — a total order, so equal inputs give the same list whatever the profiles' order.
 *
 * Speed (target: 50,000 profiles, p99 under 20 ms per query). `prepareProfiles` runs once per
 * directory change: it drops unpublished profiles, turns code lists into bit sets (one bit per
 * known code, 32 per word), regions into numbers and times into epoch milliseconds, in flat typed
 * arrays. `rankTherapists` then makes one pass that tests and scores with bitwise AND and
 * popcounts, keeping the best `limit` in a bounded heap (O(n log k), nothing sorted but the k
 * kept), and builds reasons only for those (`explainMatch`).
 */
import { approachCodes, concernCodes, languageCodes, preferenceKeys } from './codes';
import { dayMs, explainMatch, instantMs, soonDays } from './explain';
import type { MatchRequest, MatchResult, TherapistProfileForMatching } from './schema';
import { preferenceTraits, profileTraits, regionKey, traitCodes } from './traits';

/** The weight of each part of the score; only the parts the request speaks to count. */
export const matchWeights = {
  concerns: 40,
  // Preference-matched clients drop out less (OR 1.79; Swift, Callahan, Cooper & Parkin, 2018, meta-analysis).
  preferences: 25,
  approaches: 15,
  availability: 12,
  verified: 8,
} as const satisfies Record<string, number>;

/** Results returned when no limit is given (the API's page size). */
export const defaultMatchLimit = 50;

interface CodeSpace {
  readonly bits: ReadonlyMap<string, number>;
  readonly words: number;
}
const codeSpace = (codes: readonly string[]): CodeSpace => ({
  bits: new Map(codes.map((code, bit) => [code, bit])),
  words: Math.max(1, Math.ceil(codes.length / 32)),
});
const spaces = {
  concerns: codeSpace(concernCodes),
  approaches: codeSpace(approachCodes),
  languages: codeSpace(languageCodes),
  traits: codeSpace(traitCodes),
};

/** Sets the bits of the known codes at `target[offset…]`; returns how many distinct ones. */
function setBits(space: CodeSpace, codes: readonly string[], target: Uint32Array, offset = 0) {
  let count = 0;
  for (const code of codes) {
    const bit = space.bits.get(code);
    if (bit === undefined) continue;
    const word = offset + (bit >>> 5);
    const mask = 1 << (bit & 31);
    const before = target[word] ?? 0;
    if ((before & mask) === 0) count += 1;
    target[word] = before | mask;
  }
  return count;
}

const maskOf = (space: CodeSpace, codes: readonly string[]) => {
  const mask = new Uint32Array(space.words);
  return { mask, count: setBits(space, codes, mask) };
};

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** How many bits `mask` shares with the set of profile `i`. */
function overlap(sets: Uint32Array, i: number, mask: Uint32Array): number {
  const offset = i * mask.length;
  let count = 0;
  for (let w = 0; w < mask.length; w++) count += popcount((sets[offset + w] ?? 0) & (mask[w] ?? 0));
  return count;
}

const inPersonBit = 1;
const onlineBit = 2;
const slidingScaleMask = maskOf(spaces.traits, ['slidingScale']).mask;

/** The directory, prepared once and reused by every query. Treat it as opaque. */
export interface PreparedProfiles {
  readonly size: number;
  /** The published profiles, in input order. */
  readonly profiles: readonly TherapistProfileForMatching[];
  readonly concerns: Uint32Array;
  readonly approaches: Uint32Array;
  readonly languages: Uint32Array;
  readonly traits: Uint32Array;
  readonly modes: Uint8Array;
  /** A number per distinct region (-1: none), and the numbers by `regionKey`. */
  readonly region: Int32Array;
  readonly regionIds: ReadonlyMap<string, number>;
  /** NaN when not stated. */
  readonly feeMin: Float64Array;
  readonly yearsPractice: Float64Array;
  /** Epoch ms of the next free consultation; +Infinity when none. */
  readonly nextAt: Float64Array;
  readonly verified: Uint8Array;
  /** The position of each id in code-unit order, for the last tie-break. */
  readonly idRank: Int32Array;
}

/** Code-unit order: the same on every machine and in every locale. */
export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Index the published profiles for ranking. Ids must be unique (they are primary keys). */
export function prepareProfiles(all: readonly TherapistProfileForMatching[]): PreparedProfiles {
  const profiles = all.filter((profile) => profile.published);
  const n = profiles.length;
  const prepared = {
    size: n,
    profiles,
    concerns: new Uint32Array(n * spaces.concerns.words),
    approaches: new Uint32Array(n * spaces.approaches.words),
    languages: new Uint32Array(n * spaces.languages.words),
    traits: new Uint32Array(n * spaces.traits.words),
    modes: new Uint8Array(n),
    region: new Int32Array(n),
    regionIds: new Map<string, number>(),
    feeMin: new Float64Array(n),
    yearsPractice: new Float64Array(n),
    nextAt: new Float64Array(n),
    verified: new Uint8Array(n),
    idRank: new Int32Array(n),
  };
  const { regionIds } = prepared;
  profiles.forEach((p, i) => {
    setBits(spaces.concerns, p.concerns, prepared.concerns, i * spaces.concerns.words);
    setBits(spaces.approaches, p.approaches, prepared.approaches, i * spaces.approaches.words);
    setBits(spaces.languages, p.languages, prepared.languages, i * spaces.languages.words);
    setBits(spaces.traits, profileTraits(p), prepared.traits, i * spaces.traits.words);
    prepared.modes[i] =
      (p.modes.includes('in_person') ? inPersonBit : 0) |
      (p.modes.includes('online') ? onlineBit : 0);
    const key = p.region === null ? null : regionKey(p.region);
    if (key !== null && !regionIds.has(key)) regionIds.set(key, regionIds.size);
    prepared.region[i] = key === null ? -1 : (regionIds.get(key) ?? -1);
    prepared.feeMin[i] = p.feeMin ?? Number.NaN;
    prepared.yearsPractice[i] = p.yearsPractice ?? Number.NaN;
    prepared.nextAt[i] = instantMs(p.nextConsultationAt);
    prepared.verified[i] = p.verified ? 1 : 0;
  });
  const order = profiles.map((p, i) => ({ id: p.id, i }));
  order.sort((a, b) => compareIds(a.id, b.id));
  order.forEach(({ id, i }, rank) => {
    if (rank > 0 && order[rank - 1]?.id === id)
      throw new Error(`prepareProfiles: duplicate therapist id ${id}`);
    prepared.idRank[i] = rank;
  });
  return prepared;
}

export interface RankOptions {
  /** The instant "soon" is measured from (a Date or epoch ms); the ranking never reads a clock. */
  readonly now: Date | number;
  /** How many results at most (default 50). */
  readonly limit?: number;
}

/** A preference compiled to a trait mask (any bit is enough), or a minimum number of years. */
type Check = Uint32Array | number;

function compilePreferences(request: MatchRequest) {
  const must: Check[] = [];
  const prefer: Check[] = [];
  for (const key of preferenceKeys) {
    const preference = request.preferences[key];
    if (preference === undefined) continue;
    const traits = preferenceTraits(key, request.preferences);
    const check: Check =
      traits === null
        ? (request.preferences.yearsPracticeMin?.value ?? 0)
        : maskOf(spaces.traits, traits).mask;
    (preference.importance === 'must' ? must : prefer).push(check);
  }
  return { must, prefer };
}

function meets(check: Check, p: PreparedProfiles, i: number): boolean {
  return typeof check === 'number'
    ? (p.yearsPractice[i] ?? Number.NaN) >= check
    : overlap(p.traits, i, check) > 0;
}

/** Rank the prepared profiles for a request: best first, at most `limit`, with reasons. */
export function rankTherapists(
  request: MatchRequest,
  prepared: PreparedProfiles,
  options: RankOptions,
): MatchResult[] {
  const p = prepared;
  const now = typeof options.now === 'number' ? options.now : options.now.getTime();
  const limit = Math.max(0, Math.min(p.size, Math.floor(options.limit ?? defaultMatchLimit)));
  if (limit === 0) return [];

  const concerns = maskOf(spaces.concerns, request.concerns);
  const approaches = maskOf(spaces.approaches, request.approaches);
  const languages = maskOf(spaces.languages, request.languages);
  const { must, prefer } = compilePreferences(request);
  const { mode, maxFee } = request;
  // -1: no region asked; -2: a region no therapist is in.
  const regionWanted =
    request.region === undefined ? -1 : (p.regionIds.get(regionKey(request.region)) ?? -2);
  const slidingScaleAsked = request.preferences.slidingScale !== undefined;
  const windowMs = (request.availableWithinDays ?? soonDays) * dayMs;

  const w = matchWeights;
  const total =
    (concerns.count > 0 ? w.concerns : 0) +
    (approaches.count > 0 ? w.approaches : 0) +
    (prefer.length > 0 ? w.preferences : 0) +
    w.availability +
    w.verified;

  const heap = createHeap(limit, p);
  candidates: for (let i = 0; i < p.size; i++) {
    const m = p.modes[i] ?? 0;
    const inPerson =
      mode !== 'online' &&
      (m & inPersonBit) !== 0 &&
      (regionWanted === -1 || p.region[i] === regionWanted);
    if (!inPerson && (mode === 'in_person' || (m & onlineBit) === 0)) continue;
    if (languages.count > 0 && overlap(p.languages, i, languages.mask) === 0) continue;
    if (
      maxFee !== undefined &&
      !((p.feeMin[i] ?? Number.NaN) <= maxFee) &&
      !(slidingScaleAsked && meets(slidingScaleMask, p, i))
    )
      continue;
    for (const check of must) if (!meets(check, p, i)) continue candidates;

    let sum = w.verified * (p.verified[i] ?? 0);
    if (concerns.count > 0)
      sum += (w.concerns * overlap(p.concerns, i, concerns.mask)) / concerns.count;
    if (approaches.count > 0)
      sum += (w.approaches * overlap(p.approaches, i, approaches.mask)) / approaches.count;
    if (prefer.length > 0) {
      let met = 0;
      for (const check of prefer) if (meets(check, p, i)) met += 1;
      sum += (w.preferences * met) / prefer.length;
    }
    const wait = (p.nextAt[i] ?? Number.POSITIVE_INFINITY) - now;
    sum += w.availability * (wait <= windowMs ? 1 : windowMs / wait);
    heap.offer(i, Math.round((100 * sum) / total));
  }

  return heap.sorted().map(({ index, score }) => {
    const profile = p.profiles[index];
    if (profile === undefined) throw new Error('rankTherapists: index out of range');
    return { therapistId: profile.id, score, ...explainMatch(request, profile, now) };
  });
}

/** The best `capacity` (index, score) pairs seen, in a heap whose root is the worst kept. */
function createHeap(capacity: number, p: PreparedProfiles) {
  const index = new Int32Array(capacity);
  const score = new Int32Array(capacity);
  let size = 0;
  /** Does (ia, sa) rank after (ib, sb)? Score, then earliest consultation, then id. */
  const worse = (ia: number, sa: number, ib: number, sb: number): boolean => {
    if (sa !== sb) return sa < sb;
    const ta = p.nextAt[ia] ?? 0;
    const tb = p.nextAt[ib] ?? 0;
    if (ta !== tb) return ta > tb;
    return (p.idRank[ia] ?? 0) > (p.idRank[ib] ?? 0);
  };
  const worseAt = (a: number, b: number) =>
    worse(index[a] ?? 0, score[a] ?? 0, index[b] ?? 0, score[b] ?? 0);
  const swap = (a: number, b: number) => {
    const ia = index[a] ?? 0;
    const sa = score[a] ?? 0;
    index[a] = index[b] ?? 0;
    score[a] = score[b] ?? 0;
    index[b] = ia;
    score[b] = sa;
  };
  const siftDown = (k: number) => {
    for (;;) {
      const left = 2 * k + 1;
      let worst = k;
      if (left < size && worseAt(left, worst)) worst = left;
      if (left + 1 < size && worseAt(left + 1, worst)) worst = left + 1;
      if (worst === k) return;
      swap(k, worst);
      k = worst;
    }
  };
  return {
    offer(i: number, s: number) {
      if (size < capacity) {
        index[size] = i;
        score[size] = s;
        for (let k = size++; k > 0 && worseAt(k, (k - 1) >> 1); k = (k - 1) >> 1)
          swap(k, (k - 1) >> 1);
      } else if (worse(index[0] ?? 0, score[0] ?? 0, i, s)) {
        index[0] = i;
        score[0] = s;
        siftDown(0);
      }
    },
    /** Best first. */
    sorted() {
      const kept = Array.from({ length: size }, (_, k) => ({
        index: index[k] ?? 0,
        score: score[k] ?? 0,
      }));
      return kept.sort((a, b) => (worse(a.index, a.score, b.index, b.score) ? 1 : -1));
    },
  };
}
