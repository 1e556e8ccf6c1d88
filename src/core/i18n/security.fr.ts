import type { securityEn } from './security.en';

/**
 * Sécurité de la connexion, en français (voir security.en.ts) : la validation en deux étapes,
 * le courriel de verrouillage et la recherche dans le journal d’audit.
 */
export const securityFr = {
  'error.totp_invalid':
    'Ce code n’a pas fonctionné. Les codes changent toutes les 30 secondes : saisissez celui que votre application affiche maintenant.',
  'error.totp_enrolment_required':
    'Votre cabinet vous demande de protéger votre compte avec une application d’authentification. Veuillez en configurer une pour continuer.',
  'error.login_step_expired':
    'Cette connexion a pris trop de temps ou a été tentée trop de fois. Veuillez saisir à nouveau votre courriel et votre mot de passe.',
  'error.totp_already_enabled':
    'Une application d’authentification est déjà configurée pour votre compte.',
  'error.totp_not_enabled':
    'Aucune application d’authentification n’est encore configurée pour votre compte.',
  'error.totp_setup_not_started':
    'Veuillez recommencer la configuration de votre application : le code saisi correspond à une configuration qui n’est plus ouverte.',

  'mail.lockout.subject': 'Quelqu’un n’a pas pu se connecter à votre compte Rapport',
  'mail.lockout.body':
    'Bonjour {name},\n\nPlusieurs tentatives de connexion à votre compte Rapport ont échoué. Pour le protéger, nous avons suspendu les connexions pendant {minutes} minutes.\n\nSi c’était vous, vous n’avez rien à faire : patientez un peu et réessayez.\n\nSi ce n’était pas vous, votre compte reste protégé pendant cette pause. Quand vous pourrez vous reconnecter, pensez à choisir un nouveau mot de passe plus long et à activer une application d’authentification dans « Votre compte ».\n\nRapport',

  'totp.heading': 'Connexion en deux étapes',
  'totp.intro':
    'Avec la connexion en deux étapes, vous saisissez votre mot de passe puis un code à six chiffres donné par une application d’authentification sur votre téléphone. Une personne qui connaîtrait votre mot de passe ne pourrait toujours pas entrer.',
  'totp.statusOn': 'La connexion en deux étapes est activée.',
  'totp.statusOff': 'La connexion en deux étapes est désactivée.',
  'totp.required':
    'Votre cabinet demande aux thérapeutes et aux administrateurs d’utiliser la connexion en deux étapes.',
  'totp.codesLeft': 'Codes de secours restants : {count}',
  'totp.start': 'Configurer une application d’authentification',
  'totp.scan':
    'Scannez ce code avec une application d’authentification (par exemple depuis la boutique d’applications de votre téléphone), puis saisissez le code à six chiffres qu’elle affiche.',
  'totp.qrAlt': 'Code QR pour ajouter Rapport à votre application d’authentification',
  'totp.manual': 'Impossible de scanner ? Saisissez plutôt cette clé dans l’application :',
  'totp.code': 'Code à six chiffres',
  'totp.codeHint': 'Le code change toutes les 30 secondes.',
  'totp.confirm': 'Activer la connexion en deux étapes',
  'totp.cancel': 'Annuler',
  'totp.enabled':
    'La connexion en deux étapes est activée. Gardez vos codes de secours en lieu sûr.',
  'totp.recoveryHeading': 'Vos codes de secours',
  'totp.recoveryIntro':
    'Si vous perdez votre téléphone, chacun de ces codes permet de vous connecter une fois. Ils ne sont affichés qu’une seule fois : imprimez-les ou gardez-les dans un gestionnaire de mots de passe.',
  'totp.recoveryDone': 'J’ai gardé mes codes',
  'totp.disableHeading': 'Désactiver la connexion en deux étapes',
  'totp.disableHint': 'Saisissez un code de votre application pour confirmer.',
  'totp.disable': 'Désactiver',
  'totp.disabled':
    'La connexion en deux étapes est désactivée. Vous pouvez la réactiver à tout moment.',
  'totp.newCodes': 'Créer de nouveaux codes de secours',
  'totp.newCodesHint':
    'Vos anciens codes de secours ne fonctionneront plus. Saisissez un code de votre application pour confirmer.',

  'signIn.second.title': 'Saisissez votre code',
  'signIn.second.lead':
    'Ouvrez votre application d’authentification et saisissez le code à six chiffres de Rapport.',
  'signIn.second.submit': 'Continuer',
  'signIn.second.useRecovery': 'Utiliser plutôt un code de secours',
  'signIn.second.useCode': 'Utiliser plutôt un code de mon application',
  'signIn.second.recovery': 'Code de secours',
  'signIn.second.recoveryHint':
    'L’un des codes que vous avez gardés en configurant la connexion en deux étapes.',
  'signIn.second.startOver': 'Recommencer',
  'signIn.enrol.title': 'Protégez votre compte',
  'signIn.enrol.lead':
    'Votre cabinet vous demande d’utiliser la connexion en deux étapes. Cela prend une minute : il vous faut une application d’authentification sur votre téléphone.',
  'signIn.enrol.continue': 'Continuer vers Rapport',

  'audit.title': 'Journal d’audit',
  'audit.lead':
    'Chaque fois que quelqu’un consulte ou modifie les données d’un client, c’est enregistré ici. Le journal ne peut pas être modifié, et vos recherches y sont aussi enregistrées.',
  'audit.filter.actor': 'Qui (identifiant de la personne)',
  'audit.filter.subject': 'Données de qui (identifiant de la personne)',
  'audit.filter.action': 'Quoi (action, par exemple checkin.read)',
  'audit.filter.from': 'Du',
  'audit.filter.to': 'Au',
  'audit.filter.submit': 'Rechercher',
  'audit.filter.clear': 'Effacer',
  'audit.filter.idHint': 'Collez un identifiant tiré des résultats, ou laissez vide.',
  'audit.col.when': 'Quand',
  'audit.col.who': 'Qui',
  'audit.col.what': 'Quoi',
  'audit.col.whose': 'Données de',
  'audit.col.outcome': 'Résultat',
  'audit.outcome.success': 'Effectué',
  'audit.outcome.denied': 'Refusé',
  'audit.outcome.failure': 'Échec',
  'audit.system': 'Rapport',
  'audit.nobody': 'Personne de connecté',
  'audit.none':
    'Aucun événement ne correspond à cette recherche. Essayez une période plus large ou moins de filtres.',
  'audit.more': 'Afficher les événements plus anciens',
  'audit.count': '{count} événements affichés',
  'audit.forbidden': 'Seuls les administrateurs du cabinet peuvent consulter le journal d’audit.',
} as const satisfies Record<keyof typeof securityEn, string>;
