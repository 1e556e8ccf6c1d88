/** Numbers, dates and times for the workspace, in the reader's language and time zone. Pure. */

/**
 * Each formatter is made once per language, options and time zone, then kept. `toLocaleString`
 * with options makes a new one on every call, and a page re-renders on every step of a slider:
 * measured on the check-in page at 4× CPU throttling, those formatters took most of each step.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** The formatter kept under `key`, made by `make` the first time. */
function kept<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  kept(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  kept(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** A number in the reader's language ("1,234.5", "1 234,5" in French), with `options`. */
export function formatNumber(
  value: number,
  locale: string,
  options: Intl.NumberFormatOptions = {},
): string {
  return numberFormat(locale, options).format(value);
}

/** An instant in the reader's language, with `options` (a time zone among them, if any). */
export function formatInstant(
  iso: string | Date,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string {
  return dateFormat(locale, options).format(new Date(iso));
}

/** A score with one decimal at most ("8.4", "8,4" in French). */
export function formatScore(value: number, locale: string): string {
  return formatNumber(value, locale, { maximumFractionDigits: 1 });
}

/** A score with exactly one decimal, for columns of numbers that should line up. */
export function formatScoreFixed(value: number, locale: string): string {
  return formatNumber(value, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The ways an instant is shown across the app, each in the reader's language. */
const instantStyles = {
  /** "Tue, Mar 4, 2026, 2:30 PM" */
  dateTime: {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  },
  /** "Mar 4, 2026" */
  date: { year: 'numeric', month: 'short', day: 'numeric' },
  /** "Tuesday, March 4": the day of a session or of consultation times. */
  day: { weekday: 'long', month: 'long', day: 'numeric' },
  /** "2:30 PM" ("14:30" in French). */
  time: { hour: 'numeric', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A formatter of one style, on the viewer's own clock unless a time zone is given. */
const zoned =
  (style: keyof typeof instantStyles) =>
  (iso: string, locale: string, timeZone?: string): string =>
    formatInstant(
      iso,
      locale,
      timeZone ? { ...instantStyles[style], timeZone } : instantStyles[style],
    );

export const formatDateTime = zoned('dateTime');
export const formatDate = zoned('date');
export const formatDay = zoned('day');
export const formatTime = zoned('time');

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * A `datetime-local` value ("2026-03-04T14:30", the viewer's wall clock) as ISO 8601 with the
 * viewer's offset at that moment ("2026-03-04T14:30:00-05:00"), which is what the API expects.
 * Null for an empty or malformed value.
 */
export function localInputToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  if (Number.isNaN(date.getTime()) || date.getMonth() !== mo - 1 || date.getDate() !== d) {
    return null;
  }
  return isoWithOffset(date);
}

/** An instant as ISO 8601 in the local time zone, with its offset (never "Z"). */
export function isoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:00` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** The `datetime-local` value for an instant in the local time zone ("2026-03-04T14:30"). */
export function isoToLocalInput(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** A fresh key for a POST that must be stored once, even when retried. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
