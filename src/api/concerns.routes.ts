/**
 * Concerns (DESIGN.md, API contract: POST /concerns), the client's own list of them, the clinic's
 * reported boundary concerns, and the support contacts (crisis lines, regulators) pages show.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  clinicConcernList,
  concernList,
  concernListQuery,
  createConcernRequest,
  createConcernResult,
  supportContactsView,
} from '../core/concerns';
import {
  createConcern,
  listClinicConcerns,
  listMyConcerns,
  removeConcern,
  supportContacts,
} from './concerns.service';
import type { AppDeps } from './context';
import { requireActor } from './plugins/session';
import { errors, okBody, pageQuery } from './schemas';

const idParams = z.object({ id: z.uuid() });

export async function concernRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/concerns',
    {
      schema: {
        tags: ['concerns'],
        summary:
          'Raise a concern about your therapy: a private note, shared with your therapist (a flag), or for a boundary concern reported to the clinic',
        body: createConcernRequest,
        response: { 201: createConcernResult, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createConcern(deps, requireActor(request), request.body, request.locale)),
  );

  r.get(
    '/concerns',
    {
      schema: {
        tags: ['concerns'],
        summary: 'Your own concerns and private notes, newest first',
        querystring: concernListQuery,
        response: { 200: concernList, ...errors(400, 401, 403) },
      },
    },
    async (request) => listMyConcerns(deps, requireActor(request), request.query),
  );

  r.delete(
    '/concerns/:id',
    {
      schema: {
        tags: ['concerns'],
        summary: 'Delete one of your private notes (a shared or reported concern stays on record)',
        params: idParams,
        response: { 200: okBody, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      await removeConcern(deps, requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );

  r.get(
    '/clinic/concerns',
    {
      schema: {
        tags: ['clinic'],
        summary:
          'Boundary concerns clients reported to the clinic (administrators; each read is audited)',
        querystring: pageQuery,
        response: { 200: clinicConcernList, ...errors(400, 401, 403) },
      },
    },
    async (request) => listClinicConcerns(deps, requireActor(request), request.query),
  );

  r.get(
    '/support-contacts',
    {
      schema: {
        tags: ['concerns'],
        summary:
          'Crisis contacts and where to report a therapist’s conduct (public: your clinic’s, or this installation’s first clinic)',
        response: { 200: supportContactsView },
      },
    },
    async (request) =>
      supportContacts(deps, request.actor?.clinicId ?? deps.defaultClinicId, request.locale),
  );
}
