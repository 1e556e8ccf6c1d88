/**
 * The one typed client for /api/v1. It sends the CSRF token on every mutating request, the
 * person's language for server messages, and turns error bodies into ApiError.
 */
import type { z } from 'zod';
import {
  checkinFormView,
  linkCheckinResult,
  type CheckinFormView,
  type LinkCheckinRequest,
  type LinkCheckinResult,
} from '../core/checkins';
import {
  sessionView,
  userView,
  type LoginRequest,
  type RegisterRequest,
  type SessionView,
  type UpdateMeRequest,
  type UserView,
} from '../core/accounts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: string[] = [],
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

async function request<T>(
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
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'network', '');
  }
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = (
      data as { error?: { code?: string; message?: string; fields?: string[] } } | null
    )?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal_error',
      error?.message ?? '',
      error?.fields ?? [],
    );
  }
  return schema ? schema.parse(data) : (data as T);
}

export const api = {
  me: () => request<SessionView>('GET', '/me', sessionView),
  login: (input: LoginRequest) => request<SessionView>('POST', '/auth/login', sessionView, input),
  register: (input: RegisterRequest) =>
    request<SessionView>('POST', '/auth/register', sessionView, input),
  logout: () => request<{ ok: true }>('POST', '/auth/logout', null),
  updateMe: (input: UpdateMeRequest) => request<UserView>('PATCH', '/me', userView, input),
  checkinForm: (token: string) =>
    request<CheckinFormView>('GET', `/checkin-links/${token}`, checkinFormView),
  submitLinkCheckins: (token: string, body: LinkCheckinRequest, idempotencyKey: string) =>
    request<LinkCheckinResult>(
      'POST',
      `/checkin-links/${token}/checkins`,
      linkCheckinResult,
      body,
      {
        'Idempotency-Key': idempotencyKey,
      },
    ),
  clinic: () =>
    request<{
      id: string;
      name: string;
      counts: { clients: number; therapists: number; admins: number };
    }>('GET', '/clinic', null),
};
