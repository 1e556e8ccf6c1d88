/**
 * English messages for clinic administration: errors, per-field problems, the invitation
 * e-mail, and the admin pages (therapists, invitations, settings, questionnaires, figures).
 */
export const adminEn = {
  'error.settings_invalid': 'Some settings need another look: nothing was saved.',
  'error.instrument_invalid':
    'This questionnaire cannot be imported yet: each problem below says where and what to fix.',
  'error.figures_period_invalid':
    'Choose a period whose start comes before its end and that spans at most {days} days.',
  'error.invitation_expired':
    'This invitation has expired. Ask the clinic’s administrator to send you a new one.',
  'error.invitation_used':
    'This invitation was already used or withdrawn. If you made an account, sign in instead.',
  'error.instrument_exists':
    'A questionnaire with the id “{id}” already exists. Give this one another id.',
  'error.therapist_not_active': 'This therapist’s account is not active.',

  'problem.required': 'Please fill this in.',
  'problem.too_short': 'Use at least {min} characters.',
  'problem.too_long': 'Use at most {max} characters.',
  'problem.too_small': 'Use a value of at least {min}.',
  'problem.too_big': 'Use a value of at most {max}.',
  'problem.too_few': 'Give at least {min}.',
  'problem.too_many': 'Give at most {max}.',
  'problem.invalid_type': 'This is missing or of the wrong kind (expected {expected}).',
  'problem.invalid_value': 'Choose one of: {values}.',
  'problem.unknown_field': 'Not a field Rapport knows: {keys}.',
  'problem.invalid_format': 'This is not a valid {format}.',
  'problem.invalid': 'This value is not valid.',
  'problem.duplicate': '“{value}” is listed twice.',
  'problem.nothing_to_change': 'Say what to change: status, verified, or both.',
  'settings.problem.step': 'Use steps of {step}.',
  'settings.problem.unknown_instrument':
    'There is no questionnaire with the id “{id}” in this clinic.',
  'settings.problem.wrong_respondent.client':
    '“{id}” is answered by therapists, so it cannot be asked of clients.',
  'settings.problem.wrong_respondent.therapist':
    '“{id}” is answered by clients, so it cannot be asked of therapists.',
  'settings.problem.alliance_required':
    'The session alliance check-in is always used: it is what the flags are built on.',
  'settings.problem.crisis_contact':
    'Give at least a phone number, a text number or a web address.',
  'settings.problem.missed_over_window':
    'This cannot be more than the number of sessions looked at.',

  'mail.invitation.subject': 'You are invited to join {clinic} on Rapport',
  'mail.invitation.body':
    'Hello,\n\n{clinic} invites you to join its team of therapists on Rapport.\n\nTo accept, open this link and choose your name and a password (it works once, for {days} days):\n{link}\n\nIf you were not expecting this, you can ignore this message.\n\n— Rapport',
} as const;

export type AdminMessageKey = keyof typeof adminEn;
