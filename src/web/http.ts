/**
 * How the web app talks to /api/v1, without any schema of its own: the CSRF token on every
 * mutating request, the person's language for server messages, error bodies turned into
 * ApiError, and each answer checked against the schema its caller gives, if any. Kept apart from
 * api.ts (which re-exports it) so that the first page (the check-in page, sign-in: see
 * accounts-api.ts and checkin-api.ts, which give none) downloads no schema and no zod.
 */
import type { z } from 'zod';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: string[] = [],
    /** Every problem with its field path (clinic settings, imported questionnaires). */
    readonly problems: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let language = 'en';

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(locale: string): void {
  language = locale;
}

/** Exported for the feature clients beside this one (e.g. concerns-api.ts). */
export async function request<T>(
  method: string,
  path: string,
  schema: z.ZodType<T> | null,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language,
    ...extraHeaders,
  };
  // A file (a photo) goes as it is, with its own type; everything else as JSON.
  const file = body instanceof Blob ? body : null;
  if (body !== undefined) headers['Content-Type'] = file ? file.type : 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: file ?? JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'network', '');
  }
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = (
      data as {
        error?: {
          code?: string;
          message?: string;
          fields?: string[];
          problems?: { path: string; message: string }[];
        };
      } | null
    )?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal_error',
      error?.message ?? '',
      error?.fields ?? [],
      error?.problems ?? [],
    );
  }
  return schema ? schema.parse(data) : (data as T);
}
