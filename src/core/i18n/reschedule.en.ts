/** English words for moving a free consultation to another time, on the client's consultations page. */
export const rescheduleEn = {
  'reschedule.open': 'Move to another time',
  // Starts with the visible words, so that speech control finds the button by what it shows.
  'reschedule.openLabel': 'Move to another time: your consultation with {name} on {when}',
  'reschedule.title': 'Choose a new time',
  'reschedule.lead': 'Free times with {name}, shown in your time zone ({zone}).',
  'reschedule.none':
    '{name} has no other free time in the next two weeks. You can keep this time, or cancel it and look for another therapist.',
  'reschedule.confirmTitle': 'Move your consultation',
  'reschedule.confirm': 'Move it from {from} to {to}? {name} will be told.',
  'reschedule.submit': 'Yes, move it',
  'reschedule.back': 'Choose another time',
  'reschedule.close': 'Keep the current time',
  'reschedule.taken':
    'Someone has just taken that time, so your consultation has not moved. Please choose another time.',
  'reschedule.done': 'Your consultation with {name} is now on {when}.',
} as const;
