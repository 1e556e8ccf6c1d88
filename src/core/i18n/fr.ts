import type { MessageKey } from './en';
import { guideFr } from './guide.fr';
import { repairFr } from './repair.fr';
import { signalsFr } from './signals.fr';

/** Français : chaque clé de l'anglais doit être présente (vérifié par le compilateur). */
export const fr = {
  ...signalsFr,
  ...repairFr,
  ...guideFr,
  'error.validation_failed': 'Une partie de ce qui a été envoyé n’est pas valide : {detail}',
  'error.invalid_json': 'Le corps de la requête n’est pas du JSON valide.',
  'error.unknown_field':
    'La requête contient un champ que ce point d’accès n’accepte pas : {field}.',
  'error.password_too_short':
    'Veuillez choisir un mot de passe d’au moins {min} caractères. Quelques mots sans lien entre eux font un mot de passe solide et facile à retenir.',
  'error.password_too_long': 'Veuillez choisir un mot de passe d’au plus {max} caractères.',
  'error.password_too_common':
    'Ce mot de passe fait partie des plus courants ; il est donc facile à deviner. Veuillez en choisir un autre.',
  'error.password_too_personal':
    'Veuillez choisir un mot de passe qui ne contient ni votre adresse courriel ni votre nom.',
  'error.body_too_large': 'La requête est trop volumineuse.',
  'error.unsupported_media_type': 'Veuillez envoyer du JSON (Content-Type: application/json).',
  'error.unauthenticated': 'Veuillez vous connecter pour continuer.',
  'error.session_expired': 'Votre session a pris fin. Veuillez vous reconnecter.',
  'error.invalid_credentials':
    'Cette adresse courriel et ce mot de passe ne correspondent à aucun compte. Veuillez vérifier et réessayer.',
  'error.totp_required': 'Veuillez saisir le code de votre application d’authentification.',
  'error.csrf_invalid':
    'Cette requête n’a pas pu être vérifiée. Veuillez recharger la page et réessayer.',
  'error.forbidden': 'Vous n’avez pas accès à ceci.',
  'error.not_found': 'Nous n’avons pas trouvé ce que vous cherchez.',
  'error.route_not_found': 'Cette adresse n’existe pas dans l’API.',
  'error.method_not_allowed': 'Cette méthode n’est pas permise ici.',
  'error.email_unavailable':
    'Impossible de créer un compte avec cette adresse courriel. Si vous en avez déjà un, veuillez plutôt vous connecter.',
  'error.invalid_cursor':
    'Ce lien de page n’est plus valide. Veuillez recommencer à la première page.',
  'error.engagement_exists':
    'Vous avez déjà une relation ouverte avec cette personne. Vous la trouverez dans votre liste.',
  'error.engagement_not_active':
    'Cette relation n’est pas active : on ne peut pas y planifier de séances.',
  'error.transition_not_allowed': 'Ce changement n’est pas possible dans la situation actuelle.',
  'error.attendance_not_allowed':
    'Seul·e votre thérapeute peut inscrire ceci. Vous pouvez annuler une séance qui n’a pas encore eu lieu.',
  'error.idempotency_key_required':
    'Veuillez envoyer un en-tête Idempotency-Key, pour qu’un bilan renvoyé ne soit enregistré qu’une fois.',
  'error.unknown_instrument': 'Il n’existe pas de bilan nommé « {instrument} ».',
  'error.instrument_not_allowed': 'Ce bilan est destiné à l’autre personne de la relation.',
  'error.answers_not_an_object':
    'Les réponses doivent être un objet associant chaque question à un nombre.',
  'error.answer_missing':
    'Veuillez répondre à chaque question : « {item} » n’a pas encore de réponse.',
  'error.answer_not_a_number': 'La réponse à « {item} » doit être un nombre.',
  'error.answer_out_of_range': 'La réponse à « {item} » doit être comprise entre {min} et {max}.',
  'error.answer_off_step': 'La réponse à « {item} » doit être un multiple de {step}.',
  'error.unknown_item': 'Ce bilan n’a pas de question « {item} ».',
  'error.comment_too_long':
    'Veuillez garder le commentaire sous {max} caractères. Pour un message plus long, vous pouvez signaler une préoccupation.',
  'error.idempotency_key_reused': 'Cette clé Idempotency-Key a déjà servi pour un autre bilan.',
  'error.session_not_ready':
    'Cette séance n’a pas encore eu lieu : il n’y a pas encore de bilan à faire.',
  'error.checkin_exists': 'Ce bilan a déjà été rempli pour cette séance. Merci!',
  'error.checkin_link_expired':
    'Ce lien de bilan a expiré. Vous pouvez toujours faire le bilan depuis votre compte.',
  'error.checkin_link_used': 'Ce lien de bilan a déjà servi. Merci d’avoir fait le bilan!',
  'error.conflict':
    'Cela entre en conflit avec un changement survenu entre-temps. Veuillez recharger et réessayer.',
  'error.too_many_attempts':
    'Trop de tentatives. Pour votre sécurité, veuillez attendre {minutes} minutes avant de réessayer.',
  'error.internal_error':
    'Un problème est survenu de notre côté. Rien n’a été modifié. Veuillez réessayer dans un instant.',
  'error.service_unavailable':
    'Rapport démarre ou est brièvement indisponible. Veuillez réessayer dans un instant.',
  'error.network': 'Impossible de joindre Rapport. Veuillez vérifier votre connexion et réessayer.',

  'mail.checkin.subject': 'Comment s’est passée votre séance avec {therapist}?',
  'mail.checkin.body':
    'Bonjour {client},\n\nMerci pour votre séance d’aujourd’hui. Prendriez-vous une minute pour dire comment vous l’avez vécue? Vos réponses aident {therapist} à comprendre comment les choses se passent pour vous.\n\n{link}\n\nLe lien fonctionne une seule fois, pendant {days} jours. Si vous préférez ne pas répondre cette fois-ci, c’est correct aussi.\n\nSi vous êtes en crise, appelez le numéro d’urgence local.\n\n— Rapport',

  'checkin.pageTitle': 'Votre bilan',
  'checkin.title': 'Comment avez-vous vécu votre séance avec {therapist}?',
  'checkin.lead':
    'Cela prend environ une minute. Il n’y a pas de bonne ou de mauvaise réponse. {therapist} les voit, pour comprendre comment cela se passe pour vous.',
  'checkin.session': 'Séance {number}, {date}',
  'checkin.fitTitle': 'Est-ce la bonne personne pour moi?',
  'checkin.fitBody':
    'Pendant les premières séances, il est normal d’hésiter. La confiance prend souvent trois à cinq séances à se construire. Vous pouvez aussi dire quand quelque chose ne vous convient pas : cela aide votre thérapeute à s’ajuster.',
  'checkin.sliderHint':
    'Placez chaque curseur là où cela vous semble juste. Les flèches le déplacent de 0,1, Page précédente et Page suivante d’un point entier.',
  'checkin.notAnswered': 'pas encore répondu',
  'checkin.valueText': '{value} sur 10',
  'checkin.comment': 'Voulez-vous ajouter quelque chose? (facultatif)',
  'checkin.commentHint': 'Seuls vous et votre thérapeute pouvez le lire. Jusqu’à {max} caractères.',
  'checkin.charactersLeft': '{count} caractères restants',
  'checkin.submit': 'Envoyer mon bilan',
  'checkin.unanswered': 'Veuillez répondre à chaque question. Il reste : {items}.',
  'checkin.thanksTitle': 'Merci',
  'checkin.thanksBody':
    'Votre bilan est enregistré. {therapist} le verra avant votre prochaine séance.',
  'checkin.thanksFit':
    'Si quelque chose ne vous convient pas, vous pouvez le dire à votre prochaine séance. Ce genre de rétroaction aide souvent la thérapie à mieux fonctionner.',
  'checkin.linkExpired':
    'Ce lien de bilan a expiré. Les liens fonctionnent pendant une semaine après une séance.',
  'checkin.linkUsed': 'Ce bilan est déjà fait. Merci d’avoir pris le temps.',
  'checkin.linkInvalid':
    'Ce lien de bilan ne fonctionne pas. Il a peut-être été coupé lors de la copie; essayez de l’ouvrir à nouveau depuis le courriel.',
  'crisis.title': 'Vous n’avez pas à traverser cela seul·e',
  'crisis.body':
    'Ce que vous avez écrit nous dit que vous vivez peut-être quelque chose de très difficile. Si vous êtes en danger ou pourriez passer à l’acte, contactez de l’aide maintenant :',
  'crisis.call': 'Appeler le {phone}',
  'crisis.textLine': 'Texto au {number}',
  'crisis.website': 'Site Web',
  'crisis.hours': 'Ouvert {hours}',
  'crisis.therapistSees':
    'Votre thérapeute verra votre bilan. Vous pouvez aussi lui en parler directement.',

  'role.client': 'Client ou cliente',
  'role.therapist': 'Thérapeute',
  'role.admin': 'Administration de la clinique',

  'app.name': 'Rapport',
  'app.tagline': 'Une relation thérapeutique que l’on peut voir, et réparer.',
  'shell.skipToContent': 'Aller au contenu principal',
  'shell.mainNav': 'Principale',
  'shell.home': 'Accueil',
  'shell.account': 'Compte',
  'shell.signIn': 'Se connecter',
  'shell.signUp': 'Créer un compte',
  'shell.signOut': 'Se déconnecter',
  'shell.comingSoon': 'bientôt',
  'shell.language': 'Langue',
  'shell.loading': 'Chargement…',
  'shell.signedInAs': 'Connecté·e en tant que {name}',
  'shell.footer':
    'Rapport est un logiciel libre qui peut fonctionner sur votre propre ordinateur. En crise? Appelez le numéro d’urgence local.',
  'shell.notFoundTitle': 'Page introuvable',
  'shell.notFoundBody': 'Cette page n’existe pas. Elle a peut-être été déplacée.',
  'shell.backHome': 'Retour à l’accueil',

  'nav.directory': 'Trouver un·e thérapeute',
  'nav.checkins': 'Bilans',
  'nav.myTherapy': 'Ma thérapie',
  'nav.caseload': 'Clientèle',
  'nav.profile': 'Mon profil',
  'nav.clinic': 'Clinique',
  'nav.audit': 'Journal d’accès',

  'landing.title': 'La relation avec votre thérapeute compte autant que la méthode.',
  'landing.lead':
    'Rapport vous aide à trouver un·e thérapeute qui vous convient, à dire après chaque séance comment vous l’avez vécue, et à en parler quand quelque chose ne va pas. Les thérapeutes voient tôt quand la confiance s’effrite, et peuvent la réparer.',
  'landing.forClients': 'Pour les clients',
  'landing.forClientsBody':
    'Rencontrez quelques thérapeutes avant de choisir. Un bilan d’une minute après chaque séance. Vos données restent les vôtres.',
  'landing.forTherapists': 'Pour les thérapeutes',
  'landing.forTherapistsBody':
    'Voyez comment chaque client vit la relation, avec des raisons claires quand une conversation vaut la peine.',
  'landing.forClinics': 'Pour les cliniques',
  'landing.forClinicsBody':
    'Sur un portable ou sur vos propres serveurs. Chaque accès aux données des clients est consigné.',
  'landing.start': 'Créer un compte gratuit',
  'landing.haveAccount': 'J’ai déjà un compte',

  'form.email': 'Adresse courriel',
  'form.password': 'Mot de passe',
  'form.passwordHint':
    'Au moins {min} caractères. La longueur compte plus que les symboles : une courte phrase convient bien.',
  'form.displayName': 'Votre nom',
  'form.displayNameHint': 'Le nom que les autres verront dans Rapport. Un prénom suffit.',
  'form.role': 'Je m’inscris en tant que',
  'form.roleClient': 'Personne qui cherche une thérapie ou qui en suit une',
  'form.roleTherapist': 'Thérapeute',
  'form.required': 'Veuillez remplir ce champ.',
  'form.invalidEmail': 'Veuillez saisir une adresse courriel comme nom@exemple.org.',
  'form.fixErrors': 'Veuillez vérifier les champs signalés.',
  'form.save': 'Enregistrer',
  'form.saved': 'Enregistré.',
  'form.showPassword': 'Afficher le mot de passe',
  'form.working': 'Veuillez patienter…',

  'signIn.title': 'Connexion',
  'signIn.submit': 'Se connecter',
  'signIn.noAccount': 'Nouveau sur Rapport?',
  'signIn.totp': 'Code de votre application d’authentification',
  'signUp.title': 'Créer votre compte',
  'signUp.lead': 'Cela prend une minute. Vous pourrez changer votre nom et votre langue plus tard.',
  'signUp.submit': 'Créer le compte',
  'signUp.haveAccount': 'Vous avez déjà un compte?',
  'signUp.privacy':
    'Ce que vous écrivez dans Rapport est chiffré, et vous pouvez l’exporter ou le supprimer en tout temps.',
  'signOut.done': 'Vous êtes déconnecté·e. Prenez soin de vous.',

  'home.greeting': 'Bonjour, {name}',
  'home.client.lead': 'Voici votre espace. Voici ce que vous pouvez faire maintenant.',
  'home.client.findTitle': 'Trouver un·e thérapeute qui vous convient',
  'home.client.findBody':
    'Parcourez les profils, comparez ce que chacun offre et réservez des consultations gratuites.',
  'home.client.checkinTitle': 'Faire le bilan après une séance',
  'home.client.checkinBody':
    'Après chaque séance, vous recevrez un lien vers un bilan d’une minute. Il aide votre thérapeute à comprendre comment cela se passe pour vous.',
  'home.client.rightsTitle': 'C’est vous qui décidez',
  'home.client.rightsBody':
    'Vous pouvez voir qui a consulté vos données, les exporter, et changer de thérapeute sans perdre votre historique.',
  'home.therapist.lead': 'Votre pratique en un coup d’œil.',
  'home.therapist.profileTitle': 'Votre profil public',
  'home.therapist.profileBody':
    'Décrivez votre façon de travailler pour que les clients trouvent la bonne personne.',
  'home.therapist.caseloadTitle': 'Votre clientèle',
  'home.therapist.caseloadBody':
    'Vos clients classés selon le besoin d’attention, avec la raison de chaque signalement.',
  'home.admin.lead': 'Votre clinique en un coup d’œil.',
  'home.admin.clinicTitle': 'Clinique',
  'home.admin.clinicBody': '{clinic} : {therapists} thérapeutes, {clients} clients.',
  'home.admin.auditTitle': 'Journal d’accès',
  'home.admin.auditBody':
    'Chaque accès aux données des clients est consigné et protégé contre la falsification.',
  'home.engagements': 'Vos relations thérapeutiques',
  'home.engagementsEmpty':
    'Aucune pour l’instant. Quand vous commencerez avec un·e thérapeute, elle apparaîtra ici.',
  'home.engagementWith': 'Avec {name}',
  'home.engagementSince': 'depuis le {date}',
  'home.sessionsCount': '{count} séances',
  'engagement.status.consulting': 'Consultation',
  'engagement.status.active': 'En cours',
  'engagement.status.ended': 'Terminée',

  'account.title': 'Votre compte',
  'account.languageHint': 'Rapport utilisera cette langue pour vous sur tous vos appareils.',
  'account.languageBrowser': 'Suivre mon navigateur',
  'account.details': 'Détails',
  'account.role': 'Rôle',
  'account.memberSince': 'Membre depuis',

  'language.en': 'English',
  'language.fr': 'Français',
} as const satisfies Record<MessageKey, string>;
