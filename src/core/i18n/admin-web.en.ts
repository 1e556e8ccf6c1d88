/**
 * English for the clinic administrator's web pages (the clinic overview, therapists and
 * invitations, settings, questionnaires, figures, supervision) and the invitee's accept page.
 * Written for Rapport in plain words.
 */
export const adminWebEn = {
  // The clinic overview (/admin)
  'adm.home.title': 'Your clinic',
  'adm.home.lead': 'Everything you look after for the clinic, in one place.',
  'adm.home.therapists': 'Therapists',
  'adm.home.therapistsBody':
    'Invite therapists, check their credentials, deactivate or reactivate accounts, and find a new therapist for clients who need one.',
  'adm.home.settings': 'Settings',
  'adm.home.settingsBody':
    'When flags are raised, when reminders go out, which check-ins are used, and the crisis lines shown to clients.',
  'adm.home.figures': 'Figures',
  'adm.home.figuresBody':
    'Check-ins completed, flags raised and resolved, outcomes and dropout, month by month and per therapist.',
  'adm.home.instruments': 'Questionnaires',
  'adm.home.instrumentsBody':
    'Import a questionnaire your clinic is licensed to use, as a FHIR file, and see the ones you imported.',
  'adm.home.supervision': 'Supervision',
  'adm.home.supervisionBody':
    'Who supervises whom, and whether supervisors may read the records of clients who agree.',
  'adm.home.audit': 'Audit log',
  'adm.home.auditBody': 'Who looked at or changed what, and when. It cannot be edited.',
  'adm.home.concerns': 'Reported concerns',
  'adm.home.concernsBody':
    'Concerns clients chose to share with the clinic, including reports of boundary violations.',
  'adm.back': 'Back to your clinic',
  'adm.more': 'Show more',
  'adm.cancel': 'Cancel',

  // Therapists and invitations (/admin/therapists)
  'adm.therapists.title': 'Therapists',
  'adm.therapists.lead':
    'The therapists of your clinic, the invitations still waiting, and clients who need a new therapist.',
  'adm.invite.title': 'Invite a therapist',
  'adm.invite.lead':
    'We e-mail them a personal link. It works once, for {days} days, and lets them choose their name and password.',
  'adm.invite.email': 'Their e-mail address',
  'adm.invite.submit': 'Send the invitation',
  'adm.invite.sent': 'An invitation is on its way to {email}.',
  'adm.invitations.title': 'Invitations waiting for an answer',
  'adm.invitations.empty': 'No invitations are waiting. Invite a therapist with the form above.',
  'adm.invitations.sent': 'Sent {date}',
  'adm.invitations.expires': 'The link works until {date}',
  'adm.invitations.expired': 'Expired: invite them again to send a fresh link',
  'adm.invitations.withdraw': 'Withdraw the invitation to {email}',
  'adm.invitations.withdrawn': 'The invitation to {email} was withdrawn. Its link no longer works.',
  'adm.list.title': 'Your therapists',
  'adm.list.empty':
    'No therapists yet. Invite your first colleague above; they appear here once they accept.',
  'adm.list.active': 'Active',
  'adm.list.deactivated': 'Deactivated',
  'adm.list.published': 'In the directory',
  'adm.list.unpublished': 'Not in the directory',
  'adm.list.open': '{count} open client relationships',
  'adm.list.verify': 'Mark credentials as checked',
  'adm.list.unverify': 'Remove the “credentials checked” mark',
  'adm.list.verifyHint':
    'Mark credentials as checked once you have seen their licence or registration. Clients see the mark on the profile.',
  'adm.list.verified': '{name}’s credentials are marked as checked.',
  'adm.list.unverified': '{name}’s credentials are no longer marked as checked.',
  'adm.list.deactivate': 'Deactivate {name}',
  'adm.list.reactivate': 'Reactivate {name}',
  'adm.list.reactivated': '{name} can sign in again.',
  'adm.list.deactivated.done':
    '{name} is deactivated. Their clients are listed below so you can find each one a new therapist.',
  'adm.confirm.title': 'Deactivate {name}?',
  'adm.confirm.sessions': 'They are signed out everywhere at once and cannot sign in.',
  'adm.confirm.directory': 'Their profile leaves the directory, so no one new can book them.',
  'adm.confirm.clients':
    'Their {count} current clients will need a new therapist: you will find them in the list below.',
  'adm.confirm.undo': 'You can reactivate them later; their history is kept.',
  'adm.confirm.yes': 'Yes, deactivate {name}',
  'adm.reassign.title': 'Clients who need a new therapist',
  'adm.reassign.lead':
    'Their therapist was deactivated. Reach out kindly, and help each one choose someone new.',
  'adm.reassign.empty': 'No one is waiting for a new therapist.',
  'adm.reassign.item': '{client}, who was seeing {therapist}',
  'adm.reassign.since': 'Since {date}',

  // The invitee's page (/invitations/:token)
  'adm.accept.title': 'Join {clinic}',
  'adm.accept.lead':
    '{clinic} invited {email} to join as a therapist. Choose the name clients will see and a password to finish.',
  'adm.accept.expires': 'This link works until {date}.',
  'adm.accept.submit': 'Create my account',
  'adm.accept.failedTitle': 'This link cannot be used',
  'adm.accept.notFound':
    'We could not find this invitation. Check that you copied the whole link from the e-mail.',
  'adm.accept.haveAccount': 'Already have an account?',

  // Settings (/admin/settings)
  'adm.settings.title': 'Clinic settings',
  'adm.settings.lead':
    'These settings apply to every therapist and client of the clinic. Each one says what it changes.',
  'adm.settings.save': 'Save the settings',
  'adm.settings.saved': 'The settings are saved. They apply from the next check-in.',
  'adm.settings.problems': 'Some settings need another look: nothing was saved.',
  'adm.settings.number': 'Please enter a number.',
  'adm.settings.whole': 'Please enter a whole number.',
  'adm.settings.flags': 'When a flag is raised',
  'adm.settings.flagsLead':
    'Flags tell a therapist that the relationship with a client may need a conversation. Lower thresholds mean fewer flags; higher ones mean earlier flags.',
  'adm.settings.lowAllianceBelow': 'Low alliance: a check-in score below',
  'adm.settings.lowAllianceBelowHint':
    'The alliance score is the mean of five answers from 0 to 10. Clients tend to answer high, so a score just under 9 is already worth a gentle question. Default: 9.',
  'adm.settings.lowItemAtOrBelow': 'Low alliance: or any single answer at or below',
  'adm.settings.lowItemAtOrBelowHint':
    'One low answer (feeling unheard, say) raises a flag even when the others are high. Default: 6.',
  'adm.settings.dropRule': 'How big a fall in the alliance raises a flag',
  'adm.settings.dropRuleHint':
    'A fall is measured against the client’s own average so far, and must be at least the minimum below.',
  'adm.settings.drop.1sd': 'One standard deviation (sooner)',
  'adm.settings.drop.1sdHint':
    'Flags a fall of about one typical swing of the client’s scores. Therapists hear about a slipping relationship earlier, with a few more flags that turn out to be nothing.',
  'adm.settings.drop.2sd': 'Two standard deviations (stricter)',
  'adm.settings.drop.2sdHint':
    'Flags only a fall twice as large. Fewer flags, each one more certain, but some ruptures are noticed a session or two later.',
  'adm.settings.dropMinPoints': 'Smallest fall that counts, in points',
  'adm.settings.dropMinPointsHint':
    'However steady a client is, a fall smaller than this is never flagged. Default: 1 point.',
  'adm.settings.agreementGapAlliance': 'Different views: the therapist’s score higher by at least',
  'adm.settings.agreementGapAllianceHint':
    'When the therapist rates a session this much higher than the client did, the therapist may be missing something. Default: 2 points.',
  'adm.settings.agreementGapGoal': 'Different views on a goal: ratings apart by at least',
  'adm.settings.agreementGapGoalHint':
    'When client and therapist rate progress on a goal this far apart. Default: 3 points.',
  'adm.settings.missedWindow': 'Missed sessions: how many recent sessions to look at',
  'adm.settings.missedWindowHint': 'Default: the last 4 sessions.',
  'adm.settings.missedMin': 'Missed sessions: how many cancelled or missed raise a flag',
  'adm.settings.missedMinHint':
    'Cancellations and no-shows by the client among those recent sessions. Default: 2.',
  'adm.settings.progress': 'Progress',
  'adm.settings.wellbeingReliableChange': 'Well-being: a real change is at least, in points',
  'adm.settings.wellbeingReliableChangeHint':
    'The well-being score goes from 0 to 40. A change from the first check-in of at least this many points counts as real improvement or deterioration, not day-to-day ups and downs. Default: 5.',
  'adm.settings.reminders': 'Reminders',
  'adm.settings.checkinReminderHours':
    'Remind a client about an unanswered check-in after, in hours',
  'adm.settings.checkinReminderHoursHint':
    'Counted from when the session is marked as attended. One reminder only, from 1 to 144 hours (6 days). Default: 48.',
  'adm.settings.checkins': 'Check-ins used',
  'adm.settings.checkinsLead':
    'What clients and therapists are asked after each session. The session alliance check-in is always used: every flag about the relationship is built on it.',
  'adm.settings.checkinsClient': 'Clients answer',
  'adm.settings.checkinsTherapist': 'Therapists answer',
  'adm.settings.checkinItems': '{count} questions',
  'adm.settings.region': 'Crisis resources for your region',
  'adm.settings.regionLead':
    'Shown to a client at once if something they write suggests they may be at risk. Check that every number works where your clients live.',
  'adm.settings.regionName': 'Your region',
  'adm.settings.regionNameHint': 'For example “Nova Scotia” or “Île-de-France”. Optional.',
  'adm.settings.resource': 'Crisis resource {n}',
  'adm.settings.resourceName': 'Name',
  'adm.settings.resourcePhone': 'Phone number',
  'adm.settings.resourceText': 'Text message number',
  'adm.settings.resourceUrl': 'Web address',
  'adm.settings.resourceHours': 'When it answers',
  'adm.settings.resourceHoursHint': 'For example “24/7” or “Weekdays 9:00–17:00”.',
  'adm.settings.resourceRegion': 'Where it serves',
  'adm.settings.resourceRemove': 'Remove crisis resource {n}',
  'adm.settings.resourceAdd': 'Add a crisis resource',

  // Questionnaires (/admin/instruments)
  'adm.instruments.title': 'Questionnaires',
  'adm.instruments.lead':
    'Rapport comes with its own check-ins. If your clinic is licensed to use another questionnaire, import it here as a FHIR R4 Questionnaire with Rapport’s scoring extension.',
  'adm.instruments.file': 'Questionnaire file (JSON)',
  'adm.instruments.fileHint': 'At most 512 KB. Nothing is saved unless the whole file is right.',
  'adm.instruments.submit': 'Import',
  'adm.instruments.choose': 'Please choose a file first.',
  'adm.instruments.notJson': 'This file is not valid JSON, so it cannot be read: {detail}',
  'adm.instruments.tooLarge': 'This file is larger than 512 KB.',
  'adm.instruments.report': 'What to fix ({count})',
  'adm.instruments.where': 'Where',
  'adm.instruments.what': 'What is wrong',
  'adm.instruments.imported': '“{title}” is imported. You can now choose it in the settings.',
  'adm.instruments.list': 'Imported questionnaires',
  'adm.instruments.empty':
    'None imported yet. Rapport’s own check-ins (alliance, therapist alliance and well-being) are always available.',
  'adm.instruments.col.title': 'Title',
  'adm.instruments.col.id': 'Id',
  'adm.instruments.col.respondent': 'Answered by',
  'adm.instruments.col.items': 'Questions',
  'adm.instruments.col.scales': 'Scales',
  'adm.instruments.respondent.client': 'Clients',
  'adm.instruments.respondent.therapist': 'Therapists',

  // Figures (/admin/figures and /my-figures)
  'adm.figures.title': 'Clinic figures',
  'adm.figures.lead':
    'How the clinic’s work is going, month by month. Counts only: no client can be picked out.',
  'adm.figures.myTitle': 'My figures',
  'adm.figures.myLead':
    'How your work is going, month by month, counted the same way as for the whole clinic.',
  'adm.figures.smallCells':
    'To protect clients’ privacy, any count from 1 to 4 is shown as “fewer than 5”, a rate is shown only when it is based on at least 5, and a month or a therapist with fewer than 5 clients shows no numbers at all.',
  'adm.figures.period': 'Period',
  'adm.figures.months': 'The last {count} months',
  'adm.figures.scope': 'Whose figures',
  'adm.figures.wholeClinic': 'The whole clinic',
  'adm.figures.show': 'Show',
  'adm.figures.overall': 'For the whole period',
  'adm.figures.fewer': 'fewer than 5',
  'adm.figures.notShown': 'not shown',
  'adm.figures.suppressed': 'Fewer than 5 clients: not shown',
  'adm.figures.suppressedAll':
    'Fewer than 5 clients in this period, so nothing is shown, to protect their privacy.',
  'adm.figures.hours': '{value} h',
  'adm.figures.percent': '{value} %',
  'adm.figures.checkinRate': 'Check-ins completed',
  'adm.figures.checkinRateOf': '{completed} of {attended} attended sessions',
  'adm.figures.flagsRaised': 'Flags raised',
  'adm.figures.flagsResolved': 'Flags resolved',
  'adm.figures.medianHours': 'Typical time to resolve a flag (median)',
  'adm.figures.drops': 'Falls in the alliance',
  'adm.figures.repaired': 'Ruptures repaired',
  'adm.figures.assessed': 'Clients with a progress measure',
  'adm.figures.improved': 'Real improvement',
  'adm.figures.deteriorated': 'Real deterioration',
  'adm.figures.ended': 'Relationships ended',
  'adm.figures.dropout': 'Dropout',
  'adm.figures.dropoutHint':
    'Ended before the 4th session, or without a real improvement in well-being.',
  'adm.figures.cancelled': 'Sessions cancelled by the therapist',
  'adm.figures.ratesChart': 'Rates by month',
  'adm.figures.ratesLabel':
    'Line chart of check-in completion, real improvement and dropout, in percent, by month',
  'adm.figures.ratesSummary':
    'Percent of attended sessions with a check-in, of clients with a real improvement, and of ended relationships that were dropouts. Months without enough data leave a gap.',
  'adm.figures.flagsChart': 'Flags by month',
  'adm.figures.flagsLabel':
    'Line chart of flags raised, flags resolved and falls in the alliance, by month',
  'adm.figures.flagsSummary':
    'How many flags were raised and resolved each month, and how many were falls in the alliance. Hidden counts (fewer than 5) leave a gap.',
  'adm.figures.month': 'Month',
  'adm.figures.percentAxis': 'Percent',
  'adm.figures.countAxis': 'Count',
  'adm.figures.byMonth': 'Month by month',
  'adm.figures.ratesTable': 'Rates by month, as numbers',
  'adm.figures.flagsTable': 'Flags by month, as numbers',
  'adm.figures.monthTable': 'Every figure, month by month',
  'adm.figures.therapistTable': 'Every figure, per therapist',
  'adm.figures.byTherapist': 'Per therapist',

  // Supervision (/admin/supervision)
  'adm.supervision.title': 'Supervision',
  'adm.supervision.lead':
    'A supervisor is an experienced therapist who talks their colleagues’ work over with them.',
  'adm.supervision.policy': 'Supervisors may read client records',
  'adm.supervision.policyToggle': 'Let supervisors read the record of a client who agreed to it',
  'adm.supervision.policyHint':
    'Both are needed: this setting and the client’s own agreement, which each client gives or withdraws on their “My therapy” page. A supervisor never sees a therapist’s private notes, must give a reason each time, and every look is in the audit log and shown to the client.',
  'adm.supervision.policyOn': 'Supervisors may read the records of clients who agreed.',
  'adm.supervision.policyOff': 'Supervisors cannot read any client record.',
  'adm.supervision.policySaved': 'Saved.',
  'adm.supervision.pairs': 'Who supervises whom',
  'adm.supervision.pairsEmpty':
    'No supervisors yet. Choose a supervisor and a therapist below to pair them.',
  'adm.supervision.pair': '{supervisor} supervises {therapist}',
  'adm.supervision.pairSince': 'Since {date}',
  'adm.supervision.remove': 'Stop {supervisor} supervising {therapist}',
  'adm.supervision.removed':
    '{supervisor} no longer supervises {therapist}. Past accesses stay in the audit log.',
  'adm.supervision.add': 'Pair a supervisor with a therapist',
  'adm.supervision.supervisor': 'Supervisor',
  'adm.supervision.therapist': 'Therapist they supervise',
  'adm.supervision.choose': 'Choose…',
  'adm.supervision.submit': 'Pair them',
  'adm.supervision.added': '{supervisor} now supervises {therapist}.',
  'adm.supervision.same': 'Choose two different people.',
  'adm.supervision.needTwo':
    'You need at least two active therapists to pair a supervisor with a therapist.',
} as const;

export type AdminWebMessageKey = keyof typeof adminWebEn;
