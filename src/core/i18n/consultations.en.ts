/**
 * English messages for free consultations: the calendar file and the e-mails both people get
 * when one is booked, moved or cancelled. `{name}` is the other person, `{when}` a date and time
 * in the reader's language and time zone.
 */
export const consultationsEn = {
  'consultation.calendar.name': 'Rapport consultations',
  'consultation.calendar.summary': 'Free consultation with {name}',
  'consultation.calendar.description':
    'A free 15-minute consultation booked through Rapport. To see, move or cancel it: {link}',
  'mail.consultation.booked.subject': 'Booked: your free consultation',
  'mail.consultation.booked.body':
    'Hello {recipient},\n\nYour free 15-minute consultation with {name} is booked for {when}.\n\nAdd it to your calendar: {calendarLink}\nTo see, move or cancel it: {link}\n\n— Rapport',
  'mail.consultation.rescheduled.subject': 'Moved: your free consultation',
  'mail.consultation.rescheduled.body':
    'Hello {recipient},\n\nYour free consultation with {name} has moved from {previous} to {when}.\n\nUpdate your calendar: {calendarLink}\nTo see, move or cancel it: {link}\n\n— Rapport',
  'mail.consultation.cancelled.subject': 'Cancelled: your free consultation',
  'mail.consultation.cancelled.body':
    'Hello {recipient},\n\nThe free consultation with {name} planned for {when} has been cancelled.\n\nYou can find another time in Rapport: {link}\n\n— Rapport',
} as const;

export type ConsultationMessageKey = keyof typeof consultationsEn;
