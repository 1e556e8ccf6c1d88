import { describe, expect, it } from 'vitest';
import { formatScore, isoToLocalInput, isoWithOffset, localInputToIso } from './format';

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
