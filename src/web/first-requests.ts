/**
 * The requests the first page needs, started by main.tsx together with the messages instead of
 * one after the other after the first render: who is signed in and, on a check-in link from an
 * e-mail, its questions. An early answer is shared by every component that asks for it until it
 * has been handed out once (React's StrictMode asks twice in development); asks after that (a
 * later visit to the page, another language) go to the server as usual.
 */
import type { SessionView } from '../core/accounts';
import type { CheckinFormView } from '../core/checkins';
import { accountsApi } from './accounts-api';
import { checkinApi } from './checkin-api';

let session: Promise<SessionView> | null = null;
let checkin: { token: string; form: Promise<CheckinFormView> } | null = null;

/** The check-in page's token in `path` (`/checkin/<token>`), or null. */
export function checkinToken(path: string): string | null {
  return /^\/checkin\/([^/]+)\/?$/.exec(path)?.[1] ?? null;
}

/** Call once, after the API language is set (the questions come in that language). */
export function startFirstRequests(path: string): void {
  session = accountsApi.me();
  const token = checkinToken(path);
  checkin = token === null ? null : { token, form: checkinApi.checkinForm(token) };
  // Whoever takes an answer handles its failure; one that is never taken must not be reported
  // as an unhandled rejection.
  session.catch(() => undefined);
  checkin?.form.catch(() => undefined);
}

/** Who is signed in: the early answer until it has been handed out, then a new request. */
export function sessionRequest(): Promise<SessionView> {
  const early = session;
  if (!early) return accountsApi.me();
  return early.finally(() => {
    if (session === early) session = null;
  });
}

/** The questions behind a check-in link: the early answer if it was for this token. */
export function checkinFormRequest(token: string): Promise<CheckinFormView> {
  const early = checkin?.token === token ? checkin : null;
  if (!early) return checkinApi.checkinForm(token);
  return early.form.finally(() => {
    if (checkin === early) checkin = null;
  });
}
