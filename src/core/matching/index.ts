/** The fit ranking (DESIGN.md, Client journey 1): who fits a client's needs, and why. */
export * from './codes';
export {
  matchPreferences,
  matchReason,
  matchRequest,
  matchResult,
  matchResults,
  reasonCodes,
  therapistCharacteristics,
} from './schema';
export type {
  MatchPreferences,
  MatchRequest,
  MatchRequestInput,
  MatchResult,
  Reason,
  ReasonCode,
  TherapistCharacteristics,
  TherapistProfileForMatching,
} from './schema';
export {
  compareIds,
  defaultMatchLimit,
  matchWeights,
  prepareProfiles,
  rankTherapists,
} from './rank';
export type { PreparedProfiles, RankOptions } from './rank';
export { explainMatch, soonDays } from './explain';
export type { Explanation } from './explain';
export { codeLabel, describeReason, matchingCatalogues, reasonKey } from './describe';
export type { MatchingMessageKey } from './describe';
export { regionKey } from './traits';
