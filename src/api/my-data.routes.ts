/**
 * GET /me/audit (who accessed my records), GET /me/export?format=fhir|csv, DELETE /me
 * (erasure, confirmed with the password). DESIGN.md, API contract.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessPage, accessQuery, eraseRequest, erasureResult, exportQuery } from '../core/my-data';
import type { AppDeps } from './context';
import { eraseMe, exportCsv, exportFhir, listMyAccesses } from './my-data.service';
import { clearSessionCookie, requireActor } from './plugins/session';
import { errors } from './schemas';

/** The export's top level (the resources inside are FHIR R4, validated in the tests). */
const fhirBundle = z
  .object({
    resourceType: z.literal('Bundle'),
    id: z.string(),
    type: z.literal('collection'),
    timestamp: z.string(),
    entry: z.array(
      z.object({
        fullUrl: z.string(),
        resource: z.looseObject({ resourceType: z.string(), id: z.string() }),
      }),
    ),
  })
  .strict();

export async function myDataRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/me/audit',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Who accessed your records: every read or change by someone else, newest first (client)',
        querystring: accessQuery,
        response: { 200: accessPage, ...errors(400, 401, 403) },
      },
    },
    async (request) => listMyAccesses(deps, requireActor(request), request.query, request.locale),
  );

  r.get(
    '/me/export',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Download your data: a FHIR R4 Bundle (format=fhir) or one CSV row per check-in answer (format=csv)',
        querystring: exportQuery,
        response: { 200: z.union([fhirBundle, z.string()]), ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const day = deps.clock().toISOString().slice(0, 10);
      void reply.header('cache-control', 'no-store');
      if (request.query.format === 'csv') {
        const csv = await exportCsv(deps, actor, request.locale);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="rapport-checkins-${day}.csv"`)
          .serializer((payload: string) => payload)
          .send(csv);
      }
      const bundle = await exportFhir(deps, actor, request.locale);
      return reply
        .type('application/fhir+json; charset=utf-8')
        .header('content-disposition', `attachment; filename="rapport-data-${day}.json"`)
        .send(bundle);
    },
  );

  r.delete(
    '/me',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Delete your account and your personal data (client); the password confirms it, and wrong passwords count towards the sign-in lockout. The clinic keeps only its pseudonymised access log.',
        body: eraseRequest,
        response: { 200: erasureResult, ...errors(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const result = await eraseMe(
        deps,
        requireActor(request),
        request.body.password,
        request.locale,
      );
      clearSessionCookie(reply);
      return result;
    },
  );
}
