/**
 * Clinic settings (`GET/PATCH /clinic/settings`), clinic figures (`GET /clinic/figures`, and a
 * therapist's own at `GET /me/figures`) and imported questionnaires (`POST /instruments`).
 * Settings and imports answer bad input with every problem and its path (`error.problems`).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clinicSettingsView, updateClinicSettingsRequest } from '../core/clinic-settings';
import { mayOnClinic } from '../core/access';
import { AppError } from '../core/errors';
import { figuresQuery, figuresView } from '../core/figures';
import { issuesToProblems } from '../core/problems';
import { getClinicSettings, updateClinicSettings } from './clinic-settings.service';
import type { AppDeps } from './context';
import { getClinicFigures, getMyFigures } from './figures.service';
import { importInstrument } from './instruments-import.service';
import { requireActor } from './plugins/session';
import { errors } from './schemas';

const importedInstrumentView = z.object({
  id: z.string(),
  title: z.string(),
  respondent: z.enum(['client', 'therapist']),
  items: z.number().int(),
  scales: z.array(
    z.object({
      id: z.string(),
      min: z.number(),
      max: z.number(),
      reliableChange: z.number().nullable(),
    }),
  ),
  importedAt: z.iso.datetime({ offset: true }),
});

/**
 * Validation problems of the body, each with its field and a message in the person's language
 * (the route attaches validation instead of failing, so every field is reported at once).
 */
function bodyProblems(request: FastifyRequest, schema: z.ZodType): void {
  if (!request.validationError) return;
  // Authorise before describing the body: a stranger learns nothing about the settings' shape.
  const actor = requireActor(request);
  if (!mayOnClinic(actor, 'clinic.manage', actor.clinicId)) throw new AppError('forbidden');
  const parsed = schema.safeParse(request.body);
  const problems = parsed.success ? [] : issuesToProblems(parsed.error.issues, request.locale);
  throw new AppError('settings_invalid', { problems });
}

export async function clinicSettingsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/clinic/settings',
    {
      schema: {
        tags: ['clinic'],
        summary:
          "The clinic's settings: signal thresholds and drop rule, reminder timing, check-ins used, region and crisis resources (administrators)",
        response: { 200: clinicSettingsView, ...errors(401, 403) },
      },
    },
    async (request) => getClinicSettings(deps, requireActor(request)),
  );

  r.patch(
    '/clinic/settings',
    {
      attachValidation: true,
      schema: {
        tags: ['clinic'],
        summary:
          'Change any of the settings; every invalid value is reported with its field and nothing is saved (administrators)',
        body: updateClinicSettingsRequest,
        response: { 200: clinicSettingsView, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      bodyProblems(request, updateClinicSettingsRequest);
      return updateClinicSettings(deps, requireActor(request), request.body, request.locale);
    },
  );

  r.get(
    '/clinic/figures',
    {
      schema: {
        tags: ['clinic'],
        summary:
          'Clinic figures by month and per therapist: counts only, counts of 1–4 hidden (administrators)',
        querystring: figuresQuery,
        response: { 200: figuresView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getClinicFigures(deps, requireActor(request), request.query),
  );

  r.get(
    '/me/figures',
    {
      schema: {
        tags: ['clinic'],
        summary: 'A therapist’s own figures by month: counts only, counts of 1–4 hidden',
        querystring: figuresQuery,
        response: { 200: figuresView, ...errors(400, 401, 403) },
      },
    },
    async (request) => getMyFigures(deps, requireActor(request), request.query),
  );

  r.post(
    '/instruments',
    {
      bodyLimit: 512 * 1024,
      schema: {
        tags: ['check-ins'],
        summary:
          "Import a questionnaire for the clinic: a FHIR R4 Questionnaire with Rapport's scoring extension; a bad file gets every problem with its JSON path (administrators)",
        body: z.unknown(),
        response: { 201: importedInstrumentView, ...errors(400, 401, 403, 409, 413) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await importInstrument(deps, requireActor(request), request.body, request.locale)),
  );
}
