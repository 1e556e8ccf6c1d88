/**
 * Flags from comment screening (the screening itself is src/core/screening): rupture markers
 * (`comment_rupture`, warning), boundary violations (`red_flag`, warning) and risk language
 * (`comment_risk`, urgent). One flag per kind per comment or concern, quoting the sentence that
 * triggered it. These are events: they stay open until someone acknowledges or resolves them.
 * Only the client's own words are screened into flags (a therapist's rating has no client comment).
 */
import type { ScreeningFinding, ScreeningLabel } from '../screening/types';
import { draft } from './drafts';
import type { Timeline } from './history';
import type {
  ConcernRecord,
  SignalDraft,
  SignalKind,
  SignalMessageKey,
  SignalSeverity,
} from './types';

const kindOf = {
  rupture_withdrawal: 'comment_rupture',
  rupture_confrontation: 'comment_rupture',
  red_flag: 'red_flag',
  risk: 'comment_risk',
} as const satisfies Record<ScreeningLabel, SignalKind>;

type CommentKind = (typeof kindOf)[ScreeningLabel];

const severityOf = {
  comment_rupture: 'warning',
  red_flag: 'warning',
  comment_risk: 'urgent',
} as const satisfies Record<CommentKind, SignalSeverity>;

const kindsInOrder: readonly CommentKind[] = ['comment_risk', 'red_flag', 'comment_rupture'];

const unique = (values: readonly string[]) => [...new Set(values)];

function messageKey(
  kind: CommentKind,
  source: 'checkin' | 'concern',
  label: ScreeningLabel,
): SignalMessageKey {
  switch (kind) {
    case 'comment_rupture':
      if (source === 'concern') return 'signal.comment_rupture.reason.concern';
      return label === 'rupture_confrontation'
        ? 'signal.comment_rupture.reason.confrontation'
        : 'signal.comment_rupture.reason.withdrawal';
    case 'red_flag':
      return `signal.red_flag.reason.${source}`;
    case 'comment_risk':
      return `signal.comment_risk.reason.${source}`;
  }
}

function screeningSignals(
  source: 'checkin' | 'concern',
  id: string,
  sessionId: string | null,
  findings: readonly ScreeningFinding[],
): SignalDraft[] {
  return kindsInOrder.flatMap((kind) => {
    const found = findings.filter((f) => kindOf[f.label] === kind);
    const first = found[0];
    if (!first) return [];
    return [
      draft(kind, `${source}:${id}`, severityOf[kind], sessionId, {
        rule: first.label,
        source,
        ...(source === 'checkin' ? { checkinId: id } : { concernId: id }),
        quote: first.sentence,
        quotes: unique(found.map((f) => f.sentence)),
        cues: unique(found.map((f) => f.cue)),
        labels: unique(found.map((f) => f.label)),
        messageKey: messageKey(kind, source, first.label),
        params: { quote: first.sentence },
      }),
    ];
  });
}

export function commentSignals(
  timeline: Timeline,
  concerns: readonly ConcernRecord[],
): SignalDraft[] {
  const fromCheckins = timeline.checkins.flatMap((c) =>
    c.respondent === 'client' && c.screening
      ? screeningSignals('checkin', c.id, c.sessionId, c.screening.findings)
      : [],
  );
  const fromConcerns = concerns.flatMap((c) =>
    c.screening ? screeningSignals('concern', c.id, c.sessionId ?? null, c.screening.findings) : [],
  );
  return [...fromCheckins, ...fromConcerns];
}
