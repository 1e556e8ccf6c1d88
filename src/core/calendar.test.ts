import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarFile,
  escapeText,
  foldLine,
  unescapeText,
  unfold,
  utcDateTime,
  type CalendarEvent,
} from './calendar';

const octets = (line: string) => new TextEncoder().encode(line).length;

const event: CalendarEvent = {
  uid: 'consultation-3f1c@rapport.example',
  stamp: Date.parse('2026-03-02T10:00:00Z'),
  start: Date.parse('2026-03-30T07:00:00Z'),
  end: Date.parse('2026-03-30T07:15:00Z'),
  summary: 'Free consultation with Dr Rowan, CBT; online',
  description: 'Line one\nLine two with a back\\slash',
  url: 'https://rapport.example/consultations',
};

describe('iCalendar files', () => {
  it('writes one VEVENT inside a VCALENDAR, with UTC times and CRLF line endings only', () => {
    const file = calendarFile([event]);
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(file);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('UID:consultation-3f1c@rapport.example');
    expect(lines).toContain('DTSTAMP:20260302T100000Z');
    expect(lines).toContain('DTSTART:20260330T070000Z');
    expect(lines).toContain('DTEND:20260330T071500Z');
    expect(lines).toContain('SEQUENCE:0');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('SUMMARY:Free consultation with Dr Rowan\\, CBT\\; online');
    expect(lines).toContain('DESCRIPTION:Line one\\nLine two with a back\\\\slash');
    expect(lines).toContain('URL:https://rapport.example/consultations');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('marks a moved or cancelled booking with its sequence and status', () => {
    const lines = unfold(calendarFile([{ ...event, sequence: 2, status: 'CANCELLED' }]));
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain('STATUS:CANCELLED');
  });

  it('formats UTC date-times', () => {
    expect(utcDateTime(Date.parse('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z');
  });

  it('escapes TEXT and drops control characters', () => {
    expect(escapeText('a,b;c\\d')).toBe('a\\,b\\;c\\\\d');
    expect(escapeText('one\r\ntwo\rthree\nfour')).toBe('one\\ntwo\\nthree\\nfour');
    expect(escapeText('bell\u0007 and \u007f')).toBe('bell and ');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = `SUMMARY:${'é'.repeat(60)}${'😀'.repeat(10)}`;
    const folded = foldLine(long);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    for (const line of physical.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('round-trips any summary: folded lines stay within 75 octets and unfold to the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (summary) => {
        const file = calendarFile([{ ...event, summary }]);
        for (const line of file.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        const line = unfold(file).find((l) => l.startsWith('SUMMARY:')) ?? '';
        const kept = Array.from(summary.replace(/\r\n?/g, '\n'))
          .filter((c) => {
            const code = c.codePointAt(0) ?? 0;
            return c === '\n' || c === '\t' || (code >= 0x20 && code !== 0x7f);
          })
          .join('');
        expect(unescapeText(line.slice('SUMMARY:'.length))).toBe(kept);
      }),
    );
  });
});
