import { describe, expect, it } from 'vitest';
import { consultationsEn } from './consultations.en';
import { consultationsFr } from './consultations.fr';
import { catalogues, locales } from './index';

/**
 * E-mail subjects are stored in the clear in the outbox (the administrator's outbox lists them;
 * bodies are sealed), so a subject must never carry a person's name or anything they wrote.
 * Placeholders allowed in a subject: the clinic's name, which is not personal.
 */
const allowedInSubjects = new Set(['clinic']);

/** Every catalogue that e-mail is written from: the main one and the consultations' own. */
const mailCatalogues: Record<(typeof locales)[number], Record<string, string>> = {
  en: { ...catalogues.en, ...consultationsEn },
  fr: { ...catalogues.fr, ...consultationsFr },
};

describe('e-mail subjects', () => {
  const subjectKeys = Object.keys(mailCatalogues.en).filter(
    (key) => key.startsWith('mail.') && key.endsWith('.subject'),
  );

  it('are found (the check below is not vacuous)', () => {
    expect(subjectKeys).toEqual(
      expect.arrayContaining(['mail.checkin.subject', 'mail.consultation.booked.subject']),
    );
    expect(subjectKeys.length).toBeGreaterThanOrEqual(10);
  });

  for (const locale of locales) {
    it(`name nobody (${locale})`, () => {
      for (const key of subjectKeys) {
        const text = mailCatalogues[locale][key] ?? '';
        expect(text, `${locale} ${key}`).not.toBe('');
        const placeholders = [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
        expect(
          placeholders.filter((name) => !allowedInSubjects.has(name ?? '')),
          `${locale} ${key}`,
        ).toEqual([]);
      }
    });
  }
});
