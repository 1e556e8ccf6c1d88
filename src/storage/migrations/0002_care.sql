-- Care: therapist profiles, engagements (a client–therapist relationship) with their status
-- history, sessions and attendance, check-ins with their scores, goals, and signals (flags)
-- with repair notes. Free text is stored encrypted (*_ciphertext columns, AES-256-GCM).

CREATE TABLE therapist_profiles (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  bio text NOT NULL DEFAULT '',
  approaches text[] NOT NULL DEFAULT '{}',
  concerns text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  modes text[] NOT NULL DEFAULT '{}',
  region text,
  fee_min integer,
  fee_max integer,
  sliding_scale boolean NOT NULL DEFAULT false,
  years_practice integer,
  characteristics jsonb NOT NULL DEFAULT '{}'::jsonb,
  time_zone text NOT NULL DEFAULT 'UTC',
  published boolean NOT NULL DEFAULT false,
  verified boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX therapist_profiles_clinic_idx ON therapist_profiles (clinic_id, published);

CREATE TABLE engagements (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  client_id uuid NOT NULL REFERENCES users (id),
  therapist_id uuid NOT NULL REFERENCES users (id),
  status text NOT NULL CHECK (status IN ('consulting', 'active', 'ended')),
  -- Who asked to start: the other party accepts (consulting → active).
  initiated_by text NOT NULL DEFAULT 'client' CHECK (initiated_by IN ('client', 'therapist')),
  end_reason text,
  created_at timestamptz NOT NULL,
  started_at timestamptz,
  ended_at timestamptz
);
CREATE INDEX engagements_therapist_idx ON engagements (therapist_id, status);
CREATE INDEX engagements_client_idx ON engagements (client_id, status);

CREATE TABLE engagement_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  status text NOT NULL,
  reason text,
  actor_id uuid,
  occurred_at timestamptz NOT NULL
);
CREATE INDEX engagement_events_engagement_idx ON engagement_events (engagement_id, occurred_at);

CREATE TABLE therapy_sessions (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  scheduled_at timestamptz NOT NULL,
  duration_minutes integer NOT NULL DEFAULT 50,
  status text NOT NULL DEFAULT 'scheduled'
    CHECK (status IN ('scheduled', 'attended', 'cancelled', 'late_cancelled', 'no_show')),
  cancelled_by text CHECK (cancelled_by IN ('client', 'therapist')),
  status_changed_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX therapy_sessions_engagement_idx ON therapy_sessions (engagement_id, scheduled_at);

-- One check-in per instrument, per side, per session; a replayed Idempotency-Key finds the
-- first row instead of writing a second one.
CREATE TABLE checkins (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  session_id uuid NOT NULL REFERENCES therapy_sessions (id) ON DELETE CASCADE,
  instrument_id text NOT NULL,
  respondent_role text NOT NULL CHECK (respondent_role IN ('client', 'therapist')),
  respondent_id uuid NOT NULL REFERENCES users (id),
  answers jsonb NOT NULL,
  scores jsonb NOT NULL,
  comment_ciphertext text,
  -- What comment screening found: the labels in the clear (for counting), the findings with
  -- their quoted sentences sealed like the comment itself.
  screening_labels text[] NOT NULL DEFAULT '{}',
  screening_ciphertext text,
  idempotency_key text,
  request_hash text,
  submitted_at timestamptz NOT NULL,
  UNIQUE (session_id, instrument_id, respondent_role),
  UNIQUE (respondent_id, idempotency_key)
);
CREATE INDEX checkins_engagement_idx ON checkins (engagement_id, submitted_at);

CREATE TABLE goals (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  title_ciphertext text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'dropped')),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX goals_engagement_idx ON goals (engagement_id);

CREATE TABLE goal_ratings (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  goal_id uuid NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  rater_role text NOT NULL CHECK (rater_role IN ('client', 'therapist')),
  rater_id uuid NOT NULL REFERENCES users (id),
  session_id uuid REFERENCES therapy_sessions (id) ON DELETE SET NULL,
  progress double precision NOT NULL CHECK (progress >= 0 AND progress <= 10),
  agreement double precision CHECK (agreement >= 0 AND agreement <= 10),
  rated_at timestamptz NOT NULL
);
CREATE INDEX goal_ratings_goal_idx ON goal_ratings (goal_id, rated_at);

-- A flag keeps its id across recomputation: rule_key names the condition it stands for
-- (for example "alliance_drop:<session id>"), unique within the engagement.
CREATE TABLE signals (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  session_id uuid REFERENCES therapy_sessions (id) ON DELETE SET NULL,
  kind text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('info', 'warning', 'urgent')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'resolved')),
  rule_key text NOT NULL,
  -- The numbers and the rule that fired; a quoted sentence is sealed apart (quote_ciphertext).
  evidence jsonb NOT NULL,
  quote_ciphertext text,
  raised_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  acknowledged_at timestamptz,
  acknowledged_by uuid REFERENCES users (id),
  resolved_at timestamptz,
  resolved_by uuid REFERENCES users (id),
  resolution jsonb,
  UNIQUE (engagement_id, rule_key)
);
CREATE INDEX signals_open_idx ON signals (clinic_id, status, severity);

CREATE TABLE repair_notes (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  signal_id uuid NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES users (id),
  note_ciphertext text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX repair_notes_signal_idx ON repair_notes (signal_id, created_at);

-- Check-in links: single-use, expiring; only the SHA-256 of the token is stored.
CREATE TABLE checkin_links (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  session_id uuid NOT NULL REFERENCES therapy_sessions (id) ON DELETE CASCADE,
  client_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX checkin_links_session_idx ON checkin_links (session_id);

-- Outgoing e-mail. Without SMTP_URL the outbox is where an administrator reads it; with SMTP
-- it records what was sent. Bodies can hold links and names, so they are sealed.
CREATE TABLE outbox_messages (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  recipient_id uuid REFERENCES users (id) ON DELETE SET NULL,
  to_address_ciphertext text NOT NULL,
  subject text NOT NULL,
  body_ciphertext text NOT NULL,
  kind text NOT NULL,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text
);
CREATE INDEX outbox_messages_pending_idx ON outbox_messages (clinic_id, sent_at, created_at);
