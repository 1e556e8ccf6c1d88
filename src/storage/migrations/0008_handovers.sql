-- Hand-overs: a client's consent that a new therapist may read part of their history (goals and
-- their ratings, check-in scores, a summary the client writes), until it expires or the client
-- withdraws it. The summary is sealed at rest (handovers.summary:<id>). Nothing of the previous
-- therapist's private reflections is ever part of a hand-over.
CREATE TABLE handovers (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  client_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  from_engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  to_therapist_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  include text[] NOT NULL,
  summary_ciphertext text,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  withdrawn_at timestamptz,
  CHECK (expires_at > created_at),
  CHECK (cardinality(include) > 0 AND include <@ ARRAY['goals', 'checkins', 'summary']::text[]),
  -- A summary is stored exactly when the client chose to include one.
  CHECK (('summary' = ANY (include)) = (summary_ciphertext IS NOT NULL))
);
CREATE INDEX handovers_client_idx ON handovers (client_id, created_at DESC);
CREATE INDEX handovers_recipient_idx ON handovers (to_therapist_id, expires_at);
