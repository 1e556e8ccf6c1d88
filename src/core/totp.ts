/**
 * The second factor: request and response schemas for setting up, using and removing an
 * authenticator app (TOTP, RFC 6238), and the shape of recovery codes. Shared with the web app.
 */
import { z } from 'zod';
import { sessionView } from './accounts';

/** Six digits from the authenticator app (spaces, as some apps show "123 456", are allowed). */
export const totpCodeSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/));

/** A recovery code as printed ("k7pq-2mzx-h4rt"); dashes, spaces and case are ignored. */
export const recoveryCodeSchema = z
  .string()
  .trim()
  .max(40)
  .transform(normaliseRecoveryCode)
  .pipe(z.string().regex(/^[a-z2-9]{12}$/));

export const recoveryCodeCount = 10;

/** Letters and digits that cannot be mistaken for one another (no 0/o, 1/l/i). */
export const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

export function normaliseRecoveryCode(value: string): string {
  return value.toLowerCase().replace(/[\s-]+/g, '');
}

export function formatRecoveryCode(raw: string): string {
  return raw.match(/.{1,4}/g)?.join('-') ?? raw;
}

export const totpStatusView = z.object({
  enabled: z.boolean(),
  confirmedAt: z.iso.datetime({ offset: true }).nullable(),
  recoveryCodesLeft: z.number().int().min(0),
  /** The clinic asks this role to use a second factor (RAPPORT_REQUIRE_TOTP). */
  required: z.boolean(),
});
export type TotpStatusView = z.infer<typeof totpStatusView>;

export const totpEnrolmentView = z.object({
  /** otpauth://totp/... for authenticator apps; the QR code encodes it. */
  otpauthUri: z.string(),
  /** The same secret in base32, for typing in by hand. */
  secret: z.string(),
  /** The QR code as an SVG data URL (drawn on the server: no extra script in the browser). */
  qrCode: z.string(),
});
export type TotpEnrolmentView = z.infer<typeof totpEnrolmentView>;

export const totpConfirmRequest = z.object({ code: totpCodeSchema }).strict();
export type TotpConfirmRequest = z.input<typeof totpConfirmRequest>;

export const recoveryCodesView = z.object({
  recoveryCodes: z.array(z.string()).length(recoveryCodeCount),
});
export type RecoveryCodesView = z.infer<typeof recoveryCodesView>;

/** Turning the second factor off, or new recovery codes: a current code (or a recovery code). */
export const totpProofRequest = z
  .object({ code: totpCodeSchema.optional(), recoveryCode: recoveryCodeSchema.optional() })
  .strict()
  .refine((value) => (value.code === undefined) !== (value.recoveryCode === undefined), {
    message: 'Give either a code or a recovery code.',
  });
export type TotpProofRequest = z.input<typeof totpProofRequest>;

/** The second step of signing in. */
export const loginSecondStepRequest = totpProofRequest;
export type LoginSecondStepRequest = z.input<typeof loginSecondStepRequest>;

/** Setting up a second factor while signing in (the clinic requires one) ends in a session. */
export const enrolledSessionView = sessionView.extend(recoveryCodesView.shape);
export type EnrolledSessionView = z.infer<typeof enrolledSessionView>;
