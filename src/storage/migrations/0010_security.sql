-- Second factor (TOTP, RFC 6238) and the pending step of a two-step sign-in.

-- One authenticator per person. The shared secret is sealed (user_totp.secret:<user_id>);
-- confirmed_at is null until the first code proves the app holds it. last_step is the last
-- 30-second step accepted, so a code seen over someone's shoulder cannot be used twice.
CREATE TABLE user_totp (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  secret_ciphertext text NOT NULL,
  created_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  last_step bigint
);

-- Ten single-use codes for a lost phone: only their SHA-256 is stored, as for session tokens
-- (each code carries 50 random bits, so a slow hash adds nothing).
CREATE TABLE totp_recovery_codes (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  code_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE UNIQUE INDEX totp_recovery_codes_hash_key ON totp_recovery_codes (user_id, code_hash);

-- A password was right and a second step is owed: either a code (purpose 'verify') or, when
-- the clinic requires a second factor, setting one up ('enrol'). Only the SHA-256 of the
-- cookie's token is stored; the step expires within minutes and allows a few tries.
CREATE TABLE login_challenges (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  purpose text NOT NULL CHECK (purpose IN ('verify', 'enrol')),
  failures integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX login_challenges_user_idx ON login_challenges (user_id);
CREATE INDEX login_challenges_expiry_idx ON login_challenges (expires_at);
