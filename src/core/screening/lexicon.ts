/**
 * The screening lexicon: one entry ("cue") per way of saying something a therapist should
 * hear about. Entries are original to Rapport and written in the pattern language of
 * matcher.ts. Rupture markers follow the Rupture Resolution Rating System's two families,
 * withdrawal and confrontation (Eubanks, Muran & Safran, 2015).
 */
import type { ScreeningLabel } from './types';
import { ruptureCues } from './lexicon-rupture';
import { redFlagCues } from './lexicon-red-flag';
import { riskCues } from './lexicon-risk';

export interface Cue {
  /** Stable id, quoted as evidence in the flag: never rename one, add a new one instead. */
  id: string;
  label: ScreeningLabel;
  patterns: readonly string[];
  /**
   * Phrases that, where they overlap a match, show it is not what the cue means: idioms
   * ("this homework is killing me"), another sense ("we touched on my childhood").
   */
  unless?: readonly string[];
  /** When several cues of one label match a sentence, the strongest is kept (default 1). */
  strength?: number;
}

export const cues: readonly Cue[] = [...riskCues, ...redFlagCues, ...ruptureCues];
