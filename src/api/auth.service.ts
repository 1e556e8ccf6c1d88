/**
 * Accounts and sign-in: registration with the password rules, sign-in with rate limits and a
 * generic failure message, server-side sessions, sign-out. Every step is audited.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { LoginRequest, RegisterRequest, UpdateMeRequest, UserView } from '../core/accounts';
import { AppError } from '../core/errors';
import { negotiateLocale, translate } from '../core/i18n';
import { checkPassword } from '../core/password';
import type { TotpEnrolmentView } from '../core/totp';
import { appendAudit, type AuditEntry } from '../storage/audit.repo';
import {
  deleteAuthSession,
  findAuthSession,
  insertAuthSession,
  touchAuthSession,
  type SessionWithUser,
} from '../storage/auth-sessions.repo';
import { recentFailures, recordLoginAttempt } from '../storage/login-attempts.repo';
import {
  countChallengeFailure,
  deleteLoginChallenge,
  findChallengeEmail,
  findLoginChallengeForUpdate,
  insertLoginChallenge,
} from '../storage/totp.repo';
import {
  findUserByEmail,
  findUserById,
  insertUser,
  updateUser,
  type Executor,
  type UserRow,
} from '../storage/users.repo';
import type { Actor, AppDeps } from './context';
import { decoyHash } from './passwords';
import {
  checkSecondFactor,
  confirmEnrolmentIn,
  hasConfirmedTotp,
  startEnrolment,
  totpRequiredFor,
  type SecondFactorProof,
} from './totp.service';

export function toUserView(user: UserRow): UserView {
  return {
    id: user.id,
    clinicId: user.clinic_id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    locale: user.locale === 'en' || user.locale === 'fr' ? user.locale : null,
    createdAt: new Date(user.created_at).toISOString(),
  };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface IssuedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function issueSession(
  deps: AppDeps,
  db: Executor,
  user: UserRow,
  now: Date,
): Promise<IssuedSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + deps.sessions.absoluteHours * 3_600_000);
  await insertAuthSession(db, {
    id: hashToken(token),
    user_id: user.id,
    clinic_id: user.clinic_id,
    csrf_token: csrfToken,
    created_at: now,
    last_seen_at: now,
    expires_at: expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

export function bucket(deps: AppDeps, kind: 'account' | 'address', value: string): string {
  return `${kind}:${createHmac('sha256', deps.bucketKey).update(value.trim().toLowerCase()).digest('base64url')}`;
}

/** Refuses a new password that breaks the rules, with the limit it broke (signing up, invitations). */
export function requireAcceptablePassword(
  password: string,
  context: { email: string; displayName: string },
): void {
  const problem = checkPassword(password, context);
  if (problem) {
    const params: Record<string, number> =
      problem.code === 'password_too_short'
        ? { min: problem.min }
        : problem.code === 'password_too_long'
          ? { max: problem.max }
          : {};
    throw new AppError(problem.code, { params });
  }
}

/**
 * Makes an account and signs it in, in the caller's transaction, auditing 'account.create' after
 * whatever `also` records about the new user (an accepted invitation, say).
 */
export async function openAccount(
  deps: AppDeps,
  trx: Executor,
  fields: Omit<Parameters<typeof insertUser>[1], 'id' | 'now'>,
  now: Date,
  also: (user: UserRow) => Promise<AuditEntry[]> = () => Promise.resolve([]),
): Promise<{ user: UserView; session: IssuedSession }> {
  const user = await insertUser(trx, { id: deps.newId(), ...fields, now });
  const earlier = await also(user);
  const session = await issueSession(deps, trx, user, now);
  await appendAudit(trx, [
    ...earlier,
    {
      clinicId: user.clinic_id,
      actorId: user.id,
      actorRole: user.role,
      action: 'account.create',
      resourceType: 'user',
      resourceId: user.id,
      subjectId: user.id,
      occurredAt: now,
    },
  ]);
  return { user: toUserView(user), session };
}

export async function register(
  deps: AppDeps,
  input: RegisterRequest,
  meta: { address: string; locale: string | null },
): Promise<{ user: UserView; session: IssuedSession }> {
  requireAcceptablePassword(input.password, {
    email: input.email,
    displayName: input.displayName,
  });
  const now = deps.clock();
  // Registration is rate-limited per address too, so that it cannot be used to probe e-mails.
  await enforceLimit(
    deps,
    bucket(deps, 'address', `register:${meta.address}`),
    deps.loginLimits.perAddress,
    now,
  );
  const passwordHash = await deps.hashPassword(input.password);
  return deps.db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, input.email)) {
      await recordLoginAttempt(trx, {
        buckets: [bucket(deps, 'address', `register:${meta.address}`)],
        succeeded: false,
        at: now,
      });
      throw new AppError('email_unavailable');
    }
    return openAccount(
      deps,
      trx,
      {
        clinicId: deps.defaultClinicId,
        email: input.email,
        role: input.role,
        displayName: input.displayName,
        passwordHash,
        locale: input.locale ?? meta.locale,
      },
      now,
    );
  });
}

export async function enforceLimit(
  deps: AppDeps,
  key: string,
  max: number,
  now: Date,
): Promise<void> {
  const windowMs = deps.loginLimits.windowMinutes * 60_000;
  const { count, oldest } = await recentFailures(deps.db, key, new Date(now.getTime() - windowMs));
  if (count >= max) {
    const retryAfter = oldest
      ? Math.max(1, (oldest.getTime() + windowMs - now.getTime()) / 1000)
      : windowMs / 1000;
    throw new AppError('too_many_attempts', {
      params: { minutes: Math.ceil(retryAfter / 60) },
      retryAfter,
    });
  }
}

/** What a correct password leads to: a session, or a second step that is still owed. */
export type LoginOutcome =
  | { kind: 'session'; user: UserView; session: IssuedSession }
  | { kind: 'challenge'; purpose: 'verify' | 'enrol'; challenge: IssuedChallenge };

export interface IssuedChallenge {
  token: string;
  expiresAt: Date;
}

/** The pending step after a right password: minutes to enter a code, a little more to set up an app. */
export const challengeMinutes = { verify: 5, enrol: 15 } as const;
/** Wrong codes allowed on one pending step before the password is asked again. */
export const challengeMaxFailures = 5;

async function issueChallenge(
  db: Executor,
  user: UserRow,
  purpose: 'verify' | 'enrol',
  now: Date,
): Promise<IssuedChallenge> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + challengeMinutes[purpose] * 60_000);
  await insertLoginChallenge(db, {
    id: hashToken(token),
    user_id: user.id,
    clinic_id: user.clinic_id,
    purpose,
    failures: 0,
    created_at: now,
    expires_at: expiresAt,
  });
  return { token, expiresAt };
}

function loginAudit(user: UserRow, now: Date, outcome: 'success' | 'failure', reason?: string) {
  return {
    clinicId: user.clinic_id,
    actorId: outcome === 'success' ? user.id : null,
    actorRole: outcome === 'success' ? user.role : null,
    action: 'auth.login',
    resourceType: 'user',
    resourceId: user.id,
    subjectId: user.id,
    outcome,
    ...(reason ? { reason } : {}),
    occurredAt: now,
  };
}

/**
 * Record a failed attempt (password or second-factor code, at sign-in or when a signed-in person
 * confirms something with their password) and, when it is the one that locks the account, tell
 * the account holder by e-mail. The person trying sees the same answer
 * whether or not the account exists: unknown e-mails are counted and locked alike.
 */
export async function recordFailure(
  deps: AppDeps,
  user: UserRow | undefined,
  buckets: string[],
  now: Date,
  reason?: string,
): Promise<void> {
  const mailIds = await deps.db.transaction().execute(async (trx) => {
    await recordLoginAttempt(trx, { buckets, succeeded: false, at: now });
    if (!user) return [];
    await appendAudit(trx, [loginAudit(user, now, 'failure', reason)]);
    const windowMs = deps.loginLimits.windowMinutes * 60_000;
    const { count } = await recentFailures(
      trx,
      bucket(deps, 'account', user.email),
      new Date(now.getTime() - windowMs),
    );
    if (count !== deps.loginLimits.perAccount || user.status !== 'active') return [];
    await appendAudit(trx, [
      {
        clinicId: user.clinic_id,
        actorId: null,
        actorRole: 'system',
        action: 'auth.lockout',
        resourceType: 'user',
        resourceId: user.id,
        subjectId: user.id,
        occurredAt: now,
      },
    ]);
    const locale = negotiateLocale(user.locale, undefined);
    const params = { name: user.display_name, minutes: deps.loginLimits.windowMinutes };
    return [
      await deps.mailer.queue(trx, {
        clinicId: user.clinic_id,
        recipientId: user.id,
        clientId: user.role === 'client' ? user.id : null,
        to: user.email,
        subject: translate(locale, 'mail.lockout.subject', params),
        body: translate(locale, 'mail.lockout.body', params),
        kind: 'account_locked',
        now,
      }),
    ];
  });
  await deps.mailer.deliver(mailIds);
}

/** A full session after every step passed: the slate is wiped and the old session ended. */
async function completeLogin(
  deps: AppDeps,
  trx: Executor,
  user: UserRow,
  now: Date,
  previousToken: string | undefined,
  reason?: string,
): Promise<IssuedSession> {
  await recordLoginAttempt(trx, {
    buckets: [bucket(deps, 'account', user.email)],
    succeeded: true,
    at: now,
  });
  // Rotation: whatever session this browser had before ends here (no session fixation).
  if (previousToken) await deleteAuthSession(trx, hashToken(previousToken));
  const session = await issueSession(deps, trx, user, now);
  await appendAudit(trx, [loginAudit(user, now, 'success', reason)]);
  return session;
}

export async function login(
  deps: AppDeps,
  input: LoginRequest,
  meta: { address: string; previousToken?: string | undefined },
): Promise<LoginOutcome> {
  const now = deps.clock();
  const accountBucket = bucket(deps, 'account', input.email);
  const addressBucket = bucket(deps, 'address', `login:${meta.address}`);
  await enforceLimit(deps, accountBucket, deps.loginLimits.perAccount, now);
  await enforceLimit(deps, addressBucket, deps.loginLimits.perAddress, now);

  const user = await findUserByEmail(deps.db, input.email);
  const passwordOk = user
    ? await deps.verifyPassword(user.password_hash, input.password)
    : await deps.verifyPassword(await decoyHash(), input.password).then(() => false);
  if (!user || !passwordOk || user.status !== 'active') {
    await recordFailure(deps, user, [accountBucket, addressBucket], now);
    throw new AppError('invalid_credentials');
  }

  const enrolled = await hasConfirmedTotp(deps.db, user.id);
  if (enrolled && input.totp !== undefined) {
    // The one-request form of the contract: {email, password, totp}.
    const session = await deps.db.transaction().execute(async (trx) => {
      const passed = await checkSecondFactor(deps, trx, user.id, { code: input.totp }, now);
      return passed ? completeLogin(deps, trx, user, now, meta.previousToken, 'totp') : null;
    });
    if (!session) {
      await recordFailure(deps, user, [accountBucket, addressBucket], now, 'totp');
      throw new AppError('totp_invalid');
    }
    return { kind: 'session', user: toUserView(user), session };
  }
  if (enrolled || totpRequiredFor(deps, user.role)) {
    const purpose = enrolled ? 'verify' : 'enrol';
    const challenge = await deps.db
      .transaction()
      .execute((trx) => issueChallenge(trx, user, purpose, now));
    return { kind: 'challenge', purpose, challenge };
  }
  const session = await deps.db
    .transaction()
    .execute((trx) => completeLogin(deps, trx, user, now, meta.previousToken));
  return { kind: 'session', user: toUserView(user), session };
}

/** The pending step, if its token is known, unexpired and not tried too often. */
async function pendingChallenge(
  trx: Executor,
  token: string | undefined,
  purpose: 'verify' | 'enrol',
  now: Date,
): Promise<{ challengeId: string; user: UserRow }> {
  if (!token) throw new AppError('login_step_expired');
  const challenge = await findLoginChallengeForUpdate(trx, hashToken(token));
  if (!challenge || now >= new Date(challenge.expires_at) || challenge.purpose !== purpose) {
    if (challenge) await deleteLoginChallenge(trx, challenge.id);
    throw new AppError('login_step_expired');
  }
  const user = await findUserById(trx, challenge.user_id);
  if (!user || user.status !== 'active') {
    await deleteLoginChallenge(trx, challenge.id);
    throw new AppError('login_step_expired');
  }
  return { challengeId: challenge.id, user };
}

/** A wrong code on the pending step counts as a failed sign-in; too many end the step. */
async function failChallenge(
  deps: AppDeps,
  token: string,
  user: UserRow,
  address: string,
  now: Date,
): Promise<never> {
  const failures = await deps.db.transaction().execute(async (trx) => {
    const n = await countChallengeFailure(trx, hashToken(token));
    if (n >= challengeMaxFailures) await deleteLoginChallenge(trx, hashToken(token));
    return n;
  });
  await recordFailure(
    deps,
    user,
    [bucket(deps, 'account', user.email), bucket(deps, 'address', `login:${address}`)],
    now,
    'totp',
  );
  throw new AppError(failures >= challengeMaxFailures ? 'login_step_expired' : 'totp_invalid');
}

async function limitsFor(deps: AppDeps, token: string | undefined, address: string, now: Date) {
  await enforceLimit(
    deps,
    bucket(deps, 'address', `login:${address}`),
    deps.loginLimits.perAddress,
    now,
  );
  if (!token) throw new AppError('login_step_expired');
  const email = await findChallengeEmail(deps.db, hashToken(token));
  if (email)
    await enforceLimit(deps, bucket(deps, 'account', email), deps.loginLimits.perAccount, now);
}

/** The second step: a code from the app or a recovery code turns the pending step into a session. */
export async function loginSecondStep(
  deps: AppDeps,
  proof: SecondFactorProof,
  meta: { address: string; challengeToken: string | undefined; previousToken?: string | undefined },
): Promise<{ user: UserView; session: IssuedSession }> {
  const now = deps.clock();
  await limitsFor(deps, meta.challengeToken, meta.address, now);
  const result = await deps.db.transaction().execute(async (trx) => {
    const { challengeId, user } = await pendingChallenge(trx, meta.challengeToken, 'verify', now);
    const passed = await checkSecondFactor(deps, trx, user.id, proof, now);
    if (!passed) return { user, session: null };
    await deleteLoginChallenge(trx, challengeId);
    const reason = passed === 'recovery' ? 'recovery_code' : 'totp';
    return { user, session: await completeLogin(deps, trx, user, now, meta.previousToken, reason) };
  });
  if (!result.session)
    return failChallenge(deps, meta.challengeToken ?? '', result.user, meta.address, now);
  return { user: toUserView(result.user), session: result.session };
}

/** Setting up an app while signing in, when the clinic requires one: start (QR code). */
export async function loginEnrolStart(
  deps: AppDeps,
  meta: { address: string; challengeToken: string | undefined },
): Promise<TotpEnrolmentView> {
  const now = deps.clock();
  await limitsFor(deps, meta.challengeToken, meta.address, now);
  const { user } = await deps.db
    .transaction()
    .execute((trx) => pendingChallenge(trx, meta.challengeToken, 'enrol', now));
  return startEnrolment(deps, user);
}

/** ...and finish with a first code: the session starts, with the recovery codes to keep. */
export async function loginEnrolConfirm(
  deps: AppDeps,
  code: string,
  meta: { address: string; challengeToken: string | undefined; previousToken?: string | undefined },
): Promise<{ user: UserView; session: IssuedSession; recoveryCodes: string[] }> {
  const now = deps.clock();
  await limitsFor(deps, meta.challengeToken, meta.address, now);
  let failedUser: UserRow | undefined;
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const { challengeId, user } = await pendingChallenge(trx, meta.challengeToken, 'enrol', now);
      failedUser = user;
      const recoveryCodes = await confirmEnrolmentIn(
        deps,
        trx,
        { id: user.id, clinicId: user.clinic_id, role: user.role },
        code,
        now,
      );
      await deleteLoginChallenge(trx, challengeId);
      const session = await completeLogin(deps, trx, user, now, meta.previousToken, 'totp_setup');
      return { user: toUserView(user), session, recoveryCodes };
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'totp_invalid' && failedUser)
      return failChallenge(deps, meta.challengeToken ?? '', failedUser, meta.address, now);
    throw error;
  }
}

export async function logout(deps: AppDeps, actor: Actor): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await deleteAuthSession(trx, actor.sessionId);
    await appendAudit(trx, [
      {
        clinicId: actor.clinicId,
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'auth.logout',
        resourceType: 'user',
        resourceId: actor.userId,
        subjectId: actor.userId,
        occurredAt: now,
      },
    ]);
  });
}

export type SessionLookup =
  { state: 'none' } | { state: 'expired' } | { state: 'valid'; found: SessionWithUser };

/** Resolve a session cookie: valid, expired (idle or absolute), or unknown. */
export async function lookupSession(deps: AppDeps, token: string): Promise<SessionLookup> {
  const found = await findAuthSession(deps.db, hashToken(token));
  if (!found) return { state: 'none' };
  const now = deps.clock();
  const idleLimit =
    new Date(found.session.last_seen_at).getTime() + deps.sessions.idleMinutes * 60_000;
  if (
    now >= new Date(found.session.expires_at) ||
    now.getTime() >= idleLimit ||
    found.user.status !== 'active'
  ) {
    await deleteAuthSession(deps.db, found.session.id);
    return { state: 'expired' };
  }
  // Record activity at most once a minute: one write per request would be wasteful.
  if (now.getTime() - new Date(found.session.last_seen_at).getTime() > 60_000) {
    await touchAuthSession(deps.db, found.session.id, now);
  }
  return { state: 'valid', found };
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function getMe(deps: AppDeps, actor: Actor): Promise<UserView> {
  const user = await findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('unauthenticated');
  return toUserView(user);
}

export async function updateMe(
  deps: AppDeps,
  actor: Actor,
  input: UpdateMeRequest,
): Promise<UserView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const user = await updateUser(trx, actor.userId, {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
      now,
    });
    if (!user) throw new AppError('unauthenticated');
    await appendAudit(trx, [
      {
        clinicId: actor.clinicId,
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'account.update',
        resourceType: 'user',
        resourceId: actor.userId,
        subjectId: actor.userId,
        occurredAt: now,
      },
    ]);
    return toUserView(user);
  });
}
