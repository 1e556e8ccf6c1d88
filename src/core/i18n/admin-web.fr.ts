/** Les pages web de l’administration de la clinique, en français (voir admin-web.en.ts). */
import type { AdminWebMessageKey } from './admin-web.en';

export const adminWebFr: Readonly<Record<AdminWebMessageKey, string>> = {
  'adm.home.title': 'Votre clinique',
  'adm.home.lead': 'Tout ce dont vous vous occupez pour la clinique, au même endroit.',
  'adm.home.therapists': 'Thérapeutes',
  'adm.home.therapistsBody':
    'Inviter des thérapeutes, vérifier leurs titres, désactiver ou réactiver des comptes, et trouver une nouvelle personne thérapeute pour les clients qui en ont besoin.',
  'adm.home.settings': 'Réglages',
  'adm.home.settingsBody':
    'Quand les signaux sont levés, quand partent les rappels, quels bilans sont utilisés, et les lignes d’écoute de crise montrées aux clients.',
  'adm.home.figures': 'Chiffres',
  'adm.home.figuresBody':
    'Bilans remplis, signaux levés et résolus, évolution et abandons, mois par mois et par thérapeute.',
  'adm.home.instruments': 'Questionnaires',
  'adm.home.instrumentsBody':
    'Importer un questionnaire que votre clinique a le droit d’utiliser, sous forme de fichier FHIR, et voir ceux déjà importés.',
  'adm.home.supervision': 'Supervision',
  'adm.home.supervisionBody':
    'Qui supervise qui, et si les superviseurs peuvent lire le dossier des clients qui l’acceptent.',
  'adm.home.audit': 'Journal d’audit',
  'adm.home.auditBody': 'Qui a consulté ou modifié quoi, et quand. Il ne peut pas être modifié.',
  'adm.home.concerns': 'Préoccupations signalées',
  'adm.home.concernsBody':
    'Les préoccupations que des clients ont choisi de confier à la clinique, y compris les signalements de manquements aux limites professionnelles.',
  'adm.back': 'Retour à votre clinique',
  'adm.more': 'Afficher plus',
  'adm.cancel': 'Annuler',

  'adm.therapists.title': 'Thérapeutes',
  'adm.therapists.lead':
    'Les thérapeutes de votre clinique, les invitations en attente, et les clients qui ont besoin d’une nouvelle personne thérapeute.',
  'adm.invite.title': 'Inviter une personne thérapeute',
  'adm.invite.lead':
    'Nous lui envoyons un lien personnel par courriel. Il sert une seule fois, pendant {days} jours, et lui permet de choisir son nom et son mot de passe.',
  'adm.invite.email': 'Son adresse courriel',
  'adm.invite.submit': 'Envoyer l’invitation',
  'adm.invite.sent': 'Une invitation part vers {email}.',
  'adm.invitations.title': 'Invitations en attente de réponse',
  'adm.invitations.empty':
    'Aucune invitation en attente. Invitez une personne thérapeute avec le formulaire ci-dessus.',
  'adm.invitations.sent': 'Envoyée le {date}',
  'adm.invitations.expires': 'Le lien fonctionne jusqu’au {date}',
  'adm.invitations.expired': 'Expirée : invitez de nouveau pour envoyer un lien neuf',
  'adm.invitations.withdraw': 'Retirer l’invitation envoyée à {email}',
  'adm.invitations.withdrawn':
    'L’invitation envoyée à {email} est retirée. Son lien ne fonctionne plus.',
  'adm.list.title': 'Vos thérapeutes',
  'adm.list.empty':
    'Aucune personne thérapeute pour l’instant. Invitez votre premier collègue ci-dessus; il apparaîtra ici une fois l’invitation acceptée.',
  'adm.list.active': 'Actif',
  'adm.list.deactivated': 'Désactivé',
  'adm.list.published': 'Dans l’annuaire',
  'adm.list.unpublished': 'Absent de l’annuaire',
  'adm.list.open': '{count} relations thérapeutiques en cours',
  'adm.list.verify': 'Marquer les titres comme vérifiés',
  'adm.list.unverify': 'Retirer la mention « titres vérifiés »',
  'adm.list.verifyHint':
    'Marquez les titres comme vérifiés après avoir vu le permis ou l’inscription à l’ordre. Les clients voient la mention sur le profil.',
  'adm.list.verified': 'Les titres de {name} sont marqués comme vérifiés.',
  'adm.list.unverified': 'Les titres de {name} ne sont plus marqués comme vérifiés.',
  'adm.list.deactivate': 'Désactiver {name}',
  'adm.list.reactivate': 'Réactiver {name}',
  'adm.list.reactivated': '{name} peut de nouveau se connecter.',
  'adm.list.deactivated.done':
    '{name} est désactivé. Ses clients figurent ci-dessous pour que vous trouviez à chacun une nouvelle personne thérapeute.',
  'adm.confirm.title': 'Désactiver {name}?',
  'adm.confirm.sessions':
    'Cette personne est aussitôt déconnectée partout et ne peut plus se connecter.',
  'adm.confirm.directory':
    'Son profil quitte l’annuaire : personne de nouveau ne peut prendre rendez-vous.',
  'adm.confirm.clients':
    'Ses {count} clients actuels auront besoin d’une nouvelle personne thérapeute : vous les trouverez dans la liste ci-dessous.',
  'adm.confirm.undo': 'Vous pourrez la réactiver plus tard; son historique est conservé.',
  'adm.confirm.yes': 'Oui, désactiver {name}',
  'adm.reassign.title': 'Clients qui ont besoin d’une nouvelle personne thérapeute',
  'adm.reassign.lead':
    'Leur thérapeute a été désactivé. Prenez contact avec délicatesse et aidez chacun à choisir quelqu’un d’autre.',
  'adm.reassign.empty': 'Personne n’attend de nouvelle personne thérapeute.',
  'adm.reassign.item': '{client}, suivi par {therapist}',
  'adm.reassign.since': 'Depuis le {date}',

  'adm.accept.title': 'Rejoindre {clinic}',
  'adm.accept.lead':
    '{clinic} invite {email} à rejoindre son équipe de thérapeutes. Choisissez le nom que les clients verront et un mot de passe pour terminer.',
  'adm.accept.expires': 'Ce lien fonctionne jusqu’au {date}.',
  'adm.accept.submit': 'Créer mon compte',
  'adm.accept.failedTitle': 'Ce lien ne peut pas être utilisé',
  'adm.accept.notFound':
    'Nous ne trouvons pas cette invitation. Vérifiez que vous avez copié le lien en entier depuis le courriel.',
  'adm.accept.haveAccount': 'Vous avez déjà un compte?',

  'adm.settings.title': 'Réglages de la clinique',
  'adm.settings.lead':
    'Ces réglages s’appliquent à tous les thérapeutes et à tous les clients de la clinique. Chacun explique ce qu’il change.',
  'adm.settings.save': 'Enregistrer les réglages',
  'adm.settings.saved': 'Les réglages sont enregistrés. Ils s’appliquent dès le prochain bilan.',
  'adm.settings.problems': 'Certains réglages sont à revoir : rien n’a été enregistré.',
  'adm.settings.number': 'Veuillez saisir un nombre.',
  'adm.settings.whole': 'Veuillez saisir un nombre entier.',
  'adm.settings.flags': 'Quand un signal est levé',
  'adm.settings.flagsLead':
    'Les signaux indiquent à la personne thérapeute que la relation avec un client mérite peut-être une conversation. Des seuils plus bas donnent moins de signaux; des seuils plus hauts, des signaux plus précoces.',
  'adm.settings.lowAllianceBelow': 'Alliance faible : un score de bilan inférieur à',
  'adm.settings.lowAllianceBelowHint':
    'Le score d’alliance est la moyenne de cinq réponses de 0 à 10. Les clients répondent souvent haut : un score juste sous 9 mérite déjà une question bienveillante. Par défaut : 9.',
  'adm.settings.lowItemAtOrBelow': 'Alliance faible : ou une seule réponse inférieure ou égale à',
  'adm.settings.lowItemAtOrBelowHint':
    'Une seule réponse basse (ne pas se sentir entendu, par exemple) lève un signal même si les autres sont hautes. Par défaut : 6.',
  'adm.settings.dropRule': 'Quelle baisse de l’alliance lève un signal',
  'adm.settings.dropRuleHint':
    'Une baisse se mesure par rapport à la moyenne du client jusque-là, et doit atteindre au moins le minimum ci-dessous.',
  'adm.settings.drop.1sd': 'Un écart-type (plus tôt)',
  'adm.settings.drop.1sdHint':
    'Signale une baisse d’environ une variation habituelle des scores du client. La personne thérapeute apprend plus tôt qu’une relation se fragilise, avec quelques signaux de plus qui ne mènent à rien.',
  'adm.settings.drop.2sd': 'Deux écarts-types (plus strict)',
  'adm.settings.drop.2sdHint':
    'Ne signale qu’une baisse deux fois plus grande. Moins de signaux, chacun plus sûr, mais certaines ruptures sont remarquées une ou deux séances plus tard.',
  'adm.settings.dropMinPoints': 'Plus petite baisse prise en compte, en points',
  'adm.settings.dropMinPointsHint':
    'Même chez un client très régulier, une baisse plus petite n’est jamais signalée. Par défaut : 1 point.',
  'adm.settings.agreementGapAlliance':
    'Points de vue différents : score de la personne thérapeute plus haut d’au moins',
  'adm.settings.agreementGapAllianceHint':
    'Quand la personne thérapeute note une séance autant au-dessus du client, quelque chose lui échappe peut-être. Par défaut : 2 points.',
  'adm.settings.agreementGapGoal':
    'Points de vue différents sur un objectif : notes écartées d’au moins',
  'adm.settings.agreementGapGoalHint':
    'Quand le client et la personne thérapeute notent les progrès vers un objectif avec un tel écart. Par défaut : 3 points.',
  'adm.settings.missedWindow': 'Séances manquées : combien de séances récentes examiner',
  'adm.settings.missedWindowHint': 'Par défaut : les 4 dernières séances.',
  'adm.settings.missedMin':
    'Séances manquées : combien d’annulations ou d’absences lèvent un signal',
  'adm.settings.missedMinHint':
    'Annulations et absences du client parmi ces séances récentes. Par défaut : 2.',
  'adm.settings.progress': 'Évolution',
  'adm.settings.wellbeingReliableChange':
    'Bien-être : un changement réel compte au moins, en points',
  'adm.settings.wellbeingReliableChangeHint':
    'Le score de bien-être va de 0 à 40. Un écart d’au moins ce nombre de points depuis le premier bilan compte comme une amélioration ou une détérioration réelle, pas comme des hauts et des bas ordinaires. Par défaut : 5.',
  'adm.settings.reminders': 'Rappels',
  'adm.settings.checkinReminderHours': 'Rappeler un bilan sans réponse au client après, en heures',
  'adm.settings.checkinReminderHoursHint':
    'Compté à partir du moment où la séance est marquée comme tenue. Un seul rappel, de 1 à 144 heures (6 jours). Par défaut : 48.',
  'adm.settings.checkins': 'Bilans utilisés',
  'adm.settings.checkinsLead':
    'Ce qui est demandé aux clients et aux thérapeutes après chaque séance. Le bilan d’alliance de séance est toujours utilisé : tous les signaux sur la relation reposent sur lui.',
  'adm.settings.checkinsClient': 'Les clients répondent à',
  'adm.settings.checkinsTherapist': 'Les thérapeutes répondent à',
  'adm.settings.checkinItems': '{count} questions',
  'adm.settings.region': 'Ressources de crise pour votre région',
  'adm.settings.regionLead':
    'Montrées aussitôt à un client si ce qu’il écrit laisse penser qu’il est peut-être en danger. Vérifiez que chaque numéro fonctionne là où vivent vos clients.',
  'adm.settings.regionName': 'Votre région',
  'adm.settings.regionNameHint':
    'Par exemple « Nouvelle-Écosse » ou « Île-de-France ». Facultatif.',
  'adm.settings.resource': 'Ressource de crise {n}',
  'adm.settings.resourceName': 'Nom',
  'adm.settings.resourcePhone': 'Numéro de téléphone',
  'adm.settings.resourceText': 'Numéro pour les textos',
  'adm.settings.resourceUrl': 'Adresse web',
  'adm.settings.resourceHours': 'Quand elle répond',
  'adm.settings.resourceHoursHint': 'Par exemple « 24 h sur 24 » ou « En semaine, 9 h à 17 h ».',
  'adm.settings.resourceRegion': 'Où elle intervient',
  'adm.settings.resourceRemove': 'Retirer la ressource de crise {n}',
  'adm.settings.resourceAdd': 'Ajouter une ressource de crise',

  'adm.instruments.title': 'Questionnaires',
  'adm.instruments.lead':
    'Rapport propose ses propres bilans. Si votre clinique a le droit d’utiliser un autre questionnaire, importez-le ici sous forme de Questionnaire FHIR R4 avec l’extension de cotation de Rapport.',
  'adm.instruments.file': 'Fichier du questionnaire (JSON)',
  'adm.instruments.fileHint':
    'Au plus 512 Ko. Rien n’est enregistré tant que le fichier entier n’est pas correct.',
  'adm.instruments.submit': 'Importer',
  'adm.instruments.choose': 'Veuillez d’abord choisir un fichier.',
  'adm.instruments.notJson':
    'Ce fichier n’est pas un JSON valide et ne peut pas être lu : {detail}',
  'adm.instruments.tooLarge': 'Ce fichier dépasse 512 Ko.',
  'adm.instruments.report': 'À corriger ({count})',
  'adm.instruments.where': 'Où',
  'adm.instruments.what': 'Ce qui ne va pas',
  'adm.instruments.imported':
    '« {title} » est importé. Vous pouvez maintenant le choisir dans les réglages.',
  'adm.instruments.list': 'Questionnaires importés',
  'adm.instruments.empty':
    'Aucun pour l’instant. Les bilans de Rapport (alliance, alliance côté thérapeute et bien-être) sont toujours disponibles.',
  'adm.instruments.col.title': 'Titre',
  'adm.instruments.col.id': 'Identifiant',
  'adm.instruments.col.respondent': 'Rempli par',
  'adm.instruments.col.items': 'Questions',
  'adm.instruments.col.scales': 'Échelles',
  'adm.instruments.respondent.client': 'Les clients',
  'adm.instruments.respondent.therapist': 'Les thérapeutes',

  'adm.figures.title': 'Chiffres de la clinique',
  'adm.figures.lead':
    'Comment avance le travail de la clinique, mois par mois. Uniquement des décomptes : aucun client ne peut être reconnu.',
  'adm.figures.myTitle': 'Mes chiffres',
  'adm.figures.myLead':
    'Comment avance votre travail, mois par mois, compté de la même façon que pour toute la clinique.',
  'adm.figures.smallCells':
    'Pour protéger la vie privée des clients, tout décompte de 1 à 4 s’affiche « moins de 5 », un taux ne s’affiche que s’il repose sur au moins 5 cas, et un mois ou une personne thérapeute avec moins de 5 clients n’affiche aucun chiffre.',
  'adm.figures.period': 'Période',
  'adm.figures.months': 'Les {count} derniers mois',
  'adm.figures.scope': 'Chiffres de qui',
  'adm.figures.wholeClinic': 'Toute la clinique',
  'adm.figures.show': 'Afficher',
  'adm.figures.overall': 'Sur toute la période',
  'adm.figures.fewer': 'moins de 5',
  'adm.figures.notShown': 'non affiché',
  'adm.figures.suppressed': 'Moins de 5 clients : non affiché',
  'adm.figures.suppressedAll':
    'Moins de 5 clients sur cette période : rien n’est affiché, pour protéger leur vie privée.',
  'adm.figures.hours': '{value} h',
  'adm.figures.percent': '{value} %',
  'adm.figures.checkinRate': 'Bilans remplis',
  'adm.figures.checkinRateOf': '{completed} sur {attended} séances tenues',
  'adm.figures.flagsRaised': 'Signaux levés',
  'adm.figures.flagsResolved': 'Signaux résolus',
  'adm.figures.medianHours': 'Délai habituel pour résoudre un signal (médiane)',
  'adm.figures.drops': 'Baisses de l’alliance',
  'adm.figures.repaired': 'Ruptures réparées',
  'adm.figures.assessed': 'Clients avec une mesure d’évolution',
  'adm.figures.improved': 'Amélioration réelle',
  'adm.figures.deteriorated': 'Détérioration réelle',
  'adm.figures.ended': 'Relations terminées',
  'adm.figures.dropout': 'Abandons',
  'adm.figures.dropoutHint':
    'Terminée avant la 4e séance, ou sans amélioration réelle du bien-être.',
  'adm.figures.cancelled': 'Séances annulées par la personne thérapeute',
  'adm.figures.ratesChart': 'Taux par mois',
  'adm.figures.ratesLabel':
    'Graphique linéaire des bilans remplis, des améliorations réelles et des abandons, en pourcentage, par mois',
  'adm.figures.ratesSummary':
    'Pourcentage des séances tenues avec un bilan, des clients avec une amélioration réelle et des relations terminées par un abandon. Les mois sans assez de données laissent un vide.',
  'adm.figures.flagsChart': 'Signaux par mois',
  'adm.figures.flagsLabel':
    'Graphique linéaire des signaux levés, des signaux résolus et des baisses de l’alliance, par mois',
  'adm.figures.flagsSummary':
    'Combien de signaux ont été levés et résolus chaque mois, et combien étaient des baisses de l’alliance. Les décomptes masqués (moins de 5) laissent un vide.',
  'adm.figures.month': 'Mois',
  'adm.figures.percentAxis': 'Pourcentage',
  'adm.figures.countAxis': 'Nombre',
  'adm.figures.byMonth': 'Mois par mois',
  'adm.figures.ratesTable': 'Taux par mois, en chiffres',
  'adm.figures.flagsTable': 'Signaux par mois, en chiffres',
  'adm.figures.monthTable': 'Tous les chiffres, mois par mois',
  'adm.figures.therapistTable': 'Tous les chiffres, par thérapeute',
  'adm.figures.byTherapist': 'Par thérapeute',

  'adm.supervision.title': 'Supervision',
  'adm.supervision.lead':
    'Un superviseur est une personne thérapeute expérimentée qui fait le point avec ses collègues sur leur travail.',
  'adm.supervision.policy': 'Les superviseurs peuvent lire le dossier des clients',
  'adm.supervision.policyToggle':
    'Permettre aux superviseurs de lire le dossier d’un client qui l’a accepté',
  'adm.supervision.policyHint':
    'Les deux sont nécessaires : ce réglage et l’accord du client lui-même, que chaque client donne ou retire sur sa page « Ma thérapie ». Un superviseur ne voit jamais les notes privées de la personne thérapeute, doit donner une raison à chaque fois, et chaque consultation figure au journal d’audit et est montrée au client.',
  'adm.supervision.policyOn':
    'Les superviseurs peuvent lire le dossier des clients qui l’ont accepté.',
  'adm.supervision.policyOff': 'Les superviseurs ne peuvent lire aucun dossier de client.',
  'adm.supervision.policySaved': 'Enregistré.',
  'adm.supervision.pairs': 'Qui supervise qui',
  'adm.supervision.pairsEmpty':
    'Aucun superviseur pour l’instant. Choisissez un superviseur et une personne thérapeute ci-dessous pour les associer.',
  'adm.supervision.pair': '{supervisor} supervise {therapist}',
  'adm.supervision.pairSince': 'Depuis le {date}',
  'adm.supervision.remove': 'Mettre fin à la supervision de {therapist} par {supervisor}',
  'adm.supervision.removed':
    '{supervisor} ne supervise plus {therapist}. Les consultations passées restent au journal d’audit.',
  'adm.supervision.add': 'Associer un superviseur à une personne thérapeute',
  'adm.supervision.supervisor': 'Superviseur',
  'adm.supervision.therapist': 'Personne thérapeute supervisée',
  'adm.supervision.choose': 'Choisir…',
  'adm.supervision.submit': 'Les associer',
  'adm.supervision.added': '{supervisor} supervise maintenant {therapist}.',
  'adm.supervision.same': 'Choisissez deux personnes différentes.',
  'adm.supervision.needTwo':
    'Il faut au moins deux thérapeutes actifs pour associer un superviseur à une personne thérapeute.',
};
