/**
 * The web client for one's own account: who is signed in, signing in and out, registering, and
 * one's name and language. Apart from api.ts (which includes it) because every page needs it
 * from the first paint, the check-in page included, and it needs only the accounts' schemas.
 */
import {
  sessionView,
  userView,
  type LoginRequest,
  type RegisterRequest,
  type SessionView,
  type UpdateMeRequest,
  type UserView,
} from '../core/accounts';
import { request } from './http';

export const accountsApi = {
  me: () => request<SessionView>('GET', '/me', sessionView),
  login: (input: LoginRequest) => request<SessionView>('POST', '/auth/login', sessionView, input),
  register: (input: RegisterRequest) =>
    request<SessionView>('POST', '/auth/register', sessionView, input),
  logout: () => request<{ ok: true }>('POST', '/auth/logout', null),
  updateMe: (input: UpdateMeRequest) => request<UserView>('PATCH', '/me', userView, input),
};
