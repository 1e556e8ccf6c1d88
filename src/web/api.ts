/**
 * The one typed client for /api/v1. It sends the CSRF token on every mutating request, the
 * person's language for server messages, and turns error bodies into ApiError.
 */
import { z } from 'zod';
import {
  checkinFormView,
  checkinResult,
  checkinView,
  linkCheckinResult,
  type CheckinFormView,
  type CheckinResult,
  type CheckinView,
  type LinkCheckinRequest,
  type LinkCheckinResult,
} from '../core/checkins';
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
import {
  sessionView,
  userView,
  type LoginRequest,
  type RegisterRequest,
  type SessionView,
  type UpdateMeRequest,
  type UserView,
} from '../core/accounts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: string[] = [],
    /** Every problem with its field path (clinic settings, imported questionnaires). */
    readonly problems: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let language = 'en';

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(locale: string): void {
  language = locale;
}

/** Exported for the feature clients beside this one (e.g. concerns-api.ts). */
export async function request<T>(
  method: string,
  path: string,
  schema: z.ZodType<T> | null,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language,
    ...extraHeaders,
  };
  // A file (a photo) goes as it is, with its own type; everything else as JSON.
  const file = body instanceof Blob ? body : null;
  if (body !== undefined) headers['Content-Type'] = file ? file.type : 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: file ?? JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'network', '');
  }
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = (
      data as {
        error?: {
          code?: string;
          message?: string;
          fields?: string[];
          problems?: { path: string; message: string }[];
        };
      } | null
    )?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal_error',
      error?.message ?? '',
      error?.fields ?? [],
      error?.problems ?? [],
    );
  }
  return schema ? schema.parse(data) : (data as T);
}

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
  me: () => request<SessionView>('GET', '/me', sessionView),
  login: (input: LoginRequest) => request<SessionView>('POST', '/auth/login', sessionView, input),
  register: (input: RegisterRequest) =>
    request<SessionView>('POST', '/auth/register', sessionView, input),
  logout: () => request<{ ok: true }>('POST', '/auth/logout', null),
  updateMe: (input: UpdateMeRequest) => request<UserView>('PATCH', '/me', userView, input),
  checkinForm: (token: string) =>
    request<CheckinFormView>('GET', `/checkin-links/${token}`, checkinFormView),
  submitLinkCheckins: (token: string, body: LinkCheckinRequest, idempotencyKey: string) =>
    request<LinkCheckinResult>(
      'POST',
      `/checkin-links/${token}/checkins`,
      linkCheckinResult,
      body,
      {
        'Idempotency-Key': idempotencyKey,
      },
    ),

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
