/** GET /clinic: the administrator's view of their clinic (name and head counts). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mayOnClinic } from '../core/access';
import { AppError } from '../core/errors';
import { findClinic } from '../storage/clinics.repo';
import { countUsersByRole } from '../storage/users.repo';
import type { AppDeps } from './context';
import { requireActor } from './plugins/session';
import { errors } from './schemas';

const clinicSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  counts: z.object({
    clients: z.number().int(),
    therapists: z.number().int(),
    admins: z.number().int(),
  }),
});

export async function clinicRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/clinic',
    {
      schema: {
        tags: ['clinic'],
        summary: 'Your clinic at a glance (administrators)',
        response: { 200: clinicSummary, ...errors(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!mayOnClinic(actor, 'clinic.manage', actor.clinicId)) throw new AppError('forbidden');
      const clinic = await findClinic(deps.db, actor.clinicId);
      if (!clinic) throw new AppError('not_found');
      const counts = await countUsersByRole(deps.db, actor.clinicId);
      return {
        id: clinic.id,
        name: clinic.name,
        counts: { clients: counts.client, therapists: counts.therapist, admins: counts.admin },
      };
    },
  );
}
