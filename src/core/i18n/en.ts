/** English: the reference catalogue. Keys are grouped by where they appear. */
import { guideEn } from './guide.en';
import { repairEn } from './repair.en';
import { signalsEn } from './signals.en';

export const en = {
  ...signalsEn,
  ...repairEn,
  ...guideEn,
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
