/** GET /health: 200 once the database answers (migrations run before the server listens). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '../core/errors';
import type { AppDeps } from './context';
import { errors } from './schemas';

export async function healthRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and readiness',
        response: { 200: z.object({ status: z.literal('ok') }), ...errors(503) },
      },
    },
    async () => {
      try {
        await sql`select 1 from schema_migrations limit 1`.execute(deps.db);
      } catch (cause) {
        throw new AppError('service_unavailable', { cause });
      }
      return { status: 'ok' as const };
    },
  );
}
