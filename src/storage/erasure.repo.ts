/**
 * Erasure of a client's account and personal data (DELETE /me), as one list of per-table steps
 * run in one transaction. A new table that holds a client's data adds its step here; the
 * erasure test (test/integration/erasure.test.ts) scans every column of every table, so a table
 * that is forgotten fails it.
 *
 * What stays: the audit log, which is append-only and hash-chained. Its rows name people only by
 * their random account id; once the account row and everything else that carried the id is
 * gone, nothing maps that id back to a person (pseudonymisation by removing the mapping), and
 * the chain still verifies because no event changes.
 * See docs/adr/0006-erasure-keeps-a-pseudonymised-audit-log.md.
 *
 * The therapists' private reflections about the engagement go too: they are about the client
 * (so personal data of theirs) and Rapport is not the clinic's legal record.
 */
import type { Sealer } from './crypto';
import type { Executor } from './users.repo';

export interface ErasureSubject {
  userId: string;
  clinicId: string;
  email: string;
  displayName: string;
  /** Rate-limit buckets derived from the e-mail (keyed hashes), to remove as well. */
  loginBuckets: readonly string[];
}

export interface ErasureStep {
  /** The table the step clears (for the report and the documentation). */
  table: string;
  run: (db: Executor, subject: ErasureSubject, sealer: Sealer) => Promise<number>;
}

const count = (result: { numDeletedRows: bigint }[] | { numDeletedRows: bigint }) =>
  (Array.isArray(result) ? result : [result]).reduce((n, r) => n + Number(r.numDeletedRows), 0);

/** Does a message mention the person (their e-mail or, when long enough to mean it, their name)? */
function mentions(text: string, subject: ErasureSubject): boolean {
  const haystack = text.toLowerCase();
  if (haystack.includes(subject.email.toLowerCase())) return true;
  const name = subject.displayName.trim().toLowerCase();
  return name.length >= 3 && haystack.includes(name);
}

/** Kinds of mail sent to someone else that named a client, before mail recorded its client. */
const legacyKindsAboutAClient = [
  'consultation_booked',
  'consultation_rescheduled',
  'consultation_cancelled',
  'ending_message',
];

/** In order: rows that point at others first, the account row last. */
export const erasureSteps: readonly ErasureStep[] = [
  {
    table: 'handovers',
    run: async (db, s) =>
      count(await db.deleteFrom('handovers').where('client_id', '=', s.userId).execute()),
  },
  {
    table: 'concerns',
    run: async (db, s) =>
      count(await db.deleteFrom('concerns').where('client_id', '=', s.userId).execute()),
  },
  {
    table: 'supervision_consents',
    run: async (db, s) =>
      count(
        await db.deleteFrom('supervision_consents').where('client_id', '=', s.userId).execute(),
      ),
  },
  {
    table: 'consultation_notes',
    run: async (db, s) =>
      count(await db.deleteFrom('consultation_notes').where('client_id', '=', s.userId).execute()),
  },
  {
    // Reminders go with their consultation (ON DELETE CASCADE).
    table: 'consultations',
    run: async (db, s) =>
      count(await db.deleteFrom('consultations').where('client_id', '=', s.userId).execute()),
  },
  {
    // Mail to the client and mail about them (a therapist's booking notice, an ending message),
    // found by the client each message records (0012); subjects name nobody.
    table: 'outbox_messages',
    run: async (db, s, sealer) => {
      const linked = count(
        await db
          .deleteFrom('outbox_messages')
          .where((eb) => eb.or([eb('recipient_id', '=', s.userId), eb('client_id', '=', s.userId)]))
          .execute(),
      );
      // Mail queued before 0012 to someone else about a client did not record whom it was about:
      // only those few kinds are opened to look for the person. Delivered mail is deleted after
      // the retention period, so this shrinks to nothing and can go in a later release.
      const legacy = await db
        .selectFrom('outbox_messages')
        .select(['id', 'subject', 'body_ciphertext'])
        .where('clinic_id', '=', s.clinicId)
        .where('client_id', 'is', null)
        .where('kind', 'in', legacyKindsAboutAClient)
        .execute();
      const ids = legacy
        .filter(
          (row) =>
            mentions(row.subject, s) ||
            mentions(sealer.open(row.body_ciphertext, `outbox_messages.body:${row.id}`), s),
        )
        .map((row) => row.id);
      if (ids.length === 0) return linked;
      return (
        linked + count(await db.deleteFrom('outbox_messages').where('id', 'in', ids).execute())
      );
    },
  },
  {
    // Sessions, check-ins and their links, goals and ratings, flags and repair notes, the
    // therapists' reflections, status history, concerns, consents and accesses: all hang from
    // the engagement (ON DELETE CASCADE).
    table: 'engagements',
    run: async (db, s) =>
      count(await db.deleteFrom('engagements').where('client_id', '=', s.userId).execute()),
  },
  {
    table: 'login_attempts',
    run: async (db, s) =>
      s.loginBuckets.length === 0
        ? 0
        : count(
            await db.deleteFrom('login_attempts').where('bucket', 'in', s.loginBuckets).execute(),
          ),
  },
  {
    // Sign-in sessions, the second factor and pending sign-ins go with the account (CASCADE).
    table: 'users',
    run: async (db, s) => count(await db.deleteFrom('users').where('id', '=', s.userId).execute()),
  },
];

/** Run every step; returns how many rows each step removed. Call inside a transaction. */
export async function eraseClientData(
  db: Executor,
  subject: ErasureSubject,
  sealer: Sealer,
): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const step of erasureSteps) removed[step.table] = await step.run(db, subject, sealer);
  return removed;
}
