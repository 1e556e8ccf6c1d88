/**
 * Where a client can report a therapist's conduct outside the clinic (DESIGN.md, Client 6: "how
 * to report a boundary violation to the clinic or regulator"). Therapists are registered by a
 * professional college or licensing board, which differs by profession and region, so the
 * defaults describe where to look rather than name one body; a clinic configures its own list
 * (issue #8, clinic settings) under `settings.regulatorContacts`.
 */
import { z } from 'zod';
import { translate, type Locale, type MessageKey } from './i18n';

export const regulatorContact = z.object({
  name: z.string().min(1).max(160),
  /** What this body does and how to reach it, in a sentence or two. */
  description: z.string().min(1).max(600),
  url: z.url().max(300).nullable(),
  phone: z.string().max(40).nullable(),
  region: z.string().max(80).nullable(),
});
export type RegulatorContact = z.infer<typeof regulatorContact>;

/** The defaults, in the reader's language (a clinic's own list is in the clinic's language). */
export function defaultRegulatorContacts(locale: Locale): RegulatorContact[] {
  const text = (key: MessageKey) => translate(locale, key);
  return [
    {
      name: text('regulator.default.any.name'),
      description: text('regulator.default.any.description'),
      url: null,
      phone: null,
      region: null,
    },
    {
      name: text('regulator.default.ca.name'),
      description: text('regulator.default.ca.description'),
      url: null,
      phone: null,
      region: text('regulator.default.ca.region'),
    },
    {
      name: text('regulator.default.us.name'),
      description: text('regulator.default.us.description'),
      url: null,
      phone: null,
      region: text('regulator.default.us.region'),
    },
  ];
}

/** The clinic's configured contacts, or the defaults when none (or a broken list) is set. */
export function regulatorContactsFor(settings: unknown, locale: Locale): RegulatorContact[] {
  const configured = (settings as { regulatorContacts?: unknown } | null | undefined)
    ?.regulatorContacts;
  const parsed = regulatorContact.array().min(1).safeParse(configured);
  return parsed.success ? parsed.data : defaultRegulatorContacts(locale);
}
