/** The client's own therapy: check-ins still owed, and ending an engagement through the guided flow. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkinLinkView,
  endEngagementRequest,
  endEngagementResult,
  pendingCheckinList,
} from '../core/concerns';
import type { AppDeps } from './context';
import {
  createCheckinLinkForMe,
  endEngagementAsClient,
  listPendingCheckins,
} from './mytherapy.service';
import { requireActor } from './plugins/session';
import { errors } from './schemas';

const idParams = z.object({ id: z.uuid() });

export async function myTherapyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/checkins/pending',
    {
      schema: {
        tags: ['checkins'],
        summary: 'The check-ins you still owe (clients): sessions with an open check-in link',
        response: { 200: pendingCheckinList, ...errors(401, 403) },
      },
    },
    async (request) => listPendingCheckins(deps, requireActor(request)),
  );

  r.post(
    '/sessions/:id/checkin-link',
    {
      schema: {
        tags: ['checkins'],
        summary:
          'A fresh single-use link to the check-in page for a check-in you still owe (expires with the e-mailed one)',
        params: idParams,
        response: { 201: checkinLinkView, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createCheckinLinkForMe(deps, requireActor(request), request.params.id)),
  );

  r.post(
    '/engagements/:id/ending',
    {
      schema: {
        tags: ['engagements'],
        summary:
          'End your engagement (clients) with a reason, optionally sending your therapist an ending message; all or nothing',
        params: idParams,
        body: endEngagementRequest,
        response: { 200: endEngagementResult, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      endEngagementAsClient(deps, requireActor(request), request.params.id, request.body),
  );
}
