/**
 * The signal engine: an engagement's history in, flag drafts out. Pure and deterministic: the
 * same data (in any order) and settings always give the same drafts, sorted by `ruleKey`.
 *
 * `ruleKey` is `<kind>:<anchor>`, where the anchor names the session (or check-in, goal rating,
 * concern) at which the condition first held, so recomputing never renames a flag and a condition
 * that returns later gets a new flag of its own:
 *   low_alliance:<sessionId>                     one per low check-in; only the latest stays open
 *   alliance_drop:<sessionId>                    the session of the drop
 *   rupture_repaired:<sessionId of the drop>
 *   agreement_gap:alliance:<sessionId>
 *   agreement_gap:goal_progress:<goalId>:<ratingId>   the rating that opened the gap
 *   agreement_gap:goal_agreement:<goalId>:<ratingId>
 *   disengagement:cancellations:<sessionId>      the session at which the count reached the minimum
 *   disengagement:after_low:<sessionId>          the late-cancelled or missed session
 *   disengagement:missed_checkins:<sessionId>    the attended session that completed the run
 *   disengagement:flat_ticking:<sessionId>       the check-in that completed the run
 *   reliable_change:<instrumentId>/<scaleId>:<improved|deteriorated>:<sessionId>
 *   not_on_track:<instrumentId>/<scaleId>:<sessionId>
 *   comment_rupture | red_flag | comment_risk:checkin:<checkinId> | :concern:<concernId>
 *   (a shared concern always raises comment_rupture:concern:<id>, or red_flag:concern:<id> for a
 *   boundary concern, from its category; screening its words may add comment_risk:concern:<id>)
 * (a check-in that has no session uses its own id where a session id would go).
 */
import { builtinInstruments, findInstrument } from '../instruments/builtins';
import type { Instrument } from '../instruments/types';
import { allianceItems } from '../scoring';
import { allianceConditions, allianceDropSignals, lowAllianceSignals } from './alliance';
import { allianceGapSignals, goalGapSignals } from './agreement';
import { commentSignals } from './comments';
import { concernSignals } from './concerns';
import { disengagementSignals } from './disengagement';
import { buildTimeline, instant } from './history';
import { notOnTrackSignals, reliableChangeSignals } from './outcome';
import { defaultSignalSettings } from './settings';
import type { SignalSettings } from './settings';
import type { EngagementHistory, SignalDraft } from './types';

export interface ComputeSignalsOptions {
  /**
   * The time of the computation, for the one rule that depends on time passing (a check-in not
   * completed within the grace period). Without it, only a later attended session makes a
   * check-in count as missed.
   */
  asOf?: string | null;
  /** The clinic's instruments (built-ins plus imported ones); the built-ins by default. */
  instruments?: readonly Instrument[];
}

export function computeSignals(
  history: EngagementHistory,
  settings: SignalSettings = defaultSignalSettings,
  options: ComputeSignalsOptions = {},
): SignalDraft[] {
  const instruments = options.instruments ?? builtinInstruments;
  const timeline = buildTimeline(history, instruments);
  const itemIds = findInstrument('alliance', instruments)?.items.map((item) => item.id) ?? [
    ...allianceItems,
  ];
  const client = timeline.series('alliance', 'alliance', 'client');
  const therapist = timeline.series('therapist-alliance', 'alliance', 'therapist');
  const asOf = options.asOf ? instant(options.asOf) : null;

  const drafts = [
    ...lowAllianceSignals(client, itemIds, settings),
    ...allianceDropSignals(client, settings),
    ...allianceGapSignals(client, therapist, settings),
    ...goalGapSignals(history.goalRatings, settings),
    ...disengagementSignals({
      timeline,
      clientAlliance: client,
      conditions: allianceConditions(client, itemIds, settings),
      itemIds,
      settings,
      asOf,
    }),
    ...reliableChangeSignals(timeline, settings),
    ...notOnTrackSignals(timeline, settings),
    // Before the screening of the same words, so the concern's own flag keeps its key.
    ...concernSignals(history.concerns ?? []),
    ...commentSignals(timeline, history.concerns ?? []),
  ];
  // Keys are unique by construction; keep the first should two ids ever collide.
  const byKey = new Map<string, SignalDraft>();
  for (const d of drafts) if (!byKey.has(d.ruleKey)) byKey.set(d.ruleKey, d);
  return [...byKey.values()].sort((a, b) =>
    a.ruleKey < b.ruleKey ? -1 : a.ruleKey > b.ruleKey ? 1 : 0,
  );
}
