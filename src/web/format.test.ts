import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDay,
  formatScore,
  formatScoreFixed,
  formatTime,
  isoToLocalInput,
  isoWithOffset,
  localInputToIso,
} from './format';

describe('localInputToIso', () => {
  it('turns a datetime-local value into ISO 8601 with the local offset, at the same instant', () => {
    const iso = localInputToIso('2026-03-04T14:30');
    expect(iso).toMatch(/^2026-03-04T14:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso!).getTime()).toBe(new Date(2026, 2, 4, 14, 30).getTime());
  });

  it('refuses empty, malformed and impossible values', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('2026-03-04 14:30')).toBeNull();
    expect(localInputToIso('2026-02-30T10:00')).toBeNull();
  });

  it('round-trips with isoToLocalInput', () => {
    const date = new Date(2026, 10, 1, 9, 5);
    expect(localInputToIso(isoToLocalInput(date))).toBe(isoWithOffset(date));
  });
});

describe('formatScore', () => {
  it('uses the reader’s decimal separator', () => {
    expect(formatScore(8.44, 'en')).toBe('8.4');
    expect(formatScore(8.44, 'fr')).toBe('8,4');
    expect(formatScore(9, 'en')).toBe('9');
  });
});

describe('formatScoreFixed and formatDay', () => {
  const originals = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat };
  afterEach(() => {
    Intl.NumberFormat = originals.NumberFormat;
    Intl.DateTimeFormat = originals.DateTimeFormat;
  });

  /** Replace an Intl constructor by one that counts what it makes. */
  function counting<T extends object>(constructor: T): { replacement: T; made: () => number } {
    let made = 0;
    const replacement = new Proxy(constructor, {
      construct(target, args: unknown[]) {
        made += 1;
        return Reflect.construct(target as new (...a: unknown[]) => object, args);
      },
    });
    return { replacement, made: () => made };
  }

  it('write one decimal and a session day in the reader’s language', () => {
    expect(formatScoreFixed(7, 'en')).toBe('7.0');
    expect(formatScoreFixed(7.25, 'fr')).toBe('7,3');
    // Noon UTC is the same day in every time zone a test machine may have.
    expect(formatDay('2026-03-04T12:00:00Z', 'en')).toBe('Wednesday, March 4');
    expect(formatDay('2026-03-04T12:00:00Z', 'fr')).toBe('mercredi 4 mars');
  });

  it('write consultation times and their day on the clock of the time zone given', () => {
    // 23:30 in UTC is already the next morning in Paris.
    const iso = '2026-03-04T23:30:00Z';
    expect(formatTime(iso, 'en', 'UTC')).toBe('11:30 PM');
    expect(formatTime(iso, 'fr', 'Europe/Paris')).toBe('0:30');
    expect(formatDay(iso, 'en', 'UTC')).toBe('Wednesday, March 4');
    expect(formatDay(iso, 'fr', 'Europe/Paris')).toBe('jeudi 5 mars');
  });

  it('make each formatter once per language and options, not once per call', () => {
    const numbers = counting(Intl.NumberFormat);
    const dates = counting(Intl.DateTimeFormat);
    Intl.NumberFormat = numbers.replacement;
    Intl.DateTimeFormat = dates.replacement;
    // A language no other test here has used, so that nothing is kept yet.
    for (let i = 0; i < 50; i++) {
      formatScore(i / 10, 'de');
      formatDate('2026-03-04T12:00:00Z', 'de', 'UTC');
    }
    expect(numbers.made()).toBe(1);
    expect(dates.made()).toBe(1);
    expect(formatScore(4.25, 'de')).toBe('4,3');
    expect(formatDate('2026-03-04T12:00:00Z', 'de', 'UTC')).toBe('4. März 2026');
  });
});
