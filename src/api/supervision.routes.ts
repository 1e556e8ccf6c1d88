/**
 * Supervision: the administrator designates supervisors and sets the clinic's policy, the client
 * consents per engagement (or withdraws), and a supervisor reads a consenting client's record,
 * giving a reason each time.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createSupervisionRequest,
  supervisedEngagementView,
  supervisionConsentRequest,
  supervisionConsentView,
  supervisionPolicyRequest,
  supervisionPolicyView,
  supervisionRecordView,
  supervisionView,
} from '../core/supervision';
import type { AppDeps } from './context';
import { requireActor } from './plugins/session';
import { errors, okBody, pageQuery } from './schemas';
import {
  designateSupervisor,
  endSupervisionById,
  getSupervisionConsent,
  getSupervisionPolicy,
  listMySupervisedEngagements,
  listSupervisions,
  readSupervisedRecord,
  setSupervisionConsent,
  setSupervisionPolicy,
} from './supervision.service';

const idParams = z.object({ id: z.uuid() });

// The reason is checked by the service, so that a missing or short one gets its own clear code.
const recordQuery = z.object({ reason: z.string().max(2000).optional() }).strict();

export async function supervisionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/clinic/supervisions',
    {
      schema: {
        tags: ['supervision'],
        summary: 'Designate a therapist as supervisor of another therapist (administrators)',
        body: createSupervisionRequest,
        response: { 201: supervisionView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await designateSupervisor(deps, requireActor(request), request.body)),
  );

  r.get(
    '/clinic/supervisions',
    {
      schema: {
        tags: ['supervision'],
        summary: 'Current supervisors and whom they supervise (administrators)',
        querystring: pageQuery,
        response: {
          200: z.object({ items: z.array(supervisionView), nextCursor: z.string().nullable() }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => listSupervisions(deps, requireActor(request), request.query),
  );

  r.delete(
    '/clinic/supervisions/:id',
    {
      schema: {
        tags: ['supervision'],
        summary: 'End a supervision (administrators); the history is kept',
        params: idParams,
        response: { 200: okBody, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await endSupervisionById(deps, requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );

  r.get(
    '/clinic/supervision-policy',
    {
      schema: {
        tags: ['supervision'],
        summary: 'Whether supervisors may read client records where the client consents',
        response: { 200: supervisionPolicyView, ...errors(401, 403) },
      },
    },
    async (request) => getSupervisionPolicy(deps, requireActor(request)),
  );

  r.put(
    '/clinic/supervision-policy',
    {
      schema: {
        tags: ['supervision'],
        summary: 'Allow or stop supervisors reading client records (with consent)',
        body: supervisionPolicyRequest,
        response: { 200: supervisionPolicyView, ...errors(400, 401, 403) },
      },
    },
    async (request) =>
      setSupervisionPolicy(deps, requireActor(request), request.body.allowWithConsent),
  );

  r.get(
    '/engagements/:id/supervision-consent',
    {
      schema: {
        tags: ['supervision'],
        summary: 'The client’s supervision consent for this engagement',
        params: idParams,
        response: { 200: supervisionConsentView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getSupervisionConsent(deps, requireActor(request), request.params.id),
  );

  r.post(
    '/engagements/:id/supervision-consent',
    {
      schema: {
        tags: ['supervision'],
        summary: 'Give or withdraw consent to supervision for this engagement (the client)',
        params: idParams,
        body: supervisionConsentRequest,
        response: { 200: supervisionConsentView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      setSupervisionConsent(deps, requireActor(request), request.params.id, request.body.consent),
  );

  r.get(
    '/supervision/engagements',
    {
      schema: {
        tags: ['supervision'],
        summary: 'Engagements a supervisor may open: supervised therapist, consenting client',
        querystring: pageQuery,
        response: {
          200: z.object({
            items: z.array(supervisedEngagementView),
            nextCursor: z.string().nullable(),
          }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => listMySupervisedEngagements(deps, requireActor(request), request.query),
  );

  r.get(
    '/supervision/engagements/:id',
    {
      schema: {
        tags: ['supervision'],
        summary:
          'Read a consenting client’s record as their therapist’s supervisor (?reason= required; audited)',
        params: idParams,
        querystring: recordQuery,
        response: { 200: supervisionRecordView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      readSupervisedRecord(
        deps,
        requireActor(request),
        request.params.id,
        request.query.reason,
        request.locale,
      ),
  );
}
