/** GET /me and PATCH /me: the signed-in person's own account. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sessionView, updateMeRequest, userView } from '../core/accounts';
import { getMe, updateMe } from './auth.service';
import type { AppDeps } from './context';
import { requireActor } from './plugins/session';
import { errors } from './schemas';

export async function meRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/me',
    {
      schema: {
        tags: ['accounts'],
        summary: 'The signed-in account and its CSRF token',
        response: { 200: sessionView, ...errors(401) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { user: await getMe(deps, actor), csrfToken: actor.csrfToken };
    },
  );

  r.patch(
    '/me',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change your display name or language',
        body: updateMeRequest,
        response: { 200: userView, ...errors(400, 401, 403) },
      },
    },
    async (request) => updateMe(deps, requireActor(request), request.body),
  );
}
