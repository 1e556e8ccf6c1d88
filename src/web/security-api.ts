/** The web client for sign-in security and the audit log (beside api.ts, through its request()). */
import { z } from 'zod';
import { sessionView, type SessionView } from '../core/accounts';
import { auditSearchView, type AuditSearchInput, type AuditSearchView } from '../core/audit-search';
import {
  enrolledSessionView,
  recoveryCodesView,
  totpEnrolmentView,
  totpStatusView,
  type EnrolledSessionView,
  type RecoveryCodesView,
  type TotpEnrolmentView,
  type TotpProofRequest,
  type TotpStatusView,
} from '../core/totp';
import { request } from './api';

const ok = z.object({ ok: z.literal(true) });

export const securityApi = {
  loginSecondFactor: (proof: TotpProofRequest) =>
    request<SessionView>('POST', '/auth/login/second-factor', sessionView, proof),
  loginTotpSetup: () =>
    request<TotpEnrolmentView>('POST', '/auth/login/totp-setup', totpEnrolmentView),
  loginTotpSetupConfirm: (code: string) =>
    request<EnrolledSessionView>('POST', '/auth/login/totp-setup/confirm', enrolledSessionView, {
      code,
    }),
  totpStatus: () => request<TotpStatusView>('GET', '/me/totp', totpStatusView),
  totpStart: () => request<TotpEnrolmentView>('POST', '/me/totp', totpEnrolmentView),
  totpConfirm: (code: string) =>
    request<RecoveryCodesView>('POST', '/me/totp/confirm', recoveryCodesView, { code }),
  totpDisable: (proof: TotpProofRequest) => request('DELETE', '/me/totp', ok, proof),
  totpRenewCodes: (proof: TotpProofRequest) =>
    request<RecoveryCodesView>('POST', '/me/totp/recovery-codes', recoveryCodesView, proof),
  auditSearch: (filters: Partial<AuditSearchInput>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(filters) as [string, string | number | undefined][])
      if (value !== undefined && value !== '') search.set(key, String(value));
    const text = search.toString();
    return request<AuditSearchView>('GET', `/audit${text ? `?${text}` : ''}`, auditSearchView);
  },
};
