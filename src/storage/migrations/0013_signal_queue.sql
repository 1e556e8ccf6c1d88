-- Engagements whose signals are behind their data. A check-in marks its engagement here in the
-- transaction that stores it, and the signals are recomputed after the commit (by the server that
-- stored it, by a read that needs them, or by the sweep job after a crash), so that submitting a
-- check-in does not wait for the whole history to be read again. Every mark takes a new `version`
-- from one sequence (never reused, even after a row is removed and marked again): a recomputation
-- removes the row only if it still holds the version it read, so a check-in marked meanwhile is
-- never forgotten.
CREATE SEQUENCE signal_queue_version_seq;
CREATE TABLE signal_queue (
  engagement_id uuid PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  marked_at timestamptz NOT NULL,
  version bigint NOT NULL DEFAULT nextval('signal_queue_version_seq')
);
CREATE INDEX signal_queue_marked_idx ON signal_queue (marked_at);
