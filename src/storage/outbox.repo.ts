/**
 * Outgoing e-mail, sealed at rest (addresses and bodies can identify a client). The subject is
 * stored in the clear (the administrator's outbox lists it), so it never names a person: the
 * catalogue's `mail.*.subject` lines have no name in them (src/core/i18n/mail-subjects.test.ts).
 * Each message records the client it is about, so that erasure removes it by that id.
 */
import type { Selectable } from 'kysely';
import type { Sealer } from './crypto';
import type { OutboxMessagesTable } from './schema';
import type { Executor } from './users.repo';

export type OutboxRow = Selectable<OutboxMessagesTable>;

export interface OutgoingMail {
  id: string;
  clinicId: string;
  recipientId: string | null;
  /** The client the message is about (the recipient, or the client a therapist is told of); null for staff-only mail. */
  clientId: string | null;
  to: string;
  subject: string;
  body: string;
  kind: string;
  now: Date;
}

export async function insertOutboxMessage(
  db: Executor,
  sealer: Sealer,
  mail: OutgoingMail,
): Promise<void> {
  await db
    .insertInto('outbox_messages')
    .values({
      id: mail.id,
      clinic_id: mail.clinicId,
      recipient_id: mail.recipientId,
      client_id: mail.clientId,
      to_address_ciphertext: sealer.seal(mail.to, `outbox_messages.to:${mail.id}`),
      subject: mail.subject,
      body_ciphertext: sealer.seal(mail.body, `outbox_messages.body:${mail.id}`),
      kind: mail.kind,
      created_at: mail.now,
    })
    .execute();
}

export interface OpenedMail {
  id: string;
  recipientId: string | null;
  to: string;
  subject: string;
  body: string;
  kind: string;
  createdAt: Date;
  sentAt: Date | null;
}

export function openOutboxRow(sealer: Sealer, row: OutboxRow): OpenedMail {
  return {
    id: row.id,
    recipientId: row.recipient_id,
    to: sealer.open(row.to_address_ciphertext, `outbox_messages.to:${row.id}`),
    subject: row.subject,
    body: sealer.open(row.body_ciphertext, `outbox_messages.body:${row.id}`),
    kind: row.kind,
    createdAt: new Date(row.created_at),
    sentAt: row.sent_at === null ? null : new Date(row.sent_at),
  };
}

export async function listOutbox(
  db: Executor,
  clinicId: string,
  page: { limit: number; before?: { at: Date; id: string } | undefined },
): Promise<OutboxRow[]> {
  let query = db.selectFrom('outbox_messages').selectAll().where('clinic_id', '=', clinicId);
  if (page.before) {
    const { at, id } = page.before;
    query = query.where((eb) =>
      eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]),
    );
  }
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

export async function findOutboxMessages(
  db: Executor,
  ids: readonly string[],
): Promise<OutboxRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('outbox_messages').selectAll().where('id', 'in', ids).execute();
}

export async function markOutboxSent(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('outbox_messages').set({ sent_at: at }).where('id', '=', id).execute();
}

export async function markOutboxFailed(db: Executor, id: string, error: string): Promise<void> {
  await db
    .updateTable('outbox_messages')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error }))
    .where('id', '=', id)
    .execute();
}
