/** English messages for signals, evidence and repair prompts (merged into the catalogue). */
export const signalsEn = {} as const;
