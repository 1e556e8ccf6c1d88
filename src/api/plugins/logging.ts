/**
 * Logs say what happened to which route, never to whom: no URLs with their parameters (a
 * check-in link holds a secret), no bodies, no cookies, no addresses, no e-mails.
 */
import type { FastifyRequest, FastifyServerOptions } from 'fastify';

export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req(request: FastifyRequest) {
        return {
          method: request.method,
          route: request.routeOptions?.url ?? 'unknown',
          id: request.id,
        };
      },
      res(reply: { statusCode: number }) {
        return { statusCode: reply.statusCode };
      },
    },
    redact: {
      paths: ['req.headers', 'req.body', 'email', 'password', '*.email', '*.password'],
      remove: true,
    },
  };
}
