/**
 * The directory (DESIGN.md, API contract): therapist profiles, the public directory, the fit
 * ranking, availability and bookable slots. The directory, profiles, slots and `POST /match` are
 * public (no sign-in); a signed-in visitor sees their own clinic's directory.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  availabilityRequest,
  availabilityView,
  directoryFilters,
  matchItem,
  myProfileView,
  publicProfileView,
  slotsQuery,
  slotsView,
  therapistProfileRequest,
} from '../core/directory';
import { defaultMatchLimit, matchRequest } from '../core/matching';
import {
  addAvailability,
  listMyAvailability,
  listSlots,
  removeAvailability,
} from './availability.service';
import type { AppDeps } from './context';
import {
  getMyProfile,
  getPublicProfile,
  listDirectory,
  matchTherapists,
  saveMyProfile,
} from './directory.service';
import { requireActor } from './plugins/session';
import { errors, okBody, pageQuery } from './schemas';

const idParams = z.object({ id: z.uuid() });

export async function directoryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/therapists',
    {
      schema: {
        tags: ['directory'],
        summary:
          'The public directory: published therapists in name order. Codes may be repeated or comma-separated; a therapist is listed when they work with every concern and use every approach asked for, speak any of the languages and offer any of the modes',
        querystring: pageQuery.extend(directoryFilters.shape),
        response: {
          200: z.object({ items: z.array(publicProfileView), nextCursor: z.string().nullable() }),
          ...errors(400),
        },
      },
    },
    async (request) => listDirectory(deps, request.actor, request.query),
  );

  r.get(
    '/therapists/me/profile',
    {
      schema: {
        tags: ['directory'],
        summary: 'Your therapist profile (an empty draft until first saved), as others will see it',
        response: { 200: myProfileView, ...errors(401, 403) },
      },
    },
    async (request) => getMyProfile(deps, requireActor(request)),
  );

  r.put(
    '/therapists/me/profile',
    {
      schema: {
        tags: ['directory'],
        summary:
          'Save your therapist profile (the display name is your account name); publish it to appear in the directory',
        body: therapistProfileRequest,
        response: { 200: myProfileView, ...errors(400, 401, 403) },
      },
    },
    async (request) => saveMyProfile(deps, requireActor(request), request.body),
  );

  r.get(
    '/therapists/me/availability',
    {
      schema: {
        tags: ['availability'],
        summary: 'Your weekly rules, and your one-off blocks and exceptions that have not ended',
        response: {
          200: z.object({ items: z.array(availabilityView), nextCursor: z.null() }),
          ...errors(401, 403),
        },
      },
    },
    async (request) => ({
      items: await listMyAvailability(deps, requireActor(request)),
      nextCursor: null,
    }),
  );

  r.post(
    '/therapists/me/availability',
    {
      schema: {
        tags: ['availability'],
        summary:
          'Offer time: a one-off block {kind, start, end}, a weekly rule {kind, weekday (0 = Sunday), startTime, endTime, timeZone?} on your local clock, or time off {kind: "unavailable", start, end}',
        body: availabilityRequest,
        response: { 201: availabilityView, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addAvailability(deps, requireActor(request), request.body)),
  );

  r.delete(
    '/therapists/me/availability/:id',
    {
      schema: {
        tags: ['availability'],
        summary: 'Remove a rule, block or exception (booked consultations stay booked)',
        params: idParams,
        response: { 200: okBody, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await removeAvailability(deps, requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );

  r.get(
    '/therapists/:id',
    {
      schema: {
        tags: ['directory'],
        summary: 'One published therapist profile',
        params: idParams,
        response: { 200: publicProfileView, ...errors(400, 404) },
      },
    },
    async (request) => getPublicProfile(deps, request.actor, request.params.id),
  );

  r.get(
    '/therapists/:id/slots',
    {
      schema: {
        tags: ['availability'],
        summary:
          'Free 15-minute consultation slots between from (default now) and to (default 14 days later, at most 60), in UTC or with the offset of the time zone tz',
        params: idParams,
        querystring: slotsQuery,
        response: { 200: slotsView, ...errors(400, 404) },
      },
    },
    async (request) => listSlots(deps, request.actor, request.params.id, request.query),
  );

  r.post(
    '/match',
    {
      schema: {
        tags: ['directory'],
        summary:
          'Rank therapists for needs and preferences, best first, with the reasons for each (and what is not met) in your language',
        querystring: z
          .object({ limit: z.coerce.number().int().min(1).max(200).default(defaultMatchLimit) })
          .strict(),
        body: matchRequest,
        response: {
          200: z.object({ items: z.array(matchItem), nextCursor: z.null() }),
          // 403: a signed-in visitor without the CSRF token.
          ...errors(400, 403),
        },
      },
    },
    async (request) =>
      matchTherapists(deps, request.actor, request.body, request.locale, request.query.limit),
  );
}
