/**
 * English messages for signals, evidence and repair prompts (merged into the catalogue).
 * `reason.*` are one-line reasons filled from a flag's evidence params; `resolution.*` say why a
 * flag was resolved automatically; `item.*` / `scale.*` name what a reason refers to.
 */
export const signalsEn = {
  'signal.low_alliance.title': 'Low alliance score',
  'signal.low_alliance.reason.score': 'The alliance score was {score}, below {threshold}.',
  'signal.low_alliance.reason.item':
    '“{item}” was rated {value} (at or below {itemThreshold}), though the alliance score was {score}.',
  'signal.low_alliance.reason.score_and_item':
    'The alliance score was {score}, below {threshold}, and “{item}” was rated {value}.',

  'signal.alliance_drop.title': 'Alliance dropped',
  'signal.alliance_drop.reason.drop':
    'The alliance fell to {score}, {drop} below this client’s running mean of {mean} (alert at {threshold}).',
  'signal.alliance_drop.reason.unrecovered':
    'The alliance fell to {score}, {drop} below the running mean of {mean}, and has not come back {sessions} sessions later (latest {latest}).',

  'signal.rupture_repaired.title': 'Rupture repaired',
  'signal.rupture_repaired.reason.next':
    'After falling to {dropScore}, the alliance came back to {score} at the next session, at or above the earlier mean of {mean}.',
  'signal.rupture_repaired.reason.later':
    'After falling to {dropScore}, the alliance came back to {score} {sessions} sessions later, at or above the earlier mean of {mean}.',

  'signal.agreement_gap.title': 'You and your client see it differently',
  'signal.agreement_gap.reason.alliance':
    'You rated the alliance {therapist}; your client rated it {client}: {gap} points lower (alert at {threshold}).',
  'signal.agreement_gap.reason.goal_progress':
    'On progress towards a goal, your client rated {client} and you rated {therapist}: {gap} points apart (alert at {threshold}).',
  'signal.agreement_gap.reason.goal_agreement':
    'On agreeing with a goal, your client rated {client} and you rated {therapist}: {gap} points apart (alert at {threshold}).',

  'signal.disengagement.title': 'Signs of disengagement',
  'signal.disengagement.reason.cancellations':
    'The client cancelled or missed {count} of their last {window} sessions.',
  'signal.disengagement.reason.late_cancel_after_low':
    'The client cancelled late right after a session whose alliance score was {score}.',
  'signal.disengagement.reason.no_show_after_low':
    'The client did not come right after a session whose alliance score was {score}.',
  'signal.disengagement.reason.missed_checkins':
    'No check-in for the last {count} sessions the client attended.',
  'signal.disengagement.reason.flat_ticking':
    'The last {count} check-ins had exactly the same answers and no comment, after earlier ones that varied.',

  'signal.reliable_change.title': 'Reliable change',
  'signal.reliable_change.reason.improved':
    '{scale} went from {intake} at intake to {score} ({change}), more than could be measurement error (threshold {threshold}).',
  'signal.reliable_change.reason.recovered':
    '{scale} went from {intake} at intake to {score} ({change}): a reliable improvement that crossed the cutoff of {cutoff}.',
  'signal.reliable_change.reason.deteriorated':
    '{scale} went from {intake} at intake to {score} ({change}): a reliable deterioration (threshold {threshold}).',

  'signal.not_on_track.title': 'Not on track',
  'signal.not_on_track.reason.below_expected':
    'At check-in {checkin}, well-being is {score}; for an intake of {intake} about {expected} was expected, and it is more than {threshold} below that.',

  'signal.comment_rupture.title': 'A comment suggests a rupture',
  'signal.comment_rupture.reason.withdrawal':
    'The client’s comment suggests pulling away: “{quote}”',
  'signal.comment_rupture.reason.confrontation':
    'The client’s comment voices a complaint about the therapy: “{quote}”',
  'signal.comment_rupture.reason.concern':
    'A concern the client raised suggests a rupture: “{quote}”',
  'signal.comment_rupture.title.concern': 'Your client raised a concern',
  'signal.comment_rupture.reason.concern_category':
    'Your client told you through Rapport: “{category}”. They added no words of their own.',
  'signal.comment_rupture.reason.concern_words':
    'Your client told you through Rapport: “{category}”. In their words: “{quote}”',

  'signal.red_flag.title': 'Possible red flag',
  'signal.red_flag.reason.checkin':
    'The client’s comment may describe a boundary problem: “{quote}”',
  'signal.red_flag.reason.concern':
    'A concern the client raised may describe a boundary problem: “{quote}”',
  'signal.red_flag.title.concern': 'Your client reported a boundary concern',
  'signal.red_flag.reason.concern_category':
    'Your client reported that a professional boundary was crossed. The clinic’s administrators have been told. They added no words of their own.',
  'signal.red_flag.reason.concern_words':
    'Your client reported that a professional boundary was crossed. The clinic’s administrators have been told. In their words: “{quote}”',

  'signal.comment_risk.title': 'Possible risk: respond today',
  'signal.comment_risk.reason.checkin':
    'The client’s comment may signal a risk to their safety: “{quote}”',
  'signal.comment_risk.reason.concern':
    'A concern the client raised may signal a risk to their safety: “{quote}”',

  'signal.resolution.recovered': 'The alliance came back to {score}.',
  'signal.resolution.superseded': 'Replaced by the flag for a later session.',
  'signal.resolution.repaired':
    'Repaired: the alliance came back to {score}, at or above the earlier mean of {mean}.',
  'signal.resolution.gap_closed': 'The two ratings came closer: {gap} points apart.',
  'signal.resolution.attendance_recovered': 'The client is attending again.',
  'signal.resolution.attended_again': 'The client came to the next session.',
  'signal.resolution.checkin_completed': 'The client completed a check-in again.',
  'signal.resolution.answers_varied': 'The check-in answers vary again.',
  'signal.resolution.no_longer_reliable':
    'The change from intake is now {change}, within the reliable-change threshold.',
  'signal.resolution.back_on_track': 'Well-being is back within the expected range: {score}.',
  'signal.resolution.condition_cleared': 'The condition for this flag no longer holds.',
  'signal.resolution.by_therapist': 'Marked as resolved by the therapist.',

  'signal.item.heard': 'feeling heard',
  'signal.item.goals': 'working on what matters',
  'signal.item.approach': 'the approach fits',
  'signal.item.safety': 'feeling safe to be honest',
  'signal.item.overall': 'overall',
  'signal.scale.alliance': 'Alliance',
  'signal.scale.wellbeing': 'Well-being',
} as const;
