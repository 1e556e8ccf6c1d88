-- Clinic administration: invitations for therapists (single-use, expiring links of which only the
-- SHA-256 is stored) and questionnaires a clinic imports (FHIR Questionnaire with Rapport's
-- scoring extension). Clinic settings live in clinics.settings (jsonb) and need no new column.

CREATE TABLE clinic_invitations (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  email text NOT NULL,
  role text NOT NULL DEFAULT 'therapist' CHECK (role IN ('therapist')),
  token_hash text NOT NULL UNIQUE,
  invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  revoked_at timestamptz,
  CHECK (accepted_at IS NULL OR revoked_at IS NULL)
);
CREATE INDEX clinic_invitations_clinic_idx ON clinic_invitations (clinic_id, created_at);
-- At most one pending invitation per address in a clinic: inviting again replaces the first.
CREATE UNIQUE INDEX clinic_invitations_pending_key ON clinic_invitations (clinic_id, lower(email))
  WHERE accepted_at IS NULL AND revoked_at IS NULL;

CREATE TABLE clinic_instruments (
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  id text NOT NULL,
  respondent text NOT NULL CHECK (respondent IN ('client', 'therapist')),
  questionnaire jsonb NOT NULL,
  imported_by uuid REFERENCES users (id) ON DELETE SET NULL,
  imported_at timestamptz NOT NULL,
  PRIMARY KEY (clinic_id, id)
);
