-- Directory and free consultations: therapists' availability (weekly rules, one-off blocks and
-- exceptions), booked 15-minute consultations, and the client's private note on each (sealed).

-- A weekly rule is a weekday (0 = Sunday) and wall-clock minutes in a time zone, so it keeps its
-- local time across daylight-saving changes; a one-off block or an exception is an interval.
CREATE TABLE therapist_availability (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  therapist_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('consultation', 'session', 'unavailable')),
  starts_at timestamptz,
  ends_at timestamptz,
  weekday smallint CHECK (weekday BETWEEN 0 AND 6),
  start_minute smallint CHECK (start_minute BETWEEN 0 AND 1440),
  end_minute smallint CHECK (end_minute BETWEEN 0 AND 1440),
  time_zone text,
  created_at timestamptz NOT NULL,
  CHECK (
    (weekday IS NULL AND start_minute IS NULL AND end_minute IS NULL AND time_zone IS NULL
      AND starts_at IS NOT NULL AND ends_at > starts_at)
    OR (weekday IS NOT NULL AND end_minute > start_minute AND time_zone IS NOT NULL
      AND starts_at IS NULL AND ends_at IS NULL AND kind <> 'unavailable')
  )
);
CREATE INDEX therapist_availability_therapist_idx ON therapist_availability (therapist_id, kind);

CREATE TABLE consultations (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  client_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  therapist_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
  cancelled_by text CHECK (cancelled_by IN ('client', 'therapist')),
  cancelled_at timestamptz,
  -- Raised on every change, so calendar apps replace the event (iCalendar SEQUENCE).
  sequence integer NOT NULL DEFAULT 0,
  -- The client's zone, for the times in their e-mails.
  client_time_zone text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- No double booking, even under concurrent requests: of two clients racing for one slot, one
-- insert wins and the other fails on this index (the API answers 409 slot_taken).
CREATE UNIQUE INDEX consultations_booked_slot_key ON consultations (therapist_id, starts_at)
  WHERE status = 'booked';
CREATE INDEX consultations_client_idx ON consultations (client_id, starts_at);
CREATE INDEX consultations_therapist_idx ON consultations (therapist_id, starts_at);

-- The client's own note and fit rating after a consultation: never shown to the therapist.
CREATE TABLE consultation_notes (
  consultation_id uuid PRIMARY KEY REFERENCES consultations (id) ON DELETE CASCADE,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  client_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  note_ciphertext text NOT NULL,
  fit_rating double precision CHECK (fit_rating >= 0 AND fit_rating <= 10),
  updated_at timestamptz NOT NULL
);
CREATE INDEX consultation_notes_client_idx ON consultation_notes (client_id);
