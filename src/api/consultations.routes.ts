/** Free consultations (DESIGN.md, API contract): book, list, move, cancel, calendar, notes. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  bookConsultationRequest,
  consultationNoteRequest,
  consultationNoteView,
  consultationView,
  rescheduleRequest,
  therapistMetView,
} from '../core/consultations';
import {
  bookConsultation,
  cancelMyConsultation,
  getConsultation,
  getConsultationCalendar,
  listMyConsultations,
  listTherapistsMet,
  rescheduleConsultation,
  saveConsultationNoteFor,
} from './consultations.service';
import type { AppDeps } from './context';
import { requireActor } from './plugins/session';
import { errors, pageQuery } from './schemas';

const idParams = z.object({ id: z.uuid() });

export async function consultationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/consultations',
    {
      schema: {
        tags: ['consultations'],
        summary:
          'Book a free 15-minute consultation at one of the therapist’s slots (client); 409 slot_taken when someone was first',
        body: bookConsultationRequest,
        response: { 201: consultationView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await bookConsultation(deps, requireActor(request), request.body)),
  );

  r.get(
    '/consultations',
    {
      schema: {
        tags: ['consultations'],
        summary: 'Your upcoming consultations, soonest first (a therapist sees who booked)',
        querystring: pageQuery,
        response: {
          200: z.object({ items: z.array(consultationView), nextCursor: z.string().nullable() }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => listMyConsultations(deps, requireActor(request), request.query),
  );

  r.get(
    '/consultations/:id',
    {
      schema: {
        tags: ['consultations'],
        summary: 'One of your consultations',
        params: idParams,
        response: { 200: consultationView, ...errors(400, 401, 404) },
      },
    },
    async (request) => getConsultation(deps, requireActor(request), request.params.id),
  );

  r.delete(
    '/consultations/:id',
    {
      schema: {
        tags: ['consultations'],
        summary: 'Cancel a consultation that has not started (client or therapist)',
        params: idParams,
        response: { 200: consultationView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => cancelMyConsultation(deps, requireActor(request), request.params.id),
  );

  r.post(
    '/consultations/:id/reschedule',
    {
      schema: {
        tags: ['consultations'],
        summary:
          'Move a consultation to another free slot, atomically: on 409 nothing has changed (the id and calendar UID stay the same)',
        params: idParams,
        body: rescheduleRequest,
        response: { 200: consultationView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      rescheduleConsultation(deps, requireActor(request), request.params.id, request.body.start),
  );

  r.get(
    '/consultations/:id/calendar.ics',
    {
      schema: {
        tags: ['consultations'],
        summary: 'The consultation as an iCalendar file (text/calendar)',
        params: idParams,
        response: {
          200: z.string().describe('text/calendar; RFC 5545'),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const file = await getConsultationCalendar(
        deps,
        requireActor(request),
        request.params.id,
        request.locale,
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="consultation.ics"')
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  r.put(
    '/consultations/:id/note',
    {
      schema: {
        tags: ['consultations'],
        summary:
          'Your private note and fit rating (0–10, steps of 0.1) after a consultation: sealed at rest, never shown to the therapist',
        params: idParams,
        body: consultationNoteRequest,
        response: { 200: consultationNoteView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      saveConsultationNoteFor(deps, requireActor(request), request.params.id, request.body),
  );

  r.get(
    '/me/therapists-met',
    {
      schema: {
        tags: ['consultations'],
        summary:
          'The therapists you have met in a consultation, side by side with your own notes and ratings (client)',
        response: {
          200: z.object({ items: z.array(therapistMetView), nextCursor: z.null() }),
          ...errors(401, 403),
        },
      },
    },
    async (request) => ({
      items: await listTherapistsMet(deps, requireActor(request)),
      nextCursor: null,
    }),
  );
}
