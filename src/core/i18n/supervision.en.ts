/**
 * English messages for supervision with consent: the errors, the client's consent panel and the
 * supervisor's page. Written for Rapport in plain, kind words.
 */
export const supervisionEn = {
  'error.supervision_reason_required':
    'Please say why you are opening this record, in a sentence of at least 10 characters. The client can see that you looked, and the reason is kept.',
  'error.supervisor_is_therapist':
    'A therapist cannot supervise themselves. Please choose someone else.',
  'error.supervision_not_allowed':
    'You cannot open this record: the clinic’s policy or the client’s consent does not allow it at the moment.',
  'error.supervision_exists': 'This therapist already has this supervisor.',

  // The client's consent panel
  'supervisionConsent.title': 'Supervision',
  'supervisionConsent.lead':
    'Therapists sometimes talk their work over with an experienced colleague, their supervisor, to give you better care. You decide whether that supervisor may read your check-ins, goals and flags for this relationship.',
  'supervisionConsent.toggle': 'Let {therapist}’s supervisor read my record',
  'supervisionConsent.on':
    'You agreed on {date}. You can change your mind at any time; it takes effect at once.',
  'supervisionConsent.off': 'Your record is not shared with a supervisor.',
  'supervisionConsent.clinicOff':
    'Your clinic does not let supervisors read client records at the moment, so nothing is shared even if you agree.',
  'supervisionConsent.noSupervisor': '{therapist} has no supervisor at the moment.',
  'supervisionConsent.private':
    'A supervisor never sees your therapist’s private notes, cannot change anything, and must give a reason each time. You will see every time they look in “Who looked at my data”.',
  'supervisionConsent.saved': 'Saved.',
  'supervisionConsent.loadFailed': 'We could not load your supervision choice. Please try again.',

  // The supervisor's page
  'supervision.title': 'Supervision',
  'supervision.lead':
    'Clients of the therapists you supervise who agreed to share their record with you. Each time you open one, say why: the client can see that you looked.',
  'supervision.empty':
    'No records to show yet. They appear here when your clinic allows supervision and a client of a therapist you supervise agrees.',
  'supervision.client': 'Client',
  'supervision.therapist': 'Therapist',
  'supervision.since': 'Shared since',
  'supervision.open': 'Open {client}’s record',
  'supervision.reasonLabel': 'Why are you opening this record?',
  'supervision.reasonHint':
    'For example: preparing Tuesday’s supervision session with {therapist}.',
  'supervision.readButton': 'Open the record',
  'supervision.recordTitle': '{client} with {therapist}',
  'supervision.readOnly': 'Read only. What you opened and why is in the audit log.',
  'supervision.sessions': 'Sessions',
  'supervision.checkins': 'Check-ins',
  'supervision.flags': 'Flags',
  'supervision.goals': 'Goals',
  'supervision.none': 'None yet.',
  'supervision.score': '{instrument}: {score}',
  'supervision.back': 'Back to the list',
  'supervision.more': 'Show more',
} as const;

export type SupervisionMessageKey = keyof typeof supervisionEn;
