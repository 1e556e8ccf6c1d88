/**
 * One place maps every failure to `{"error": {"code", "message"}}` with the registry's status.
 * Messages come from the catalogue in the person's language. A 5xx never carries the error's
 * own message, and logs name the error's type and code only (a database error's text can hold
 * the values that caused it, and those may be personal).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { AppError, errorRegistry, type ErrorCode } from '../../core/errors';
import { translate, type Locale, type MessageKey } from '../../core/i18n';

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    fields?: string[];
    problems?: readonly { path: string; message: string }[];
  };
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  params: Record<string, string | number> = {},
  extra: {
    fields?: string[];
    retryAfter?: number;
    problems?: readonly { path: string; message: string }[];
  } = {},
): FastifyReply {
  const status = errorRegistry[code];
  if (extra.retryAfter !== undefined)
    void reply.header('Retry-After', String(Math.ceil(extra.retryAfter)));
  // Refusals from the router come before the session plugin has picked a language.
  const locale: Locale | undefined = request.locale;
  const body: ErrorBody = {
    error: {
      code,
      message: translate(locale ?? 'en', `error.${code}` as MessageKey, params),
      ...(extra.fields ? { fields: extra.fields } : {}),
      ...(extra.problems ? { problems: extra.problems } : {}),
    },
  };
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(body);
}

/** The shape fastify-type-provider-zod gives each zod issue (keyword = zod's issue code). */
interface ValidationIssue {
  keyword?: string;
  instancePath?: string;
  params?: { keys?: string[] };
}

function describeValidation(error: FastifyError): {
  code: ErrorCode;
  detail: string;
  fields: string[];
} {
  const issues = (error.validation ?? []) as unknown as ValidationIssue[];
  const where = error.validationContext ?? 'body';
  const unknown = issues.find((issue) => issue.keyword === 'unrecognized_keys');
  if (unknown) {
    const keys = unknown.params?.keys ?? [];
    return { code: 'unknown_field', detail: keys.join(', '), fields: keys };
  }
  const fields = issues.map((issue) => {
    const path = (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    return path === '' ? where : path;
  });
  const unique = [...new Set(fields)];
  return { code: 'validation_failed', detail: unique.join(', '), fields: unique };
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendError(request, reply, error.code, error.params, {
        ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
        ...(error.problems ? { problems: error.problems } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const { code, detail, fields } = describeValidation(error);
      return sendError(request, reply, code, { detail, field: detail }, { fields });
    }
    const mapped = error.code ? fastifyCodes[error.code] : undefined;
    if (mapped) return sendError(request, reply, mapped, { detail: 'body', field: '' });
    if (error instanceof SyntaxError) return sendError(request, reply, 'invalid_json');
    if (isResponseSerializationError(error)) {
      request.log.error(
        { err: { type: 'ResponseSerializationError' } },
        'response did not match its schema',
      );
      return sendError(request, reply, 'internal_error');
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      const code: ErrorCode =
        error.statusCode === 404
          ? 'not_found'
          : error.statusCode === 405
            ? 'method_not_allowed'
            : 'validation_failed';
      return sendError(request, reply, code, { detail: 'request', field: '' });
    }
    request.log.error(
      {
        err: {
          type: error.name,
          code: error.code ?? (error as { code?: string }).code,
          stack: error.stack?.split('\n').slice(1, 6).join('\n'),
        },
      },
      'unexpected error',
    );
    return sendError(request, reply, 'internal_error');
  });
}
