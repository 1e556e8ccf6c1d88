export { screenComment, crisisLanguageDetected } from './screen';
export type { ScreeningFinding, ScreeningLabel, ScreeningResult } from './types';
export { screeningLabels } from './types';
