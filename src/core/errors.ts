/**
 * The one error registry: every error a client of the API can see has a stable machine-readable
 * code, an HTTP status, and a message in the catalogue under `error.<code>`.
 * The API maps these to `{"error": {"code", "message"}}` in one place (src/api/plugins/errors.ts).
 */
export const errorRegistry = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_characters: 400,
  unknown_field: 400,
  invalid_cursor: 400,
  idempotency_key_required: 400,
  unknown_instrument: 400,
  instrument_not_allowed: 400,
  answers_not_an_object: 400,
  answer_missing: 400,
  answer_not_a_number: 400,
  answer_out_of_range: 400,
  answer_off_step: 400,
  unknown_item: 400,
  comment_too_long: 400,
  availability_in_past: 400,
  slot_window_too_long: 400,
  password_too_short: 400,
  password_too_long: 400,
  password_too_common: 400,
  password_too_personal: 400,
  supervision_reason_required: 400,
  supervisor_is_therapist: 400,
  settings_invalid: 400,
  instrument_invalid: 400,
  figures_period_invalid: 400,
  body_too_large: 413,
  unsupported_media_type: 415,
  photo_too_large: 413,
  photo_type_unsupported: 415,
  photo_unreadable: 400,
  unauthenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  totp_required: 401,
  totp_invalid: 401,
  totp_enrolment_required: 401,
  login_step_expired: 401,
  csrf_invalid: 403,
  forbidden: 403,
  handover_recipient_not_allowed: 400,
  erasure_password_mismatch: 403,
  erasure_not_available: 403,
  attendance_not_allowed: 403,
  supervision_not_allowed: 403,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  checkin_link_expired: 410,
  checkin_link_used: 410,
  invitation_expired: 410,
  invitation_used: 410,
  email_unavailable: 409,
  conflict: 409,
  idempotency_key_reused: 409,
  session_not_ready: 409,
  checkin_exists: 409,
  totp_already_enabled: 409,
  totp_not_enabled: 409,
  totp_setup_not_started: 409,
  engagement_exists: 409,
  supervision_exists: 409,
  engagement_not_active: 409,
  transition_not_allowed: 409,
  slot_taken: 409,
  instrument_exists: 409,
  therapist_not_active: 409,
  slot_unavailable: 409,
  consultation_exists: 409,
  consultation_closed: 409,
  too_many_attempts: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof errorRegistry;

/** Thrown by services; the API turns it into the registry's status and a translated message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Values for the message template (never personal data: they may reach logs). */
  readonly params: Record<string, string | number>;
  /** Seconds the client should wait, for 429. */
  readonly retryAfter: number | undefined;
  /** Every problem found in what was sent (path and message), for a 400 with a report. */
  readonly problems: readonly { path: string; message: string }[] | undefined;

  constructor(
    code: ErrorCode,
    options: {
      params?: Record<string, string | number>;
      retryAfter?: number;
      cause?: unknown;
      problems?: readonly { path: string; message: string }[];
    } = {},
  ) {
    super(code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = errorRegistry[code];
    this.params = options.params ?? {};
    this.retryAfter = options.retryAfter;
    this.problems = options.problems;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
