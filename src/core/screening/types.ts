/**
 * The contract between comment screening (src/core/screening) and the signal engine
 * (src/core/signals): screening finds sentences; the engine turns findings into flags.
 */
export const screeningLabels = [
  'rupture_withdrawal',
  'rupture_confrontation',
  'red_flag',
  'risk',
] as const;
export type ScreeningLabel = (typeof screeningLabels)[number];

export interface ScreeningFinding {
  label: ScreeningLabel;
  /** The whole sentence that triggered the finding, as the person wrote it (quoted in the flag). */
  sentence: string;
  /** Which lexicon entry matched (a stable id such as "felt_judged"), for the evidence. */
  cue: string;
}

export interface ScreeningResult {
  findings: ScreeningFinding[];
}
