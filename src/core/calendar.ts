/**
 * Calendar files for bookings (DESIGN.md, Interoperability): iCalendar, RFC 5545, written here
 * because the subset needed is small. One VEVENT per booking, times in UTC ("…Z", so no
 * VTIMEZONE is needed), TEXT values escaped (§3.3.11), lines ending in CRLF and folded at 75
 * octets of UTF-8 without splitting a character (§3.1). A moved booking keeps its UID and raises
 * its SEQUENCE, so calendar apps replace the event instead of adding a second one.
 */

export interface CalendarEvent {
  /** Globally unique and stable for the booking, e.g. "consultation-<id>@rapport.example". */
  readonly uid: string;
  /** When this version of the file was made. */
  readonly stamp: number;
  readonly start: number;
  readonly end: number;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  readonly url?: string;
  /** Raised on every change (0 at first). */
  readonly sequence?: number;
  readonly status?: 'CONFIRMED' | 'CANCELLED';
}

/** "20260330T070000Z": a UTC date-time (§3.3.5, form #2). */
export function utcDateTime(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as "\n"; other
 * control characters, which TEXT may not hold, dropped.
 */
export function escapeText(text: string): string {
  const allowed = Array.from(text.replace(/\r\n?/g, '\n')).filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return char === '\n' || char === '\t' || (code >= 0x20 && code !== 0x7f);
  });
  return allowed
    .join('')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Fold a content line (§3.1): at most 75 octets per line, continuation lines starting with one
 * space (which counts towards their 75), never splitting a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** A text property: "NAME:escaped value". */
const text = (name: string, value: string) => `${name}:${escapeText(value)}`;

function eventLines(event: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    text('UID', event.uid),
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `STATUS:${event.status ?? 'CONFIRMED'}`,
    text('SUMMARY', event.summary),
    ...(event.description === undefined ? [] : [text('DESCRIPTION', event.description)]),
    ...(event.location === undefined ? [] : [text('LOCATION', event.location)]),
    // A URI value is not TEXT: it is written as it is (§3.3.13), minus anything that would break the line.
    ...(event.url === undefined ? [] : [`URL:${event.url.replace(/[\r\n]/g, '')}`]),
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** A whole iCalendar object (text/calendar), CRLF line endings throughout. */
export function calendarFile(
  events: readonly CalendarEvent[],
  options: { productId?: string; name?: string } = {},
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    text('PRODID', options.productId ?? '-//Rapport//Consultations//EN'),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name === undefined ? [] : [text('X-WR-CALNAME', options.name)]),
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Undo folding and TEXT escaping (for tests and for reading files back). */
export function unfold(file: string): string[] {
  return file
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
