/** GET /audit: a clinic administrator searches their clinic's audit log (paginated, audited). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditSearchQuery, auditSearchView } from '../core/audit-search';
import { searchAuditLog } from './audit-search.service';
import type { AppDeps } from './context';
import { requireActor } from './plugins/session';
import { errors } from './schemas';

export async function auditSearchRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/audit',
    {
      schema: {
        tags: ['clinic'],
        summary:
          'Search the clinic’s audit log by who, whose data, action and date (administrators; newest first)',
        querystring: auditSearchQuery,
        response: { 200: auditSearchView, ...errors(400, 401, 403) },
      },
    },
    async (request) => searchAuditLog(deps, requireActor(request), request.query),
  );
}
