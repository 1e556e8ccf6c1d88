import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  consultationSlots,
  expandWeekly,
  formatInstant,
  minuteOfDay,
  nextSlot,
  slotMs,
  timeOfDay,
  wallTimeToInstant,
  zoneOffsetMs,
  type Interval,
  type Schedule,
  type WeeklyRule,
} from './slots';

const at = (iso: string) => Date.parse(iso);
const hour = 3_600_000;
const day = 24 * hour;
const none: Schedule = { weekly: [], once: [], unavailable: [], busy: [] };
const iso = (slots: number[]) => slots.map((s) => new Date(s).toISOString());

/** An oracle independent of the code under test: the local weekday and minute, read by Intl. */
const oracleFormat = new Map<string, Intl.DateTimeFormat>();
function localClock(instant: number, timeZone: string): { weekday: number; minute: number } {
  let f = oracleFormat.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    oracleFormat.set(timeZone, f);
  }
  const parts = Object.fromEntries(
    f.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? '');
  return { weekday, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

describe('time zones through Intl', () => {
  it('reads offsets on both sides of daylight-saving changes, and odd offsets', () => {
    expect(zoneOffsetMs(at('2026-01-15T12:00:00Z'), 'Europe/Paris')).toBe(hour);
    expect(zoneOffsetMs(at('2026-07-15T12:00:00Z'), 'Europe/Paris')).toBe(2 * hour);
    expect(zoneOffsetMs(at('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-4 * hour);
    expect(zoneOffsetMs(at('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * hour);
    expect(zoneOffsetMs(at('2026-01-15T12:00:00Z'), 'Pacific/Chatham')).toBe(13.75 * hour);
  });

  it('turns wall-clock times into instants, across gaps and repeated hours', () => {
    const paris = (date: string, time: string) => {
      const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
      return new Date(
        wallTimeToInstant({ year: y, month: m, day: d }, minuteOfDay(time), 'Europe/Paris'),
      ).toISOString();
    };
    expect(paris('2026-03-28', '09:00')).toBe('2026-03-28T08:00:00.000Z');
    expect(paris('2026-03-30', '09:00')).toBe('2026-03-30T07:00:00.000Z');
    // 02:30 does not exist on 29 March (02:00 → 03:00): read as 03:30 summer time.
    expect(paris('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October: the first one (summer time).
    expect(paris('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(paris('2026-10-25', '24:00')).toBe('2026-10-25T23:00:00.000Z');
  });

  it('formats instants with their offset, or in UTC', () => {
    const t = at('2026-03-30T07:00:00Z');
    expect(formatInstant(t)).toBe('2026-03-30T07:00:00.000Z');
    expect(formatInstant(t, 'Europe/Paris')).toBe('2026-03-30T09:00:00.000+02:00');
    expect(formatInstant(t, 'America/St_Johns')).toBe('2026-03-30T04:30:00.000-02:30');
    expect(formatInstant(t, 'Asia/Kolkata')).toBe('2026-03-30T12:30:00.000+05:30');
    expect(Date.parse(formatInstant(t, 'Pacific/Chatham'))).toBe(t);
  });

  it('accepts IANA names in any case and refuses offsets and nonsense', () => {
    expect(canonicalTimeZone('europe/paris')).toBe('Europe/Paris');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('America/Toronto')).toBe('America/Toronto');
    expect(canonicalTimeZone('+01:00')).toBeUndefined();
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
  });

  it('converts HH:MM both ways', () => {
    expect(minuteOfDay('09:30')).toBe(570);
    expect(minuteOfDay('24:00')).toBe(1440);
    expect(timeOfDay(570)).toBe('09:30');
  });
});

describe('consultation slots', () => {
  const monday9to10: WeeklyRule = {
    weekday: 1,
    startMinute: 9 * 60,
    endMinute: 10 * 60,
    timeZone: 'Europe/Paris',
  };

  it('keeps 09:00 local on both sides of the change to summer time', () => {
    const slots = consultationSlots(
      { ...none, weekly: [monday9to10] },
      { from: at('2026-03-22T00:00:00Z'), to: at('2026-04-01T00:00:00Z'), now: 0 },
    );
    expect(iso(slots)).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-23T08:15:00.000Z',
      '2026-03-23T08:30:00.000Z',
      '2026-03-23T08:45:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-03-30T07:15:00.000Z',
      '2026-03-30T07:30:00.000Z',
      '2026-03-30T07:45:00.000Z',
    ]);
    expect(slots.map((s) => formatInstant(s, 'Europe/Paris').slice(11, 16))).toEqual([
      '09:00',
      '09:15',
      '09:30',
      '09:45',
      '09:00',
      '09:15',
      '09:30',
      '09:45',
    ]);
  });

  it('gives the real length of a rule on the nights clocks change', () => {
    const window = { from: at('2026-03-28T00:00:00Z'), to: at('2026-10-27T00:00:00Z'), now: 0 };
    // Sunday 01:00–03:00: one hour of real time in spring (02:00–03:00 does not exist)…
    const spring = consultationSlots(
      {
        ...none,
        weekly: [{ weekday: 0, startMinute: 60, endMinute: 180, timeZone: 'Europe/Paris' }],
      },
      { ...window, to: at('2026-03-30T00:00:00Z') },
    );
    expect(iso(spring)).toEqual([
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T00:15:00.000Z',
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T00:45:00.000Z',
    ]);
    // …three in autumn (02:00–03:00 happens twice).
    const autumn = consultationSlots(
      {
        ...none,
        weekly: [{ weekday: 0, startMinute: 60, endMinute: 180, timeZone: 'Europe/Paris' }],
      },
      { ...window, from: at('2026-10-24T00:00:00Z') },
    );
    expect(autumn).toHaveLength(12);
    expect(new Date(autumn[0] ?? 0).toISOString()).toBe('2026-10-24T23:00:00.000Z');
  });

  it('adds one-off blocks, removes exceptions, bookings and the past', () => {
    const schedule: Schedule = {
      weekly: [monday9to10],
      once: [{ start: at('2026-03-24T14:00:00Z'), end: at('2026-03-24T14:40:00Z') }],
      unavailable: [{ start: at('2026-03-23T08:30:00Z'), end: at('2026-03-23T08:40:00Z') }],
      busy: [{ start: at('2026-03-24T14:15:00Z'), end: at('2026-03-24T14:30:00Z') }],
    };
    const slots = consultationSlots(schedule, {
      from: at('2026-03-22T00:00:00Z'),
      to: at('2026-03-25T00:00:00Z'),
      now: at('2026-03-23T08:05:00Z'),
    });
    // 08:00 is past, 08:30 touches the exception; 14:15 is booked; 14:30 would end after the block.
    expect(iso(slots)).toEqual([
      '2026-03-23T08:15:00.000Z',
      '2026-03-23T08:45:00.000Z',
      '2026-03-24T14:00:00.000Z',
    ]);
  });

  it('works in half-hour zones', () => {
    const slots = consultationSlots(
      {
        ...none,
        weekly: [
          { weekday: 2, startMinute: 9 * 60, endMinute: 9 * 60 + 30, timeZone: 'Asia/Kolkata' },
        ],
      },
      { from: at('2026-03-23T00:00:00Z'), to: at('2026-03-25T00:00:00Z'), now: 0 },
    );
    expect(iso(slots)).toEqual(['2026-03-24T03:30:00.000Z', '2026-03-24T03:45:00.000Z']);
  });

  it('finds the next slot a week at a time', () => {
    const schedule = { ...none, weekly: [monday9to10] };
    const window = { from: at('2026-03-24T00:00:00Z'), to: at('2026-05-24T00:00:00Z'), now: 0 };
    expect(new Date(nextSlot(schedule, window) ?? 0).toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    expect(nextSlot(none, window)).toBeNull();
    expect(nextSlot(schedule, { ...window, to: at('2026-03-30T07:10:00Z') })).toBeNull();
  });
});

/* ---------- Laws ---------- */

const zones = [
  'UTC',
  'Europe/Paris',
  'America/New_York',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kolkata',
] as const;
const dstZones = zones.filter((zone) => zone !== 'UTC' && zone !== 'Asia/Kolkata');
// Around the 2026 changes of these zones (March/April and October/November).
const aroundChanges = [
  at('2026-03-06T00:00:00Z'),
  at('2026-03-27T00:00:00Z'),
  at('2026-04-03T00:00:00Z'),
  at('2026-09-25T00:00:00Z'),
  at('2026-10-23T00:00:00Z'),
  at('2026-10-30T00:00:00Z'),
];
const minute = 60_000;

const rule = (minStart = 0) =>
  fc
    .record({
      weekday: fc.integer({ min: 0, max: 6 }),
      startMinute: fc.integer({ min: minStart, max: 1439 }),
      length: fc.integer({ min: 1, max: 720 }),
      timeZone: fc.constantFrom(...zones),
    })
    .map(({ length, ...r }) => ({ ...r, endMinute: Math.min(1440, r.startMinute + length) }));

const window = fc
  .record({
    base: fc.constantFrom(...aroundChanges),
    offset: fc.integer({ min: 0, max: 7 * 24 * 60 }),
    span: fc.integer({ min: 1, max: 4 * 24 * 60 }),
    nowShift: fc.integer({ min: -24 * 60, max: 24 * 60 }),
  })
  .map(({ base, offset, span, nowShift }) => {
    const from = base + offset * minute;
    return { from, to: from + span * minute, now: from + nowShift * minute };
  });

const intervalNear = fc
  .record({
    base: fc.constantFrom(...aroundChanges),
    offset: fc.integer({ min: 0, max: 11 * 24 * 60 }),
    length: fc.integer({ min: 1, max: 12 * 60 }),
  })
  .map(({ base, offset, length }): Interval => {
    const start = base + offset * minute;
    return { start, end: start + length * minute };
  });

const schedule = (minStart = 0) =>
  fc.record({
    weekly: fc.array(rule(minStart), { maxLength: 4 }),
    once: fc.array(intervalNear, { maxLength: 3 }),
    unavailable: fc.array(intervalNear, { maxLength: 3 }),
    busy: fc.array(intervalNear, { maxLength: 4 }),
  });

const overlaps = (s: number, i: Interval) => s < i.end && s + slotMs > i.start;

describe('slot laws', () => {
  it('slots are 15 minutes on the grid, in order, never overlapping, inside the window and not past', () => {
    fc.assert(
      fc.property(schedule(), window, (sched, w) => {
        const slots = consultationSlots(sched, w);
        slots.forEach((s, k) => {
          expect(s % slotMs).toBe(0);
          expect(s).toBeGreaterThanOrEqual(Math.max(w.from, w.now));
          expect(s + slotMs).toBeLessThanOrEqual(w.to);
          if (k > 0) expect(s - (slots[k - 1] ?? 0)).toBeGreaterThanOrEqual(slotMs);
        });
      }),
    );
  });

  it('never include booked or excepted time', () => {
    fc.assert(
      fc.property(schedule(), window, (sched, w) => {
        for (const s of consultationSlots(sched, w))
          for (const blocked of [...sched.busy, ...sched.unavailable])
            expect(overlaps(s, blocked)).toBe(false);
      }),
    );
  });

  // Rules from 04:00 keep clear of the hours clocks change in (00:00–03:45 in these zones), where
  // "inside the rule by the wall clock" and "between its start and end instants" differ; the
  // examples above pin those nights down.
  it('never fall outside what the therapist offers (checked minute by minute on the local clock)', () => {
    fc.assert(
      fc.property(schedule(4 * 60), window, (sched, w) => {
        for (const s of consultationSlots(sched, w)) {
          for (let t = s; t < s + slotMs; t += minute) {
            const inBlock = sched.once.some((i) => t >= i.start && t < i.end);
            const inRule = sched.weekly.some((r) => {
              const local = localClock(t, r.timeZone);
              return (
                local.weekday === r.weekday &&
                local.minute >= r.startMinute &&
                local.minute < r.endMinute
              );
            });
            expect(inBlock || inRule).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a booking removes exactly the slots it overlaps', () => {
    fc.assert(
      fc.property(schedule(), window, intervalNear, (sched, w, booking) => {
        const before = consultationSlots(sched, w);
        const after = consultationSlots({ ...sched, busy: [...sched.busy, booking] }, w);
        expect(after).toEqual(before.filter((s) => !overlaps(s, booking)));
      }),
    );
  });

  it('splitting the window on the grid splits the slots', () => {
    fc.assert(
      fc.property(schedule(), window, fc.integer({ min: 0, max: 400 }), (sched, w, cut) => {
        const middle = Math.ceil(w.from / slotMs) * slotMs + cut * slotMs;
        if (middle >= w.to) return;
        const whole = consultationSlots(sched, w);
        const parts = [
          ...consultationSlots(sched, { ...w, to: middle }),
          ...consultationSlots(sched, { ...w, from: middle }),
        ];
        expect(parts).toEqual(whole);
        expect(nextSlot(sched, w)).toBe(whole[0] ?? null);
      }),
    );
  });

  it('are stable across a daylight-saving change: the same local times every week', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dstZones),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 16, max: 88 }),
        fc.integer({ min: 1, max: 16 }),
        fc.constantFrom(
          at('2026-04-05T00:00:00Z'),
          at('2026-10-25T00:00:00Z'),
          at('2026-03-29T00:00:00Z'),
        ),
        (timeZone, weekday, startQuarter, quarters, change) => {
          const r = {
            weekday,
            startMinute: startQuarter * 15,
            endMinute: Math.min(1440, startQuarter * 15 + quarters * 15),
            timeZone,
          };
          // Four weeks either side: at least six whole weeks inside, whatever the zone's offset
          // (three weeks either side left only three inner weeks for Pacific/Chatham, +13:45).
          const w = { from: change - 28 * day, to: change + 28 * day, now: 0 };
          const byDate = new Map<string, string[]>();
          for (const s of consultationSlots({ ...none, weekly: [r] }, w)) {
            const local = formatInstant(s, timeZone);
            byDate.set(local.slice(0, 10), [
              ...(byDate.get(local.slice(0, 10)) ?? []),
              local.slice(11, 16),
            ]);
          }
          const expected = Array.from({ length: (r.endMinute - r.startMinute) / 15 }, (_, k) =>
            timeOfDay(r.startMinute + 15 * k),
          );
          const days = [...byDate.values()].slice(1, -1);
          expect(days.length).toBeGreaterThanOrEqual(4);
          for (const times of days) expect(times).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('expands a rule to one occurrence a week', () => {
    fc.assert(
      fc.property(rule(), fc.constantFrom(...aroundChanges), (r, from) => {
        const occurrences = expandWeekly(r, from, from + 28 * day);
        expect(occurrences.length).toBeGreaterThanOrEqual(3);
        expect(occurrences.length).toBeLessThanOrEqual(5);
      }),
    );
  });
});
