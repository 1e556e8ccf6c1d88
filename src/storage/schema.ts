/** Kysely's view of the tables in migrations/ (kept by hand, next to the SQL it mirrors). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface ClinicsTable {
  id: string;
  name: string;
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: DefaultTimestamp;
}

export interface UsersTable {
  id: string;
  clinic_id: string;
  email: string;
  role: 'client' | 'therapist' | 'admin';
  display_name: string;
  password_hash: string;
  locale: string | null;
  time_zone: string | null;
  status: ColumnType<'active' | 'deactivated', 'active' | 'deactivated' | undefined>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface AuthSessionsTable {
  id: string;
  user_id: string;
  clinic_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  bucket: string;
  succeeded: boolean;
  attempted_at: Timestamp;
}

export interface AuditEventsTable {
  id: Generated<number>;
  clinic_id: string;
  seq: number;
  occurred_at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  subject_id: string | null;
  /** Several people at once (a caseload read); null for events about one person or none. */
  subject_ids: ColumnType<string[] | null, string[] | null | undefined, never>;
  reason: string | null;
  outcome: ColumnType<string, string | undefined>;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadsTable {
  clinic_id: string;
  seq: number;
  hash: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: DefaultTimestamp;
}

export interface TherapistProfilesTable {
  user_id: string;
  clinic_id: string;
  bio: ColumnType<string, string | undefined>;
  approaches: ColumnType<string[], string[] | undefined>;
  concerns: ColumnType<string[], string[] | undefined>;
  languages: ColumnType<string[], string[] | undefined>;
  modes: ColumnType<string[], string[] | undefined>;
  region: string | null;
  fee_min: number | null;
  fee_max: number | null;
  sliding_scale: ColumnType<boolean, boolean | undefined>;
  years_practice: number | null;
  characteristics: ColumnType<Record<string, unknown>, string | undefined, string>;
  time_zone: ColumnType<string, string | undefined>;
  published: ColumnType<boolean, boolean | undefined>;
  verified: ColumnType<boolean, boolean | undefined>;
  updated_at: DefaultTimestamp;
}

export type EngagementStatus = 'consulting' | 'active' | 'ended';

export interface EngagementsTable {
  id: string;
  clinic_id: string;
  client_id: string;
  therapist_id: string;
  status: EngagementStatus;
  initiated_by: ColumnType<'client' | 'therapist', 'client' | 'therapist' | undefined>;
  end_reason: string | null;
  created_at: Timestamp;
  started_at: Timestamp | null;
  ended_at: Timestamp | null;
}

export interface EngagementEventsTable {
  id: Generated<number>;
  clinic_id: string;
  engagement_id: string;
  status: EngagementStatus;
  reason: string | null;
  actor_id: string | null;
  occurred_at: Timestamp;
}

export type SessionStatus = 'scheduled' | 'attended' | 'cancelled' | 'late_cancelled' | 'no_show';

export interface TherapySessionsTable {
  id: string;
  clinic_id: string;
  engagement_id: string;
  scheduled_at: Timestamp;
  duration_minutes: ColumnType<number, number | undefined>;
  status: ColumnType<SessionStatus, SessionStatus | undefined>;
  cancelled_by: 'client' | 'therapist' | null;
  status_changed_at: Timestamp | null;
  created_at: Timestamp;
}

export interface CheckinsTable {
  id: string;
  clinic_id: string;
  engagement_id: string;
  session_id: string;
  instrument_id: string;
  respondent_role: 'client' | 'therapist';
  respondent_id: string;
  answers: Json<Record<string, number>>;
  scores: Json<Record<string, number>>;
  comment_ciphertext: string | null;
  screening_labels: ColumnType<string[], string[] | undefined>;
  screening_ciphertext: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  submitted_at: Timestamp;
}

export interface GoalsTable {
  id: string;
  clinic_id: string;
  engagement_id: string;
  title_ciphertext: string;
  status: ColumnType<
    'active' | 'achieved' | 'dropped',
    'active' | 'achieved' | 'dropped' | undefined
  >;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GoalRatingsTable {
  id: string;
  clinic_id: string;
  goal_id: string;
  rater_role: 'client' | 'therapist';
  rater_id: string;
  session_id: string | null;
  progress: number;
  agreement: number | null;
  rated_at: Timestamp;
}

export interface SignalsTable {
  id: string;
  clinic_id: string;
  engagement_id: string;
  session_id: string | null;
  kind: string;
  severity: 'info' | 'warning' | 'urgent';
  status: ColumnType<
    'open' | 'acknowledged' | 'resolved',
    'open' | 'acknowledged' | 'resolved' | undefined
  >;
  rule_key: string;
  evidence: Json<Record<string, unknown>>;
  quote_ciphertext: string | null;
  raised_at: Timestamp;
  updated_at: Timestamp;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  resolution: Json<Record<string, unknown>> | null;
}

export interface RepairNotesTable {
  id: string;
  clinic_id: string;
  signal_id: string;
  author_id: string;
  note_ciphertext: string;
  created_at: Timestamp;
}

export interface CheckinLinksTable {
  id: string;
  clinic_id: string;
  session_id: string;
  client_id: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface OutboxMessagesTable {
  id: string;
  clinic_id: string;
  recipient_id: string | null;
  /** The client the message is about (0012), so that erasure finds it; null for staff mail. */
  client_id: ColumnType<string | null, string | null | undefined, string | null>;
  to_address_ciphertext: string;
  subject: string;
  body_ciphertext: string;
  kind: string;
  created_at: Timestamp;
  sent_at: Timestamp | null;
  attempts: ColumnType<number, number | undefined>;
  last_error: string | null;
}

export interface ReflectionNotesTable {
  id: string;
  clinic_id: string;
  engagement_id: string;
  author_id: string;
  text_ciphertext: string;
  created_at: Timestamp;
}

/** Kept current by triggers on therapy_sessions and checkins (migration 0006); read-only here. */
export interface EngagementFactsTable {
  engagement_id: string;
  clinic_id: string;
  sessions_attended: number;
  last_attended_at: Timestamp | null;
  alliance_latest: number | null;
  alliance_previous: number | null;
  alliance_at: Timestamp | null;
  wellbeing_latest: number | null;
  wellbeing_previous: number | null;
  wellbeing_at: Timestamp | null;
}

/** Engagements whose signals are to be recomputed (migration 0013). */
export interface SignalQueueTable {
  engagement_id: string;
  clinic_id: string;
  marked_at: Timestamp;
  version: Generated<number>;
}

export interface DB {
  clinics: ClinicsTable;
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
  schema_migrations: SchemaMigrationsTable;
  therapist_profiles: TherapistProfilesTable;
  engagements: EngagementsTable;
  engagement_facts: EngagementFactsTable;
  engagement_events: EngagementEventsTable;
  therapy_sessions: TherapySessionsTable;
  checkins: CheckinsTable;
  goals: GoalsTable;
  goal_ratings: GoalRatingsTable;
  signals: SignalsTable;
  signal_queue: SignalQueueTable;
  repair_notes: RepairNotesTable;
  checkin_links: CheckinLinksTable;
  outbox_messages: OutboxMessagesTable;
  reflection_notes: ReflectionNotesTable;
  user_totp: UserTotpTable;
  totp_recovery_codes: TotpRecoveryCodesTable;
  login_challenges: LoginChallengesTable;
  therapist_availability: TherapistAvailabilityTable;
  consultations: ConsultationsTable;
  consultation_notes: ConsultationNotesTable;
  concerns: ConcernsTable;
  therapist_photos: TherapistPhotosTable;
  clinic_invitations: ClinicInvitationsTable;
  clinic_instruments: ClinicInstrumentsTable;
  handovers: HandoversTable;
  supervisions: SupervisionsTable;
  supervision_policies: SupervisionPoliciesTable;
  supervision_consents: SupervisionConsentsTable;
  supervision_accesses: SupervisionAccessesTable;
  checkin_link_reminders: CheckinLinkRemindersTable;
  consultation_reminders: ConsultationRemindersTable;
}

export interface TherapistAvailabilityTable {
  id: string;
  clinic_id: string;
  therapist_id: string;
  kind: 'consultation' | 'session' | 'unavailable';
  starts_at: Timestamp | null;
  ends_at: Timestamp | null;
  weekday: number | null;
  start_minute: number | null;
  end_minute: number | null;
  time_zone: string | null;
  created_at: Timestamp;
}

export interface ConsultationsTable {
  id: string;
  clinic_id: string;
  client_id: string;
  therapist_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  status: ColumnType<'booked' | 'cancelled', 'booked' | 'cancelled' | undefined>;
  cancelled_by: 'client' | 'therapist' | null;
  cancelled_at: Timestamp | null;
  sequence: ColumnType<number, number | undefined>;
  client_time_zone: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConsultationNotesTable {
  consultation_id: string;
  clinic_id: string;
  client_id: string;
  note_ciphertext: string;
  fit_rating: number | null;
  updated_at: Timestamp;
}

/** A therapist's profile photo as Rapport re-encoded it (0005); never the upload as sent. */
export interface TherapistPhotosTable {
  therapist_id: string;
  clinic_id: string;
  content_type: 'image/jpeg' | 'image/png' | 'image/webp';
  image: Uint8Array;
  width: number;
  height: number;
  etag: string;
  updated_at: Timestamp;
}

/** Invitations for therapists to join a clinic (0009): only the token's SHA-256 is stored. */
export interface ClinicInvitationsTable {
  id: string;
  clinic_id: string;
  email: string;
  role: ColumnType<'therapist', 'therapist' | undefined>;
  token_hash: string;
  invited_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_user_id: string | null;
  revoked_at: Timestamp | null;
}

/** Questionnaires a clinic imported (0009), kept as the FHIR JSON that was validated. */
export interface ClinicInstrumentsTable {
  clinic_id: string;
  id: string;
  respondent: 'client' | 'therapist';
  questionnaire: Json<Record<string, unknown>>;
  imported_by: string | null;
  imported_at: Timestamp;
}

export interface UserTotpTable {
  user_id: string;
  clinic_id: string;
  secret_ciphertext: string;
  created_at: Timestamp;
  confirmed_at: Timestamp | null;
  last_step: number | null;
}

export interface TotpRecoveryCodesTable {
  id: string;
  user_id: string;
  clinic_id: string;
  code_hash: string;
  created_at: Timestamp;
  used_at: Timestamp | null;
}

export interface LoginChallengesTable {
  id: string;
  user_id: string;
  clinic_id: string;
  purpose: 'verify' | 'enrol';
  failures: ColumnType<number, number | undefined>;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** Consent-based hand-overs to a new therapist (0008); the summary is sealed. */
export interface HandoversTable {
  id: string;
  clinic_id: string;
  client_id: string;
  from_engagement_id: string;
  to_therapist_id: string;
  include: string[];
  summary_ciphertext: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  withdrawn_at: Timestamp | null;
}

/** Supervision (0011): who supervises whom, the clinic's policy, consents, and each access. */
export interface SupervisionsTable {
  id: string;
  clinic_id: string;
  supervisor_id: string;
  therapist_id: string;
  created_by: string | null;
  created_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface SupervisionPoliciesTable {
  clinic_id: string;
  allow_with_consent: boolean;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface SupervisionConsentsTable {
  id: string;
  clinic_id: string;
  engagement_id: string;
  client_id: string;
  granted_at: Timestamp;
  withdrawn_at: Timestamp | null;
}

export interface SupervisionAccessesTable {
  id: string;
  clinic_id: string;
  supervisor_id: string;
  engagement_id: string;
  reason_ciphertext: string;
  accessed_at: Timestamp;
}

/** Reminders sent by background jobs (0011); inserting the row claims the reminder. */
export interface CheckinLinkRemindersTable {
  link_id: string;
  clinic_id: string;
  sent_at: Timestamp;
}

export interface ConsultationRemindersTable {
  consultation_id: string;
  clinic_id: string;
  sent_at: Timestamp;
}

/** A concern a client raised (0007_concerns.sql); text and screening sealed at rest. */
export interface ConcernsTable {
  id: string;
  clinic_id: string;
  engagement_id: string;
  client_id: string;
  category: string;
  text_ciphertext: string | null;
  shared_with_therapist: boolean;
  reported_to_clinic: boolean;
  screening_labels: ColumnType<string[], string[] | undefined>;
  screening_ciphertext: string | null;
  created_at: Timestamp;
}
