/**
 * Clinic figures: how the clinic's work goes, by month and per therapist, from counts only.
 *
 * No client is identifiable (DESIGN.md, Journeys → Clinic administrator):
 * - a count from 1 to 4 is never shown: it reads "fewer than 5" (`value: null`);
 * - a rate is shown only when its denominator is at least 5 and its numerator is not hidden;
 * - a median time to resolve needs at least 5 resolved flags;
 * - a group (a month, a therapist) with fewer than 5 distinct clients shows no numbers at all
 *   (`suppressed: true`), so a small caseload cannot be read client by client.
 * Months are calendar months in UTC.
 *
 * Definitions (each counted in the period asked for):
 * - check-in completion: attended sessions with at least one check-in from the client;
 * - flags raised / resolved: warning and urgent flags raised, and resolved, in the period
 *   (information flags such as "rupture repaired" are successes, not problems); the median
 *   time to resolve is in hours, over the flags resolved in the period;
 * - rupture–repair episodes: alliance drops flagged, and repairs (the V-shaped return) flagged;
 * - reliable improvement / deterioration: for each engagement with a well-being score at intake
 *   and a later one in the month, the latest in the month compared with intake against the
 *   reliable-change threshold (Jacobson & Truax, 1991); the period counts each engagement once,
 *   with its latest score in the period;
 * - dropout: engagements ended in the period before their 4th attended session, or without a
 *   reliable improvement (including when there were too few well-being scores to tell);
 * - cancellations by the therapist: sessions in the period the therapist cancelled.
 */
import { z } from 'zod';

/** The smallest count shown; smaller non-zero counts are hidden. */
export const smallCellThreshold = 5;
/** The fewest distinct clients a group needs before any of its figures is shown. */
export const minClientsPerGroup = 5;

export interface FigureSession {
  therapistId: string;
  clientId: string;
  scheduledAt: string;
  status: 'scheduled' | 'attended' | 'cancelled' | 'late_cancelled' | 'no_show';
  cancelledBy: 'client' | 'therapist' | null;
  /** The client completed at least one check-in for it. */
  clientCheckedIn: boolean;
}

export interface FigureSignal {
  therapistId: string;
  clientId: string;
  kind: string;
  severity: 'info' | 'warning' | 'urgent';
  raisedAt: string;
  resolvedAt: string | null;
}

export interface FigureEngagement {
  id: string;
  therapistId: string;
  clientId: string;
  endedAt: string | null;
  /** Attended sessions, over the whole engagement. */
  attendedSessions: number;
  /** The client's well-being scores in session order (the first is intake). */
  wellbeing: { at: string; score: number }[];
}

export interface FiguresInput {
  from: string;
  to: string;
  sessions: readonly FigureSession[];
  signals: readonly FigureSignal[];
  engagements: readonly FigureEngagement[];
  /** Reliable-change threshold of the well-being score, in points (higher is better). */
  reliableChange: number;
  therapists: readonly { id: string; displayName: string }[];
}

const count = z.object({
  /** null: between 1 and 4, shown as "fewer than 5". */
  value: z.number().int().nullable(),
});
export type Count = z.infer<typeof count>;

const rate = z.number().min(0).max(1).nullable();

export const figureSet = z.object({
  /** Fewer than 5 clients: nothing in this group is shown. */
  suppressed: z.boolean(),
  checkins: z.object({ attended: count, completed: count, rate }),
  flags: z.object({ raised: count, resolved: count, medianHoursToResolve: z.number().nullable() }),
  ruptures: z.object({ drops: count, repaired: count }),
  outcomes: z.object({
    assessed: count,
    improved: count,
    deteriorated: count,
    improvedRate: rate,
    deterioratedRate: rate,
  }),
  dropout: z.object({ ended: count, dropouts: count, rate }),
  cancelledByTherapist: count,
});
export type FigureSet = z.infer<typeof figureSet>;

export const figuresView = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  therapistId: z.uuid().nullable(),
  smallCellThreshold: z.number().int(),
  overall: figureSet,
  byMonth: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), figures: figureSet })),
  byTherapist: z.array(
    z.object({ therapistId: z.uuid(), displayName: z.string(), figures: figureSet }),
  ),
});
export type FiguresView = z.infer<typeof figuresView>;

export const figuresQuery = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    therapistId: z.uuid().optional(),
  })
  .strict();
export type FiguresQuery = z.infer<typeof figuresQuery>;

/** The longest period one request may cover. */
export const maxFigureDays = 3 * 366;

export function showCount(value: number): Count {
  return { value: value > 0 && value < smallCellThreshold ? null : value };
}

function showRate(numerator: number, denominator: number): number | null {
  if (denominator < smallCellThreshold) return null;
  if (numerator > 0 && numerator < smallCellThreshold) return null;
  return Math.round((numerator / denominator) * 1000) / 1000;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}

export const monthOf = (iso: string) => iso.slice(0, 7);

/** The calendar months (UTC) that [from, to) touches, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const start = new Date(from);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  const end = new Date(to).getTime();
  while (Date.UTC(year, month, 1) < end) {
    months.push(`${year}-${String(month + 1).padStart(2, '0')}`);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months;
}

const within = (iso: string | null, from: number, to: number) => {
  if (iso === null) return false;
  const t = new Date(iso).getTime();
  return t >= from && t < to;
};

type Scope = (item: { therapistId: string }) => boolean;

function outcome(
  engagement: FigureEngagement,
  from: number,
  to: number,
  threshold: number,
): 'improved' | 'deteriorated' | 'unchanged' | null {
  const [intake, ...later] = engagement.wellbeing;
  if (!intake) return null;
  const latest = later.filter((point) => within(point.at, from, to)).at(-1);
  if (!latest) return null;
  const change = latest.score - intake.score;
  // A change equal to the threshold counts as reliable (as in psychometrics.ts).
  if (change >= threshold - 1e-9) return 'improved';
  if (-change >= threshold - 1e-9) return 'deteriorated';
  return 'unchanged';
}

function reliablyImproved(engagement: FigureEngagement, threshold: number): boolean {
  const [intake, ...later] = engagement.wellbeing;
  const latest = later.at(-1);
  return (
    intake !== undefined && latest !== undefined && latest.score - intake.score >= threshold - 1e-9
  );
}

/** The figures of one group (everything, a month, or a therapist) over [from, to). */
export function computeFigureSet(
  input: FiguresInput,
  range: { from: string; to: string },
  inScope: Scope = () => true,
): FigureSet {
  const from = new Date(range.from).getTime();
  const to = new Date(range.to).getTime();
  const clients = new Set<string>();

  const sessions = input.sessions.filter((s) => inScope(s) && within(s.scheduledAt, from, to));
  const attended = sessions.filter((s) => s.status === 'attended');
  const completed = attended.filter((s) => s.clientCheckedIn);
  const cancelledByTherapist = sessions.filter(
    (s) =>
      (s.status === 'cancelled' || s.status === 'late_cancelled') && s.cancelledBy === 'therapist',
  );
  for (const s of sessions) clients.add(s.clientId);

  const signals = input.signals.filter(inScope);
  const flags = signals.filter((s) => s.severity !== 'info');
  const raised = flags.filter((s) => within(s.raisedAt, from, to));
  const resolved = flags.filter((s) => within(s.resolvedAt, from, to));
  const hoursToResolve = resolved.map(
    (s) =>
      (new Date(s.resolvedAt ?? s.raisedAt).getTime() - new Date(s.raisedAt).getTime()) / 3_600_000,
  );
  const drops = signals.filter((s) => s.kind === 'alliance_drop' && within(s.raisedAt, from, to));
  const repairs = signals.filter(
    (s) => s.kind === 'rupture_repaired' && within(s.raisedAt, from, to),
  );
  for (const s of [...raised, ...resolved, ...drops, ...repairs]) clients.add(s.clientId);

  const engagements = input.engagements.filter(inScope);
  const outcomes = engagements
    .map((e) => ({ e, result: outcome(e, from, to, input.reliableChange) }))
    .filter((o) => o.result !== null);
  const improved = outcomes.filter((o) => o.result === 'improved');
  const deteriorated = outcomes.filter((o) => o.result === 'deteriorated');
  const ended = engagements.filter((e) => within(e.endedAt, from, to));
  const dropouts = ended.filter(
    (e) => e.attendedSessions < 4 || !reliablyImproved(e, input.reliableChange),
  );
  for (const o of outcomes) clients.add(o.e.clientId);
  for (const e of ended) clients.add(e.clientId);

  const resolvedCount = showCount(resolved.length);
  return {
    suppressed: false,
    checkins: {
      attended: showCount(attended.length),
      completed: showCount(completed.length),
      rate: showRate(completed.length, attended.length),
    },
    flags: {
      raised: showCount(raised.length),
      resolved: resolvedCount,
      medianHoursToResolve: resolved.length >= smallCellThreshold ? median(hoursToResolve) : null,
    },
    ruptures: { drops: showCount(drops.length), repaired: showCount(repairs.length) },
    outcomes: {
      assessed: showCount(outcomes.length),
      improved: showCount(improved.length),
      deteriorated: showCount(deteriorated.length),
      improvedRate: showRate(improved.length, outcomes.length),
      deterioratedRate: showRate(deteriorated.length, outcomes.length),
    },
    dropout: {
      ended: showCount(ended.length),
      dropouts: showCount(dropouts.length),
      rate: showRate(dropouts.length, ended.length),
    },
    cancelledByTherapist: showCount(cancelledByTherapist.length),
    ...(clients.size > 0 && clients.size < minClientsPerGroup ? suppressedSet : {}),
  };
}

const hidden: Count = { value: null };
/** A group with too few clients: every number hidden. */
export const suppressedSet: FigureSet = {
  suppressed: true,
  checkins: { attended: hidden, completed: hidden, rate: null },
  flags: { raised: hidden, resolved: hidden, medianHoursToResolve: null },
  ruptures: { drops: hidden, repaired: hidden },
  outcomes: {
    assessed: hidden,
    improved: hidden,
    deteriorated: hidden,
    improvedRate: null,
    deterioratedRate: null,
  },
  dropout: { ended: hidden, dropouts: hidden, rate: null },
  cancelledByTherapist: hidden,
};

function monthRange(month: string, from: string, to: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number);
  const start = new Date(Date.UTC(year ?? 1970, (m ?? 1) - 1, 1)).toISOString();
  const end = new Date(Date.UTC(year ?? 1970, m ?? 1, 1)).toISOString();
  return {
    from: start < from ? from : start,
    to: end > to ? to : end,
  };
}

/** Everything, by month, and per therapist. */
export function computeFigures(
  input: FiguresInput,
  therapistId: string | null,
): Omit<FiguresView, 'from' | 'to'> & { from: string; to: string } {
  const scope: Scope =
    therapistId === null ? () => true : (item) => item.therapistId === therapistId;
  const range = { from: input.from, to: input.to };
  return {
    from: input.from,
    to: input.to,
    therapistId,
    smallCellThreshold,
    overall: computeFigureSet(input, range, scope),
    byMonth: monthsBetween(input.from, input.to).map((month) => ({
      month,
      figures: computeFigureSet(input, monthRange(month, input.from, input.to), scope),
    })),
    byTherapist: input.therapists
      .filter((t) => therapistId === null || t.id === therapistId)
      .map((t) => ({
        therapistId: t.id,
        displayName: t.displayName,
        figures: computeFigureSet(input, range, (item) => item.therapistId === t.id),
      })),
  };
}
