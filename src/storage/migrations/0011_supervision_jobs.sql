-- Supervision with the client's consent, and the bookkeeping of background jobs.
-- (The job queue itself, pg-boss, keeps its own tables in the schema "pgboss", created by
-- pg-boss at start; see docs/deploy.md.)

-- A therapist the clinic designates as supervisor of another therapist. Ending a designation
-- keeps the row (who supervised whom, and when, stays answerable).
CREATE TABLE supervisions (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  supervisor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  therapist_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  ended_at timestamptz,
  CHECK (supervisor_id <> therapist_id)
);
CREATE UNIQUE INDEX supervisions_current_key ON supervisions (clinic_id, supervisor_id, therapist_id)
  WHERE ended_at IS NULL;
CREATE INDEX supervisions_supervisor_idx ON supervisions (supervisor_id) WHERE ended_at IS NULL;
CREATE INDEX supervisions_therapist_idx ON supervisions (therapist_id) WHERE ended_at IS NULL;

-- Whether the clinic lets supervisors read client records at all (off until an administrator
-- turns it on); the client's consent is needed as well.
CREATE TABLE supervision_policies (
  clinic_id uuid PRIMARY KEY REFERENCES clinics (id),
  allow_with_consent boolean NOT NULL DEFAULT false,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL
);

-- A client's consent, per engagement: given, and perhaps withdrawn later. At most one current
-- consent per engagement; the withdrawn ones stay as the history.
CREATE TABLE supervision_consents (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  client_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  granted_at timestamptz NOT NULL,
  withdrawn_at timestamptz
);
CREATE UNIQUE INDEX supervision_consents_current_key ON supervision_consents (engagement_id)
  WHERE withdrawn_at IS NULL;

-- Every supervisor read, with its reason sealed (AES-256-GCM, "supervision_accesses.reason:<id>").
-- The audit event points here instead of carrying the reason in the clear.
CREATE TABLE supervision_accesses (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  supervisor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  reason_ciphertext text NOT NULL,
  accessed_at timestamptz NOT NULL
);
CREATE INDEX supervision_accesses_engagement_idx ON supervision_accesses (engagement_id, accessed_at);

-- Reminders sent, one row each: inserting the row claims the reminder, so two workers (or a job
-- run twice after a restart) never send it twice.
CREATE TABLE checkin_link_reminders (
  link_id uuid PRIMARY KEY REFERENCES checkin_links (id) ON DELETE CASCADE,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  sent_at timestamptz NOT NULL
);

CREATE TABLE consultation_reminders (
  consultation_id uuid PRIMARY KEY REFERENCES consultations (id) ON DELETE CASCADE,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  sent_at timestamptz NOT NULL
);

-- What the retention clean-up looks for.
CREATE INDEX checkin_links_expiry_idx ON checkin_links (expires_at);
CREATE INDEX outbox_messages_sent_idx ON outbox_messages (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX login_attempts_time_idx ON login_attempts (attempted_at);
