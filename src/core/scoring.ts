/**
 * Scores of the built-in check-ins (DESIGN.md, Signals): the alliance score is the mean of the
 * five items (0–10); the well-being score is the sum of its four items (0–40).
 * Answers are numbers from 0 to 10 in steps of 0.1.
 */
export const allianceItems = ['heard', 'goals', 'approach', 'safety', 'overall'] as const;
export const wellbeingItems = ['personal', 'relationships', 'social', 'overall'] as const;

/** Round to one decimal place, as the answers are given, avoiding binary noise like 8.799999. */
export function roundScore(value: number, places = 2): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

export function scoreCheckin(
  instrumentId: string,
  answers: Readonly<Record<string, number>>,
): Record<string, number> {
  switch (instrumentId) {
    case 'alliance':
    case 'therapist-alliance': {
      const sum = allianceItems.reduce((total, item) => total + (answers[item] ?? 0), 0);
      return { alliance: roundScore(sum / allianceItems.length) };
    }
    case 'wellbeing': {
      const sum = wellbeingItems.reduce((total, item) => total + (answers[item] ?? 0), 0);
      return { wellbeing: roundScore(sum) };
    }
    default:
      return {};
  }
}
