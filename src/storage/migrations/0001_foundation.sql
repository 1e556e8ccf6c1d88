-- Foundation: clinics (tenants), accounts, server-side sign-in sessions, login attempts, and the
-- append-only, hash-chained audit log. Every clinic-owned row carries clinic_id.

CREATE TABLE clinics (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  email text NOT NULL,
  role text NOT NULL CHECK (role IN ('client', 'therapist', 'admin')),
  display_name text NOT NULL,
  password_hash text NOT NULL,
  locale text,
  time_zone text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deactivated')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_clinic_role_idx ON users (clinic_id, role);

-- The cookie holds a random token; only its SHA-256 is stored, so a copy of this table
-- cannot be used to sign in.
CREATE TABLE auth_sessions (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id);
CREATE INDEX auth_sessions_expiry_idx ON auth_sessions (expires_at);

-- Buckets are keyed hashes of the e-mail or the network address, never the values themselves.
CREATE TABLE login_attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  bucket text NOT NULL,
  succeeded boolean NOT NULL,
  attempted_at timestamptz NOT NULL
);
CREATE INDEX login_attempts_bucket_idx ON login_attempts (bucket, attempted_at);

-- One chain per clinic: each event's hash covers its content and the previous event's hash,
-- so an edited or removed event breaks the chain (npm run audit:verify).
CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  seq bigint NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor_id uuid,
  actor_role text,
  action text NOT NULL,
  resource_type text NOT NULL,
  resource_id text,
  subject_id uuid,
  reason text,
  outcome text NOT NULL DEFAULT 'success',
  prev_hash text NOT NULL,
  hash text NOT NULL,
  UNIQUE (clinic_id, seq)
);
CREATE INDEX audit_events_subject_idx ON audit_events (clinic_id, subject_id, occurred_at);
CREATE INDEX audit_events_time_idx ON audit_events (clinic_id, occurred_at);

CREATE TABLE audit_heads (
  clinic_id uuid PRIMARY KEY REFERENCES clinics (id),
  seq bigint NOT NULL,
  hash text NOT NULL
);

CREATE FUNCTION audit_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;

CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
