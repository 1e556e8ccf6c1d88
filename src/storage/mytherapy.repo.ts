/** The client's own view of their therapy: the check-in links they have not used yet. */
import type { Executor } from './users.repo';

export interface OpenCheckinLinkRow {
  id: string;
  session_id: string;
  expires_at: Date;
  engagement_id: string;
  therapist_id: string;
  therapist_name: string;
  scheduled_at: Date;
}

/** Unused, unexpired check-in links of a client (the newest per session first). */
export async function listOpenCheckinLinks(
  db: Executor,
  clientId: string,
  now: Date,
  sessionId?: string,
): Promise<OpenCheckinLinkRow[]> {
  let query = db
    .selectFrom('checkin_links as l')
    .innerJoin('therapy_sessions as s', 's.id', 'l.session_id')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .innerJoin('users as th', 'th.id', 'e.therapist_id')
    .select([
      'l.id',
      'l.session_id',
      'l.expires_at',
      'e.id as engagement_id',
      'e.therapist_id',
      'th.display_name as therapist_name',
      's.scheduled_at',
    ])
    .where('l.client_id', '=', clientId)
    .where('l.used_at', 'is', null)
    .where('l.expires_at', '>', now);
  if (sessionId) query = query.where('l.session_id', '=', sessionId);
  return query.orderBy('s.scheduled_at').orderBy('l.expires_at', 'desc').execute();
}
