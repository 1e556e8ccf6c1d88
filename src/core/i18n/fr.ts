import type { MessageKey } from './en';
import { adminFr } from './admin.fr';
import { adminWebFr } from './admin-web.fr';
import { concernsFr } from './concerns.fr';
import { guideFr } from './guide.fr';
import { handoversFr } from './handovers.fr';
import { matchingFr } from './matching.fr';
import { photosFr } from './photos.fr';
import { repairFr } from './repair.fr';
import { rescheduleFr } from './reschedule.fr';
import { securityFr } from './security.fr';
import { signalsFr } from './signals.fr';
import { supervisionFr } from './supervision.fr';
import { jobsFr } from './jobs.fr';

import { coreFr } from './core.fr';

/** Français : chaque clé de l'anglais doit être présente (vérifié par le compilateur). */
export const fr = {
  ...adminFr,
  ...adminWebFr,
  ...supervisionFr,
  ...jobsFr,
  ...signalsFr,
  ...handoversFr,
  ...repairFr,
  ...securityFr,
  ...guideFr,
  ...concernsFr,
  ...matchingFr,
  ...photosFr,
  ...rescheduleFr,
  ...coreFr,
} as const satisfies Record<MessageKey, string>;
