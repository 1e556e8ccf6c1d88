import type { handoversEn } from './handovers.en';

/**
 * Le contrôle de la personne sur ses données, en français (voir handovers.en.ts) : transmissions
 * à un·e nouveau·elle thérapeute, « qui a vu mes données », export et suppression du compte.
 */
export const handoversFr = {
  'error.handover_recipient_not_allowed':
    'Vous pouvez transmettre votre dossier seulement à un·e thérapeute avec qui vous travaillez déjà ou que vous avez rencontré·e en consultation, autre que celui ou celle d’où vient l’historique.',
  'error.erasure_password_mismatch':
    'Ce mot de passe n’est pas celui de votre compte. Veuillez le vérifier et réessayer.',
  'error.erasure_not_available':
    'Les comptes des thérapeutes et des administrateurs sont fermés par la clinique, car les dossiers des clients en dépendent. Veuillez vous adresser à l’administration de votre clinique.',

  'nav.myData': 'Vos données',
  'nav.handovers': 'Transmissions',

  'handover.title': 'Transmettre à un·e nouveau·elle thérapeute',
  'handover.lead':
    'Si vous changez de thérapeute, vous pouvez lui permettre de lire une partie de votre historique pour ne pas tout reprendre depuis le début. Vous choisissez ce qui est lu et pour combien de temps, et vous pouvez retirer votre accord à tout moment.',
  'handover.newHeading': 'Préparer une transmission',
  'handover.from': 'Historique de',
  'handover.fromHint':
    'Le ou la thérapeute avec qui s’est fait le travail dont vient l’historique.',
  'handover.fromOption': 'Votre travail avec {name}',
  'handover.to': 'Qui la reçoit',
  'handover.toHint':
    'Un·e thérapeute avec qui vous travaillez déjà ou que vous avez rencontré·e lors d’une consultation gratuite. Pour rencontrer quelqu’un d’abord, consultez l’annuaire.',
  'handover.toViaEngagement': '{name} (vous travaillez ensemble)',
  'handover.toViaConsultation': '{name} (rencontré·e en consultation)',
  'handover.include': 'Ce qui pourra être lu',
  'handover.includeHint':
    'Choisissez au moins un élément. Les notes privées de votre thérapeute précédent·e ne sont jamais transmises, pas plus que les commentaires de vos bilans.',
  'handover.part.goals': 'Vos objectifs et la façon dont vous les avez évalués tous les deux',
  'handover.part.checkins': 'Les scores de vos bilans au fil du temps',
  'handover.part.summary': 'Un résumé avec vos propres mots',
  'handover.summary': 'Votre résumé',
  'handover.summaryHint':
    'Par exemple : ce sur quoi vous avez travaillé, ce qui a aidé, ce qui n’a pas aidé, et ce que vous espérez pour la suite. Jusqu’à {max} caractères. Il est conservé chiffré.',
  'handover.days': 'Pendant combien de jours elle peut être lue',
  'handover.daysHint': 'Entre {min} et {max} jours. Ensuite, l’accès prend fin de lui-même.',
  'handover.create': 'Donner mon accord et transmettre',
  'handover.created': 'Votre transmission est partagée. {name} peut la lire jusqu’au {date}.',
  'handover.needRecipient':
    'Il n’y a pas encore de thérapeute à qui transmettre. Réservez d’abord une consultation gratuite avec quelqu’un de nouveau, puis revenez ici.',
  'handover.needEngagement': 'Il n’y a pas encore d’historique de thérapie à transmettre.',
  'handover.findTherapist': 'Trouver un·e thérapeute',
  'handover.listHeading': 'Vos transmissions',
  'handover.empty': 'Vous n’avez encore partagé aucune transmission.',
  'handover.itemTitle': 'De votre travail avec {from} vers {to}',
  'handover.status.active': 'Partagée jusqu’au {date}',
  'handover.status.expired': 'Terminée le {date}',
  'handover.status.withdrawn': 'Accord retiré le {date}',
  'handover.includes': 'Contient : {parts}',
  'handover.withdraw': 'Retirer mon accord',
  'handover.withdrawn': 'Accord retiré. {name} ne peut plus lire cette transmission.',
  'handover.preview': 'Voir ce qui est transmis',
  'handover.more': 'Afficher plus',
  'handover.required': 'Veuillez choisir au moins un élément.',
  'handover.summaryRequired': 'Veuillez écrire votre résumé, ou décocher cette case.',

  'handover.receivedTitle': 'Transmissions reçues',
  'handover.receivedLead':
    'Une personne qui vient vers vous peut partager une partie de son historique. Vous pouvez lire une transmission tant que son accord dure; elle peut le retirer à tout moment. Chaque ouverture est enregistrée et la personne peut la voir.',
  'handover.receivedEmpty': 'Aucune transmission ne vous est partagée en ce moment.',
  'handover.receivedItem': '{client}, de son travail avec {from}',
  'handover.open': 'Lire la transmission',
  'handover.viewTitle': 'Transmission de {client}',
  'handover.viewLead':
    'Partagée par {client}, de son travail avec {from}. En lecture seule. Disponible jusqu’au {date}.',
  'handover.viewSummary': 'Avec les mots de {client}',
  'handover.viewGoals': 'Objectifs',
  'handover.viewGoalsEmpty': 'Aucun objectif n’a été fixé.',
  'handover.viewCheckins': 'Scores des bilans',
  'handover.viewCheckinsEmpty': 'Aucun bilan n’a été rempli.',
  'handover.viewNotShared': 'Non partagé.',
  'handover.goalStatus.active': 'En cours',
  'handover.goalStatus.achieved': 'Atteint',
  'handover.goalStatus.dropped': 'Mis de côté',
  'handover.ratingLine': '{who} : progrès {progress} sur 10, le {date}',
  'handover.rater.client': 'La personne',
  'handover.rater.therapist': 'Thérapeute précédent·e',
  'handover.checkinDate': 'Date',
  'handover.checkinInstrument': 'Bilan',
  'handover.checkinScore': 'Score',
  'handover.checkinCaption': 'Scores des bilans, du plus ancien au plus récent',
  'handover.unavailable':
    'Cette transmission n’est pas disponible. La personne a peut-être retiré son accord, ou la durée prévue est terminée.',
  'handover.back': 'Retour aux transmissions',

  'myData.title': 'Vos données',
  'myData.lead':
    'Tout ce que Rapport conserve sur vous vous appartient : voyez qui l’a consulté, téléchargez-en une copie, transmettez-le à un·e nouveau·elle thérapeute ou supprimez votre compte.',
  'myData.whoSawLink': 'Qui a vu mes données',
  'myData.handoversLink': 'Transmettre à un·e nouveau·elle thérapeute',
  'myData.exportHeading': 'Télécharger une copie',
  'myData.exportLead':
    'Vos bilans, scores, objectifs, séances et consultations. Le téléchargement est inscrit dans votre journal des accès.',
  'myData.exportFhir': 'Télécharger au format FHIR (JSON)',
  'myData.exportFhirHint':
    'Un format standard de données de santé que d’autres logiciels de soins savent lire.',
  'myData.exportCsv': 'Télécharger en tableur (CSV)',
  'myData.exportCsvHint': 'Une ligne par réponse de chaque bilan.',
  'myData.export.consultation': 'Consultation gratuite',
  'myData.export.session': 'Séance de thérapie',
  'myData.export.goalProgress': 'Progrès vers l’objectif (0–10)',
  'myData.export.goalAgreement': 'Accord sur l’objectif (0–10)',
  'myData.deleteHeading': 'Supprimer votre compte',
  'myData.deleteWhat':
    'La suppression de votre compte efface définitivement : votre compte et votre connexion, vos bilans et commentaires, vos objectifs et évaluations, vos séances et consultations, vos préoccupations et notes privées, vos transmissions, et les réflexions privées de vos thérapeutes sur votre travail ensemble.',
  'myData.deleteKeeps':
    'La clinique conserve seulement son journal des accès, comme la loi le demande : il indique qu’une personne a consulté ou modifié un dossier, et quand, sous un numéro aléatoire qui ne mène plus à vous une fois votre compte supprimé. Il ne contient ni nom, ni adresse e-mail, ni rien de ce que vous avez écrit.',
  'myData.deleteCannotUndo':
    'C’est irréversible. Si vous voulez une copie, téléchargez-la d’abord.',
  'myData.deletePassword': 'Votre mot de passe',
  'myData.deleteConfirm': 'Pour confirmer, tapez : {phrase}',
  'myData.deletePhrase': 'supprimer mon compte',
  'myData.deleteButton': 'Supprimer mon compte définitivement',
  'myData.deleted':
    'Votre compte et vos données personnelles sont supprimés. La clinique ne conserve que son journal des accès, qui ne mène plus à vous. Prenez soin de vous.',
  'myData.deletedTitle': 'Votre compte est supprimé',

  'whoSaw.title': 'Qui a vu mes données',
  'whoSaw.lead':
    'Chaque fois qu’une autre personne que vous ouvre ou modifie votre dossier, c’est noté ici : qui, quoi et quand. Vous pouvez filtrer par date.',
  'whoSaw.from': 'Du',
  'whoSaw.to': 'Au',
  'whoSaw.filter': 'Afficher',
  'whoSaw.clear': 'Tout afficher',
  'whoSaw.empty':
    'Personne d’autre n’a consulté votre dossier pendant cette période. Quand votre thérapeute l’ouvrira, vous le verrez ici.',
  'whoSaw.caption': 'Accès à votre dossier, du plus récent au plus ancien',
  'whoSaw.when': 'Quand',
  'whoSaw.who': 'Qui',
  'whoSaw.what': 'Quoi',
  'whoSaw.more': 'Afficher les plus anciens',
  'whoSaw.someone': 'Une personne dont le compte a été fermé',
  'whoSaw.system': 'Rapport (automatique)',
  'whoSaw.whoLine': '{name}, {role}',
  'whoSaw.denied': '(refusé)',
  'whoSaw.badRange': 'La date de début doit précéder la date de fin.',

  'audit.what.engagement.read': 'A consulté votre relation thérapeutique',
  'audit.what.engagement.create': 'A commencé une relation thérapeutique avec vous',
  'audit.what.engagement.update': 'A changé le statut de votre relation thérapeutique',
  'audit.what.session.create': 'A planifié une séance',
  'audit.what.session.list': 'A consulté vos séances',
  'audit.what.session.attendance': 'A noté la présence à une séance',
  'audit.what.checkin.list': 'A consulté vos bilans',
  'audit.what.checkin.create': 'A évalué une séance de son côté',
  'audit.what.signal.list': 'A consulté les signaux sur votre thérapie',
  'audit.what.signal.read': 'A ouvert un signal sur votre thérapie',
  'audit.what.signal.update': 'A mis à jour un signal sur votre thérapie',
  'audit.what.repair.create': 'A noté une conversation sur le déroulement de la thérapie',
  'audit.what.goal.list': 'A consulté vos objectifs',
  'audit.what.goal.create': 'A ajouté un objectif',
  'audit.what.goal.rate': 'A évalué un objectif',
  'audit.what.goal.update': 'A changé le statut d’un objectif',
  'audit.what.caseload.read': 'Vous a vu·e dans sa liste de clients',
  'audit.what.consultation.read': 'A consulté votre consultation',
  'audit.what.consultation.book': 'A réservé une consultation avec vous',
  'audit.what.consultation.cancel': 'A annulé une consultation',
  'audit.what.consultation.reschedule': 'A déplacé une consultation',
  'audit.what.consultation.calendar': 'A ajouté une consultation à son agenda',
  'audit.what.handover.read': 'A lu la transmission que vous avez partagée',
  'audit.what.otherRead': 'A consulté votre dossier',
  'audit.what.otherWrite': 'A modifié votre dossier',
} as const satisfies Record<keyof typeof handoversEn, string>;
