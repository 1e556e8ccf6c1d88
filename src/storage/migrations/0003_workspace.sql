-- The therapist's private reflection journal: readable by its author alone, sealed at rest.
CREATE TABLE reflection_notes (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  text_ciphertext text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX reflection_notes_author_idx ON reflection_notes (author_id, engagement_id, created_at);

-- The caseload reads the latest check-ins per engagement and the open flags of many
-- engagements at once.
CREATE INDEX checkins_engagement_instrument_idx ON checkins (engagement_id, instrument_id, submitted_at DESC);
CREATE INDEX signals_engagement_status_idx ON signals (engagement_id, status);
