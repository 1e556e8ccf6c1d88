/**
 * A concern the client shared with their therapist ("something feels off") raises a flag from
 * its category alone, whatever the words say: a boundary concern is a `red_flag` (the clinic's
 * protocol), every other one a `comment_rupture` (the client voicing a complaint is the clearest
 * confrontation marker there is; Safran & Muran, 2000). The evidence carries the category and, when
 * the client wrote some, their words (sealed at rest like every quote).
 * The flag exists as long as the concern does: recomputation never resolves it; the therapist
 * does, through the repair workflow.
 */
import { draft } from './drafts';
import type { ConcernRecord, SignalDraft } from './types';

export function concernSignals(concerns: readonly ConcernRecord[]): SignalDraft[] {
  return concerns.flatMap((concern) => {
    const category = concern.category;
    if (category === undefined) return [];
    const boundary = category === 'boundary';
    const kind = boundary ? 'red_flag' : 'comment_rupture';
    const words = concern.words?.trim() ? concern.words.trim() : null;
    const variant = words === null ? 'concern_category' : 'concern_words';
    return [
      draft(kind, `concern:${concern.id}`, 'warning', concern.sessionId ?? null, {
        rule: `concern_${category}`,
        source: 'concern',
        concernId: concern.id,
        category,
        raisedAt: concern.raisedAt,
        ...(words === null ? {} : { quote: words }),
        messageKey: `signal.${kind}.reason.${variant}`,
        params: words === null ? { category } : { category, quote: words },
      }),
    ];
  });
}
