/** English: the reference catalogue. Keys are grouped by where they appear. */
import { adminEn } from './admin.en';
import { adminWebEn } from './admin-web.en';
import { concernsEn } from './concerns.en';
import { guideEn } from './guide.en';
import { handoversEn } from './handovers.en';
import { matchingEn } from './matching.en';
import { photosEn } from './photos.en';
import { repairEn } from './repair.en';
import { rescheduleEn } from './reschedule.en';
import { securityEn } from './security.en';
import { signalsEn } from './signals.en';
import { supervisionEn } from './supervision.en';
import { jobsEn } from './jobs.en';
import { coreEn } from './core.en';

export const en = {
  ...adminEn,
  ...adminWebEn,
  ...supervisionEn,
  ...jobsEn,
  ...signalsEn,
  ...handoversEn,
  ...repairEn,
  ...securityEn,
  ...guideEn,
  ...concernsEn,
  ...matchingEn,
  ...photosEn,
  ...rescheduleEn,
  ...coreEn,
} as const;

export type MessageKey = keyof typeof en;
