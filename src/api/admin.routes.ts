/**
 * Clinic administration: invitations for therapists (and the public accept page's two calls),
 * deactivating, reactivating and verifying therapists, and the clients who need a new one.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionView } from '../core/accounts';
import {
  reassignmentList,
  therapistAdminPage,
  therapistAdminView,
  therapistListQuery,
  updateTherapistRequest,
} from '../core/clinic-admin';
import {
  acceptInvitationRequest,
  createInvitationRequest,
  invitationPage,
  invitationPreview,
  invitationTokenPattern,
  invitationView,
} from '../core/invitations';
import { listReassignments, listTherapists, updateTherapist } from './admin.service';
import type { AppDeps } from './context';
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  withdrawInvitation,
} from './invitations.service';
import { requireActor, setSessionCookie } from './plugins/session';
import { errors, okBody, pageQuery } from './schemas';

const idParams = z.object({ id: z.uuid() });
const tokenParams = z.object({ token: z.string().regex(invitationTokenPattern) });

export async function adminRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/clinic/invitations',
    {
      schema: {
        tags: ['clinic'],
        summary:
          'Invite a therapist by e-mail: a single-use link valid for 7 days goes to the outbox (administrators)',
        body: createInvitationRequest,
        response: { 201: invitationView, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createInvitation(deps, requireActor(request), request.body, request.locale)),
  );

  r.get(
    '/clinic/invitations',
    {
      schema: {
        tags: ['clinic'],
        summary: 'Pending invitations, newest first (administrators)',
        querystring: pageQuery,
        response: { 200: invitationPage, ...errors(400, 401, 403) },
      },
    },
    async (request) => listInvitations(deps, requireActor(request), request.query),
  );

  r.delete(
    '/clinic/invitations/:id',
    {
      schema: {
        tags: ['clinic'],
        summary: 'Withdraw a pending invitation: its link stops working (administrators)',
        params: idParams,
        response: { 200: okBody, ...errors(400, 401, 403, 404, 410) },
      },
    },
    async (request) => {
      await withdrawInvitation(deps, requireActor(request), request.params.id);
      return { ok: true as const };
    },
  );

  r.get(
    '/invitations/:token',
    {
      schema: {
        tags: ['clinic'],
        summary: 'What an invitation link is for (the link is the only credential)',
        params: tokenParams,
        response: { 200: invitationPreview, ...errors(400, 404, 410) },
      },
    },
    async (request) => previewInvitation(deps, request.params.token),
  );

  r.post(
    '/invitations/:token/accept',
    {
      config: { csrf: false },
      schema: {
        tags: ['clinic'],
        summary:
          'Accept an invitation: choose a name and a password, become a therapist of the clinic, signed in',
        params: tokenParams,
        body: acceptInvitationRequest,
        response: { 201: sessionView, ...errors(400, 404, 409, 410) },
      },
    },
    async (request, reply) => {
      const { user, session } = await acceptInvitation(deps, request.params.token, request.body, {
        locale: request.locale,
      });
      setSessionCookie(reply, session);
      return reply.code(201).send({ user, csrfToken: session.csrfToken });
    },
  );

  r.get(
    '/clinic/therapists',
    {
      schema: {
        tags: ['clinic'],
        summary: "The clinic's therapists with their status and verification (administrators)",
        querystring: therapistListQuery,
        response: { 200: therapistAdminPage, ...errors(400, 401, 403) },
      },
    },
    async (request) => listTherapists(deps, requireActor(request), request.query),
  );

  r.patch(
    '/clinic/therapists/:id',
    {
      schema: {
        tags: ['clinic'],
        summary:
          'Deactivate or reactivate a therapist (deactivation ends their sessions at once), or mark their credentials verified (administrators)',
        params: idParams,
        body: updateTherapistRequest,
        response: { 200: therapistAdminView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      updateTherapist(deps, requireActor(request), request.params.id, request.body),
  );

  r.get(
    '/clinic/reassignments',
    {
      schema: {
        tags: ['clinic'],
        summary: 'Clients whose therapist was deactivated and who need a new one (administrators)',
        response: { 200: reassignmentList, ...errors(401, 403) },
      },
    },
    async (request) => listReassignments(deps, requireActor(request)),
  );
}
