/** English: the reference catalogue. Keys are grouped by where they appear. */
import { guideEn } from './guide.en';
import { matchingEn } from './matching.en';
import { repairEn } from './repair.en';
import { signalsEn } from './signals.en';

export const en = {
  ...signalsEn,
  ...repairEn,
  ...guideEn,
  ...matchingEn,
  // Errors (one per code in src/core/errors.ts)
  'error.validation_failed': 'Some of what was sent is not valid: {detail}',
  'error.invalid_json': 'The request body is not valid JSON.',
  'error.unknown_field': 'The request has a field this endpoint does not accept: {field}.',
  'error.password_too_short':
    'Please choose a password of at least {min} characters. A few unrelated words make a strong one that is easy to remember.',
  'error.password_too_long': 'Please choose a password of at most {max} characters.',
  'error.password_too_common':
    'That password is one of the most common ones, so it is easy to guess. Please choose another.',
  'error.password_too_personal':
    'Please choose a password that does not contain your e-mail address or name.',
  'error.body_too_large': 'The request is too large.',
  'error.unsupported_media_type': 'Please send JSON (Content-Type: application/json).',
  'error.unauthenticated': 'Please sign in to continue.',
  'error.session_expired': 'Your session has ended. Please sign in again.',
  'error.invalid_credentials':
    'That e-mail and password do not match an account. Please check them and try again.',
  'error.totp_required': 'Please enter the code from your authenticator app.',
  'error.csrf_invalid': 'This request could not be verified. Please reload the page and try again.',
  'error.forbidden': 'You do not have access to this.',
  'error.not_found': 'We could not find that.',
  'error.route_not_found': 'There is no such address in the API.',
  'error.method_not_allowed': 'That method is not allowed here.',
  'error.email_unavailable':
    'An account could not be created with this e-mail address. If you already have one, please sign in instead.',
  'error.invalid_cursor':
    'That page link is not valid any more. Please start again from the first page.',
  'error.engagement_exists':
    'You already have an open relationship with this person. You can find it in your list.',
  'error.engagement_not_active':
    'This relationship is not active, so sessions cannot be planned in it.',
  'error.transition_not_allowed': 'This change is not possible from where things stand now.',
  'error.attendance_not_allowed':
    'Only your therapist can record this. You can cancel a session that has not happened yet.',
  'error.idempotency_key_required':
    'Please send an Idempotency-Key header, so that a retried check-in is stored only once.',
  'error.unknown_instrument': 'There is no check-in called “{instrument}”.',
  'error.instrument_not_allowed': 'This check-in is for the other side of the relationship.',
  'error.answers_not_an_object': 'The answers must be an object of item ids and numbers.',
  'error.answer_missing': 'Please answer every question: “{item}” has no answer yet.',
  'error.answer_not_a_number': 'The answer to “{item}” must be a number.',
  'error.answer_out_of_range': 'The answer to “{item}” must be between {min} and {max}.',
  'error.answer_off_step': 'The answer to “{item}” must be in steps of {step}.',
  'error.unknown_item': 'This check-in has no question “{item}”.',
  'error.comment_too_long':
    'Please keep the comment under {max} characters. For something longer, you can raise a concern.',
  'error.idempotency_key_reused': 'This Idempotency-Key was already used for a different check-in.',
  'error.session_not_ready':
    'This session has not taken place, so there is nothing to check in about yet.',
  'error.checkin_exists': 'This check-in was already completed for this session. Thank you!',
  'error.checkin_link_expired':
    'This check-in link has expired. You can still check in from your account.',
  'error.checkin_link_used': 'This check-in link has already been used. Thank you for checking in!',
  'error.availability_in_past': 'That time is already over. Please choose a time in the future.',
  'error.slot_window_too_long': 'Please ask for at most {days} days of times at once.',
  'error.slot_taken': 'Someone has just booked this time. Please choose another one.',
  'error.slot_unavailable':
    'This time is not open for booking. Please choose one of the times shown.',
  'error.consultation_exists':
    'You already have a consultation booked with this therapist. You can move it instead.',
  'error.consultation_closed': 'This consultation has been cancelled or has already started.',
  'error.conflict':
    'That conflicts with something that changed in the meantime. Please reload and try again.',
  'error.too_many_attempts':
    'Too many attempts. For your safety, please wait {minutes} minutes and try again.',
  'error.internal_error':
    'Something went wrong on our side. Nothing was changed. Please try again in a moment.',
  'error.service_unavailable':
    'Rapport is starting up or briefly unavailable. Please try again in a moment.',
  'error.network': 'We could not reach Rapport. Please check your connection and try again.',

  // E-mail
  'mail.checkin.subject': 'How did your session with {therapist} feel?',
  'mail.checkin.body':
    'Hello {client},\n\nThank you for your session today. Would you take a minute to say how it felt? Your answers help {therapist} understand how things are going for you.\n\n{link}\n\nThe link works once, for {days} days. If you would rather not answer this time, that is fine too.\n\nIf you are in crisis, please call your local emergency number.\n\n— Rapport',

  // Check-in page
  'checkin.pageTitle': 'Your check-in',
  'checkin.title': 'How did your session with {therapist} feel?',
  'checkin.lead':
    'It takes about a minute. There are no right or wrong answers. {therapist} sees them, to understand how it is going for you.',
  'checkin.session': 'Session {number}, {date}',
  'checkin.fitTitle': 'Is this a good fit for me?',
  'checkin.fitBody':
    'In the first few sessions it is normal to feel unsure. Trust often takes three to five sessions to grow. It is also fine to say when something does not feel right: it helps your therapist adjust.',
  'checkin.sliderHint':
    'Move each slider to where it feels right. The arrow keys move it by 0.1, Page Up and Page Down by a whole point.',
  'checkin.notAnswered': 'not answered yet',
  'checkin.valueText': '{value} out of 10',
  'checkin.comment': 'Anything you would like to add? (optional)',
  'checkin.commentHint': 'Only you and your therapist can read it. Up to {max} characters.',
  'checkin.charactersLeft': '{count} characters left',
  'checkin.submit': 'Send my check-in',
  'checkin.unanswered': 'Please answer every question. Still to answer: {items}.',
  'checkin.thanksTitle': 'Thank you',
  'checkin.thanksBody': 'Your check-in is saved. {therapist} will see it before your next session.',
  'checkin.thanksFit':
    'If something does not feel right, you can say so in your next session. That kind of feedback often makes therapy work better.',
  'checkin.linkExpired': 'This check-in link has expired. Links work for a week after a session.',
  'checkin.linkUsed': 'This check-in is already done. Thank you for taking the time.',
  'checkin.linkInvalid':
    'This check-in link does not work. It may have been cut off when it was copied; try opening it from the e-mail again.',
  'crisis.title': 'You do not have to go through this alone',
  'crisis.body':
    'What you wrote tells us you may be going through something very hard. If you are in danger or might act on these thoughts, please reach out now:',
  'crisis.call': 'Call {phone}',
  'crisis.textLine': 'Text {number}',
  'crisis.website': 'Website',
  'crisis.hours': 'Open {hours}',
  'crisis.therapistSees': 'Your therapist will see your check-in. You can also tell them directly.',

  // Workspace (the therapist's caseload and client view)
  'ws.none': 'none',
  'ws.cancel': 'Cancel',
  'ws.tooLong': 'Please keep it under {max} characters.',
  'ws.caseload.title': 'Your caseload',
  'ws.caseload.lead':
    'Clients who need your attention come first. Each flag says why it was raised; open a client to see the details and ways to respond.',
  'ws.caseload.listLabel': 'Clients, most in need of attention first',
  'ws.caseload.client': 'Client',
  'ws.caseload.alliance': 'Alliance',
  'ws.caseload.wellbeing': 'Well-being',
  'ws.caseload.flags': 'Open flags',
  'ws.caseload.sessions': 'Sessions',
  'ws.caseload.noCheckin': 'No check-in yet',
  'ws.caseload.noFlags': 'No open flags',
  'ws.caseload.last': 'Last: {when}',
  'ws.caseload.next': 'Next: {when}',
  'ws.caseload.never': 'none yet',
  'ws.caseload.notPlanned': 'not planned',
  'ws.caseload.more': 'Show more clients',
  'ws.caseload.showing': 'Clients shown: {count}',
  'ws.caseload.emptyTitle': 'No clients yet',
  'ws.caseload.emptyBody':
    'Invite a client with the e-mail address they use for Rapport. Once you work together, their check-ins and any flags will appear here.',
  'ws.invite.title': 'Invite a client',
  'ws.invite.body':
    'Your client needs a Rapport account. They will see your invitation when they sign in.',
  'ws.invite.email': 'Your client’s e-mail address',
  'ws.invite.submit': 'Send the invitation',
  'ws.invite.done': '{name} is now in your caseload.',
  'ws.attention.urgent': 'Urgent: respond today',
  'ws.attention.warning': 'Needs attention',
  'ws.attention.quiet': 'Not seen for a while',
  'ws.attention.none': 'Nothing needed now',
  'ws.trend.up': 'up from the last check-in',
  'ws.trend.down': 'down from the last check-in',
  'ws.trend.flat': 'about the same as the last check-in',
  'ws.trend.first': 'the first check-in',
  'ws.severity.urgent': 'Urgent',
  'ws.severity.warning': 'Warning',
  'ws.severity.info': 'Good news',
  'ws.client.back': 'Back to your caseload',
  'ws.client.notFound': 'Client not found',
  'ws.client.attended': 'Sessions attended: {count}',
  'ws.client.since': 'Working together since {date}',
  'ws.client.onThisPage': 'On this page',
  'ws.section.flags': 'Flags',
  'ws.section.charts': 'Alliance and well-being',
  'ws.section.sessions': 'Sessions',
  'ws.section.goals': 'Goals',
  'ws.section.reflections': 'Private reflections',
  'ws.flags.none':
    'No open flags. Rapport will raise one, with its reason, if a check-in or attendance suggests the relationship needs attention.',
  'ws.flags.resolved': 'Resolved flags ({count})',
  'ws.flag.status.open': 'Open',
  'ws.flag.status.acknowledged': 'Acknowledged',
  'ws.flag.status.resolved': 'Resolved',
  'ws.flag.protocol': 'Follow your clinic’s protocol',
  'ws.flag.raised': 'Raised {date}',
  'ws.flag.raisedSession': 'Session {number}, raised {date}',
  'ws.flag.resolution': 'Resolved: {resolution}',
  'ws.flag.open': 'How to respond',
  'ws.flag.openProtocol': 'What to do now',
  'ws.flag.acknowledge': 'Acknowledge',
  'ws.flag.resolve': 'Mark as resolved',
  'ws.flag.why': 'Why it was raised',
  'ws.flag.quote': 'The sentence that raised it',
  'ws.flag.quotes': 'The sentences that raised it',
  'ws.why.low_alliance':
    'It is raised when the alliance score is below {scoreThreshold}, or any question is rated {itemThreshold} or lower. Alliance ratings run high, so “good but not great” is already worth a conversation (Duncan et al., 2003).',
  'ws.why.alliance_drop':
    'It is raised when the score falls below your client’s own running mean by at least the alert threshold, here {threshold}: the larger of {minDrop} and {k} × the standard deviation of their ratings ({sd}) (Strauss et al., 2006).',
  'ws.why.rupture_repaired':
    'After a drop, the alliance came back to the earlier mean within two sessions. Repaired ruptures go with better outcomes than no rupture at all (Eubanks, Muran & Safran, 2018).',
  'ws.why.agreement_gap':
    'It is raised when you and your client see the relationship or a goal quite differently.',
  'ws.why.agreement_gap.alliance':
    'It is raised when your rating of a session is {threshold} or more points above your client’s. Therapists often see the relationship more positively than their clients do (Hannan et al., 2005).',
  'ws.why.agreement_gap.goal':
    'It is raised when your rating of a goal and your client’s are {threshold} or more points apart.',
  'ws.why.disengagement':
    'Cancellations, missed sessions and skipped or identical check-ins often come before a client quietly stops coming.',
  'ws.why.reliable_change':
    'A change from intake of more than {threshold} points is larger than measurement error alone would explain (Jacobson & Truax, 1991).',
  'ws.why.not_on_track':
    'From the third check-in, it is raised when well-being is more than {threshold} points below the path usually seen for this intake score. Feedback on such alerts roughly doubles good outcomes for clients who are off track (Lambert, Whipple & Kleinstäuber, 2018).',
  'ws.why.comment_rupture':
    'Comments are screened on Rapport’s own server, never by an outside service, for signs that the relationship is strained. Negations such as “I did not feel judged” do not count.',
  'ws.why.red_flag':
    'Comments and concerns are screened on Rapport’s own server for descriptions of a possible boundary problem.',
  'ws.why.comment_risk':
    'Comments are screened on Rapport’s own server for risk language. Your client was shown crisis resources as soon as they sent it.',
  'ws.recovery.title': 'Did the repair work?',
  'ws.recovery.before': 'Before the flag {value}',
  'ws.recovery.atFlag': 'at the flag {value}',
  'ws.recovery.after': 'after the repair {value}',
  'ws.recovery.recovered': 'the alliance recovered.',
  'ws.recovery.notRecovered': 'the alliance has not recovered yet.',
  'ws.recovery.waiting': 'the next check-ins will show whether the alliance recovers.',
  'ws.recovery.noRepair':
    'Once you log a repair conversation, the next check-ins will show here whether the alliance recovered.',
  'ws.repair.title': 'Repair notes',
  'ws.repair.none': 'No notes yet.',
  'ws.repair.by': '{name}, {date}',
  'ws.repair.label': 'Log a repair conversation',
  'ws.repair.hint':
    'What you raised and how your client responded. This is private clinical text: it is stored encrypted, as part of your clinical record.',
  'ws.repair.titleProtocol': 'What was done',
  'ws.repair.labelProtocol': 'Log the steps you took',
  'ws.repair.hintProtocol':
    'Who you contacted and when, what you agreed with your client, and who else you informed. Private clinical text, stored encrypted as part of your clinical record.',
  'ws.repair.titlePositive': 'Notes',
  'ws.repair.labelPositive': 'Add a note',
  'ws.repair.hintPositive':
    'For example, how you named the progress together. Private clinical text, stored encrypted as part of your clinical record.',
  'ws.repair.required': 'Please write what happened before saving.',
  'ws.repair.submit': 'Save the note',
  'ws.repair.saved': 'Your repair note is saved.',
  'ws.alliance.title': 'Alliance over sessions',
  'ws.alliance.chartLabel':
    'Line chart of the alliance from 0 to 10 by session: your client’s ratings, their four-session mean, your own ratings and the low-alliance cutoff.',
  'ws.alliance.note':
    'One rating is only moderately dependable; the mean of four sessions is steadier (Crits-Christoph et al., 2011).',
  'ws.alliance.summary.none':
    'No alliance check-ins yet. After each session your client receives a one-minute check-in; their ratings will appear here.',
  'ws.alliance.summary.latest':
    'Latest rating {value} at session {session}; four-session mean {mean}.',
  'ws.alliance.summary.below': 'Below the cutoff of {cutoff}.',
  'ws.alliance.summary.above': 'At or above the cutoff of {cutoff}.',
  'ws.alliance.summary.gapHigher':
    'On the sessions you both rated ({pairs}), your ratings were {gap} points higher on average.',
  'ws.alliance.summary.gapLower':
    'On the sessions you both rated ({pairs}), your ratings were {gap} points lower on average.',
  'ws.alliance.summary.gapSame':
    'On the sessions you both rated ({pairs}), your ratings and your client’s were about the same.',
  'ws.alliance.summary.ruptures': 'Ruptures: {ruptures} (repaired: {repaired}).',
  'ws.alliance.summary.missed': 'Cancelled or missed sessions: {missed}.',
  'ws.alliance.tableCaption': 'Alliance by session',
  'ws.wellbeing.title': 'Well-being over sessions',
  'ws.wellbeing.chartLabel':
    'Line chart of well-being from 0 to {max} by session: your client’s scores, the expected path and range for their intake score, and the clinical cutoff.',
  'ws.wellbeing.summary.none':
    'No well-being check-ins yet. Your client answers four short questions at intake and after sessions.',
  'ws.wellbeing.summary.latest': 'Intake {intake}; latest {value} at session {session}.',
  'ws.wellbeing.summary.above': 'Better than the expected range for this intake.',
  'ws.wellbeing.summary.within': 'Within the expected range for this intake.',
  'ws.wellbeing.summary.below':
    'Below the expected range: worth talking together about whether therapy is on track.',
  'ws.wellbeing.summary.belowCutoff': 'Below the clinical cutoff of {cutoff}.',
  'ws.wellbeing.summary.aboveCutoff': 'At or above the clinical cutoff of {cutoff}.',
  'ws.wellbeing.bandNote':
    'The expected range is the path usually seen for this intake score, plus or minus the reliable-change threshold of {threshold} points.',
  'ws.wellbeing.tableCaption': 'Well-being by session',
  'ws.chart.loading': 'Loading the chart…',
  'ws.chart.failed': 'The chart could not be shown. The table below lists every value.',
  'ws.chart.legend': 'Legend: {chart}',
  'ws.chart.showTable': 'Show the values as a table',
  'ws.chart.sessionAxis': 'Session',
  'ws.chart.allianceAxis': 'Alliance (0–10)',
  'ws.chart.wellbeingAxis': 'Well-being',
  'ws.chart.client': 'Your client',
  'ws.chart.rolling': 'Four-session mean',
  'ws.chart.therapist': 'You',
  'ws.chart.allianceCutoff': 'Low-alliance cutoff ({value})',
  'ws.chart.repaired': 'Rupture, repaired',
  'ws.chart.ongoing': 'Rupture, not yet repaired',
  'ws.chart.closed': 'Rupture, closed later',
  'ws.chart.cancelled': 'Cancelled',
  'ws.chart.lateCancelled': 'Late cancellation',
  'ws.chart.noShow': 'No-show',
  'ws.chart.wellbeing': 'Well-being',
  'ws.chart.expected': 'Expected',
  'ws.chart.band': 'Expected range',
  'ws.chart.wellbeingCutoff': 'Clinical cutoff ({value})',
  'ws.table.session': 'Session',
  'ws.table.sessionN': 'Session {number}',
  'ws.table.date': 'Date',
  'ws.table.attendance': 'Attendance',
  'ws.table.gap': 'You minus client',
  'ws.table.rupture': 'Rupture',
  'ws.table.startRepaired': 'a rupture begins (repaired later)',
  'ws.table.startOngoing': 'a rupture begins (not yet repaired)',
  'ws.table.startClosed': 'a rupture begins (closed later)',
  'ws.table.ruptureRepaired': 'back to the earlier mean: repaired',
  'ws.table.ruptureClosed': 'the rupture flag closes',
  'ws.table.range': '{lower} to {upper}',
  'ws.table.noCheckin': 'no check-in',
  'ws.sessions.none': 'No sessions yet. Plan the first one above.',
  'ws.sessions.noneInactive':
    'No sessions yet. Sessions can be planned once you and your client have agreed to work together.',
  'ws.sessions.listLabel': 'Sessions, most recent first',
  'ws.sessions.all': 'Show all sessions ({count})',
  'ws.sessions.fewer': 'Show fewer sessions',
  'ws.session.scheduled': 'Scheduled',
  'ws.session.attended': 'Attended',
  'ws.session.cancelledByClient': 'Cancelled by your client',
  'ws.session.cancelledByYou': 'Cancelled by you',
  'ws.session.lateCancelled': 'Late cancellation',
  'ws.session.lateCancelledByYou': 'Late cancellation by you',
  'ws.session.noShow': 'No-show',
  'ws.session.minutes': '{minutes} min',
  'ws.session.clientAlliance': 'Client’s alliance {value}',
  'ws.session.clientWellbeing': 'well-being {value}',
  'ws.session.yourRating': 'your rating {value}',
  'ws.session.comment': 'Your client’s comment',
  'ws.session.whatHappened': 'What happened at session {number}?',
  'ws.session.cancelAhead': 'Cancel session {number}',
  'ws.session.markAttended': 'Attended',
  'ws.session.markCancelledClient': 'Client cancelled',
  'ws.session.markCancelledYou': 'I cancelled',
  'ws.session.markLate': 'Late cancellation',
  'ws.session.markNoShow': 'No-show',
  'ws.session.rate': 'Rate this session',
  'ws.rate.legend': '{title} (session {number})',
  'ws.rate.submit': 'Save my rating',
  'ws.rate.saved': 'Your rating is saved.',
  'ws.schedule.title': 'Plan the next session',
  'ws.schedule.when': 'Date and time',
  'ws.schedule.timeZone': 'In your time zone ({zone}).',
  'ws.schedule.duration': 'Length in minutes',
  'ws.schedule.durationRange': 'Please enter a length from 10 to 240 minutes.',
  'ws.schedule.invalid': 'Please enter a valid date and time.',
  'ws.schedule.submit': 'Schedule the session',
  'ws.schedule.done': 'Session {number} is scheduled for {when}.',
  'ws.goals.leadTherapist':
    'Goals you and your client agreed on. You both rate progress, and how much you agree it is the right goal; a gap of 3 points or more is worth talking about.',
  'ws.goals.leadClient':
    'Goals you and your therapist agreed on. You both rate progress, and how much you agree it is the right goal.',
  'ws.goals.noneTherapist': 'No goals yet. Add the first one you agreed on together.',
  'ws.goals.noneClient': 'No goals yet. You can add one, or bring it up in your next session.',
  'ws.goals.new': 'A new goal',
  'ws.goals.newHint': 'In your client’s own words, if you can. Up to 200 characters.',
  'ws.goals.add': 'Add the goal',
  'ws.goals.added': 'Goal added: {title}',
  'ws.goals.status.active': 'Active',
  'ws.goals.status.achieved': 'Achieved',
  'ws.goals.status.dropped': 'Set aside',
  'ws.goals.compareCaption': 'Latest ratings of “{title}”',
  'ws.goals.progress': 'Progress',
  'ws.goals.agreement': 'Agreement',
  'ws.goals.you': 'You',
  'ws.goals.yourClient': 'Your client',
  'ws.goals.yourTherapist': 'Your therapist',
  'ws.goals.who': 'Rated by',
  'ws.goals.gap': '{measure}: {gap} points apart. Worth talking about together.',
  'ws.goals.rate': 'Rate this goal',
  'ws.goals.rateLegend': 'Your rating of “{title}”',
  'ws.goals.progressTherapist': 'How far along is your client with this goal, in your view?',
  'ws.goals.progressClient': 'How far along are you with this goal?',
  'ws.goals.progressLow': 'Not started',
  'ws.goals.progressHigh': 'Fully reached',
  'ws.goals.agreementTherapist': 'How much do you agree this is the right goal to work on now?',
  'ws.goals.agreementClient': 'How much do you agree this is the right goal for you now?',
  'ws.goals.agreementLow': 'Not at all',
  'ws.goals.agreementHigh': 'Completely',
  'ws.goals.agreementOptional': 'The second question is optional.',
  'ws.goals.progressRequired': 'Please rate the progress before saving.',
  'ws.goals.saveRating': 'Save my rating',
  'ws.goals.markAchieved': 'Mark as achieved',
  'ws.goals.markDropped': 'Set aside',
  'ws.goals.reactivate': 'Make active again',
  'ws.goals.history': 'History of ratings ({count})',
  'ws.goals.historyCaption': 'Ratings of “{title}”, most recent first',
  'ws.reflections.private':
    'Only you can read these notes — not your client, not clinic administrators.',
  'ws.reflections.label': 'A new reflection',
  'ws.reflections.hint':
    'Your reactions, what this client stirs in you, what to take to supervision. Stored encrypted.',
  'ws.reflections.required': 'Please write something before saving.',
  'ws.reflections.submit': 'Save the reflection',
  'ws.reflections.saved': 'Your reflection is saved.',
  'ws.reflections.none': 'No reflections yet.',
  'ws.reflections.listLabel': 'Your reflections, most recent first',
  'ws.reflections.delete': 'Delete',
  'ws.reflections.deleteLabel': 'Delete the reflection of {when}',
  'ws.reflections.confirm': 'Delete this reflection for good? It cannot be recovered.',
  'ws.reflections.confirmLabel': 'Confirm deleting the reflection of {when}',
  'ws.reflections.confirmDelete': 'Yes, delete it',
  'ws.reflections.keep': 'Keep it',
  'ws.reflections.deleted': 'The reflection was deleted.',

  // My therapy (client)
  'mine.title': 'My therapy',
  'mine.lead': 'Your relationships with your therapists, and the goals you agreed on together. Rating your goals from your side helps you both see progress the same way.',
  'mine.empty': 'You have no therapy relationship in Rapport yet. When you start with a therapist, it will appear here.',
  'mine.with': 'With {name}',
  'mine.status': 'Status: {status}',
  'mine.sessions': 'Sessions attended: {count}',
  'mine.next': 'Next session: {when}',
  'mine.goals': 'Our goals',

  // Roles
  'role.client': 'Client',
  'role.therapist': 'Therapist',
  'role.admin': 'Clinic administrator',

  // Shell
  'app.name': 'Rapport',
  'app.tagline': 'A therapy relationship you can see, and repair.',
  'shell.skipToContent': 'Skip to main content',
  'shell.mainNav': 'Main',
  'shell.home': 'Home',
  'shell.account': 'Account',
  'shell.signIn': 'Sign in',
  'shell.signUp': 'Create an account',
  'shell.signOut': 'Sign out',
  'shell.comingSoon': 'coming soon',
  'shell.language': 'Language',
  'shell.loading': 'Loading…',
  'shell.signedInAs': 'Signed in as {name}',
  'shell.footer':
    'Rapport is open source and can run on your own computer. In crisis? Call your local emergency number.',
  'shell.notFoundTitle': 'Page not found',
  'shell.notFoundBody': 'This page does not exist. It may have moved.',
  'shell.backHome': 'Back to the home page',

  // Navigation items filled in by later work
  'nav.directory': 'Find a therapist',
  'nav.checkins': 'Check-ins',
  'nav.myTherapy': 'My therapy',
  'nav.caseload': 'Caseload',
  'nav.profile': 'My profile',
  'nav.clinic': 'Clinic',
  'nav.audit': 'Audit log',

  // Landing
  'landing.title': 'The relationship with your therapist matters as much as the method.',
  'landing.lead':
    'Rapport helps you find a therapist who fits, say after each session how it felt, and speak up when something is off. Therapists see early when trust is slipping, and can repair it.',
  'landing.forClients': 'For clients',
  'landing.forClientsBody':
    'Meet a few therapists before you choose. A one-minute check-in after each session. Your data stays yours.',
  'landing.forTherapists': 'For therapists',
  'landing.forTherapistsBody':
    'See how each client experiences the relationship, with clear reasons when a conversation is worth having.',
  'landing.forClinics': 'For clinics',
  'landing.forClinicsBody':
    'Run it on a laptop or on your own servers. Every access to client data is recorded.',
  'landing.start': 'Create a free account',
  'landing.haveAccount': 'I already have an account',

  // Forms
  'form.email': 'E-mail address',
  'form.password': 'Password',
  'form.passwordHint':
    'At least {min} characters. Length matters more than symbols: a short phrase works well.',
  'form.displayName': 'Your name',
  'form.displayNameHint': 'The name others in Rapport will see. A first name is fine.',
  'form.role': 'I am joining as',
  'form.roleClient': 'Someone looking for, or in, therapy',
  'form.roleTherapist': 'A therapist',
  'form.required': 'Please fill in this field.',
  'form.invalidEmail': 'Please enter an e-mail address like name@example.org.',
  'form.fixErrors': 'Please check the highlighted fields.',
  'form.save': 'Save',
  'form.saved': 'Saved.',
  'form.showPassword': 'Show password',
  'form.working': 'Please wait…',

  // Sign in / sign up
  'signIn.title': 'Sign in',
  'signIn.submit': 'Sign in',
  'signIn.noAccount': 'New to Rapport?',
  'signIn.totp': 'Code from your authenticator app',
  'signUp.title': 'Create your account',
  'signUp.lead': 'It takes a minute. You can change your name and language later.',
  'signUp.submit': 'Create account',
  'signUp.haveAccount': 'Already have an account?',
  'signUp.privacy':
    'What you write in Rapport is encrypted, and you can export or delete it at any time.',
  'signOut.done': 'You are signed out. Take care.',

  // Home
  'home.greeting': 'Hello, {name}',
  'home.client.lead': 'This is your space. Here is what you can do now.',
  'home.client.findTitle': 'Find a therapist who fits',
  'home.client.findBody': 'Browse therapists, compare what they offer and book free consultations.',
  'home.client.checkinTitle': 'Check in after a session',
  'home.client.checkinBody':
    'After each session you will get a link to a one-minute check-in. It helps your therapist understand how it is going for you.',
  'home.client.rightsTitle': 'You are in charge',
  'home.client.rightsBody':
    'You can see who looked at your data, export it, and switch therapist without losing your history.',
  'home.therapist.lead': 'Your practice at a glance.',
  'home.therapist.profileTitle': 'Your public profile',
  'home.therapist.profileBody': 'Describe how you work so that clients can find a good fit.',
  'home.therapist.caseloadTitle': 'Your caseload',
  'home.therapist.caseloadBody':
    'Clients ordered by who needs your attention, with the reason for each flag.',
  'home.admin.lead': 'Your clinic at a glance.',
  'home.admin.clinicTitle': 'Clinic',
  'home.admin.clinicBody': '{clinic}: {therapists} therapists, {clients} clients.',
  'home.admin.auditTitle': 'Audit log',
  'home.admin.auditBody': 'Every access to client data is recorded and tamper-evident.',
  'home.engagements': 'Your therapy relationships',
  'home.engagementsEmpty': 'None yet. When you start with a therapist, it will appear here.',
  'home.engagementWith': 'With {name}',
  'home.engagementSince': 'since {date}',
  'home.sessionsCount': '{count} sessions',
  'engagement.status.consulting': 'Consulting',
  'engagement.status.active': 'Active',
  'engagement.status.ended': 'Ended',

  // Account
  'account.title': 'Your account',
  'account.languageHint': 'Rapport will use this language for you on every device.',
  'account.languageBrowser': 'Follow my browser',
  'account.details': 'Details',
  'account.role': 'Role',
  'account.memberSince': 'Member since',

  // Languages (their own names)
  'language.en': 'English',
  'language.fr': 'Français',
} as const;

export type MessageKey = keyof typeof en;
