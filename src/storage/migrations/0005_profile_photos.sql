-- Therapists' profile photos (issue 5). Only the image as Rapport re-encoded it is kept — never
-- the upload as sent — so no EXIF block (GPS position, camera, comments) reaches the database.
-- The bytes live here rather than on a disk, so that every app server can serve them.
CREATE TABLE therapist_photos (
  therapist_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  -- A 512-pixel square compresses to well under this; the cap keeps a bug from storing a poster.
  image bytea NOT NULL CHECK (octet_length(image) BETWEEN 1 AND 1048576),
  width integer NOT NULL CHECK (width BETWEEN 1 AND 4096),
  height integer NOT NULL CHECK (height BETWEEN 1 AND 4096),
  -- The SHA-256 of the image (base64url): the HTTP ETag, and the version in the photo's URL.
  etag text NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX therapist_photos_clinic_idx ON therapist_photos (clinic_id);
