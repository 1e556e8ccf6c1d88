/**
 * What background jobs read and write: the connection pg-boss runs on (the same database, through
 * the same lock on PGlite), claims for reminders (inserting the row is the claim, so a reminder is
 * never sent twice), the numbers a clinic's trajectory model is learned from, and retention.
 */
import { CompiledQuery, sql } from 'kysely';
import type { DatabaseHandle } from './db';
import type { Executor } from './users.repo';

/** The shape pg-boss accepts as its `db` option. */
export interface JobSql {
  executeSql(
    text: string,
    values?: unknown[],
  ): Promise<{ rows: Record<string, unknown>[]; rowCount?: number }>;
}

/**
 * pg-boss on Rapport's own connection. Statements with parameters go through Kysely (a pooled
 * connection on PostgreSQL; PGlite's one connection, lent under its lock). pg-boss's own schema
 * scripts are several statements without parameters, which only the simple protocol accepts:
 * those run through withSession (which on PGlite takes the same lock).
 */
export function jobSql(handle: DatabaseHandle): JobSql {
  return {
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        const rows = await handle.withSession((exec) => exec(text));
        return { rows, rowCount: rows.length };
      }
      return run(handle.db, text, values);
    },
  };
}

/** pg-boss inside the caller's transaction: a job sent here is committed with it, or not at all. */
export function transactionJobSql(trx: Executor): JobSql {
  return { executeSql: (text, values) => run(trx, text, values ?? []) };
}

async function run(
  db: Executor,
  text: string,
  values: unknown[],
): Promise<{ rows: Record<string, unknown>[]; rowCount: number }> {
  const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, values));
  return {
    rows: result.rows,
    rowCount: Number(result.numAffectedRows ?? BigInt(result.rows.length)),
  };
}

export interface ClinicSettingsRow {
  id: string;
  settings: Record<string, unknown>;
}

export async function listClinicSettings(db: Executor): Promise<ClinicSettingsRow[]> {
  return db.selectFrom('clinics').select(['id', 'settings']).orderBy('id').execute();
}

/* ---------- Check-in reminders ---------- */

export interface DueCheckinLink {
  id: string;
  clinic_id: string;
  session_id: string;
  client_id: string;
  expires_at: Date;
}

/**
 * Claim the clinic's check-in links that were sent before `sentBefore`, are unused, unexpired and
 * not yet reminded, and whose client has not completed every check-in of the session. Claimed in
 * the caller's transaction: if it rolls back, the claims go with it.
 */
export async function claimDueCheckinLinks(
  db: Executor,
  clinicId: string,
  options: { sentBefore: Date; now: Date; checkins: readonly string[]; limit: number },
): Promise<DueCheckinLink[]> {
  const due = await db
    .selectFrom('checkin_links as l')
    .select(['l.id', 'l.clinic_id', 'l.session_id', 'l.client_id', 'l.expires_at'])
    .where('l.clinic_id', '=', clinicId)
    .where('l.used_at', 'is', null)
    .where('l.created_at', '<=', options.sentBefore)
    .where('l.expires_at', '>', options.now)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('checkin_link_reminders as r')
            .select(sql`1`.as('one'))
            .whereRef('r.link_id', '=', 'l.id'),
        ),
      ),
    )
    .where(
      sql<boolean>`(select count(distinct c.instrument_id) from checkins c where c.session_id = l.session_id and c.respondent_role = 'client' and c.instrument_id in (${sql.join(options.checkins)})) < ${options.checkins.length}`,
    )
    .orderBy('l.created_at')
    .limit(options.limit)
    .execute();
  const claimed: DueCheckinLink[] = [];
  for (const link of due) {
    const result = await db
      .insertInto('checkin_link_reminders')
      .values({ link_id: link.id, clinic_id: link.clinic_id, sent_at: options.now })
      .onConflict((oc) => oc.column('link_id').doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1)
      claimed.push({ ...link, expires_at: new Date(link.expires_at) });
  }
  return claimed;
}

/** A link issued by a reminder counts as reminded already (one reminder per session). */
export async function markLinkReminded(
  db: Executor,
  link: { id: string; clinicId: string; now: Date },
): Promise<void> {
  await db
    .insertInto('checkin_link_reminders')
    .values({ link_id: link.id, clinic_id: link.clinicId, sent_at: link.now })
    .onConflict((oc) => oc.column('link_id').doNothing())
    .execute();
}

/* ---------- Consultation reminders ---------- */

/** Claim booked consultations starting within (now, startsBefore] not yet reminded. */
export async function claimDueConsultations(
  db: Executor,
  options: { now: Date; startsBefore: Date; limit: number },
): Promise<string[]> {
  const due = await db
    .selectFrom('consultations as c')
    .select(['c.id', 'c.clinic_id'])
    .where('c.status', '=', 'booked')
    .where('c.starts_at', '>', options.now)
    .where('c.starts_at', '<=', options.startsBefore)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('consultation_reminders as r')
            .select(sql`1`.as('one'))
            .whereRef('r.consultation_id', '=', 'c.id'),
        ),
      ),
    )
    .orderBy('c.starts_at')
    .limit(options.limit)
    .execute();
  const claimed: string[] = [];
  for (const row of due) {
    const result = await db
      .insertInto('consultation_reminders')
      .values({ consultation_id: row.id, clinic_id: row.clinic_id, sent_at: options.now })
      .onConflict((oc) => oc.column('consultation_id').doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) claimed.push(row.id);
  }
  return claimed;
}

/* ---------- Expected trajectories ---------- */

/**
 * The followed outcome scale's client scores of every ended engagement of the clinic, in session
 * order (intake first), one list per engagement.
 */
export async function endedEngagementSeries(
  db: Executor,
  clinicId: string,
  instrumentId: string,
  scaleId: string,
): Promise<number[][]> {
  const rows = await db
    .selectFrom('checkins as c')
    .innerJoin('engagements as e', 'e.id', 'c.engagement_id')
    .innerJoin('therapy_sessions as s', 's.id', 'c.session_id')
    .select(['c.engagement_id', sql<number>`(c.scores ->> ${scaleId})::float8`.as('score')])
    .where('e.clinic_id', '=', clinicId)
    .where('e.status', '=', 'ended')
    .where('c.instrument_id', '=', instrumentId)
    .where('c.respondent_role', '=', 'client')
    .where(sql<boolean>`c.scores ? ${scaleId}`)
    .orderBy('c.engagement_id')
    .orderBy('s.scheduled_at')
    .orderBy('c.id')
    .execute();
  const series = new Map<string, number[]>();
  for (const row of rows) {
    const list = series.get(row.engagement_id) ?? [];
    list.push(Number(row.score));
    series.set(row.engagement_id, list);
  }
  return [...series.values()];
}

/**
 * Store the learned model where the signal settings read it (signals.notOnTrack.model), keeping
 * every other setting as it is.
 */
export async function saveTrajectoryModel(
  db: Executor,
  clinicId: string,
  model: { engagements: number; intercept: number; slope: number } | null,
): Promise<void> {
  const value = JSON.stringify(model);
  await db
    .updateTable('clinics')
    .set({
      settings: sql`settings || jsonb_build_object('signals',
        coalesce(settings -> 'signals', '{}'::jsonb) || jsonb_build_object('notOnTrack',
          coalesce(settings -> 'signals' -> 'notOnTrack', '{}'::jsonb)
            || jsonb_build_object('model', ${value}::jsonb)))`,
    })
    .where('id', '=', clinicId)
    .execute();
}

/* ---------- Retention ---------- */

export interface RetentionCounts {
  sessions: number;
  loginAttempts: number;
  checkinLinks: number;
  outbox: number;
}

/**
 * Delete what has no use any more: ended sign-in sessions, old sign-in attempts, check-in links
 * used or expired before `before`, and e-mail delivered before `before`. Undelivered e-mail is
 * kept (the administrator may still need to read it).
 */
export async function deleteExpired(
  db: Executor,
  options: { now: Date; before: Date },
): Promise<RetentionCounts> {
  const count = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);
  const sessions = await db
    .deleteFrom('auth_sessions')
    .where('expires_at', '<', options.now)
    .executeTakeFirst();
  const attempts = await db
    .deleteFrom('login_attempts')
    .where('attempted_at', '<', options.before)
    .executeTakeFirst();
  const links = await db
    .deleteFrom('checkin_links')
    .where((eb) =>
      eb.or([eb('used_at', '<', options.before), eb('expires_at', '<', options.before)]),
    )
    .executeTakeFirst();
  const outbox = await db
    .deleteFrom('outbox_messages')
    .where('sent_at', 'is not', null)
    .where('sent_at', '<', options.before)
    .executeTakeFirst();
  return {
    sessions: count(sessions),
    loginAttempts: count(attempts),
    checkinLinks: count(links),
    outbox: count(outbox),
  };
}

/**
 * Set up the job queue (its schema, queues and schedules) one server at a time, even when several
 * start at the same moment: pg-boss checks and installs in two steps, and creating a queue
 * attaches a partition, so two servers doing it together could collide or deadlock. On
 * PostgreSQL a session advisory lock, held on its own connection, serialises the work; PGlite is
 * one process with one connection, so there is nobody to wait for.
 */
export async function withJobSetupLock(
  handle: DatabaseHandle,
  setup: () => Promise<void>,
): Promise<void> {
  if (handle.kind === 'pglite') return setup();
  // Any fixed number shared by every server; distinct from the migration runner's lock.
  const lockKey = 7_302_114_551;
  await handle.withSession(async (exec) => {
    await exec(`SELECT pg_advisory_lock(${lockKey})`);
    try {
      await setup();
    } finally {
      await exec(`SELECT pg_advisory_unlock(${lockKey})`);
    }
  });
}

/** Install the job queue's schema if it is not there yet (call under withJobSetupLock). */
export async function installJobSchema(
  handle: DatabaseHandle,
  schema: string,
  constructionSql: string,
): Promise<void> {
  const [row] = await handle.withSession((exec) =>
    exec(`SELECT to_regclass('${schema}.version') IS NOT NULL AS installed`),
  );
  if (row?.installed !== true) await handle.withSession((exec) => exec(constructionSql));
}
