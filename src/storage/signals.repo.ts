/**
 * Signals (flags) as stored, and the history the engine reads. A flag's quoted sentence is the
 * client's own words, so it is sealed like other free text (AAD "signals.quote:<id>").
 */
import { sql, type Selectable } from 'kysely';
import type { ScreeningResult } from '../core/screening/types';
import type {
  EngagementHistory,
  SignalChanges,
  SignalEvidence,
  SignalResolution,
  StoredSignal,
} from '../core/signals';
import type { Sealer } from './crypto';
import type { SignalsTable } from './schema';
import { listSharedConcerns, openSharedConcern } from './concerns.repo';
import type { Executor } from './users.repo';

export type SignalRow = Selectable<SignalsTable>;

const iso = (value: Date | string) => new Date(value).toISOString();

export function openScreening(
  sealer: Sealer,
  checkinId: string,
  ciphertext: string | null,
): ScreeningResult | null {
  if (!ciphertext) return null;
  return JSON.parse(sealer.open(ciphertext, `checkins.screening:${checkinId}`)) as ScreeningResult;
}

/**
 * The histories of several engagements in four queries (one per table), so that recomputing the
 * signals of many engagements at once costs a few statements rather than four each.
 */
export async function loadEngagementHistories(
  db: Executor,
  sealer: Sealer,
  engagementIds: readonly string[],
): Promise<Map<string, EngagementHistory>> {
  const histories = new Map<string, EngagementHistory>();
  if (engagementIds.length === 0) return histories;
  const ids = [...new Set(engagementIds)];
  const [sessions, checkins, ratings, concerns] = await Promise.all([
    db
      .selectFrom('therapy_sessions')
      .select(['id', 'engagement_id', 'scheduled_at', 'status', 'cancelled_by'])
      .where('engagement_id', 'in', ids)
      .execute(),
    db
      .selectFrom('checkins')
      .select([
        'id',
        'engagement_id',
        'session_id',
        'instrument_id',
        'respondent_role',
        'submitted_at',
        'answers',
        'scores',
        // Whether there is a comment, not the comment: the engine never reads its words.
        sql<boolean>`comment_ciphertext is not null`.as('has_comment'),
        'screening_ciphertext',
      ])
      .where('engagement_id', 'in', ids)
      .execute(),
    db
      .selectFrom('goal_ratings as r')
      .innerJoin('goals as g', 'g.id', 'r.goal_id')
      .select([
        'g.engagement_id',
        'r.id',
        'r.goal_id',
        'r.session_id',
        'r.rater_role',
        'r.progress',
        'r.agreement',
        'r.rated_at',
      ])
      .where('g.engagement_id', 'in', ids)
      .execute(),
    listSharedConcerns(db, ids),
  ]);
  const byEngagement = <T extends { engagement_id: string }>(rows: readonly T[]) => {
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const group = groups.get(row.engagement_id);
      if (group) group.push(row);
      else groups.set(row.engagement_id, [row]);
    }
    return (engagementId: string): readonly T[] => groups.get(engagementId) ?? [];
  };
  const sessionsOf = byEngagement(sessions);
  const checkinsOf = byEngagement(checkins);
  const ratingsOf = byEngagement(ratings);
  const concernsOf = byEngagement(concerns);
  for (const id of ids)
    histories.set(id, {
      sessions: sessionsOf(id).map((s) => ({
        id: s.id,
        scheduledAt: iso(s.scheduled_at),
        status: s.status,
        cancelledBy: s.cancelled_by,
      })),
      checkins: checkinsOf(id).map((c) => ({
        id: c.id,
        sessionId: c.session_id,
        instrumentId: c.instrument_id,
        respondent: c.respondent_role,
        submittedAt: iso(c.submitted_at),
        answers: c.answers,
        scores: c.scores,
        hasComment: c.has_comment,
        screening: openScreening(sealer, c.id, c.screening_ciphertext),
      })),
      goalRatings: ratingsOf(id).map((r) => ({
        id: r.id,
        goalId: r.goal_id,
        sessionId: r.session_id,
        raterRole: r.rater_role,
        progress: r.progress,
        agreement: r.agreement,
        ratedAt: iso(r.rated_at),
      })),
      concerns: concernsOf(id).map((c) => openSharedConcern(sealer, c)),
    });
  return histories;
}

export async function listSignalRows(db: Executor, engagementId: string): Promise<SignalRow[]> {
  return listSignalRowsOf(db, [engagementId]);
}

/** The flags of several engagements, each engagement's oldest first. */
export async function listSignalRowsOf(
  db: Executor,
  engagementIds: readonly string[],
): Promise<SignalRow[]> {
  if (engagementIds.length === 0) return [];
  return db
    .selectFrom('signals')
    .selectAll()
    .where('engagement_id', 'in', [...new Set(engagementIds)])
    .orderBy('raised_at')
    .orderBy('id')
    .execute();
}

export async function findSignalRow(db: Executor, id: string): Promise<SignalRow | undefined> {
  return db.selectFrom('signals').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The client's words inside evidence: the quote, all quotes, and the quote in the message params. */
interface SealedWords {
  quote?: string;
  quotes?: readonly (string | number | null)[];
  paramsQuote?: string | number;
}

/** What a list of flags shows (the caseload): the one-line reason without the rest of the evidence. */
export interface SignalHeadline {
  id: string;
  engagementId: string;
  kind: StoredSignal['kind'];
  severity: StoredSignal['severity'];
  raisedAt: Date;
  messageKey: SignalEvidence['messageKey'];
  params: SignalEvidence['params'];
}

/** An open flag as the caseload query returns it (JSON built in SQL; the quote still sealed). */
export interface RawSignalHeadline {
  id: string;
  kind: string;
  severity: StoredSignal['severity'];
  raisedAt: string;
  messageKey: SignalEvidence['messageKey'];
  params: SignalEvidence['params'] | null;
  quote: string | null;
}

/**
 * The open flags of an engagement as a JSON array in one column, oldest first, carrying only
 * what their one-line reasons need (the message key and its parameters), so that a caseload of
 * hundreds of flags moves one value per client rather than every flag's full evidence.
 */
export const openSignalHeadlinesJson = (engagementId: ReturnType<typeof sql.ref>) =>
  sql<RawSignalHeadline[]>`(
    select coalesce(json_agg(json_build_object(
      'id', s.id, 'kind', s.kind, 'severity', s.severity, 'raisedAt', s.raised_at,
      'messageKey', s.evidence->>'messageKey', 'params', s.evidence->'params',
      'quote', s.quote_ciphertext) order by s.raised_at, s.id), '[]'::json)
    from signals s where s.engagement_id = ${engagementId} and s.status <> 'resolved')`;

/** Opens a headline's sealed quote into its message parameters. */
export function toSignalHeadline(
  sealer: Sealer,
  engagementId: string,
  raw: RawSignalHeadline,
): SignalHeadline {
  const words: SealedWords = raw.quote
    ? (JSON.parse(sealer.open(raw.quote, `signals.quote:${raw.id}`)) as SealedWords)
    : {};
  return {
    id: raw.id,
    engagementId,
    kind: raw.kind as StoredSignal['kind'],
    severity: raw.severity,
    raisedAt: new Date(raw.raisedAt),
    messageKey: raw.messageKey,
    params: {
      ...(raw.params ?? {}),
      ...(words.paramsQuote !== undefined ? { quote: words.paramsQuote } : {}),
    },
  };
}

export function toStoredSignal(sealer: Sealer, row: SignalRow): StoredSignal {
  const stored = row.evidence as unknown as SignalEvidence;
  const words: SealedWords = row.quote_ciphertext
    ? (JSON.parse(sealer.open(row.quote_ciphertext, `signals.quote:${row.id}`)) as SealedWords)
    : {};
  const evidence: SignalEvidence = {
    ...stored,
    ...(words.quote !== undefined ? { quote: words.quote } : {}),
    ...(words.quotes !== undefined ? { quotes: words.quotes } : {}),
    params: {
      ...stored.params,
      ...(words.paramsQuote !== undefined ? { quote: words.paramsQuote } : {}),
    },
  };
  return {
    id: row.id,
    ruleKey: row.rule_key,
    kind: row.kind as StoredSignal['kind'],
    severity: row.severity,
    status: row.status,
    sessionId: row.session_id,
    evidence,
    resolution: (row.resolution as unknown as SignalResolution | null) ?? null,
    raisedAt: iso(row.raised_at),
    resolvedAt: row.resolved_at === null ? null : iso(row.resolved_at),
  };
}

function sealEvidence(
  sealer: Sealer,
  id: string,
  evidence: SignalEvidence,
): { evidence: string; quote_ciphertext: string | null } {
  const { quote, quotes, params, ...rest } = evidence;
  const { quote: paramsQuote, ...otherParams } = params;
  const words: SealedWords = {
    ...(quote !== undefined ? { quote } : {}),
    ...(Array.isArray(quotes) ? { quotes: quotes as readonly (string | number | null)[] } : {}),
    ...(paramsQuote !== undefined ? { paramsQuote } : {}),
  };
  return {
    evidence: JSON.stringify({ ...rest, params: otherParams }),
    quote_ciphertext:
      Object.keys(words).length === 0
        ? null
        : sealer.seal(JSON.stringify(words), `signals.quote:${id}`),
  };
}

/**
 * Write what reconcileSignals decided for several engagements: the new flags of all of them in
 * one statement. Returns, for each engagement in order, the ids of its flags inserted.
 */
export async function writeSignalChangesOf(
  db: Executor,
  sealer: Sealer,
  work: readonly {
    target: { clinicId: string; engagementId: string };
    changes: SignalChanges;
  }[],
  options: { newId: () => string; now: Date },
): Promise<string[][]> {
  const inserted: string[][] = [];
  const rows = work.flatMap(({ target, changes }) => {
    const ids: string[] = [];
    inserted.push(ids);
    return changes.insert.map((signal) => {
      const id = options.newId();
      ids.push(id);
      return {
        id,
        clinic_id: target.clinicId,
        engagement_id: target.engagementId,
        session_id: signal.sessionId,
        kind: signal.kind,
        severity: signal.severity,
        status: signal.status,
        rule_key: signal.ruleKey,
        ...sealEvidence(sealer, id, signal.evidence),
        raised_at: signal.raisedAt,
        updated_at: options.now,
        resolved_at: signal.resolvedAt,
        resolution: signal.resolution ? JSON.stringify(signal.resolution) : null,
      };
    });
  });
  if (rows.length > 0) await db.insertInto('signals').values(rows).execute();
  // Updated and resolved flags of all the engagements in one statement, whatever their number.
  const changed = work.flatMap(({ changes }) => [
    ...changes.update.map((update) => {
      const sealed = sealEvidence(sealer, update.id, update.evidence);
      return {
        id: update.id,
        resolve: false,
        severity: update.severity,
        session_id: update.sessionId,
        evidence: JSON.parse(sealed.evidence) as unknown,
        quote_ciphertext: sealed.quote_ciphertext,
        resolution: null,
        resolved_at: null,
      };
    }),
    ...changes.resolve.map((resolve) => {
      const sealed = sealEvidence(sealer, resolve.id, resolve.evidence);
      return {
        id: resolve.id,
        resolve: true,
        severity: resolve.severity,
        session_id: resolve.sessionId,
        evidence: JSON.parse(sealed.evidence) as unknown,
        quote_ciphertext: sealed.quote_ciphertext,
        resolution: resolve.resolution,
        resolved_at: resolve.resolvedAt,
      };
    }),
  ]);
  if (changed.length > 0)
    await sql`UPDATE signals AS s SET
        severity = v.severity,
        session_id = v.session_id,
        evidence = v.evidence,
        quote_ciphertext = v.quote_ciphertext,
        updated_at = ${options.now},
        status = CASE WHEN v.resolve THEN 'resolved' ELSE s.status END,
        resolution = CASE WHEN v.resolve THEN v.resolution ELSE s.resolution END,
        resolved_at = CASE WHEN v.resolve THEN v.resolved_at ELSE s.resolved_at END
      FROM jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) AS v(id uuid, resolve boolean,
        severity text, session_id uuid, evidence jsonb, quote_ciphertext text, resolution jsonb,
        resolved_at timestamptz)
      WHERE s.id = v.id`.execute(db);
  return inserted;
}

export async function setSignalStatus(
  db: Executor,
  id: string,
  change: {
    status: 'acknowledged' | 'resolved';
    actorId: string;
    now: Date;
    resolution?: Record<string, unknown>;
  },
): Promise<void> {
  await db
    .updateTable('signals')
    .set(
      change.status === 'acknowledged'
        ? {
            status: 'acknowledged',
            acknowledged_at: change.now,
            acknowledged_by: change.actorId,
            updated_at: change.now,
          }
        : {
            status: 'resolved',
            resolved_at: change.now,
            resolved_by: change.actorId,
            resolution: JSON.stringify(change.resolution ?? { reason: 'therapist' }),
            updated_at: change.now,
          },
    )
    .where('id', '=', id)
    .execute();
}
