-- Mail about a client: the client it concerns, so that erasing the client removes it without
-- opening every sealed body. A therapist's booking notice or a client's ending message names the
-- client in its (sealed) body; subjects, stored in the clear, no longer name anyone.
ALTER TABLE outbox_messages ADD COLUMN client_id uuid REFERENCES users (id) ON DELETE CASCADE;
CREATE INDEX outbox_messages_client_idx ON outbox_messages (client_id) WHERE client_id IS NOT NULL;

-- What SQL can know of mail queued before: a message to a client concerns that client. Mail to
-- others about a client (its body names them) stays unlinked; erasure still reads those few.
UPDATE outbox_messages AS o
SET client_id = o.recipient_id
FROM users AS u
WHERE u.id = o.recipient_id AND u.role = 'client';
