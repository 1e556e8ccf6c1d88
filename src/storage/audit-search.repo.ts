/** Searching one clinic's audit log, newest first, by its sequence number (keyset pages). */
import { sql } from 'kysely';
import type { Executor } from './users.repo';

export interface AuditSearchFilter {
  clinicId: string;
  actorId?: string | undefined;
  subjectId?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Only events with a smaller sequence number (the next page). */
  beforeSeq?: number | undefined;
  limit: number;
}

export interface AuditSearchRow {
  seq: number;
  occurred_at: Date;
  actor_id: string | null;
  actor_role: string | null;
  actor_name: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  subject_id: string | null;
  subject_name: string | null;
  subject_ids: string[] | null;
  reason: string | null;
  outcome: string;
}

export async function searchAuditEvents(
  db: Executor,
  filter: AuditSearchFilter,
): Promise<AuditSearchRow[]> {
  let query = db
    .selectFrom('audit_events as e')
    .leftJoin('users as a', 'a.id', 'e.actor_id')
    .leftJoin('users as s', 's.id', 'e.subject_id')
    .select([
      'e.seq',
      'e.occurred_at',
      'e.actor_id',
      'e.actor_role',
      'a.display_name as actor_name',
      'e.action',
      'e.resource_type',
      'e.resource_id',
      'e.subject_id',
      's.display_name as subject_name',
      'e.subject_ids',
      'e.reason',
      'e.outcome',
    ])
    .where('e.clinic_id', '=', filter.clinicId);
  if (filter.actorId) query = query.where('e.actor_id', '=', filter.actorId);
  if (filter.subjectId) {
    const subjectId = filter.subjectId;
    query = query.where((eb) =>
      eb.or([
        eb('e.subject_id', '=', subjectId),
        eb(sql<boolean>`e.subject_ids @> ARRAY[${subjectId}]::uuid[]`, '=', true),
      ]),
    );
  }
  if (filter.action) {
    const action = filter.action;
    // The action's characters are [a-z_.] (the schema): only "_" needs escaping for LIKE.
    const prefix = `${action.replace(/_/g, '\\_')}.%`;
    query = query.where((eb) =>
      eb.or([eb('e.action', '=', action), eb('e.action', 'like', prefix)]),
    );
  }
  if (filter.from) query = query.where('e.occurred_at', '>=', filter.from);
  if (filter.to) query = query.where('e.occurred_at', '<', filter.to);
  if (filter.beforeSeq !== undefined) query = query.where('e.seq', '<', filter.beforeSeq);
  const rows = await query
    .orderBy('e.seq', 'desc')
    .limit(filter.limit + 1)
    .execute();
  return rows.map((row) => ({
    ...row,
    seq: Number(row.seq),
    occurred_at: new Date(row.occurred_at),
  }));
}
