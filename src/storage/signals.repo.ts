/**
 * Signals (flags) as stored, and the history the engine reads. A flag's quoted sentence is the
 * client's own words, so it is sealed like other free text (AAD "signals.quote:<id>").
 */
import { sql, type Selectable } from 'kysely';
import type { ScreeningResult } from '../core/screening/types';
import type {
  CheckinRecord,
  EngagementHistory,
  GoalRatingRecord,
  SessionRecord,
  SignalChanges,
  SignalEvidence,
  SignalResolution,
  SignalResolve,
  SignalUpdate,
  StoredSignal,
} from '../core/signals';
import type { Sealer } from './crypto';
import type { SignalsTable } from './schema';
import { openSharedConcern } from './concerns.repo';
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

/** What recomputing one engagement's flags reads: its history, its flags, its clinic's settings. */
export interface RecomputationInput {
  history: EngagementHistory;
  signals: StoredSignal[];
  /** The clinic's settings as stored (the signal settings are resolved by the caller). */
  clinicSettings: unknown;
}

/** One engagement's row of the recomputation read: each table's rows as a JSON array. */
interface RecomputationRow {
  engagement_id: string;
  clinic_settings: unknown;
  sessions: [string, string, SessionRecord['status'], SessionRecord['cancelledBy']][] | null;
  checkins:
    | [
        string,
        string | null,
        string,
        CheckinRecord['respondent'],
        string,
        CheckinRecord['answers'],
        CheckinRecord['scores'],
        boolean,
        string | null,
      ][]
    | null;
  ratings:
    | [
        string,
        string,
        string | null,
        GoalRatingRecord['raterRole'],
        number,
        number | null,
        string,
      ][]
    | null;
  concerns:
    | {
        id: string;
        created_at: string;
        category: string;
        text_ciphertext: string | null;
        screening_ciphertext: string | null;
      }[]
    | null;
  signals:
    | {
        id: string;
        rule_key: string;
        kind: string;
        severity: SignalRow['severity'];
        status: SignalRow['status'];
        session_id: string | null;
        evidence: Record<string, unknown>;
        quote_ciphertext: string | null;
        resolution: Record<string, unknown> | null;
        raised_at: string;
        resolved_at: string | null;
      }[]
    | null;
}

/**
 * Everything that recomputing several engagements' flags reads, in one statement: one row per
 * engagement, each table's rows aggregated into a JSON array (positional for the many small
 * rows), so that the database sends a few values per engagement rather than a row per check-in,
 * and the driver parses each with one JSON.parse. The engine never reads a comment's words, only
 * whether there is one; a check-in's screening and a concern's words are opened here.
 */
export async function loadRecomputationInputs(
  db: Executor,
  sealer: Sealer,
  engagementIds: readonly string[],
): Promise<Map<string, RecomputationInput>> {
  const inputs = new Map<string, RecomputationInput>();
  if (engagementIds.length === 0) return inputs;
  const ids = [...new Set(engagementIds)];
  const result = await sql<RecomputationRow>`
    select e.id as engagement_id, k.settings as clinic_settings,
      (select json_agg(json_build_array(s.id, s.scheduled_at, s.status, s.cancelled_by))
        from therapy_sessions s where s.engagement_id = e.id) as sessions,
      (select json_agg(json_build_array(c.id, c.session_id, c.instrument_id, c.respondent_role,
          c.submitted_at, c.answers, c.scores, c.comment_ciphertext is not null,
          c.screening_ciphertext))
        from checkins c where c.engagement_id = e.id) as checkins,
      (select json_agg(json_build_array(r.id, r.goal_id, r.session_id, r.rater_role, r.progress,
          r.agreement, r.rated_at))
        from goal_ratings r join goals g on g.id = r.goal_id
        where g.engagement_id = e.id) as ratings,
      (select json_agg(json_build_object('id', n.id, 'created_at', n.created_at,
          'category', n.category, 'text_ciphertext', n.text_ciphertext,
          'screening_ciphertext', n.screening_ciphertext))
        from concerns n where n.engagement_id = e.id and n.shared_with_therapist) as concerns,
      (select json_agg(json_build_object('id', f.id, 'rule_key', f.rule_key, 'kind', f.kind,
          'severity', f.severity, 'status', f.status, 'session_id', f.session_id,
          'evidence', f.evidence, 'quote_ciphertext', f.quote_ciphertext,
          'resolution', f.resolution, 'raised_at', f.raised_at, 'resolved_at', f.resolved_at)
          order by f.raised_at, f.id)
        from signals f where f.engagement_id = e.id) as signals
    from engagements e
    join clinics k on k.id = e.clinic_id
    where e.id in (${sql.join(ids)})`.execute(db);
  for (const row of result.rows) {
    inputs.set(row.engagement_id, {
      clinicSettings: row.clinic_settings,
      history: {
        sessions: (row.sessions ?? []).map(([id, scheduledAt, status, cancelledBy]) => ({
          id,
          scheduledAt: iso(scheduledAt),
          status,
          cancelledBy,
        })),
        checkins: (row.checkins ?? []).map(
          ([
            id,
            sessionId,
            instrumentId,
            respondent,
            submittedAt,
            answers,
            scores,
            hasComment,
            screening,
          ]) => ({
            id,
            sessionId,
            instrumentId,
            respondent,
            submittedAt: iso(submittedAt),
            answers,
            scores,
            hasComment,
            screening: openScreening(sealer, id, screening),
          }),
        ),
        goalRatings: (row.ratings ?? []).map(
          ([id, goalId, sessionId, raterRole, progress, agreement, ratedAt]) => ({
            id,
            goalId,
            sessionId,
            raterRole,
            progress,
            agreement,
            ratedAt: iso(ratedAt),
          }),
        ),
        concerns: (row.concerns ?? []).map((c) =>
          openSharedConcern(sealer, c as unknown as Parameters<typeof openSharedConcern>[1]),
        ),
      },
      signals: (row.signals ?? []).map((f) => toStoredSignal(sealer, f as unknown as SignalRow)),
    });
  }
  return inputs;
}

/** The flags of an engagement, oldest first. */
export async function listSignalRows(db: Executor, engagementId: string): Promise<SignalRow[]> {
  return db
    .selectFrom('signals')
    .selectAll()
    .where('engagement_id', '=', engagementId)
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
 * Write what reconcileSignals decided for several engagements: the new, updated and resolved
 * flags of all of them in one statement, whatever their number (each kind of row as one JSON
 * value). Returns, for each engagement in order, the ids of its flags inserted.
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
  const sealed = (id: string, evidence: SignalEvidence) => {
    const { evidence: json, quote_ciphertext } = sealEvidence(sealer, id, evidence);
    return { evidence: JSON.parse(json) as unknown, quote_ciphertext };
  };
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
        ...sealed(id, signal.evidence),
        raised_at: signal.raisedAt,
        resolved_at: signal.resolvedAt,
        resolution: signal.resolution ?? null,
      };
    });
  });
  // A resolved flag also takes its resolution; an updated one keeps its own.
  const change = (flag: SignalUpdate | SignalResolve, resolve: SignalResolve | null) => ({
    id: flag.id,
    resolve: resolve !== null,
    severity: flag.severity,
    session_id: flag.sessionId,
    ...sealed(flag.id, flag.evidence),
    resolution: resolve?.resolution ?? null,
    resolved_at: resolve?.resolvedAt ?? null,
  });
  const changed = work.flatMap(({ changes }) => [
    ...changes.update.map((update) => change(update, null)),
    ...changes.resolve.map((resolve) => change(resolve, resolve)),
  ]);
  const insert =
    rows.length > 0
      ? sql`INSERT INTO signals (id, clinic_id, engagement_id, session_id, kind, severity, status,
          rule_key, evidence, quote_ciphertext, raised_at, updated_at, resolved_at, resolution)
        SELECT r.id, r.clinic_id, r.engagement_id, r.session_id, r.kind, r.severity, r.status,
          r.rule_key, r.evidence, r.quote_ciphertext, r.raised_at, ${options.now}::timestamptz,
          r.resolved_at, r.resolution
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id uuid, clinic_id uuid,
          engagement_id uuid, session_id uuid, kind text, severity text, status text,
          rule_key text, evidence jsonb, quote_ciphertext text, raised_at timestamptz,
          resolved_at timestamptz, resolution jsonb)`
      : null;
  // The ids again as an array: the planner takes the JSON's rows for 100, and on a cached plan
  // (the embedded database keeps generic plans) would join them by reading the whole table; with
  // the array it looks each flag up by its key, however many flags the clinic has.
  const update =
    changed.length > 0
      ? sql`UPDATE signals AS s SET
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
        WHERE s.id = v.id AND s.id = ANY(${changed.map((c) => c.id)}::uuid[])`
      : null;
  // Both in one statement when there are both (the update sees only flags that were there).
  if (insert && update) await sql`WITH inserted AS (${insert} RETURNING 1) ${update}`.execute(db);
  else await (insert ?? update)?.execute(db);
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
