/**
 * The second factor (TOTP, RFC 6238, 30-second steps, six digits, SHA-1 as every authenticator
 * app supports): setting it up from the account page, checking a code or a recovery code, and
 * turning it off. The secret is sealed at rest; a code is accepted once (the last accepted step
 * is kept) and one step either side of now, for clocks a little out.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import {
  formatRecoveryCode,
  normaliseRecoveryCode,
  recoveryAlphabet,
  recoveryCodeCount,
  type RecoveryCodesView,
  type TotpEnrolmentView,
  type TotpStatusView,
} from '../core/totp';
import type { Role } from '../core/accounts';
import { AppError } from '../core/errors';
import { appendAudit } from '../storage/audit.repo';
import { recordLoginAttempt } from '../storage/login-attempts.repo';
import {
  confirmTotp,
  countRecoveryCodesLeft,
  deleteTotp,
  findTotp,
  findTotpForUpdate,
  openTotpSecret,
  recordTotpStep,
  replaceRecoveryCodes,
  upsertPendingTotp,
  useRecoveryCode,
} from '../storage/totp.repo';
import { findUserById, type Executor, type UserRow } from '../storage/users.repo';
import { bucket, enforceLimit } from './auth.service';
import type { Actor, AppDeps } from './context';

const period = 30;
const issuer = 'Rapport';

/** Whether the clinic's RAPPORT_REQUIRE_TOTP applies to this role. */
export function totpRequiredFor(deps: AppDeps, role: Role): boolean {
  return deps.requireTotp && (role === 'therapist' || role === 'admin');
}

function totpOf(secretBase32: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

/** The 30-second step a code was made for, or null; refuses steps at or before `lastStep`. */
export function matchingStep(
  secretBase32: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | null {
  const delta = totpOf(secretBase32, 'x').validate({
    token: code,
    timestamp: now.getTime(),
    window: 1,
  });
  if (delta === null) return null;
  const step = OTPAuth.TOTP.counter({ period, timestamp: now.getTime() }) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

export function recoveryCodeHash(userId: string, code: string): string {
  return createHash('sha256')
    .update(`rapport-recovery:${userId}:${normaliseRecoveryCode(code)}`)
    .digest('hex');
}

function newRecoveryCode(): string {
  let raw = '';
  for (let i = 0; i < 12; i++) raw += recoveryAlphabet[randomInt(recoveryAlphabet.length)];
  return raw;
}

/** Ten new codes replace any old ones; only their hashes are kept. Returns them, formatted. */
async function issueRecoveryCodes(
  deps: AppDeps,
  trx: Executor,
  user: { id: string; clinicId: string },
  now: Date,
): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  await replaceRecoveryCodes(
    trx,
    codes.map((code) => ({
      id: deps.newId(),
      userId: user.id,
      clinicId: user.clinicId,
      codeHash: recoveryCodeHash(user.id, code),
      now,
    })),
  );
  return codes.map(formatRecoveryCode);
}

export type SecondFactorProof = { code?: string | undefined; recoveryCode?: string | undefined };

/**
 * Check a code or a recovery code for a person whose second factor is on, inside the caller's
 * transaction (the row is locked, so one code cannot pass twice at once). A matching code is
 * recorded as used; a recovery code is spent.
 */
export async function checkSecondFactor(
  deps: AppDeps,
  trx: Executor,
  userId: string,
  proof: SecondFactorProof,
  now: Date,
): Promise<'code' | 'recovery' | null> {
  const row = await findTotpForUpdate(trx, userId);
  if (!row || row.confirmed_at === null) return null;
  if (proof.code !== undefined) {
    const step = matchingStep(
      openTotpSecret(deps.sealer, row),
      proof.code,
      now,
      row.last_step === null ? null : Number(row.last_step),
    );
    if (step === null) return null;
    await recordTotpStep(trx, userId, step);
    return 'code';
  }
  if (proof.recoveryCode !== undefined) {
    return (await useRecoveryCode(trx, userId, recoveryCodeHash(userId, proof.recoveryCode), now))
      ? 'recovery'
      : null;
  }
  return null;
}

export async function hasConfirmedTotp(db: Executor, userId: string): Promise<boolean> {
  const row = await findTotp(db, userId);
  return row !== undefined && row.confirmed_at !== null;
}

function audit(
  user: { id: string; clinicId: string; role: string },
  actorId: string | null,
  action: string,
  now: Date,
  outcome: 'success' | 'failure' = 'success',
) {
  return {
    clinicId: user.clinicId,
    actorId,
    actorRole: actorId === null ? null : user.role,
    action,
    resourceType: 'user',
    resourceId: user.id,
    subjectId: user.id,
    outcome,
    occurredAt: now,
  };
}

export async function getTotpStatus(deps: AppDeps, actor: Actor): Promise<TotpStatusView> {
  const row = await findTotp(deps.db, actor.userId);
  const enabled = row !== undefined && row.confirmed_at !== null;
  return {
    enabled,
    confirmedAt: enabled && row.confirmed_at ? new Date(row.confirmed_at).toISOString() : null,
    recoveryCodesLeft: enabled ? await countRecoveryCodesLeft(deps.db, actor.userId) : 0,
    required: totpRequiredFor(deps, actor.role),
  };
}

/**
 * Begin setting up: a new secret (160 bits, as RFC 4226 recommends), sealed, unconfirmed until
 * the first code. Used from the account page and from a sign-in the clinic requires it for.
 */
export async function startEnrolment(
  deps: AppDeps,
  user: Pick<UserRow, 'id' | 'clinic_id' | 'email' | 'role'>,
): Promise<TotpEnrolmentView> {
  const now = deps.clock();
  const secret = new OTPAuth.Secret({ buffer: randomBytes(20).buffer }).base32;
  await deps.db.transaction().execute(async (trx) => {
    const existing = await findTotpForUpdate(trx, user.id);
    if (existing && existing.confirmed_at !== null) throw new AppError('totp_already_enabled');
    await upsertPendingTotp(trx, deps.sealer, {
      userId: user.id,
      clinicId: user.clinic_id,
      secret,
      now,
    });
    await appendAudit(trx, [
      audit({ id: user.id, clinicId: user.clinic_id, role: user.role }, user.id, 'totp.setup', now),
    ]);
  });
  const otpauthUri = totpOf(secret, user.email).toString();
  const svg = await QRCode.toString(otpauthUri, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  return {
    otpauthUri,
    secret,
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  };
}

/** Finish setting up with a first code, inside the caller's transaction; returns recovery codes. */
export async function confirmEnrolmentIn(
  deps: AppDeps,
  trx: Executor,
  user: { id: string; clinicId: string; role: string },
  code: string,
  now: Date,
): Promise<string[]> {
  const row = await findTotpForUpdate(trx, user.id);
  if (!row) throw new AppError('totp_setup_not_started');
  if (row.confirmed_at !== null) throw new AppError('totp_already_enabled');
  const step = matchingStep(openTotpSecret(deps.sealer, row), code, now, null);
  if (step === null) throw new AppError('totp_invalid');
  await confirmTotp(trx, user.id, step, now);
  const codes = await issueRecoveryCodes(deps, trx, user, now);
  await appendAudit(trx, [audit(user, user.id, 'totp.enable', now)]);
  return codes;
}

export async function confirmEnrolment(
  deps: AppDeps,
  actor: Actor,
  code: string,
): Promise<RecoveryCodesView> {
  const now = deps.clock();
  const user = { id: actor.userId, clinicId: actor.clinicId, role: actor.role };
  const recoveryCodes = await deps.db
    .transaction()
    .execute((trx) => confirmEnrolmentIn(deps, trx, user, code, now));
  return { recoveryCodes };
}

/** A wrong code on the account page is written down (audited) before the refusal. */
async function requireProof(
  deps: AppDeps,
  actor: Actor,
  proof: SecondFactorProof,
  action: string,
  work: (trx: Executor, now: Date) => Promise<void>,
): Promise<void> {
  const now = deps.clock();
  const user = { id: actor.userId, clinicId: actor.clinicId, role: actor.role };
  if (!(await hasConfirmedTotp(deps.db, actor.userId))) throw new AppError('totp_not_enabled');
  // Guessing codes from a stolen session is limited like guessing passwords.
  const guesses = bucket(deps, 'account', `totp:${actor.userId}`);
  await enforceLimit(deps, guesses, deps.loginLimits.perAccount, now);
  const ok = await deps.db.transaction().execute(async (trx) => {
    const passed = await checkSecondFactor(deps, trx, actor.userId, proof, now);
    if (passed) await work(trx, now);
    return passed !== null;
  });
  if (!ok) {
    await deps.db.transaction().execute(async (trx) => {
      await recordLoginAttempt(trx, { buckets: [guesses], succeeded: false, at: now });
      await appendAudit(trx, [audit(user, actor.userId, action, now, 'failure')]);
    });
    throw new AppError('totp_invalid');
  }
}

export async function disableTotp(
  deps: AppDeps,
  actor: Actor,
  proof: SecondFactorProof,
): Promise<void> {
  const user = { id: actor.userId, clinicId: actor.clinicId, role: actor.role };
  await requireProof(deps, actor, proof, 'totp.disable', async (trx, now) => {
    await deleteTotp(trx, actor.userId);
    await appendAudit(trx, [audit(user, actor.userId, 'totp.disable', now)]);
  });
}

export async function renewRecoveryCodes(
  deps: AppDeps,
  actor: Actor,
  proof: SecondFactorProof,
): Promise<RecoveryCodesView> {
  const user = { id: actor.userId, clinicId: actor.clinicId, role: actor.role };
  let recoveryCodes: string[] = [];
  await requireProof(deps, actor, proof, 'totp.recovery_codes', async (trx, now) => {
    recoveryCodes = await issueRecoveryCodes(deps, trx, user, now);
    await appendAudit(trx, [audit(user, actor.userId, 'totp.recovery_codes', now)]);
  });
  return { recoveryCodes };
}

export async function startEnrolmentFor(deps: AppDeps, actor: Actor): Promise<TotpEnrolmentView> {
  const user = await findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('unauthenticated');
  return startEnrolment(deps, user);
}
