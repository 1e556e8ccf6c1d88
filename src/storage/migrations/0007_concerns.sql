-- Concerns a client raises ("something feels off", DESIGN.md, Client 6): kept as a private note,
-- shared with the therapist (which raises a flag), and for a boundary concern reported to the
-- clinic. The client's words and their screening are sealed at rest (concerns.text:<id>,
-- concerns.screening:<id>). client_id lets erasure find every row of a client.
CREATE TABLE concerns (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  client_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  category text NOT NULL CHECK (
    category IN ('felt_judged', 'felt_dismissed', 'goals', 'approach', 'practical', 'boundary', 'other')
  ),
  text_ciphertext text,
  shared_with_therapist boolean NOT NULL,
  reported_to_clinic boolean NOT NULL,
  screening_labels text[] NOT NULL DEFAULT '{}',
  screening_ciphertext text,
  created_at timestamptz NOT NULL,
  CONSTRAINT concerns_report_is_boundary CHECK (NOT reported_to_clinic OR category = 'boundary')
);
CREATE INDEX concerns_client_idx ON concerns (client_id, created_at DESC, id DESC);
-- The signal engine reads an engagement's shared concerns on every recomputation.
CREATE INDEX concerns_shared_idx ON concerns (engagement_id) WHERE shared_with_therapist;
-- The clinic administrator's list of reported boundary concerns.
CREATE INDEX concerns_reported_idx ON concerns (clinic_id, created_at DESC, id DESC)
  WHERE reported_to_clinic;
