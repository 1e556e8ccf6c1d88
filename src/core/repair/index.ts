/** Repair prompts for therapists: what to say, and what to avoid, after a flag (DESIGN.md, Therapist 4). */
export {
  renderRepairPrompt,
  repairCatalogues,
  repairPromptFor,
  repairPromptIds,
  repairRoutes,
} from './prompts';
export type {
  RenderedRepairPrompt,
  RepairMessageKey,
  RepairPrompt,
  RepairPromptId,
  RepairSignal,
  RepairTone,
} from './prompts';
