import { describe, expect, it } from 'vitest';
import { errorRegistry } from '../errors';
import { catalogues, interpolate, negotiateLocale, parseAcceptLanguage, translate } from './index';

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogue', () => {
  it('has a message for every error code in every language', () => {
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      for (const code of Object.keys(errorRegistry)) {
        expect(catalogue, `${locale} error.${code}`).toHaveProperty([`error.${code}`]);
      }
    }
  });

  it('has no empty message, and every translation uses the same placeholders as English', () => {
    for (const [key, english] of Object.entries(catalogues.en)) {
      for (const [locale, catalogue] of Object.entries(catalogues)) {
        const text = (catalogue as Record<string, string>)[key];
        expect(text?.trim(), `${locale} ${key}`).toBeTruthy();
        expect(placeholders(text ?? ''), `${locale} ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Wait {minutes} min {x}', { minutes: 15 })).toBe('Wait 15 min {x}');
    expect(translate('fr', 'error.too_many_attempts', { minutes: 3 })).toContain('3 minutes');
  });
});

describe('choosing a language', () => {
  it('follows the person, then the browser, then English', () => {
    expect(negotiateLocale('fr', 'en-US')).toBe('fr');
    expect(negotiateLocale(null, 'de-DE,fr-CA;q=0.8,en;q=0.5')).toBe('fr');
    expect(negotiateLocale(null, ['es-MX', 'en-GB'])).toBe('en');
    expect(negotiateLocale(null, 'de, it')).toBe('en');
    expect(negotiateLocale('xx', undefined)).toBe('en');
  });

  it('orders Accept-Language by weight, dropping q=0 and *', () => {
    expect(parseAcceptLanguage('en;q=0.3, fr-CA, *;q=0.1, de;q=0')).toEqual(['fr-CA', 'en']);
  });
});
