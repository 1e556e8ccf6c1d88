/**
 * Outcome rules on the client's own scales: `reliable_change` (every client scale whose reliable-
 * change threshold is known: the built-in well-being, imported scales with SD and reliability) and
 * `not_on_track` (the outcome scale in the settings, well-being by default).
 * One flag per stretch of check-ins during which the condition holds.
 */
import { findInstrument } from '../instruments/builtins';
import { assessChange, scaleCutoff, scaleReliableChange } from '../instruments/psychometrics';
import type { Instrument, Scale } from '../instruments/types';
import { draft, resolution } from './drafts';
import { runs, shown } from './history';
import type { Point, Timeline } from './history';
import type { SignalSettings } from './settings';
import { defaultTrajectoryModel, expectedScore, isOffTrack } from './trajectory';
import type { ScaleRange, TrajectoryModel } from './trajectory';
import type { SignalDraft } from './types';

const signed = (value: number) => (value > 0 ? `+${shown(value)}` : `${shown(value)}`);

function override(settings: SignalSettings, instrument: Instrument, scale: Scale) {
  return settings.psychometrics[`${instrument.id}/${scale.id}`];
}

// Jacobson & Truax (1991), with Christensen & Mendoza (1986): change from intake beyond measurement error.
function scaleChangeSignals(
  instrument: Instrument,
  scale: Scale,
  series: readonly Point[],
  settings: SignalSettings,
): SignalDraft[] {
  const threshold = scaleReliableChange(scale, override(settings, instrument, scale));
  const cutoff = scaleCutoff(scale, override(settings, instrument, scale));
  const intake = series[0];
  if (threshold === null || !intake) return [];
  const assessments = series.map((point, j) =>
    j === 0
      ? null
      : assessChange({
          intake: intake.score,
          latest: point.score,
          threshold,
          cutoff,
          direction: scale.direction,
        }),
  );
  const scaleRef = `${instrument.id}/${scale.id}`;
  return (['improved', 'deteriorated'] as const).flatMap((direction) =>
    runs(assessments, (a) => a?.reliable === direction).flatMap(([start, end]) => {
      const first = series[start];
      const last = series[end];
      const assessment = assessments[end];
      if (!first || !last || !assessment) return [];
      const rule = assessment.category === 'recovered' ? 'recovered' : direction;
      const after = series[end + 1];
      return [
        draft(
          'reliable_change',
          `${scaleRef}:${direction}:${first.anchor}`,
          direction === 'improved' ? 'info' : 'warning',
          last.sessionId,
          {
            rule,
            instrumentId: instrument.id,
            scaleId: scale.id,
            direction: scale.direction,
            intakeCheckinId: intake.checkin.id,
            intakeSessionId: intake.sessionId,
            checkinId: last.checkin.id,
            intake: intake.score,
            score: last.score,
            change: shown(assessment.change),
            threshold: shown(threshold),
            cutoff: cutoff === null ? null : shown(cutoff),
            category: cutoff === null ? null : assessment.category,
            crossedCutoff: assessment.crossedCutoff,
            messageKey: `signal.reliable_change.reason.${rule}`,
            params: {
              scale: scale.id,
              intake: intake.score,
              score: last.score,
              change: signed(assessment.change),
              threshold: shown(threshold),
              cutoff: cutoff === null ? '' : shown(cutoff),
            },
          },
          after
            ? resolution('no_longer_reliable', after.sessionId, {
                change: signed(after.score - intake.score),
              })
            : null,
        ),
      ];
    }),
  );
}

export function reliableChangeSignals(timeline: Timeline, settings: SignalSettings): SignalDraft[] {
  return timeline.instruments
    .filter((instrument) => instrument.respondent === 'client')
    .flatMap((instrument) =>
      instrument.scales.flatMap((scale) =>
        scaleChangeSignals(
          instrument,
          scale,
          timeline.series(instrument.id, scale.id, 'client'),
          settings,
        ),
      ),
    );
}

export interface OutcomeModel {
  instrument: Instrument;
  scale: Scale;
  range: ScaleRange;
  model: TrajectoryModel;
  source: 'clinic' | 'default';
  threshold: number;
}

/**
 * The followed outcome scale with its expected-trajectory model: the clinic's when it was learned
 * from enough completed engagements, else the default curve. Also what charts use for the band.
 */
export function outcomeModel(
  settings: SignalSettings,
  instruments: readonly Instrument[],
): OutcomeModel | null {
  const config = settings.notOnTrack;
  const instrument = findInstrument(config.instrumentId, instruments);
  const scale = instrument?.scales.find((s) => s.id === config.scaleId);
  if (!instrument || !scale) return null;
  const threshold = scaleReliableChange(scale, override(settings, instrument, scale));
  if (threshold === null) return null;
  const range = { min: scale.min, max: scale.max, direction: scale.direction };
  const learned = config.model !== null && config.model.engagements >= config.minModelEngagements;
  return {
    instrument,
    scale,
    range,
    model:
      learned && config.model ? config.model : defaultTrajectoryModel(range, config.defaultGain),
    source: learned ? 'clinic' : 'default',
    threshold,
  };
}

// Lambert, Whipple & Kleinstäuber (2018): feedback with not-on-track alerts roughly doubles good outcomes.
export function notOnTrackSignals(timeline: Timeline, settings: SignalSettings): SignalDraft[] {
  const outcome = outcomeModel(settings, timeline.instruments);
  if (!outcome) return [];
  const { instrument, scale, range, model, source, threshold } = outcome;
  const series = timeline.series(instrument.id, scale.id, 'client');
  const intake = series[0];
  if (!intake) return [];
  const expected = series.map((_, t) => expectedScore(intake.score, t, model, range));
  const off = series.map(
    (point, t) =>
      t + 1 >= settings.notOnTrack.fromCheckin &&
      isOffTrack(point.score, expected[t] ?? point.score, threshold, scale.direction),
  );
  return runs(off, (o) => o).flatMap(([start, end]) => {
    const first = series[start];
    const last = series[end];
    const lastExpected = expected[end];
    if (!first || !last || lastExpected === undefined) return [];
    const after = series[end + 1];
    const bound =
      scale.direction === 'higher-is-better' ? lastExpected - threshold : lastExpected + threshold;
    return [
      draft(
        'not_on_track',
        `${instrument.id}/${scale.id}:${first.anchor}`,
        'warning',
        last.sessionId,
        {
          rule: 'below_expected',
          instrumentId: instrument.id,
          scaleId: scale.id,
          checkinId: last.checkin.id,
          checkinNumber: end + 1,
          intake: intake.score,
          score: last.score,
          expected: shown(lastExpected),
          bound: shown(bound),
          shortfall: shown(Math.abs(lastExpected - last.score)),
          threshold: shown(threshold),
          model: source,
          modelEngagements: model.engagements,
          messageKey: 'signal.not_on_track.reason.below_expected',
          params: {
            checkin: end + 1,
            score: last.score,
            intake: intake.score,
            expected: shown(lastExpected, 1),
            threshold: shown(threshold),
          },
        },
        after ? resolution('back_on_track', after.sessionId, { score: after.score }) : null,
      ),
    ];
  });
}
