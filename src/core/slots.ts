/**
 * Bookable free consultations (DESIGN.md, Client journey 2): 15-minute slots expanded from a
 * therapist's weekly rules (wall-clock times in their time zone) and one-off blocks, minus their
 * exceptions, minus what is already booked, minus the past.
 *
 * Time zones come from Intl alone (no library): the offset at an instant is read back from
 * `formatToParts`, and a wall-clock time is turned into an instant by trying the offsets in force
 * a day before and a day after, which is exact for every real zone (no zone changes its offset
 * twice within two days). So a rule "Mondays 09:00–12:00, Europe/Paris" gives 09:00 local on
 * both sides of a daylight-saving change, 08:00Z in winter and 07:00Z in summer.
 *
 * Slots sit on the 15-minute grid of UTC, which is also the local quarter-hour grid in every zone
 * in use today (all offsets are whole quarter hours), so a booking is checked by its start alone.
 * Instants are epoch milliseconds; intervals are half-open [start, end).
 */

export const slotMinutes = 15;
const minuteMs = 60_000;
export const slotMs = slotMinutes * minuteMs;
const dayMs = 86_400_000;

export interface Interval {
  readonly start: number;
  readonly end: number;
}

export interface WeeklyRule {
  /** 0 = Sunday … 6 = Saturday (as JavaScript's getDay and cron count). */
  readonly weekday: number;
  /** Minutes after local midnight; `endMinute` may be 1440 (24:00). */
  readonly startMinute: number;
  readonly endMinute: number;
  readonly timeZone: string;
}

/** What a therapist offers for one kind of appointment, and what is in the way. */
export interface Schedule {
  readonly weekly: readonly WeeklyRule[];
  /** One-off blocks. */
  readonly once: readonly Interval[];
  /** Exceptions: time off, whatever the rules say. */
  readonly unavailable: readonly Interval[];
  /** Booked consultations and scheduled sessions. */
  readonly busy: readonly Interval[];
}

export interface SlotWindow {
  readonly from: number;
  readonly to: number;
  /** Slots start at or after now. */
  readonly now: number;
}

/* ---------- Time zones ---------- */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

let zoneNames: readonly string[] | undefined;

/**
 * The IANA name for `name`, spelt as Intl spells it ("europe/paris" → "Europe/Paris"; an alias
 * such as "Asia/Kolkata" or "US/Eastern" is kept as given), or undefined when it is not a time
 * zone Intl knows. Offsets such as "+01:00" are refused: they have no daylight-saving rules.
 */
export function canonicalTimeZone(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  zoneNames ??= Intl.supportedValuesOf('timeZone');
  const lower = name.toLowerCase();
  if (resolved.toLowerCase() === lower) return resolved;
  return zoneNames.find((zone) => zone.toLowerCase() === lower) ?? name;
}

/** The zone's offset from UTC at an instant, in ms (east positive: Paris in winter is +1 h). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(whole)))
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  const wall = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    (fields.hour ?? 0) % 24,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return wall - whole;
}

export interface LocalDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

/**
 * The instant at which clocks in `timeZone` read `minute` minutes after midnight on `date`.
 * A time skipped when clocks go forward (02:30 when 02:00 jumps to 03:00) is read with the offset
 * before the change, so it lands just after the gap (03:30); a time that happens twice when clocks
 * go back is the first of the two. (Temporal calls this disambiguation "compatible".)
 */
export function wallTimeToInstant(date: LocalDate, minute: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minute * minuteMs;
  const before = zoneOffsetMs(wall - dayMs, timeZone);
  const after = zoneOffsetMs(wall + dayMs, timeZone);
  if (before === after) return wall - before;
  const candidates = [wall - before, wall - after].filter(
    (instant) => zoneOffsetMs(instant, timeZone) === wall - instant,
  );
  return candidates.length > 0 ? Math.min(...candidates) : wall - before;
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/**
 * ISO 8601 with an offset: UTC as "…Z" (as toISOString), or the local time in `timeZone` with its
 * offset at that instant ("2026-03-30T09:00:00.000+02:00").
 */
export function formatInstant(instant: number, timeZone?: string): string {
  if (timeZone === undefined || timeZone === 'UTC') return new Date(instant).toISOString();
  const offset = zoneOffsetMs(instant, timeZone);
  const local = new Date(instant + offset).toISOString().slice(0, 23);
  const minutes = Math.round(offset / minuteMs);
  const sign = minutes < 0 ? '-' : '+';
  return `${local}${sign}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/* ---------- Intervals ---------- */

/** Sorted, merged (touching intervals join), empty ones dropped. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged.at(-1);
    if (last && next.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, next.end) };
    else merged.push(next);
  }
  return merged;
}

/** `base` minus `cut`; both merged (see mergeIntervals). */
function subtractIntervals(base: readonly Interval[], cut: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let k = 0;
  for (const interval of base) {
    let start = interval.start;
    while (k < cut.length && (cut[k]?.end ?? 0) <= start) k++;
    for (let j = k; j < cut.length; j++) {
      const c = cut[j];
      if (!c || c.start >= interval.end) break;
      if (c.start > start) out.push({ start, end: c.start });
      start = Math.max(start, c.end);
      if (start >= interval.end) break;
    }
    if (start < interval.end) out.push({ start, end: interval.end });
  }
  return out;
}

/** The occurrences of a weekly rule that overlap [from, to). */
export function expandWeekly(rule: WeeklyRule, from: number, to: number): Interval[] {
  const out: Interval[] = [];
  // Calendar dates two days either side cover every offset (at most ±14 hours).
  const first = Math.floor(from / dayMs) - 2;
  const last = Math.floor(to / dayMs) + 2;
  for (let day = first; day <= last; day++) {
    const noon = new Date(day * dayMs + dayMs / 2);
    if (noon.getUTCDay() !== rule.weekday) continue;
    const date = {
      year: noon.getUTCFullYear(),
      month: noon.getUTCMonth() + 1,
      day: noon.getUTCDate(),
    };
    const start = wallTimeToInstant(date, rule.startMinute, rule.timeZone);
    const end = wallTimeToInstant(date, rule.endMinute, rule.timeZone);
    if (end > start && end > from && start < to) out.push({ start, end });
  }
  return out;
}

/** The free time in the window: offered, not excepted, not busy, not past. */
export function freeIntervals(schedule: Schedule, window: SlotWindow): Interval[] {
  const from = Math.max(window.from, window.now);
  if (window.to <= from) return [];
  const offered = mergeIntervals([
    ...schedule.weekly.flatMap((rule) => expandWeekly(rule, from, window.to)),
    ...schedule.once,
  ])
    .map((i) => ({ start: Math.max(i.start, from), end: Math.min(i.end, window.to) }))
    .filter((i) => i.end > i.start);
  return subtractIntervals(offered, mergeIntervals([...schedule.unavailable, ...schedule.busy]));
}

/** The starts (epoch ms) of the free 15-minute slots lying wholly in the window, in order. */
export function consultationSlots(schedule: Schedule, window: SlotWindow): number[] {
  const slots: number[] = [];
  for (const interval of freeIntervals(schedule, window)) {
    for (
      let s = Math.ceil(interval.start / slotMs) * slotMs;
      s + slotMs <= interval.end;
      s += slotMs
    )
      slots.push(s);
  }
  return slots;
}

/** The first free slot in the window, or null; looks a week at a time, so it stops early. */
export function nextSlot(schedule: Schedule, window: SlotWindow): number | null {
  const step = 7 * dayMs;
  for (let from = Math.max(window.from, window.now); from < window.to; from += step) {
    const to = Math.min(window.to, from + step);
    // The chunks overlap by a slot so that one straddling a boundary is not missed.
    const first = consultationSlots(schedule, {
      from,
      to: Math.min(window.to, to + slotMs),
      now: window.now,
    })[0];
    if (first !== undefined) return first;
  }
  return null;
}

/** "HH:MM" → minutes after midnight ("24:00" → 1440). */
export function minuteOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Minutes after midnight → "HH:MM". */
export function timeOfDay(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}
