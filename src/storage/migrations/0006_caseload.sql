-- One audit event may concern several people: reading the caseload shows a therapist all of their
-- clients at once, and is written as one event listing them, rather than one event per client.
-- A client's "who saw my data" finds the event through this array (the GIN index answers
-- "subject_ids contains me"). subject_id stays for events about one person.
ALTER TABLE audit_events ADD COLUMN subject_ids uuid[];
CREATE INDEX audit_events_subjects_idx ON audit_events USING gin (subject_ids);

-- The caseload's per-client facts, kept current by triggers as sessions and check-ins are written,
-- so that the caseload reads one row per client instead of aggregating every session and ranking
-- check-ins on each request (DESIGN.md target: 200 clients × 30 sessions, p95 < 50 ms).
CREATE TABLE engagement_facts (
  engagement_id uuid PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  sessions_attended integer NOT NULL DEFAULT 0,
  last_attended_at timestamptz,
  alliance_latest double precision,
  alliance_previous double precision,
  alliance_at timestamptz,
  wellbeing_latest double precision,
  wellbeing_previous double precision,
  wellbeing_at timestamptz
);

CREATE FUNCTION engagement_facts_refresh_sessions(target uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO engagement_facts (engagement_id, clinic_id, sessions_attended, last_attended_at)
  SELECT e.id, e.clinic_id,
    count(s.id) FILTER (WHERE s.status = 'attended'),
    max(s.scheduled_at) FILTER (WHERE s.status = 'attended')
  FROM engagements e
  LEFT JOIN therapy_sessions s ON s.engagement_id = e.id
  WHERE e.id = target
  GROUP BY e.id, e.clinic_id
  ON CONFLICT (engagement_id) DO UPDATE
    SET sessions_attended = EXCLUDED.sessions_attended,
        last_attended_at = EXCLUDED.last_attended_at;
END;
$$;

-- The client's last two scores on an instrument the caseload shows (the latest and its trend).
CREATE FUNCTION engagement_facts_refresh_scores(target uuid, instrument text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  latest double precision;
  previous double precision;
  latest_at timestamptz;
BEGIN
  IF instrument NOT IN ('alliance', 'wellbeing') THEN
    RETURN;
  END IF;
  SELECT (c.scores ->> instrument)::double precision, c.submitted_at INTO latest, latest_at
  FROM checkins c
  WHERE c.engagement_id = target AND c.instrument_id = instrument AND c.respondent_role = 'client'
  ORDER BY c.submitted_at DESC, c.id DESC
  LIMIT 1;
  SELECT (c.scores ->> instrument)::double precision INTO previous
  FROM checkins c
  WHERE c.engagement_id = target AND c.instrument_id = instrument AND c.respondent_role = 'client'
  ORDER BY c.submitted_at DESC, c.id DESC
  OFFSET 1 LIMIT 1;
  INSERT INTO engagement_facts (engagement_id, clinic_id)
  SELECT e.id, e.clinic_id FROM engagements e WHERE e.id = target
  ON CONFLICT (engagement_id) DO NOTHING;
  IF instrument = 'alliance' THEN
    UPDATE engagement_facts
      SET alliance_latest = latest, alliance_previous = previous, alliance_at = latest_at
      WHERE engagement_id = target;
  ELSE
    UPDATE engagement_facts
      SET wellbeing_latest = latest, wellbeing_previous = previous, wellbeing_at = latest_at
      WHERE engagement_id = target;
  END IF;
END;
$$;

CREATE FUNCTION engagement_facts_on_session() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM engagement_facts_refresh_sessions(OLD.engagement_id);
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.engagement_id <> NEW.engagement_id THEN
    PERFORM engagement_facts_refresh_sessions(OLD.engagement_id);
  END IF;
  PERFORM engagement_facts_refresh_sessions(NEW.engagement_id);
  RETURN NEW;
END;
$$;

CREATE TRIGGER therapy_sessions_facts AFTER INSERT OR UPDATE OR DELETE ON therapy_sessions
  FOR EACH ROW EXECUTE FUNCTION engagement_facts_on_session();

CREATE FUNCTION engagement_facts_on_checkin() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  score double precision;
  shifted integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM engagement_facts_refresh_scores(OLD.engagement_id, OLD.instrument_id);
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' AND NEW.respondent_role <> 'client' THEN
    RETURN NEW;
  END IF;
  -- The usual case, a new check-in later than the latest one: shift latest to previous in one
  -- statement. Anything else (an older check-in arriving late, an update) recounts.
  IF TG_OP = 'INSERT' AND NEW.instrument_id IN ('alliance', 'wellbeing') THEN
    score := (NEW.scores ->> NEW.instrument_id)::double precision;
    IF NEW.instrument_id = 'alliance' THEN
      UPDATE engagement_facts
        SET alliance_previous = alliance_latest, alliance_latest = score,
            alliance_at = NEW.submitted_at
        WHERE engagement_id = NEW.engagement_id
          AND (alliance_at IS NULL OR alliance_at < NEW.submitted_at);
    ELSE
      UPDATE engagement_facts
        SET wellbeing_previous = wellbeing_latest, wellbeing_latest = score,
            wellbeing_at = NEW.submitted_at
        WHERE engagement_id = NEW.engagement_id
          AND (wellbeing_at IS NULL OR wellbeing_at < NEW.submitted_at);
    END IF;
    GET DIAGNOSTICS shifted = ROW_COUNT;
    IF shifted = 1 THEN
      RETURN NEW;
    END IF;
  END IF;
  PERFORM engagement_facts_refresh_scores(NEW.engagement_id, NEW.instrument_id);
  RETURN NEW;
END;
$$;

CREATE TRIGGER checkins_facts AFTER INSERT OR UPDATE OR DELETE ON checkins
  FOR EACH ROW EXECUTE FUNCTION engagement_facts_on_checkin();

-- Facts for what was stored before this migration.
INSERT INTO engagement_facts (engagement_id, clinic_id)
  SELECT id, clinic_id FROM engagements;
SELECT engagement_facts_refresh_sessions(id) FROM engagements;
SELECT engagement_facts_refresh_scores(id, 'alliance') FROM engagements;
SELECT engagement_facts_refresh_scores(id, 'wellbeing') FROM engagements;
