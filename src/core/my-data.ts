/**
 * A client's own data on the wire: who accessed their records (from the audit log), the export
 * formats, and the erasure request.
 */
import { z } from 'zod';
import { catalogues, type MessageKey } from './i18n';

const isoWithOffset = z.iso.datetime({ offset: true });

export const exportFormats = ['fhir', 'csv'] as const;
export const exportQuery = z.object({ format: z.enum(exportFormats) }).strict();

/** DELETE /me: the password confirms that it is really the person. */
export const eraseRequest = z.object({ password: z.string().min(1).max(1024) }).strict();
export type EraseRequest = z.infer<typeof eraseRequest>;

export const erasureResult = z.object({
  erased: z.literal(true),
  /** What the clinic keeps, in the person's language. */
  kept: z.string(),
});
export type ErasureResult = z.infer<typeof erasureResult>;

/** ?from=&to= (dates or date-times; `to` is exclusive), ?limit=, ?cursor=. */
export const accessQuery = z
  .object({
    from: z.union([z.iso.date(), isoWithOffset]).optional(),
    to: z.union([z.iso.date(), isoWithOffset]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().min(1).max(500).optional(),
  })
  .strict();
export type AccessQuery = z.infer<typeof accessQuery>;

export const accessView = z.object({
  id: z.string(),
  occurredAt: isoWithOffset,
  actor: z.object({
    role: z.enum(['client', 'therapist', 'admin', 'system']),
    /** null when the person's account was closed since. */
    displayName: z.string().nullable(),
  }),
  action: z.string(),
  /** What was done, in plain words in the reader's language. */
  what: z.string(),
  outcome: z.enum(['success', 'denied', 'failure']),
});
export type AccessView = z.infer<typeof accessView>;

export const accessPage = z.object({
  items: z.array(accessView),
  nextCursor: z.string().nullable(),
});
export type AccessPage = z.infer<typeof accessPage>;

/**
 * The catalogue key that says what an audit action did: every action the server writes has its
 * own line (src/core/audit-wording.test.ts checks it); an unknown one is worded by whether it
 * read or changed something.
 */
export function accessWhatKey(action: string): MessageKey {
  const key = `audit.what.${action}`;
  if (Object.hasOwn(catalogues.en, key)) return key as MessageKey;
  return /\.(read|list)$/.test(action) ? 'audit.what.otherRead' : 'audit.what.otherWrite';
}
