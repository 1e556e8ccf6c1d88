/**
 * English wording for the client's control over their data: hand-overs to a new therapist,
 * "who saw my data", export and erasure. Written for Rapport.
 */
export const handoversEn = {
  // Errors (src/core/errors.ts)
  'error.handover_recipient_not_allowed':
    'You can hand over only to a therapist you already work with or have met in a consultation, other than the one the history comes from.',
  'error.erasure_password_mismatch':
    'That password is not the one for your account. Please check it and try again.',
  'error.erasure_not_available':
    'Therapist and administrator accounts are closed by the clinic, because clients’ records depend on them. Please ask your clinic administrator.',

  // Navigation
  'nav.myData': 'Your data',
  'nav.handovers': 'Hand-overs',

  // The client's hand-overs
  'handover.title': 'Hand-overs to a new therapist',
  'handover.lead':
    'If you move to another therapist, you can let them read part of your history so you do not have to start from the beginning. You choose what they see and for how long, and you can withdraw it at any time.',
  'handover.newHeading': 'Start a hand-over',
  'handover.from': 'History from',
  'handover.fromHint': 'The therapist whose work with you the history comes from.',
  'handover.fromOption': 'Your work with {name}',
  'handover.to': 'Who receives it',
  'handover.toHint':
    'A therapist you already work with or have met in a free consultation. To meet someone new first, look in the directory.',
  'handover.toViaEngagement': '{name} (you work together)',
  'handover.toViaConsultation': '{name} (you met in a consultation)',
  'handover.include': 'What they can read',
  'handover.includeHint':
    'Choose at least one. Your previous therapist’s private notes are never shared, and neither are the comments you wrote in check-ins.',
  'handover.part.goals': 'Your goals and how you both rated them',
  'handover.part.checkins': 'Your check-in scores over time',
  'handover.part.summary': 'A summary in your own words',
  'handover.summary': 'Your summary',
  'handover.summaryHint':
    'For example: what you worked on, what helped, what did not, and what you hope for next. Up to {max} characters. It is stored encrypted.',
  'handover.days': 'How long they can read it (days)',
  'handover.daysHint': 'Between {min} and {max} days. After that, access ends by itself.',
  'handover.create': 'Give consent and share',
  'handover.created': 'Your hand-over is shared. {name} can read it until {date}.',
  'handover.needRecipient':
    'There is no therapist to hand over to yet. Book a free consultation with someone new first, then come back here.',
  'handover.needEngagement': 'There is no therapy history to hand over yet.',
  'handover.findTherapist': 'Find a therapist',
  'handover.listHeading': 'Your hand-overs',
  'handover.empty': 'You have not shared a hand-over yet.',
  'handover.itemTitle': 'From your work with {from} to {to}',
  'handover.status.active': 'Shared until {date}',
  'handover.status.expired': 'Ended on {date}',
  'handover.status.withdrawn': 'Withdrawn on {date}',
  'handover.includes': 'Includes: {parts}',
  'handover.withdraw': 'Withdraw consent',
  'handover.withdrawn': 'Consent withdrawn. {name} can no longer read this hand-over.',
  'handover.preview': 'See what they see',
  'handover.more': 'Show more',
  'handover.required': 'Please choose at least one part.',
  'handover.summaryRequired': 'Please write your summary, or untick it.',

  // The receiving therapist
  'handover.receivedTitle': 'Hand-overs shared with you',
  'handover.receivedLead':
    'Clients can share part of their history with you when they move to you. You can read a hand-over while their consent lasts; they can withdraw it at any time. Each time you open one, it is recorded and the client can see it.',
  'handover.receivedEmpty': 'No client has shared a hand-over with you right now.',
  'handover.receivedItem': '{client}, from their work with {from}',
  'handover.open': 'Read the hand-over',
  'handover.viewTitle': 'Hand-over from {client}',
  'handover.viewLead':
    'Shared by {client} from their work with {from}. Read-only. Available until {date}.',
  'handover.viewSummary': 'In {client}’s words',
  'handover.viewGoals': 'Goals',
  'handover.viewGoalsEmpty': 'No goals were set.',
  'handover.viewCheckins': 'Check-in scores',
  'handover.viewCheckinsEmpty': 'No check-ins were completed.',
  'handover.viewNotShared': 'Not shared.',
  'handover.goalStatus.active': 'Working on it',
  'handover.goalStatus.achieved': 'Achieved',
  'handover.goalStatus.dropped': 'Set aside',
  'handover.ratingLine': '{who}: progress {progress} of 10, on {date}',
  'handover.rater.client': 'Client',
  'handover.rater.therapist': 'Previous therapist',
  'handover.checkinDate': 'Date',
  'handover.checkinInstrument': 'Check-in',
  'handover.checkinScore': 'Score',
  'handover.checkinCaption': 'Check-in scores, oldest first',
  'handover.unavailable':
    'This hand-over is not available. The client may have withdrawn their consent, or it has ended.',
  'handover.back': 'Back to hand-overs',

  // Your data (export and erasure)
  'myData.title': 'Your data',
  'myData.lead':
    'Everything Rapport holds about you is yours: see who looked at it, take a copy, share it with a new therapist, or delete your account.',
  'myData.whoSawLink': 'Who saw my data',
  'myData.handoversLink': 'Hand-overs to a new therapist',
  'myData.exportHeading': 'Download a copy',
  'myData.exportLead':
    'Your check-ins, scores, goals, sessions and consultations. The download is recorded in your access log.',
  'myData.exportFhir': 'Download as FHIR (JSON)',
  'myData.exportFhirHint': 'A standard health-data format that other care software can read.',
  'myData.exportCsv': 'Download as a spreadsheet (CSV)',
  'myData.exportCsvHint': 'One row per answer in each check-in.',
  'myData.export.consultation': 'Free consultation',
  'myData.export.session': 'Therapy session',
  'myData.export.goalProgress': 'Goal progress (0–10)',
  'myData.export.goalAgreement': 'Agreement on the goal (0–10)',
  'myData.deleteHeading': 'Delete your account',
  'myData.deleteWhat':
    'Deleting your account removes, for good: your account and sign-in, your check-ins and comments, your goals and ratings, your sessions and consultations, your concerns and private notes, your hand-overs, and your therapists’ private reflections about your work together.',
  'myData.deleteKeeps':
    'The clinic keeps only its access log, as the law asks: it records that someone looked at or changed a record, and when, under a random number that no longer leads to you once your account is gone. It holds no name, e-mail address or anything you wrote.',
  'myData.deleteCannotUndo': 'This cannot be undone. If you want a copy, download it first.',
  'myData.deletePassword': 'Your password',
  'myData.deleteConfirm': 'To confirm, type: {phrase}',
  'myData.deletePhrase': 'delete my account',
  'myData.deleteButton': 'Delete my account for good',
  'myData.deleted':
    'Your account and your personal data are deleted. The clinic keeps only its access log, which no longer leads to you. Take care.',
  'myData.deletedTitle': 'Your account is deleted',

  // Who saw my data
  'whoSaw.title': 'Who saw my data',
  'whoSaw.lead':
    'Every time someone other than you opens or changes your records, it is written down here: who, what and when. You can filter by date.',
  'whoSaw.from': 'From',
  'whoSaw.to': 'To',
  'whoSaw.filter': 'Show',
  'whoSaw.clear': 'Show everything',
  'whoSaw.empty':
    'Nobody else has looked at your records in this period. When your therapist opens them, you will see it here.',
  'whoSaw.caption': 'Accesses to your records, newest first',
  'whoSaw.when': 'When',
  'whoSaw.who': 'Who',
  'whoSaw.what': 'What',
  'whoSaw.more': 'Show older',
  'whoSaw.someone': 'A person whose account was closed',
  'whoSaw.system': 'Rapport (automatic)',
  'whoSaw.whoLine': '{name}, {role}',
  'whoSaw.denied': '(refused)',
  'whoSaw.badRange': 'The start date must be before the end date.',

  // What was done, in plain words (from the audit action)
  'audit.what.engagement.read': 'Looked at your therapy relationship',
  'audit.what.engagement.create': 'Started a therapy relationship with you',
  'audit.what.engagement.update': 'Changed the status of your therapy relationship',
  'audit.what.session.create': 'Scheduled a session',
  'audit.what.session.list': 'Looked at your sessions',
  'audit.what.session.attendance': 'Recorded attendance for a session',
  'audit.what.checkin.list': 'Looked at your check-ins',
  'audit.what.checkin.create': 'Rated a session from their side',
  'audit.what.signal.list': 'Looked at the flags about your therapy',
  'audit.what.signal.read': 'Opened a flag about your therapy',
  'audit.what.signal.update': 'Updated a flag about your therapy',
  'audit.what.repair.create': 'Noted a conversation about how therapy is going',
  'audit.what.goal.list': 'Looked at your goals',
  'audit.what.goal.create': 'Added a goal',
  'audit.what.goal.rate': 'Rated a goal',
  'audit.what.goal.update': 'Changed a goal’s status',
  'audit.what.caseload.read': 'Saw you in their list of clients',
  'audit.what.consultation.read': 'Looked at your consultation',
  'audit.what.consultation.book': 'Booked a consultation with you',
  'audit.what.consultation.cancel': 'Cancelled a consultation',
  'audit.what.consultation.reschedule': 'Moved a consultation',
  'audit.what.consultation.calendar': 'Downloaded a consultation to their calendar',
  'audit.what.handover.read': 'Read the hand-over you shared',
  'audit.what.otherRead': 'Looked at your records',
  'audit.what.otherWrite': 'Changed your records',
} as const;
