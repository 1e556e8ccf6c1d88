import { describe, expect, it } from 'vitest';
import { catalogues } from './index';
import { defaultLocale, isLocale, locales } from './locales';

describe('the languages the web app can load', () => {
  it('are exactly the languages with a catalogue, with English first and the default', () => {
    expect(locales).toEqual(Object.keys(catalogues));
    expect(locales[0]).toBe('en');
    expect(defaultLocale).toBe('en');
  });

  it('are recognised by name only', () => {
    for (const locale of locales) expect(isLocale(locale)).toBe(true);
    for (const other of ['de', 'EN', 'en-GB', '', 'toString', 'constructor', null, 3])
      expect(isLocale(other), String(other)).toBe(false);
  });
});
