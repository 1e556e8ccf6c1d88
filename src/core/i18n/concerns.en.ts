/**
 * English text for concerns ("something feels off"), the red-flags guide page, ending or
 * switching, the client's own therapy page, the clinic's reported concerns, the default
 * regulator contacts and the e-mails these send. Written for Rapport.
 */
export const concernsEn = {
  'nav.clinicConcerns': 'Reported concerns',

  // The concern form
  'concernForm.title': 'Something feels off?',
  'concernForm.lead':
    'You can say so at any time. Choose what it is about, read some words you could use, and decide who hears it. Nothing is sent until you press the button.',
  'concernForm.about': 'About your work with {name}.',
  'concernForm.yourTherapist': 'your therapist',
  'concernForm.engagement': 'Which therapist is this about?',
  'concernForm.engagementPick': 'Choose a therapist',
  'concernForm.category': 'What is it about?',
  'concernForm.guidanceTitle': 'Saying it',
  'concernForm.readGuide': 'Read the guide to red flags and what to do',
  'concernForm.text': 'In your own words (optional)',
  'concernForm.textHint':
    'Write as much or as little as you like. If you share this, your therapist sees these words. They are stored encrypted.',
  'concernForm.audience': 'Who should see this?',
  'concernForm.audience.private': 'Only me: keep it as a private note',
  'concernForm.audience.share': 'Share it with {name} now',
  'concernForm.audience.shareAndClinic': 'Share it with {name}, and tell the clinic',
  'concernForm.audience.clinic': 'Tell the clinic only, not {name}',
  'concernForm.audience.privateNote':
    'A private note is for you alone: nobody else can read it, and you can delete it whenever you like.',
  'concernForm.audience.shareNote':
    '{name} will see it in Rapport before your next session, with your words if you wrote some. A shared concern stays on record, so it cannot be deleted.',
  'concernForm.audience.clinicNote':
    'The clinic’s administrators will read it; {name} will not. It stays on record, so it cannot be deleted.',
  'concernForm.submit': 'Send',
  'concernForm.submitPrivate': 'Save my note',
  'concernForm.problem.engagement': 'Please choose the therapist this is about.',
  'concernForm.problem.category': 'Please choose what it is about.',
  'concernForm.problem.audience': 'Please choose who should see it.',
  'concernForm.problem.summary': 'A few things are missing. Please look at the marked fields.',
  'concernForm.noTherapist':
    'A concern is about a therapist you are working with or have met. Once you have one, you can come back here at any time. Meanwhile, the guide explains what to look for.',
  'concernForm.findTherapist': 'Find a therapist',
  'concernForm.done.private': 'Your note is saved. Only you can see it.',
  'concernForm.done.shared':
    'Thank you for saying it. {name} will see it before your next session.',
  'concernForm.done.sharedAndReported':
    'Thank you for telling us. {name} and the clinic’s administrators will see it. You did the right thing.',
  'concernForm.done.reported':
    'Thank you for telling us. The clinic’s administrators will read it; {name} will not see it. You did the right thing.',
  'concernForm.done.back': 'Back to my therapy',
  'concernForm.done.another': 'Write another',
  'concernForm.crisisFooter':
    'What you wrote is saved. If you are in danger now, please contact one of these services rather than waiting for a reply.',
  'concernForm.regulator.title': 'Reporting outside the clinic',
  'concernForm.regulator.lead':
    'You can also report it to the body that registers your therapist. You can do this as well as, or instead of, telling the clinic.',
  'concernForm.mine.title': 'My notes and concerns',
  'concernForm.mine.empty': 'Nothing yet. Whatever you write above will be listed here.',
  'concernForm.mine.about': 'About {name}, {date}',
  'concernForm.mine.private': 'private note',
  'concernForm.mine.shared': 'shared with your therapist',
  'concernForm.mine.reported': 'told to the clinic',
  'concernForm.mine.sharedAndReported': 'shared with your therapist and the clinic',
  'concernForm.mine.delete': 'Delete this note',
  'concernForm.mine.confirmDelete': 'Yes, delete it',
  'concernForm.mine.keep': 'Keep it',
  'concernForm.mine.deleted': 'The note is deleted.',
  'concernForm.mine.more': 'Show older ones',

  // The guide page
  'guidePage.contents': 'On this page',
  'guidePage.crisisContacts': 'Crisis contacts',
  'guidePage.report': 'Reporting a boundary problem',
  'guidePage.reportLead':
    'You can tell the clinic through Rapport, and you can report it to the body that registers your therapist. Either is your choice, and you can do both.',
  'guidePage.reportSignIn':
    'To tell the clinic through Rapport, sign in and choose “Something feels off?”.',

  // My therapy
  'myTherapy.concern': 'Something feels off?',
  'myTherapy.concernWith': 'Something feels off with {name}?',
  'myTherapy.guide': 'What a good therapy relationship looks like',
  'myTherapy.end': 'End or switch therapist',
  'myTherapy.find': 'Find a therapist',
  'myTherapy.pending.title': 'Check-ins waiting for you',
  'myTherapy.pending.lead':
    'A minute each. Your therapist sees your answers before the next session.',
  'myTherapy.pending.item': 'Your session with {name} on {when}',
  'myTherapy.pending.until': 'Open until {when}',
  'myTherapy.pending.start': 'Check in now',
  'myTherapy.upcoming': 'Upcoming sessions',
  'myTherapy.upcomingNone': 'No session is planned yet.',
  'myTherapy.sessionAt': 'Session {number}: {when}',
  'myTherapy.history': 'How it has been going',
  'myTherapy.historyLead':
    'Your own check-ins over time: how the relationship felt, and how you have been doing. Each chart can be shown as a table.',
  'myTherapy.historyNone':
    'Your check-ins will appear here as charts once you have answered one after a session.',
  'myTherapy.you': 'You',

  // Ending or switching
  'ending.title': 'Ending your work with {therapist}',
  'ending.lead':
    'You can end therapy at any time, and you don’t have to explain why. These steps can help you leave well, and find someone new first if you want to.',
  'ending.back': 'Back to my therapy',
  'ending.notFound': 'We could not find this relationship',
  'ending.alreadyEnded': 'Your work with {therapist} has already ended.',
  'ending.reflect.title': 'What is not working for you?',
  'ending.reflect.lead':
    'Just for you, and optional: naming it can help you choose what you need next. Nothing here is saved or sent.',
  'ending.reflect.legend': 'Tick any that fit',
  'ending.reflect.talk':
    'If you would rather try once more before ending, saying this to {therapist} often changes things. The guide has words for it.',
  'ending.reflect.boundary':
    'A boundary problem is never your fault. You can tell the clinic, and report it to the body that registers your therapist.',
  'ending.feedback.title': 'Offer feedback, if you want to',
  'ending.feedback.lead':
    'Telling {therapist} or the clinic what did not work can help them and other clients. It is your choice.',
  'ending.feedback.raise': 'Raise a concern',
  'ending.feedback.guide': 'About switching therapist',
  'ending.find.title': 'Find someone new before you end',
  'ending.find.lead':
    'You can meet other therapists in free consultations while you are still seeing {therapist}, so you are not left without support.',
  'ending.find.match': 'Answer a few questions to find a good fit',
  'ending.find.directory': 'Browse therapists',
  'ending.find.consultations': 'My consultations',
  'ending.find.compare': 'Compare the therapists I met',
  'ending.handover.title': 'Take your history with you',
  'ending.handover.lead':
    'You can let your new therapist read your goals, your check-in scores and a summary in your own words, so you do not have to start from scratch. You choose what they see and for how long, and you can withdraw it at any time. {therapist}’s private notes are never shared.',
  'ending.handover.link': 'Choose what your new therapist receives',
  'ending.end.title': 'End and say goodbye',
  'ending.end.reason': 'Why are you ending?',
  'ending.end.reasonHint':
    'Your therapist sees that the work ended, not this reason. The clinic counts reasons, without names, to improve its service.',
  'ending.end.reasonPick': 'Choose a reason',
  'ending.end.send': 'Send {therapist} a message',
  'ending.end.message': 'Your message',
  'ending.end.messageHint':
    'We wrote a start for you. Change it as much as you like: it goes to {therapist} by e-mail, in your words.',
  'ending.end.final':
    'When you press the button, your work with {therapist} ends. This cannot be undone, but you can always start again later.',
  'ending.end.submit': 'End my work with {therapist}',
  'ending.problem.reason': 'Please choose a reason.',
  'ending.problem.message': 'Please write a message, or untick the box above to send none.',
  'ending.problem.summary': 'Something is missing. Please look at the marked fields.',
  'ending.done.title': 'Your work has ended',
  'ending.done.withMessage':
    'Your work with {therapist} has ended, and your message is on its way.',
  'ending.done.noMessage': 'Your work with {therapist} has ended.',
  'ending.done.next':
    'Your goals and check-ins stay in your account. When you start with someone new, you can choose to share them.',
  'ending.message.draft':
    'Dear {therapist},\n\nI have decided to end our sessions. Thank you for the time and attention you gave me while we worked together.\n\nI wish you well.\n\n{client}',
  'ending.reason.goals_met': 'I reached what I came for',
  'ending.reason.client_choice': 'I would rather not say, or it is simply my choice',
  'ending.reason.not_a_fit': 'It was not a good fit for me',
  'ending.reason.switched_therapist': 'I am switching to another therapist',
  'ending.reason.practical': 'Practical reasons: time, cost, distance',
  'ending.reason.therapist_unavailable': 'My therapist is no longer available',
  'ending.reason.referred_elsewhere': 'I am going to a different kind of service',
  'ending.reason.other': 'Something else',

  // The clinic's reported concerns
  'clinicConcerns.title': 'Reported boundary concerns',
  'clinicConcerns.lead':
    'Concerns clients reported to the clinic about a therapist crossing a professional boundary. Follow your clinic’s policy, and consult your clinical lead. Every time this list is opened, it is recorded in the audit log.',
  'clinicConcerns.empty': 'No client has reported a boundary concern.',
  'clinicConcerns.item': '{client}, about {therapist}',
  'clinicConcerns.shared': 'also shared with the therapist',
  'clinicConcerns.notShared': 'not shared with the therapist',
  'clinicConcerns.noWords': 'The client chose the category without adding words.',
  'clinicConcerns.more': 'Show older ones',

  // Where to report a therapist's conduct (defaults; a clinic sets its own)
  'regulator.default.any.name': 'The college or licensing board that registers your therapist',
  'regulator.default.any.description':
    'Every licensed therapist is registered with a professional college or licensing board, which takes complaints about conduct, including boundary violations. Its name is usually on the therapist’s website or receipts, and the clinic must tell you if you ask. You can complain even after you have stopped seeing the therapist.',
  'regulator.default.ca.name': 'The regulatory college in your province or territory',
  'regulator.default.ca.description':
    'Psychologists, social workers, psychotherapists and counsellors are each regulated by a college where they work. Look the therapist up in the college’s public register; its website explains how to make a complaint.',
  'regulator.default.ca.region': 'Canada',
  'regulator.default.us.name': 'Your state’s licensing board',
  'regulator.default.us.description':
    'Each state has licensing boards for psychologists, counselors, social workers and marriage and family therapists. The board that issued your therapist’s license takes complaints; its website explains how.',
  'regulator.default.us.region': 'United States',

  // E-mail
  'mail.concern.boundary.subject': 'A client reported a boundary concern',
  'mail.concern.boundary.body':
    'A client has reported a concern that a therapist in your clinic crossed a professional boundary.\n\nFor the client’s privacy this e-mail holds no details. Please sign in to read it and follow your clinic’s policy:\n{link}',
  'mail.ending.subject': 'A client has ended their sessions with you',
  'mail.ending.body':
    '{client} has ended their work with you in Rapport and wrote you this message:\n\n{message}',
} as const;
