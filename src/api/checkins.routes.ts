/** Instruments, check-ins, check-in links and signals (DESIGN.md, API contract). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkinFormView,
  checkinRequest,
  checkinResult,
  checkinView,
  linkCheckinRequest,
  linkCheckinResult,
} from '../core/checkins';
import { AppError } from '../core/errors';
import { signalView, updateSignalRequest } from '../core/signal-view';
import { getCheckinForm, submitLinkCheckins } from './checkin-links.service';
import { listEngagementCheckins, submitCheckin } from './checkins.service';
import type { AppDeps } from './context';
import { findQuestionnaire, listQuestionnaires } from './instruments-import.service';
import { requireActor } from './plugins/session';
import { errors } from './schemas';
import { listEngagementSignals, updateSignal } from './signals.service';

const idParams = z.object({ id: z.uuid() });
const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
const idempotencyHeaders = z.looseObject({
  'idempotency-key': z.string().min(1).max(200).optional(),
});

/** A FHIR R4 Questionnaire (built-in definitions hold no personal data, so extra fields pass). */
const questionnaire = z.looseObject({
  resourceType: z.literal('Questionnaire'),
  id: z.string(),
  url: z.string(),
  title: z.string(),
  status: z.string(),
  item: z.array(z.unknown()),
});

export async function checkinRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/instruments',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'Check-in definitions (FHIR R4 Questionnaires with the Rapport scoring extension)',
        response: { 200: z.object({ items: z.array(questionnaire), nextCursor: z.null() }) },
      },
    },
    async (request) => ({
      // The built-ins, and for a signed-in person their clinic's imported questionnaires.
      items: (await listQuestionnaires(deps, request.actor)) as z.infer<typeof questionnaire>[],
      nextCursor: null,
    }),
  );

  r.get(
    '/instruments/:id',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'One check-in definition: alliance, therapist-alliance or wellbeing',
        params: z.object({ id: z.string().max(100) }),
        response: { 200: questionnaire, ...errors(404) },
      },
    },
    async (request) => {
      const found = await findQuestionnaire(deps, request.actor, request.params.id);
      if (!found) throw new AppError('not_found');
      return found as z.infer<typeof questionnaire>;
    },
  );

  r.post(
    '/sessions/:id/checkins',
    {
      schema: {
        tags: ['check-ins'],
        summary:
          'Submit one check-in for a session; send Idempotency-Key so a retry is stored once',
        params: idParams,
        headers: idempotencyHeaders,
        body: checkinRequest,
        response: { 201: checkinResult, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await submitCheckin(
            deps,
            requireActor(request),
            request.params.id,
            request.body,
            request.headers['idempotency-key'],
          ),
        ),
  );

  r.get(
    '/engagements/:id/checkins',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'Check-in history of an engagement, oldest first (a client sees their own)',
        params: idParams,
        response: {
          200: z.object({ items: z.array(checkinView), nextCursor: z.null() }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => ({
      items: await listEngagementCheckins(deps, requireActor(request), request.params.id),
      nextCursor: null,
    }),
  );

  r.get(
    '/checkin-links/:token',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'Open a check-in link (no password): the session and the questions',
        params: tokenParams,
        response: { 200: checkinFormView, ...errors(400, 404, 410) },
      },
    },
    async (request) => getCheckinForm(deps, request.params.token, request.locale),
  );

  r.post(
    '/checkin-links/:token/checkins',
    {
      // The token in the address is the credential; there is no session to forge.
      config: { csrf: false },
      schema: {
        tags: ['check-ins'],
        summary: 'Submit the check-ins of a link at once; the link then stops working',
        params: tokenParams,
        headers: idempotencyHeaders,
        body: linkCheckinRequest,
        response: { 201: linkCheckinResult, ...errors(400, 404, 409, 410) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await submitLinkCheckins(
            deps,
            request.params.token,
            request.body,
            request.headers['idempotency-key'],
          ),
        ),
  );

  r.get(
    '/engagements/:id/signals',
    {
      schema: {
        tags: ['signals'],
        summary: 'Flags of an engagement with their evidence, open and most urgent first',
        params: idParams,
        response: {
          200: z.object({ items: z.array(signalView), nextCursor: z.null() }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => ({
      items: await listEngagementSignals(
        deps,
        requireActor(request),
        request.params.id,
        request.locale,
      ),
      nextCursor: null,
    }),
  );

  r.patch(
    '/signals/:id',
    {
      schema: {
        tags: ['signals'],
        summary: 'Acknowledge or resolve a flag (therapist)',
        params: idParams,
        body: updateSignalRequest,
        response: { 200: signalView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      updateSignal(deps, requireActor(request), request.params.id, request.body, request.locale),
  );
}
