import type { signalsEn } from './signals.en';

/** Messages français des signaux (fusionnés dans le catalogue). */
export const signalsFr = {} as const satisfies Record<keyof typeof signalsEn, string>;
