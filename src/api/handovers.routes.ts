/** Hand-overs with consent: the client shares part of their history with a new therapist. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createHandoverRequest,
  handoverPackageView,
  handoverPage,
  handoverRecipients,
  handoverView,
  receivedHandoverPage,
} from '../core/handovers';
import type { AppDeps } from './context';
import {
  createHandover,
  listMyHandovers,
  listReceivedHandovers,
  listRecipients,
  readHandover,
  withdrawMyHandover,
} from './handovers.service';
import { requireActor } from './plugins/session';
import { errors, pageQuery } from './schemas';

const idParams = z.object({ id: z.uuid() });

export async function handoverRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/handovers',
    {
      schema: {
        tags: ['handovers'],
        summary:
          'Give consent for a new therapist to read part of your history (goals, check-in scores, a summary you write), until it expires',
        body: createHandoverRequest,
        response: { 201: handoverView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createHandover(deps, requireActor(request), request.body)),
  );

  r.get(
    '/handovers',
    {
      schema: {
        tags: ['handovers'],
        summary: 'The hand-overs you shared (client), newest first',
        querystring: pageQuery,
        response: { 200: handoverPage, ...errors(400, 401, 403) },
      },
    },
    async (request) => listMyHandovers(deps, requireActor(request), request.query),
  );

  r.get(
    '/handovers/received',
    {
      schema: {
        tags: ['handovers'],
        summary: 'Hand-overs shared with you that you may read now (therapist)',
        querystring: pageQuery,
        response: { 200: receivedHandoverPage, ...errors(400, 401, 403) },
      },
    },
    async (request) => listReceivedHandovers(deps, requireActor(request), request.query),
  );

  r.get(
    '/handovers/recipients',
    {
      schema: {
        tags: ['handovers'],
        summary:
          'Therapists you may hand over to: those you work with or met in a consultation (client)',
        response: { 200: handoverRecipients, ...errors(401, 403) },
      },
    },
    async (request) => ({
      items: await listRecipients(deps, requireActor(request)),
      nextCursor: null,
    }),
  );

  r.get(
    '/handovers/:id',
    {
      schema: {
        tags: ['handovers'],
        summary:
          'A hand-over, read-only: for the receiving therapist while consent stands (audited), and for its client',
        params: idParams,
        response: { 200: handoverPackageView, ...errors(400, 401, 404) },
      },
    },
    async (request) => readHandover(deps, requireActor(request), request.params.id),
  );

  const withdraw = {
    schema: {
      tags: ['handovers'],
      summary: 'Withdraw your consent: the therapist can no longer read the hand-over',
      params: idParams,
      response: { 200: handoverView, ...errors(400, 401, 403, 404) },
    },
  };
  r.post('/handovers/:id/withdraw', withdraw, async (request) =>
    withdrawMyHandover(deps, requireActor(request), request.params.id),
  );
  r.delete('/handovers/:id', withdraw, async (request) =>
    withdrawMyHandover(deps, requireActor(request), request.params.id),
  );
}
