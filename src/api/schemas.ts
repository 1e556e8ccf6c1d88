/** Schemas shared by many routes: the error body and small response shapes. */
import { z } from 'zod';
import { errorRegistry, type ErrorCode } from '../core/errors';

export const errorBody = z.object({
  error: z.object({
    code: z.enum(Object.keys(errorRegistry) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    fields: z.array(z.string()).optional(),
    /** Every problem in what was sent, each with its path and a message (settings, imports). */
    problems: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** The error responses a route may give, for its OpenAPI entry. */
export function errors(...statuses: (400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429 | 503)[]) {
  return Object.fromEntries(statuses.map((status) => [status, errorBody])) as Record<
    number,
    typeof errorBody
  >;
}

export const okBody = z.object({ ok: z.literal(true) });

/** ?limit= (1–200, default 50) and ?cursor= for collections. */
export const pageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().min(1).max(500).optional(),
  })
  .strict();
