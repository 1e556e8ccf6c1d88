/**
 * The web client for one's own account: who is signed in, signing in and out, registering, and
 * one's name and language. Apart from api.ts (which includes it) because every page needs it
 * from the first paint, the check-in page included.
 *
 * Like checkin-api.ts, it does not parse answers again: the server sends each through the
 * route's schema (api/plugins/serializer.ts), so the first page needs no zod (ADR 11).
 */
import type {
  LoginRequest,
  RegisterRequest,
  SessionView,
  UpdateMeRequest,
  UserView,
} from '../core/accounts';
import { request } from './http';

export const accountsApi = {
  me: () => request<SessionView>('GET', '/me', null),
  login: (input: LoginRequest) => request<SessionView>('POST', '/auth/login', null, input),
  register: (input: RegisterRequest) => request<SessionView>('POST', '/auth/register', null, input),
  logout: () => request<{ ok: true }>('POST', '/auth/logout', null),
  updateMe: (input: UpdateMeRequest) => request<UserView>('PATCH', '/me', null, input),
};
