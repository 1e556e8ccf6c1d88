/** The typed client for concerns, the client's own therapy view and the ending flow (uses api.ts's request). */
import { z } from 'zod';
import {
  checkinLinkView,
  clinicConcernList,
  concernList,
  createConcernResult,
  endEngagementResult,
  pendingCheckinList,
  supportContactsView,
  type CheckinLinkView,
  type ClinicConcernList,
  type ConcernList,
  type CreateConcernResult,
  type EndEngagementRequest,
  type EndEngagementResult,
  type PendingCheckinList,
  type SupportContactsView,
} from '../core/concerns';
import { checkinView, type CheckinView } from '../core/checkins';
import { sessionView, type SessionView } from '../core/engagements';
import { request } from './api';

const ok = z.object({ ok: z.literal(true) });

export interface ConcernInput {
  engagementId: string;
  category: string;
  text: string;
  shareWithTherapist: boolean;
  reportToClinic?: boolean;
}

export const concernsApi = {
  raise: (body: ConcernInput) =>
    request<CreateConcernResult>('POST', '/concerns', createConcernResult, body),
  mine: (cursor?: string | null) =>
    request<ConcernList>(
      'GET',
      `/concerns?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      concernList,
    ),
  remove: (id: string) => request<{ ok: true }>('DELETE', `/concerns/${id}`, ok),
  clinic: (cursor?: string | null) =>
    request<ClinicConcernList>(
      'GET',
      `/clinic/concerns?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      clinicConcernList,
    ),
  supportContacts: () =>
    request<SupportContactsView>('GET', '/support-contacts', supportContactsView),
  pendingCheckins: () =>
    request<PendingCheckinList>('GET', '/checkins/pending', pendingCheckinList),
  checkinLink: (sessionId: string) =>
    request<CheckinLinkView>('POST', `/sessions/${sessionId}/checkin-link`, checkinLinkView),
  end: (engagementId: string, body: EndEngagementRequest) =>
    request<EndEngagementResult>(
      'POST',
      `/engagements/${engagementId}/ending`,
      endEngagementResult,
      body,
    ),
  sessions: (engagementId: string) =>
    request<{ items: SessionView[] }>(
      'GET',
      `/engagements/${engagementId}/sessions`,
      z.object({ items: z.array(sessionView) }),
    ),
  checkins: (engagementId: string) =>
    request<{ items: CheckinView[] }>(
      'GET',
      `/engagements/${engagementId}/checkins`,
      z.object({ items: z.array(checkinView) }),
    ),
};
