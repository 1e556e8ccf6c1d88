/**
 * English wording for sign-in security: the second factor (authenticator app and recovery
 * codes), the lockout e-mail, and the administrators' audit log search. Written for Rapport.
 */
export const securityEn = {
  'error.totp_invalid':
    'That code did not work. Codes change every 30 seconds: please enter the one your app shows now.',
  'error.totp_enrolment_required':
    'Your clinic asks you to protect your account with an authenticator app. Please set one up to continue.',
  'error.login_step_expired':
    'This sign-in took too long or was tried too many times. Please enter your e-mail and password again.',
  'error.totp_already_enabled': 'An authenticator app is already set up for your account.',
  'error.totp_not_enabled': 'No authenticator app is set up for your account yet.',
  'error.totp_setup_not_started':
    'Please start setting up your authenticator app again: the code you entered belongs to a setup that is no longer open.',

  'mail.lockout.subject': 'Someone could not sign in to your Rapport account',
  'mail.lockout.body':
    'Hello {name},\n\nThere were several unsuccessful attempts to sign in to your Rapport account, so we have paused sign-ins for {minutes} minutes to keep it safe.\n\nIf this was you, there is nothing to do: wait a little and try again.\n\nIf it was not you, your password has not been shared by us, and your account is safe while sign-ins are paused. When you can sign in again, consider choosing a new, longer password and setting up an authenticator app under "Your account".\n\nRapport',

  'totp.heading': 'Two-step sign-in',
  'totp.intro':
    'With two-step sign-in, signing in asks for your password and a six-digit code from an authenticator app on your phone. Someone who learns your password still cannot get in.',
  'totp.statusOn': 'Two-step sign-in is on.',
  'totp.statusOff': 'Two-step sign-in is off.',
  'totp.required': 'Your clinic asks therapists and administrators to use two-step sign-in.',
  'totp.codesLeft': 'Recovery codes left: {count}',
  'totp.start': 'Set up an authenticator app',
  'totp.scan':
    'Scan this code with an authenticator app (for example one from your phone’s app store), then enter the six-digit code it shows.',
  'totp.qrAlt': 'QR code to add Rapport to your authenticator app',
  'totp.manual': 'Can’t scan? Type this key into the app instead:',
  'totp.code': 'Six-digit code',
  'totp.codeHint': 'The code changes every 30 seconds.',
  'totp.confirm': 'Turn on two-step sign-in',
  'totp.cancel': 'Cancel',
  'totp.enabled': 'Two-step sign-in is on. Keep your recovery codes somewhere safe.',
  'totp.recoveryHeading': 'Your recovery codes',
  'totp.recoveryIntro':
    'If you lose your phone, each of these codes lets you sign in once. They are shown only now: print them or keep them in a password manager.',
  'totp.recoveryDone': 'I have kept my codes',
  'totp.disableHeading': 'Turn off two-step sign-in',
  'totp.disableHint': 'Enter a code from your app to confirm.',
  'totp.disable': 'Turn off',
  'totp.disabled': 'Two-step sign-in is off. You can turn it on again at any time.',
  'totp.newCodes': 'Make new recovery codes',
  'totp.newCodesHint':
    'Your old recovery codes stop working. Enter a code from your app to confirm.',

  'signIn.second.title': 'Enter your code',
  'signIn.second.lead': 'Open your authenticator app and enter the six-digit code for Rapport.',
  'signIn.second.submit': 'Continue',
  'signIn.second.useRecovery': 'Use a recovery code instead',
  'signIn.second.useCode': 'Use a code from my app instead',
  'signIn.second.recovery': 'Recovery code',
  'signIn.second.recoveryHint': 'One of the codes you kept when you set up two-step sign-in.',
  'signIn.second.startOver': 'Start again',
  'signIn.enrol.title': 'Protect your account',
  'signIn.enrol.lead':
    'Your clinic asks you to use two-step sign-in. It takes a minute: you need an authenticator app on your phone.',
  'signIn.enrol.continue': 'Continue to Rapport',

  'audit.title': 'Audit log',
  'audit.lead':
    'Every time someone reads or changes a client’s data, it is recorded here. The log cannot be edited, and your searches are recorded too.',
  'audit.filter.actor': 'Who (person id)',
  'audit.filter.subject': 'Whose data (person id)',
  'audit.filter.action': 'What (action, for example checkin.read)',
  'audit.filter.from': 'From',
  'audit.filter.to': 'Until',
  'audit.filter.submit': 'Search',
  'audit.filter.clear': 'Clear',
  'audit.filter.idHint': 'Paste an id from the results, or leave empty.',
  'audit.col.when': 'When',
  'audit.col.who': 'Who',
  'audit.col.what': 'What',
  'audit.col.whose': 'Whose data',
  'audit.col.outcome': 'Outcome',
  'audit.outcome.success': 'Done',
  'audit.outcome.denied': 'Refused',
  'audit.outcome.failure': 'Failed',
  'audit.system': 'Rapport',
  'audit.nobody': 'Not signed in',
  'audit.none': 'No events match this search. Try a wider date range or fewer filters.',
  'audit.more': 'Show older events',
  'audit.count': '{count} events shown',
  'audit.forbidden': 'Only clinic administrators can read the audit log.',
} as const;
