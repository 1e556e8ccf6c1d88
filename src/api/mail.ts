/**
 * E-mail: every message is written to the outbox in the transaction that causes it (so it is
 * never lost and never sent for work that was rolled back). With SMTP_URL set, messages are
 * delivered after the transaction commits; without it, the clinic administrator reads them in
 * the outbox. Background retries arrive with the job queue.
 */
import nodemailer from 'nodemailer';
import type { Sealer } from '../storage/crypto';
import type { Database } from '../storage/db';
import {
  findOutboxMessages,
  insertOutboxMessage,
  markOutboxFailed,
  markOutboxSent,
  openOutboxRow,
  type OutgoingMail,
} from '../storage/outbox.repo';
import type { Executor } from '../storage/users.repo';

export interface Mailer {
  /** Queue a message inside the caller's transaction; returns its id for deliver(). */
  queue(db: Executor, mail: Omit<OutgoingMail, 'id'>): Promise<string>;
  /** Deliver queued messages (after the transaction committed). Never throws. */
  deliver(ids: readonly string[]): Promise<void>;
}

export function createMailer(options: {
  db: Database;
  sealer: Sealer;
  smtpUrl: string | undefined;
  from: string;
  newId: () => string;
  clock: () => Date;
}): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async queue(db, mail) {
      const id = options.newId();
      await insertOutboxMessage(db, options.sealer, { ...mail, id });
      return id;
    },
    async deliver(ids) {
      if (!transport || ids.length === 0) return;
      for (const row of await findOutboxMessages(options.db, ids)) {
        if (row.sent_at !== null) continue;
        const mail = openOutboxRow(options.sealer, row);
        try {
          await transport.sendMail({
            from: options.from,
            to: mail.to,
            subject: mail.subject,
            text: mail.body,
          });
          await markOutboxSent(options.db, row.id, options.clock());
        } catch (error) {
          // The reason is kept without the address (SMTP errors often quote it).
          const reason = error instanceof Error ? error.name : 'error';
          await markOutboxFailed(options.db, row.id, reason).catch(() => undefined);
        }
      }
    },
  };
}
