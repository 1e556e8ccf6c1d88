/**
 * The web client for clinic administration (beside api.ts): therapists and invitations, the
 * public invitation link, settings, figures, imported questionnaires and supervision.
 */
import { z } from 'zod';
import { sessionView, type SessionView } from '../core/accounts';
import {
  clinicSettingsView,
  type ClinicSettingsView,
  type UpdateClinicSettingsRequest,
} from '../core/clinic-settings';
import {
  reassignmentList,
  therapistAdminPage,
  therapistAdminView,
  type ReassignmentList,
  type TherapistAdminPage,
  type TherapistAdminView,
  type UpdateTherapistRequest,
} from '../core/clinic-admin';
import { figuresView, type FiguresView } from '../core/figures';
import {
  invitationPage,
  invitationPreview,
  invitationView,
  type AcceptInvitationRequest,
  type InvitationPage,
  type InvitationPreview,
  type InvitationView,
} from '../core/invitations';
import {
  supervisionPolicyView,
  supervisionView,
  type SupervisionPolicyView,
  type SupervisionView,
} from '../core/supervision';
import { request } from './api';

const ok = z.object({ ok: z.literal(true) });

/** What `POST /instruments` answers with (the route's response schema, as the browser reads it). */
export const importedInstrument = z.object({
  id: z.string(),
  title: z.string(),
  respondent: z.enum(['client', 'therapist']),
  items: z.number().int(),
  scales: z.array(
    z.object({
      id: z.string(),
      min: z.number(),
      max: z.number(),
      reliableChange: z.number().nullable(),
    }),
  ),
  importedAt: z.string(),
});
export type ImportedInstrument = z.infer<typeof importedInstrument>;

/** A questionnaire as `GET /instruments` lists it (only what the list shows). */
const questionnaireSummary = z.looseObject({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  item: z.array(z.unknown()),
});
export type QuestionnaireSummary = z.infer<typeof questionnaireSummary>;

const supervisionPage = z.object({
  items: z.array(supervisionView),
  nextCursor: z.string().nullable(),
});

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface FiguresRange {
  from?: string;
  to?: string;
  therapistId?: string;
}

export const adminApi = {
  therapists: (
    options: {
      status?: 'active' | 'deactivated' | 'all';
      cursor?: string | null;
      limit?: number;
    } = {},
  ): Promise<TherapistAdminPage> =>
    request(
      'GET',
      `/clinic/therapists${query({ status: options.status, cursor: options.cursor, limit: options.limit })}`,
      therapistAdminPage,
    ),
  updateTherapist: (id: string, body: UpdateTherapistRequest): Promise<TherapistAdminView> =>
    request('PATCH', `/clinic/therapists/${id}`, therapistAdminView, body),
  reassignments: (): Promise<ReassignmentList> =>
    request('GET', '/clinic/reassignments', reassignmentList),

  invitations: (cursor?: string | null, limit = 20): Promise<InvitationPage> =>
    request('GET', `/clinic/invitations${query({ cursor, limit })}`, invitationPage),
  invite: (email: string): Promise<InvitationView> =>
    request('POST', '/clinic/invitations', invitationView, { email }),
  withdrawInvitation: (id: string): Promise<{ ok: true }> =>
    request('DELETE', `/clinic/invitations/${id}`, ok),

  previewInvitation: (token: string): Promise<InvitationPreview> =>
    request('GET', `/invitations/${encodeURIComponent(token)}`, invitationPreview),
  acceptInvitation: (token: string, body: AcceptInvitationRequest): Promise<SessionView> =>
    request('POST', `/invitations/${encodeURIComponent(token)}/accept`, sessionView, body),

  settings: (): Promise<ClinicSettingsView> =>
    request('GET', '/clinic/settings', clinicSettingsView),
  updateSettings: (body: UpdateClinicSettingsRequest): Promise<ClinicSettingsView> =>
    request('PATCH', '/clinic/settings', clinicSettingsView, body),

  clinicFigures: (range: FiguresRange = {}): Promise<FiguresView> =>
    request(
      'GET',
      `/clinic/figures${query({ from: range.from, to: range.to, therapistId: range.therapistId })}`,
      figuresView,
    ),
  myFigures: (range: FiguresRange = {}): Promise<FiguresView> =>
    request('GET', `/me/figures${query({ from: range.from, to: range.to })}`, figuresView),

  instruments: (): Promise<QuestionnaireSummary[]> =>
    request(
      'GET',
      '/instruments',
      z.object({ items: z.array(questionnaireSummary) }).transform((page) => page.items),
    ),
  importInstrument: (questionnaire: unknown): Promise<ImportedInstrument> =>
    request('POST', '/instruments', importedInstrument, questionnaire),

  supervisions: (cursor?: string | null): Promise<z.infer<typeof supervisionPage>> =>
    request('GET', `/clinic/supervisions${query({ cursor, limit: 50 })}`, supervisionPage),
  designateSupervisor: (supervisorId: string, therapistId: string): Promise<SupervisionView> =>
    request('POST', '/clinic/supervisions', supervisionView, { supervisorId, therapistId }),
  endSupervision: (id: string): Promise<{ ok: true }> =>
    request('DELETE', `/clinic/supervisions/${id}`, ok),
  supervisionPolicy: (): Promise<SupervisionPolicyView> =>
    request('GET', '/clinic/supervision-policy', supervisionPolicyView),
  setSupervisionPolicy: (allowWithConsent: boolean): Promise<SupervisionPolicyView> =>
    request('PUT', '/clinic/supervision-policy', supervisionPolicyView, { allowWithConsent }),
};
