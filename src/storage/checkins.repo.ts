/** Check-ins (answers, scores, sealed comment and screening) and check-in links. */
import { sql, type Selectable } from 'kysely';
import { inlineAuditCounts, type InlineAudit, type InlineAuditCounts } from './audit.repo';
import { signalQueueRows } from './signal-queue.repo';
import type { CheckinLinksTable, CheckinsTable, SessionStatus } from './schema';
import type { Executor } from './users.repo';

export type CheckinRow = Selectable<CheckinsTable>;
export type CheckinLinkRow = Selectable<CheckinLinksTable>;

export async function findCheckinByIdempotencyKey(
  db: Executor,
  respondentId: string,
  key: string,
): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('respondent_id', '=', respondentId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function findCheckinForSession(
  db: Executor,
  sessionId: string,
  instrumentId: string,
  role: 'client' | 'therapist',
): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('instrument_id', '=', instrumentId)
    .where('respondent_role', '=', role)
    .executeTakeFirst();
}

export async function listSessionCheckinInstruments(
  db: Executor,
  sessionId: string,
  role: 'client' | 'therapist',
): Promise<string[]> {
  const rows = await db
    .selectFrom('checkins')
    .select('instrument_id')
    .where('session_id', '=', sessionId)
    .where('respondent_role', '=', role)
    .execute();
  return rows.map((row) => row.instrument_id);
}

export type NewCheckinRow = Omit<CheckinRow, 'answers' | 'scores' | 'screening_labels'> & {
  answers: Record<string, number>;
  scores: Record<string, number>;
  screening_labels: string[];
};

/** Insert check-ins (a page, or several clients' pages at once) in one statement. */
export async function insertCheckins(db: Executor, rows: readonly NewCheckinRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('checkins')
    .values(
      rows.map((row) => ({
        ...row,
        answers: JSON.stringify(row.answers),
        scores: JSON.stringify(row.scores),
      })),
    )
    .execute();
}

export async function listCheckins(
  db: Executor,
  engagementId: string,
  respondent?: 'client' | 'therapist',
): Promise<CheckinRow[]> {
  let query = db.selectFrom('checkins').selectAll().where('engagement_id', '=', engagementId);
  if (respondent) query = query.where('respondent_role', '=', respondent);
  return query.orderBy('submitted_at').orderBy('id').execute();
}

export async function insertCheckinLink(
  db: Executor,
  row: Omit<CheckinLinkRow, 'used_at'>,
): Promise<void> {
  await db
    .insertInto('checkin_links')
    .values({ ...row, used_at: null })
    .execute();
}

export async function findCheckinLink(
  db: Executor,
  tokenHash: string,
): Promise<CheckinLinkRow | undefined> {
  return db
    .selectFrom('checkin_links')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Client comments of some engagements, sealed, for screening them again (demo load, lexicon updates). */
export async function listClientComments(
  db: Executor,
  engagementIds: readonly string[],
): Promise<{ id: string; comment_ciphertext: string }[]> {
  if (engagementIds.length === 0) return [];
  const rows = await db
    .selectFrom('checkins')
    .select(['id', 'comment_ciphertext'])
    .where('engagement_id', 'in', engagementIds)
    .where('respondent_role', '=', 'client')
    .where('comment_ciphertext', 'is not', null)
    .execute();
  return rows.flatMap((row) =>
    row.comment_ciphertext === null
      ? []
      : [{ id: row.id, comment_ciphertext: row.comment_ciphertext }],
  );
}

export async function setCheckinScreening(
  db: Executor,
  id: string,
  labels: string[],
  ciphertext: string | null,
): Promise<void> {
  await db
    .updateTable('checkins')
    .set({ screening_labels: labels, screening_ciphertext: ciphertext })
    .where('id', '=', id)
    .execute();
}

/** A check-in link with what a submission through it needs: its session, engagement and client. */
export interface OpenedLinkRow {
  link_id: string;
  token_hash: string;
  client_id: string;
  expires_at: Date;
  used_at: Date | null;
  session_id: string;
  session_status: SessionStatus;
  scheduled_at: Date;
  engagement_id: string;
  clinic_id: string;
  engagement_client_id: string;
  therapist_id: string;
  engagement_status: 'consulting' | 'active' | 'ended';
  ended_at: Date | null;
  client_status: string;
  client_clinic_id: string;
  /** The clinic's settings document (which check-ins it asks, among others). */
  clinic_settings: unknown;
  /** The clinic's imported questionnaires, oldest first. */
  clinic_questionnaires: unknown[];
  /**
   * The client's check-ins that bear on a submission through this link, as JSON rows (see
   * earlierCheckinRows): those given for its session, and those stored under the keys asked for.
   */
  earlier_checkins: Record<string, unknown>[];
}

/**
 * Several check-in links at once, with their sessions, engagements, clients and clinics' check-in
 * settings, each link row locked until the transaction ends: two submissions through the same
 * link (two servers, a double tap) take turns, and the second sees the first's `used_at`.
 */
export async function lockCheckinLinks(
  db: Executor,
  tokenHashes: readonly string[],
  idempotencyKeys: readonly string[],
): Promise<OpenedLinkRow[]> {
  if (tokenHashes.length === 0) return [];
  const keys = [...new Set(idempotencyKeys)];
  return db
    .selectFrom('checkin_links as l')
    .innerJoin('therapy_sessions as s', 's.id', 'l.session_id')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .innerJoin('users as c', 'c.id', 'l.client_id')
    .select([
      'l.id as link_id',
      'l.token_hash',
      'l.client_id',
      'l.expires_at',
      'l.used_at',
      's.id as session_id',
      's.status as session_status',
      's.scheduled_at',
      'e.id as engagement_id',
      'e.clinic_id',
      'e.client_id as engagement_client_id',
      'e.therapist_id',
      'e.status as engagement_status',
      'e.ended_at',
      'c.status as client_status',
      'c.clinic_id as client_clinic_id',
      // The clinic's check-in choice and questionnaires in the same read (usually none imported).
      (eb) =>
        eb
          .selectFrom('clinics as k')
          .select('k.settings')
          .whereRef('k.id', '=', 'e.clinic_id')
          .as('clinic_settings'),
      sql<
        unknown[]
      >`(select coalesce(json_agg(i.questionnaire order by i.imported_at, i.id), '[]'::json)
        from clinic_instruments i where i.clinic_id = e.clinic_id)`.as('clinic_questionnaires'),
      // What findClientCheckinsFor would find, in the same read (one statement fewer a batch).
      sql<Record<string, unknown>[]>`(select coalesce(json_agg(row_to_json(k)), '[]'::json)
        from checkins k where k.respondent_role = 'client' and (k.session_id = s.id
          or (k.respondent_id = l.client_id and k.idempotency_key = any(${keys}::text[]))))`.as(
        'earlier_checkins',
      ),
    ])
    .where('l.token_hash', 'in', [...new Set(tokenHashes)])
    .forUpdate('l')
    .execute();
}

/** The check-ins of locked links (lockCheckinLinks), each once, as the driver would give them. */
export function earlierCheckinRows(links: readonly OpenedLinkRow[]): CheckinRow[] {
  const rows = new Map<string, CheckinRow>();
  for (const link of links)
    for (const json of link.earlier_checkins) {
      const row = {
        ...json,
        submitted_at: new Date(json.submitted_at as string),
      } as unknown as CheckinRow;
      rows.set(row.id, row);
    }
  return [...rows.values()];
}

/**
 * Clients' check-ins that bear on new submissions: those already given for these sessions, and
 * those stored under these idempotency keys by these clients (replays), in one query.
 */
export async function findClientCheckinsFor(
  db: Executor,
  sessionIds: readonly string[],
  respondentIds: readonly string[],
  keys: readonly string[],
): Promise<CheckinRow[]> {
  if (sessionIds.length === 0 && keys.length === 0) return [];
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('respondent_role', '=', 'client')
    .where((eb) =>
      eb.or([
        ...(sessionIds.length > 0 ? [eb('session_id', 'in', [...new Set(sessionIds)])] : []),
        ...(keys.length > 0 && respondentIds.length > 0
          ? [
              eb.and([
                eb('respondent_id', 'in', [...new Set(respondentIds)]),
                eb('idempotency_key', 'in', [...new Set(keys)]),
              ]),
            ]
          : []),
      ]),
    )
    .execute();
}

/**
 * Store check-in pages in one statement: the check-ins, their links marked used and their
 * engagements marked for signal recomputation. Returns how many links were still unused (all of
 * them, under lockCheckinLinks). Their audit events follow (appendChainedAudit), after this, so
 * that the clinic's chain head is locked after the rows the check-ins' triggers lock, in the order
 * every other writer takes them.
 */
export async function storeCheckinPages(
  db: Executor,
  pages: {
    checkins: readonly NewCheckinRow[];
    linkIds: readonly string[];
    now: Date;
    /** The pages' audit events, written by this statement when the chain's head is known. */
    audit: InlineAudit | null;
  },
): Promise<{ used: number; audited: boolean }> {
  const { checkins, linkIds, now, audit } = pages;
  if (checkins.length === 0 || linkIds.length === 0)
    throw new Error('storeCheckinPages needs check-ins and their links.');
  const marks = signalQueueRows(
    checkins.map((c) => ({ engagementId: c.engagement_id, clinicId: c.clinic_id })),
    now,
  );
  // Each table's rows as one JSON parameter (jsonb_to_recordset), not one parameter per value:
  // the statement stays the same text whatever the batch's size, and is cheaper to build and send.
  // The audit chain's head is taken last, as every writer takes it: only once every mark (and
  // its row lock) is in; before that, a reader catching up on an engagement's flags could hold
  // the mark and wait for the head while this statement held the head and waited for the mark.
  const result = await sql<{ used: number } & Partial<InlineAuditCounts>>`
    WITH stored AS (
      INSERT INTO checkins (id, clinic_id, engagement_id, session_id, instrument_id,
        respondent_role, respondent_id, answers, scores, comment_ciphertext, screening_labels,
        screening_ciphertext, idempotency_key, request_hash, submitted_at)
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(checkins)}::jsonb) AS r(id uuid,
        clinic_id uuid, engagement_id uuid, session_id uuid, instrument_id text,
        respondent_role text, respondent_id uuid, answers jsonb, scores jsonb,
        comment_ciphertext text, screening_labels text[], screening_ciphertext text,
        idempotency_key text, request_hash text, submitted_at timestamptz)
      RETURNING id
    ), marked AS (
      INSERT INTO signal_queue (engagement_id, clinic_id, marked_at)
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(marks)}::jsonb) AS m(engagement_id uuid,
        clinic_id uuid, marked_at timestamptz)
      ON CONFLICT (engagement_id) DO UPDATE
        SET version = nextval(pg_get_serial_sequence('signal_queue', 'version')),
          marked_at = EXCLUDED.marked_at
      RETURNING engagement_id
    ), used AS (
      UPDATE checkin_links SET used_at = ${now}
      WHERE id = ANY(${[...linkIds]}::uuid[]) AND used_at IS NULL
      RETURNING id
    )${audit ? sql`, ${audit.ctes(sql`(SELECT count(*) FROM marked) = ${marks.length}`)}` : sql``}
    SELECT (SELECT count(*) FROM used)::int AS used${audit ? sql`, ${inlineAuditCounts}` : sql``}`.execute(
    db,
  );
  const row = result.rows[0];
  const audited =
    audit !== null &&
    audit.settle(row && { audit_heads: row.audit_heads ?? 0, audit_events: row.audit_events ?? 0 });
  return { used: row?.used ?? 0, audited };
}
