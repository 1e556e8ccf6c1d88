/** Engagements and sessions (DESIGN.md, API contract). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createEngagementRequest,
  engagementStatuses,
  engagementView,
  scheduleSessionRequest,
  sessionView,
  updateEngagementRequest,
  updateSessionRequest,
} from '../core/engagements';
import type { AppDeps } from './context';
import {
  createEngagement,
  getEngagement,
  getSessions,
  listMyEngagements,
  recordAttendance,
  scheduleSession,
  updateEngagement,
  type AttendanceHook,
} from './engagements.service';
import { requireActor } from './plugins/session';
import { errors, pageQuery } from './schemas';

const idParams = z.object({ id: z.uuid() });

export async function engagementRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  attendanceHooks: readonly AttendanceHook[] = [],
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/engagements',
    {
      schema: {
        tags: ['engagements'],
        summary: 'Your engagements (as client or therapist), newest first',
        querystring: pageQuery.extend({ status: z.enum(engagementStatuses).optional() }),
        response: {
          200: z.object({ items: z.array(engagementView), nextCursor: z.string().nullable() }),
          ...errors(400, 401),
        },
      },
    },
    async (request) => listMyEngagements(deps, requireActor(request), request.query),
  );

  r.post(
    '/engagements',
    {
      schema: {
        tags: ['engagements'],
        summary:
          'Start a relationship: a client asks a therapist ({therapistId}) or a therapist invites a client ({clientEmail})',
        body: createEngagementRequest,
        response: { 201: engagementView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createEngagement(deps, requireActor(request), request.body)),
  );

  r.get(
    '/engagements/:id',
    {
      schema: {
        tags: ['engagements'],
        summary: 'One engagement',
        params: idParams,
        response: { 200: engagementView, ...errors(400, 401, 404) },
      },
    },
    async (request) => getEngagement(deps, requireActor(request), request.params.id),
  );

  r.patch(
    '/engagements/:id',
    {
      schema: {
        tags: ['engagements'],
        summary: 'Accept (consulting → active) or end (with a reason)',
        params: idParams,
        body: updateEngagementRequest,
        response: { 200: engagementView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      updateEngagement(deps, requireActor(request), request.params.id, request.body),
  );

  r.post(
    '/engagements/:id/sessions',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Schedule a session (therapist)',
        params: idParams,
        body: scheduleSessionRequest,
        response: { 201: sessionView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await scheduleSession(deps, requireActor(request), request.params.id, request.body)),
  );

  r.get(
    '/engagements/:id/sessions',
    {
      schema: {
        tags: ['sessions'],
        summary: 'The sessions of an engagement, in time order',
        params: idParams,
        response: {
          200: z.object({ items: z.array(sessionView), nextCursor: z.null() }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => ({
      items: await getSessions(deps, requireActor(request), request.params.id),
      nextCursor: null,
    }),
  );

  r.patch(
    '/sessions/:id',
    {
      schema: {
        tags: ['sessions'],
        summary:
          'Record attendance: attended, cancelled, late_cancelled or no_show (and who cancelled)',
        params: idParams,
        body: updateSessionRequest,
        response: { 200: sessionView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      recordAttendance(
        deps,
        requireActor(request),
        request.params.id,
        request.body,
        attendanceHooks,
      ),
  );
}
