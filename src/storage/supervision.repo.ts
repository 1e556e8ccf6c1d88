/** Supervision: designations, the clinic's policy, clients' consents, and each supervisor read. */
import { sql, type Selectable } from 'kysely';
import type { Cursor } from './pagination';
import type { SupervisionConsentsTable, SupervisionsTable } from './schema';
import type { Executor } from './users.repo';

export type SupervisionRow = Selectable<SupervisionsTable>;
export type SupervisionConsentRow = Selectable<SupervisionConsentsTable>;

export interface SupervisionListRow extends SupervisionRow {
  supervisor_name: string;
  therapist_name: string;
}

function designations(db: Executor) {
  return db
    .selectFrom('supervisions as s')
    .innerJoin('users as sup', 'sup.id', 's.supervisor_id')
    .innerJoin('users as t', 't.id', 's.therapist_id')
    .selectAll('s')
    .select(['sup.display_name as supervisor_name', 't.display_name as therapist_name']);
}

export async function insertSupervision(
  db: Executor,
  row: Omit<SupervisionRow, 'ended_at'>,
): Promise<void> {
  await db.insertInto('supervisions').values(row).execute();
}

export async function findSupervision(
  db: Executor,
  id: string,
): Promise<SupervisionListRow | undefined> {
  return designations(db).where('s.id', '=', id).executeTakeFirst();
}

export async function findCurrentSupervision(
  db: Executor,
  clinicId: string,
  supervisorId: string,
  therapistId: string,
): Promise<SupervisionRow | undefined> {
  return db
    .selectFrom('supervisions')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('supervisor_id', '=', supervisorId)
    .where('therapist_id', '=', therapistId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
}

export async function listCurrentSupervisions(
  db: Executor,
  clinicId: string,
  page: { limit: number; cursor: Cursor | undefined },
): Promise<SupervisionListRow[]> {
  let query = designations(db).where('s.clinic_id', '=', clinicId).where('s.ended_at', 'is', null);
  if (page.cursor) {
    const { at, id } = page.cursor;
    query = query.where((eb) =>
      eb.or([
        eb('s.created_at', '>', new Date(at)),
        eb.and([eb('s.created_at', '=', new Date(at)), eb('s.id', '>', id)]),
      ]),
    );
  }
  return query
    .orderBy('s.created_at')
    .orderBy('s.id')
    .limit(page.limit + 1)
    .execute();
}

export async function endSupervision(db: Executor, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('supervisions')
    .set({ ended_at: now })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Who supervises this therapist now. */
export async function listSupervisorIds(db: Executor, therapistId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('supervisions')
    .select('supervisor_id')
    .where('therapist_id', '=', therapistId)
    .where('ended_at', 'is', null)
    .execute();
  return rows.map((row) => row.supervisor_id);
}

/* ---------- The clinic's policy ---------- */

export async function findSupervisionPolicy(
  db: Executor,
  clinicId: string,
): Promise<{ allow_with_consent: boolean; updated_at: Date } | undefined> {
  return db
    .selectFrom('supervision_policies')
    .select(['allow_with_consent', 'updated_at'])
    .where('clinic_id', '=', clinicId)
    .executeTakeFirst();
}

export async function saveSupervisionPolicy(
  db: Executor,
  policy: { clinicId: string; allowWithConsent: boolean; updatedBy: string; now: Date },
): Promise<void> {
  await db
    .insertInto('supervision_policies')
    .values({
      clinic_id: policy.clinicId,
      allow_with_consent: policy.allowWithConsent,
      updated_by: policy.updatedBy,
      updated_at: policy.now,
    })
    .onConflict((oc) =>
      oc.column('clinic_id').doUpdateSet({
        allow_with_consent: policy.allowWithConsent,
        updated_by: policy.updatedBy,
        updated_at: policy.now,
      }),
    )
    .execute();
}

/* ---------- Consent ---------- */

export async function findCurrentConsent(
  db: Executor,
  engagementId: string,
): Promise<SupervisionConsentRow | undefined> {
  return db
    .selectFrom('supervision_consents')
    .selectAll()
    .where('engagement_id', '=', engagementId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
}

/** Give consent; false when a current consent already exists (nothing changes). */
export async function grantConsent(
  db: Executor,
  row: Omit<SupervisionConsentRow, 'withdrawn_at'>,
): Promise<boolean> {
  const result = await db
    .insertInto('supervision_consents')
    .values(row)
    .onConflict((oc) => oc.column('engagement_id').where('withdrawn_at', 'is', null).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Withdraw the current consent; false when there was none. */
export async function withdrawConsent(
  db: Executor,
  engagementId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('supervision_consents')
    .set({ withdrawn_at: now })
    .where('engagement_id', '=', engagementId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/* ---------- What a supervisor may open ---------- */

export interface SupervisedEngagementRow {
  engagement_id: string;
  status: 'consulting' | 'active' | 'ended';
  client_id: string;
  client_name: string;
  therapist_id: string;
  therapist_name: string;
  consent_since: Date;
}

/**
 * Engagements of the therapists this supervisor supervises now, whose client has consented.
 * (The clinic's policy is checked by the service: with it off, this is not asked.)
 */
export async function listSupervisedEngagements(
  db: Executor,
  supervisorId: string,
  clinicId: string,
  page: { limit: number; cursor: Cursor | undefined },
): Promise<SupervisedEngagementRow[]> {
  let query = db
    .selectFrom('supervision_consents as sc')
    .innerJoin('engagements as e', 'e.id', 'sc.engagement_id')
    .innerJoin('users as c', 'c.id', 'e.client_id')
    .innerJoin('users as t', 't.id', 'e.therapist_id')
    .where('sc.withdrawn_at', 'is', null)
    .where('e.clinic_id', '=', clinicId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('supervisions as s')
          .select(sql`1`.as('one'))
          .whereRef('s.therapist_id', '=', 'e.therapist_id')
          .where('s.supervisor_id', '=', supervisorId)
          .where('s.ended_at', 'is', null),
      ),
    )
    .select([
      'e.id as engagement_id',
      'e.status',
      'c.id as client_id',
      'c.display_name as client_name',
      't.id as therapist_id',
      't.display_name as therapist_name',
      'sc.granted_at as consent_since',
    ]);
  if (page.cursor) {
    const { at, id } = page.cursor;
    query = query.where((eb) =>
      eb.or([
        eb('sc.granted_at', '<', new Date(at)),
        eb.and([eb('sc.granted_at', '=', new Date(at)), eb('e.id', '<', id)]),
      ]),
    );
  }
  return query
    .orderBy('sc.granted_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

export async function insertSupervisionAccess(
  db: Executor,
  row: {
    id: string;
    clinic_id: string;
    supervisor_id: string;
    engagement_id: string;
    reason_ciphertext: string;
    accessed_at: Date;
  },
): Promise<void> {
  await db.insertInto('supervision_accesses').values(row).execute();
}
