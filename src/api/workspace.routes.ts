/** The therapist's workspace: caseload, a flag in detail with repair notes, goals, reflections. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseloadView,
  createGoalRequest,
  createReflectionRequest,
  goalRatingRequest,
  goalView,
  reflectionView,
  repairNoteRequest,
  repairNoteView,
  signalDetailView,
  updateGoalRequest,
} from '../core/workspace';
import { getCaseload } from './caseload.service';
import type { AppDeps } from './context';
import { createGoal, listEngagementGoals, rateGoal, updateGoalStatus } from './goals.service';
import { requireActor } from './plugins/session';
import { errors, okBody, pageQuery } from './schemas';
import {
  addReflection,
  addRepairNote,
  getSignalDetail,
  listMyReflections,
  removeReflection,
} from './workspace.service';

const idParams = z.object({ id: z.uuid() });

export async function workspaceRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/caseload',
    {
      schema: {
        tags: ['workspace'],
        summary:
          "The therapist's clients, ordered by need for attention, with open flags and their reasons",
        querystring: pageQuery,
        response: { 200: caseloadView, ...errors(400, 401, 403) },
      },
    },
    async (request) => getCaseload(deps, requireActor(request), request.query, request.locale),
  );

  r.get(
    '/signals/:id',
    {
      schema: {
        tags: ['signals'],
        summary:
          'A flag in detail: why it fired, a prompt for the next session, repair notes, and whether the alliance recovered',
        params: idParams,
        response: { 200: signalDetailView, ...errors(400, 401, 404) },
      },
    },
    async (request) =>
      getSignalDetail(deps, requireActor(request), request.params.id, request.locale),
  );

  r.post(
    '/signals/:id/repairs',
    {
      schema: {
        tags: ['signals'],
        summary: 'Log a repair conversation about a flag (sealed at rest)',
        params: idParams,
        body: repairNoteRequest,
        response: { 201: repairNoteView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addRepairNote(deps, requireActor(request), request.params.id, request.body)),
  );

  r.get(
    '/engagements/:id/goals',
    {
      schema: {
        tags: ['goals'],
        summary: 'Goals of an engagement with both sides’ ratings over time',
        params: idParams,
        response: {
          200: z.object({ items: z.array(goalView), nextCursor: z.null() }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: await listEngagementGoals(deps, requireActor(request), request.params.id),
      nextCursor: null,
    }),
  );

  r.post(
    '/engagements/:id/goals',
    {
      schema: {
        tags: ['goals'],
        summary: 'Add a goal agreed in the engagement (client or therapist)',
        params: idParams,
        body: createGoalRequest,
        response: { 201: goalView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createGoal(deps, requireActor(request), request.params.id, request.body.title)),
  );

  r.post(
    '/goals/:id/ratings',
    {
      schema: {
        tags: ['goals'],
        summary: 'Rate a goal’s progress (and agreement with it), 0–10, from your side',
        params: idParams,
        body: goalRatingRequest,
        response: { 200: goalView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => rateGoal(deps, requireActor(request), request.params.id, request.body),
  );

  r.patch(
    '/goals/:id',
    {
      schema: {
        tags: ['goals'],
        summary: 'Mark a goal achieved or dropped (or active again)',
        params: idParams,
        body: updateGoalRequest,
        response: { 200: goalView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      updateGoalStatus(deps, requireActor(request), request.params.id, request.body.status),
  );

  r.get(
    '/engagements/:id/reflections',
    {
      schema: {
        tags: ['workspace'],
        summary:
          "The therapist's private reflections on this engagement (readable by their author only)",
        params: idParams,
        response: {
          200: z.object({ items: z.array(reflectionView), nextCursor: z.null() }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => ({
      items: await listMyReflections(deps, requireActor(request), request.params.id),
      nextCursor: null,
    }),
  );

  r.post(
    '/engagements/:id/reflections',
    {
      schema: {
        tags: ['workspace'],
        summary: 'Write a private reflection (sealed at rest; nobody else can read it)',
        params: idParams,
        body: createReflectionRequest,
        response: { 201: reflectionView, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addReflection(deps, requireActor(request), request.params.id, request.body.text),
        ),
  );

  r.delete(
    '/reflections/:id',
    {
      schema: {
        tags: ['workspace'],
        summary: 'Delete one of your reflections',
        params: idParams,
        response: { 200: okBody, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await removeReflection(deps, requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );
}
