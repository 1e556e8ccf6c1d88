/** English e-mail sent by background jobs: the check-in reminder and the consultation reminder. */
export const jobsEn = {
  'mail.checkinReminder.subject': 'A gentle reminder: how did your last session feel?',
  'mail.checkinReminder.body':
    'Hello {client},\n\nA couple of days ago we asked how your last session with {therapist} felt. If you have a minute, your answers still help:\n\n{link}\n\nThis is the only reminder we send for this session. If you would rather not answer, that is completely fine.\n\nIf you are in crisis, please call your local emergency number.\n\n— Rapport',
  'mail.consultationReminder.subject': 'Tomorrow: your free consultation',
  'mail.consultationReminder.body':
    'Hello {recipient},\n\nA reminder that your free 15-minute consultation with {name} is on {when}.\n\nTo see, move or cancel it: {link}\n\n— Rapport',
} as const;

export type JobsMessageKey = keyof typeof jobsEn;
