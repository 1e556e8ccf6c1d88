/**
 * Accounts and sign-in: registration with the password rules, sign-in with rate limits and a
 * generic failure message, server-side sessions, sign-out. Every step is audited.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { LoginRequest, RegisterRequest, UpdateMeRequest, UserView } from '../core/accounts';
import { AppError } from '../core/errors';
import { checkPassword } from '../core/password';
import { appendAudit } from '../storage/audit.repo';
import {
  deleteAuthSession,
  findAuthSession,
  insertAuthSession,
  touchAuthSession,
  type SessionWithUser,
} from '../storage/auth-sessions.repo';
import { recentFailures, recordLoginAttempt } from '../storage/login-attempts.repo';
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

async function issueSession(
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

function bucket(deps: AppDeps, kind: 'account' | 'address', value: string): string {
  return `${kind}:${createHmac('sha256', deps.bucketKey).update(value.trim().toLowerCase()).digest('base64url')}`;
}

export async function register(
  deps: AppDeps,
  input: RegisterRequest,
  meta: { address: string; locale: string | null },
): Promise<{ user: UserView; session: IssuedSession }> {
  const problem = checkPassword(input.password, {
    email: input.email,
    displayName: input.displayName,
  });
  if (problem) {
    const params: Record<string, number> =
      problem.code === 'password_too_short'
        ? { min: problem.min }
        : problem.code === 'password_too_long'
          ? { max: problem.max }
          : {};
    throw new AppError(problem.code, { params });
  }
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
    const user = await insertUser(trx, {
      id: deps.newId(),
      clinicId: deps.defaultClinicId,
      email: input.email,
      role: input.role,
      displayName: input.displayName,
      passwordHash,
      locale: input.locale ?? meta.locale,
      now,
    });
    const session = await issueSession(deps, trx, user, now);
    await appendAudit(trx, [
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
  });
}

async function enforceLimit(deps: AppDeps, key: string, max: number, now: Date): Promise<void> {
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

export async function login(
  deps: AppDeps,
  input: LoginRequest,
  meta: { address: string },
): Promise<{ user: UserView; session: IssuedSession }> {
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
    await deps.db.transaction().execute(async (trx) => {
      await recordLoginAttempt(trx, {
        buckets: [accountBucket, addressBucket],
        succeeded: false,
        at: now,
      });
      if (user) {
        await appendAudit(trx, [
          {
            clinicId: user.clinic_id,
            actorId: null,
            actorRole: null,
            action: 'auth.login',
            resourceType: 'user',
            resourceId: user.id,
            subjectId: user.id,
            outcome: 'failure',
            occurredAt: now,
          },
        ]);
      }
    });
    throw new AppError('invalid_credentials');
  }
  return deps.db.transaction().execute(async (trx) => {
    await recordLoginAttempt(trx, { buckets: [accountBucket], succeeded: true, at: now });
    const session = await issueSession(deps, trx, user, now);
    await appendAudit(trx, [
      {
        clinicId: user.clinic_id,
        actorId: user.id,
        actorRole: user.role,
        action: 'auth.login',
        resourceType: 'user',
        resourceId: user.id,
        subjectId: user.id,
        occurredAt: now,
      },
    ]);
    return { user: toUserView(user), session };
  });
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
