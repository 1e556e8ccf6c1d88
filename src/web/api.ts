/**
 * The one typed client for /api/v1. It sends the CSRF token on every mutating request, the
 * person's language for server messages, and turns error bodies into ApiError (all in http.ts,
 * re-exported here); the first pages' endpoints live in accounts-api.ts and checkin-api.ts.
 */
import { z } from 'zod';
import { checkinResult, checkinView, type CheckinResult, type CheckinView } from '../core/checkins';
import {
  engagementView,
  sessionView as engagementSessionView,
  type EngagementView,
  type ScheduleSessionRequest,
  type UpdateEngagementRequest,
  type SessionView as EngagementSession,
  type UpdateSessionRequest,
} from '../core/engagements';
import { signalView, type SignalView, type UpdateSignalRequest } from '../core/signal-view';
import {
  availabilityView,
  matchItem,
  myProfileView,
  publicProfileView,
  slotsView,
  type AvailabilityRequest,
  type AvailabilityView,
  type MatchItem,
  type MyProfileView,
  type PublicProfileView,
  type SlotsView,
  type TherapistProfileRequest,
} from '../core/directory';
import {
  consultationNoteView,
  consultationView,
  therapistMetView,
  type BookConsultationRequest,
  type ConsultationNoteRequest,
  type ConsultationNoteView,
  type ConsultationView,
  type TherapistMetView,
} from '../core/consultations';
import type { MatchRequestInput } from '../core/matching';
import {
  caseloadView,
  goalView,
  repairNoteView,
  reflectionView,
  signalDetailView,
  type CaseloadView,
  type GoalRatingRequest,
  type GoalView,
  type RepairNoteView,
  type ReflectionView,
  type SignalDetailView,
} from '../core/workspace';
import { accountsApi } from './accounts-api';
import { checkinApi } from './checkin-api';
import { request } from './http';

export { ApiError, request, setApiLanguage, setCsrfToken } from './http';

/** `{items: [...]}` of a collection the web app reads whole (the server sends nextCursor: null). */
function itemsOf<T>(schema: z.ZodType<T>): z.ZodType<{ items: T[] }> {
  return z.object({ items: z.array(schema) });
}

const ok = z.object({ ok: z.literal(true) });

const directoryPage = z.object({
  items: z.array(publicProfileView),
  nextCursor: z.string().nullable(),
});
const consultationsPage = z.object({
  items: z.array(consultationView),
  nextCursor: z.string().nullable(),
});

/** Directory filters as the form holds them: codes, or '' for "any". */
export interface DirectoryQuery {
  concern?: string;
  approach?: string;
  language?: string;
  mode?: string;
  region?: string;
  maxFee?: string;
  availableWithinDays?: string;
}

/** The calendar file of a consultation, on this server (the API's own link names the public URL). */
export const calendarFileUrl = (consultationId: string) =>
  `/api/v1/consultations/${consultationId}/calendar.ics`;

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  // One's own account and a check-in by link live beside this file: the first pages need them
  // without every other feature's schemas.
  ...accountsApi,
  ...checkinApi,

  myEngagements: () =>
    request<{ items: EngagementView[]; nextCursor: string | null }>(
      'GET',
      '/engagements?limit=50',
      z.object({ items: z.array(engagementView), nextCursor: z.string().nullable() }),
    ),

  // The therapist's workspace
  caseload: (options: { cursor?: string | null; limit?: number } = {}) =>
    request<CaseloadView>(
      'GET',
      `/caseload${query({ cursor: options.cursor, limit: options.limit })}`,
      caseloadView,
    ),
  inviteClient: (clientEmail: string) =>
    request<EngagementView>('POST', '/engagements', engagementView, { clientEmail }),
  engagement: (id: string) => request<EngagementView>('GET', `/engagements/${id}`, engagementView),
  /** The other party accepts (`active`) or either ends it; 409 when the move is not allowed. */
  updateEngagement: (id: string, body: UpdateEngagementRequest) =>
    request<EngagementView>('PATCH', `/engagements/${id}`, engagementView, body),
  /** Signed-in client asks to start working with a therapist; 409 `engagement_exists`. */
  requestEngagement: (therapistId: string) =>
    request<EngagementView>('POST', '/engagements', engagementView, { therapistId }),
  sessions: (engagementId: string) =>
    request<{ items: EngagementSession[] }>(
      'GET',
      `/engagements/${engagementId}/sessions`,
      itemsOf(engagementSessionView),
    ),
  scheduleSession: (engagementId: string, body: ScheduleSessionRequest) =>
    request<EngagementSession>(
      'POST',
      `/engagements/${engagementId}/sessions`,
      engagementSessionView,
      body,
    ),
  recordAttendance: (sessionId: string, body: UpdateSessionRequest) =>
    request<EngagementSession>('PATCH', `/sessions/${sessionId}`, engagementSessionView, body),
  checkins: (engagementId: string) =>
    request<{ items: CheckinView[] }>(
      'GET',
      `/engagements/${engagementId}/checkins`,
      itemsOf(checkinView),
    ),
  /** The therapist's own rating of a session; the key makes a retry or double tap count once. */
  rateSession: (sessionId: string, answers: Record<string, number>, idempotencyKey: string) =>
    request<CheckinResult>(
      'POST',
      `/sessions/${sessionId}/checkins`,
      checkinResult,
      { instrument: 'therapist-alliance', answers },
      { 'Idempotency-Key': idempotencyKey },
    ),
  signals: (engagementId: string) =>
    request<{ items: SignalView[] }>(
      'GET',
      `/engagements/${engagementId}/signals`,
      itemsOf(signalView),
    ),
  signal: (id: string) => request<SignalDetailView>('GET', `/signals/${id}`, signalDetailView),
  updateSignal: (id: string, body: UpdateSignalRequest) =>
    request<SignalView>('PATCH', `/signals/${id}`, signalView, body),
  addRepairNote: (signalId: string, note: string) =>
    request<RepairNoteView>('POST', `/signals/${signalId}/repairs`, repairNoteView, { note }),
  goals: (engagementId: string) =>
    request<{ items: GoalView[] }>('GET', `/engagements/${engagementId}/goals`, itemsOf(goalView)),
  addGoal: (engagementId: string, title: string) =>
    request<GoalView>('POST', `/engagements/${engagementId}/goals`, goalView, { title }),
  rateGoal: (goalId: string, body: GoalRatingRequest) =>
    request<GoalView>('POST', `/goals/${goalId}/ratings`, goalView, body),
  updateGoal: (goalId: string, status: GoalView['status']) =>
    request<GoalView>('PATCH', `/goals/${goalId}`, goalView, { status }),
  reflections: (engagementId: string) =>
    request<{ items: ReflectionView[] }>(
      'GET',
      `/engagements/${engagementId}/reflections`,
      itemsOf(reflectionView),
    ),
  addReflection: (engagementId: string, text: string) =>
    request<ReflectionView>('POST', `/engagements/${engagementId}/reflections`, reflectionView, {
      text,
    }),
  deleteReflection: (id: string) => request<{ ok: true }>('DELETE', `/reflections/${id}`, ok),

  // The directory and free consultations (public unless noted)
  directory: (filters: DirectoryQuery, cursor?: string | null, limit = 10) =>
    request<{ items: PublicProfileView[]; nextCursor: string | null }>(
      'GET',
      `/therapists${query({ ...filters, cursor, limit })}`,
      directoryPage,
    ),
  therapist: (id: string) =>
    request<PublicProfileView>('GET', `/therapists/${id}`, publicProfileView),
  match: (body: MatchRequestInput) =>
    request<{ items: MatchItem[] }>('POST', '/match', itemsOf(matchItem), body),
  /** The next `days` days of consultation slots, with the offsets of `timeZone`. */
  slots: (therapistId: string, timeZone: string, days = 14) => {
    const from = new Date();
    const to = new Date(from.getTime() + days * 86_400_000);
    return request<SlotsView>(
      'GET',
      `/therapists/${therapistId}/slots${query({
        kind: 'consultation',
        from: from.toISOString(),
        to: to.toISOString(),
        tz: timeZone,
      })}`,
      slotsView,
    );
  },
  /** Signed-in client; 409 `slot_taken` when someone was first. */
  bookConsultation: (body: BookConsultationRequest) =>
    request<ConsultationView>('POST', '/consultations', consultationView, body),
  consultations: () =>
    request<{ items: ConsultationView[]; nextCursor: string | null }>(
      'GET',
      `/consultations${query({ limit: 50 })}`,
      consultationsPage,
    ),
  cancelConsultation: (id: string) =>
    request<ConsultationView>('DELETE', `/consultations/${id}`, consultationView),
  /** Move to another free slot; 409 `slot_taken` when someone was first (nothing changes then). */
  rescheduleConsultation: (id: string, start: string) =>
    request<ConsultationView>('POST', `/consultations/${id}/reschedule`, consultationView, {
      start,
    }),
  /** The client's private note and fit rating: sealed at rest, never shown to the therapist. */
  saveConsultationNote: (id: string, body: ConsultationNoteRequest) =>
    request<ConsultationNoteView>('PUT', `/consultations/${id}/note`, consultationNoteView, body),
  /** Signed-in client: the therapists met, with their own notes and ratings. */
  therapistsMet: () =>
    request<{ items: TherapistMetView[] }>('GET', '/me/therapists-met', itemsOf(therapistMetView)),

  // The therapist's own profile and availability
  myProfile: () => request<MyProfileView>('GET', '/therapists/me/profile', myProfileView),
  saveMyProfile: (body: TherapistProfileRequest) =>
    request<MyProfileView>('PUT', '/therapists/me/profile', myProfileView, body),
  myAvailability: () =>
    request<{ items: AvailabilityView[] }>(
      'GET',
      '/therapists/me/availability',
      itemsOf(availabilityView),
    ),
  addAvailability: (body: AvailabilityRequest) =>
    request<AvailabilityView>('POST', '/therapists/me/availability', availabilityView, body),
  removeAvailability: (id: string) =>
    request<{ ok: true }>('DELETE', `/therapists/me/availability/${id}`, ok),
  /** The raw image as the body (JPEG, PNG or WebP); the server re-encodes it. */
  uploadPhoto: (file: Blob) =>
    request<{ photoUrl: string; width: number; height: number }>(
      'PUT',
      '/therapists/me/photo',
      z.object({ photoUrl: z.string(), width: z.number(), height: z.number() }),
      file,
    ),
  removePhoto: () => request<{ ok: true }>('DELETE', '/therapists/me/photo', ok),

  clinic: () =>
    request<{
      id: string;
      name: string;
      counts: { clients: number; therapists: number; admins: number };
    }>('GET', '/clinic', null),
};
