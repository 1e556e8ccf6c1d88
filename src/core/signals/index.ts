/** The signal engine (DESIGN.md, Signals): pure functions from an engagement's history to flags. */
export * from './types';
export { computeSignals } from './engine';
export type { ComputeSignalsOptions } from './engine';
export { reconcileSignals, applySignalChanges } from './reconcile';
export type { NewSignal, SignalChanges, SignalResolve, SignalUpdate } from './reconcile';
export {
  defaultSignalSettings,
  resolveSignalSettings,
  signalSettingsSchema,
  signalSettingsOverridesSchema,
} from './settings';
export type { ResolveSettingsResult, SignalSettings, SignalSettingsOverrides } from './settings';
export {
  defaultTrajectoryGain,
  defaultTrajectoryModel,
  expectedScore,
  expectedTrajectory,
  fitTrajectoryModel,
  isOffTrack,
} from './trajectory';
export type { ExpectedPoint, ScaleRange, TrajectoryModel } from './trajectory';
export { outcomeModel } from './outcome';
export type { OutcomeModel } from './outcome';
export { describeSignal } from './messages';
export type { SignalDescription } from './messages';
export { checkDrop, checkLow, rollingMean } from './alliance';
