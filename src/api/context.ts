/** What every route and service is given: plain functions and values, no framework types. */
import type { Role } from '../core/accounts';
import type { Locale } from '../core/i18n';
import type { Database } from '../storage/db';
import type { Sealer } from '../storage/crypto';
import type { JobSender } from './jobs/queue';
import type { SignalDrainer } from './signal-queue.service';
import type { Mailer } from './mail';

export interface SessionPolicy {
  /** Sign out after this long without activity. */
  idleMinutes: number;
  /** Sign out this long after signing in, whatever the activity. */
  absoluteHours: number;
}

export interface LoginLimits {
  windowMinutes: number;
  perAccount: number;
  perAddress: number;
}

export interface AppDeps {
  db: Database;
  sealer: Sealer;
  /** The clinic that new sign-ups join (a single-clinic installation has only this one). */
  defaultClinicId: string;
  clock: () => Date;
  newId: () => string;
  hashPassword: (password: string) => Promise<string>;
  verifyPassword: (hash: string, password: string) => Promise<boolean>;
  /** Key for hashing rate-limit buckets (e-mail, address) so that neither is stored. */
  bucketKey: Buffer;
  sessions: SessionPolicy;
  loginLimits: LoginLimits;
  mailer: Mailer;
  /** Where people reach Rapport, for links in e-mail (no trailing slash). */
  publicUrl: string;
  /** Where the built web app is, if it should be served. */
  webRoot: string | undefined;
  logLevel: string;
  /** Where log lines go: standard output unless given (tests capture them). */
  logStream?: { write(line: string): void };
  trustProxy: boolean;
  /** The background job queue, when it runs (RAPPORT_JOBS); without it e-mail is sent inline. */
  jobs?: JobSender;
  /**
   * Recomputes, in the background, the signals of engagements this server marked (a check-in
   * stored); without it they are recomputed when read or by the sweep job.
   */
  signals?: SignalDrainer;
  /** RAPPORT_REQUIRE_TOTP: therapists and administrators must use a second factor. */
  requireTotp: boolean;
}

/** The person making a request, once signed in. */
export interface Actor {
  userId: string;
  clinicId: string;
  role: Role;
  sessionId: string;
  csrfToken: string;
  locale: Locale | null;
}
