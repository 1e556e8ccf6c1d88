import type { concernsEn } from './concerns.en';

/**
 * Préoccupations (« quelque chose ne va pas »), page du guide, fin ou changement de thérapeute,
 * page « Ma thérapie », préoccupations signalées à la clinique, organismes de réglementation par
 * défaut et courriels envoyés.
 */
export const concernsFr = {
  'nav.clinicConcerns': 'Préoccupations signalées',

  'concernForm.title': 'Quelque chose ne va pas ?',
  'concernForm.lead':
    'Vous pouvez le dire à tout moment. Choisissez de quoi il s’agit, lisez quelques formulations possibles et décidez qui en sera informé. Rien n’est envoyé avant que vous appuyiez sur le bouton.',
  'concernForm.about': 'À propos de votre travail avec {name}.',
  'concernForm.yourTherapist': 'votre thérapeute',
  'concernForm.engagement': 'De quel·le thérapeute s’agit-il ?',
  'concernForm.engagementPick': 'Choisissez un·e thérapeute',
  'concernForm.category': 'De quoi s’agit-il ?',
  'concernForm.guidanceTitle': 'Comment le dire',
  'concernForm.readGuide': 'Lire le guide des signaux d’alarme et de ce que vous pouvez faire',
  'concernForm.text': 'Avec vos mots (facultatif)',
  'concernForm.textHint':
    'Écrivez autant ou aussi peu que vous voulez. Si vous partagez ce message, votre thérapeute verra ces mots. Ils sont conservés chiffrés.',
  'concernForm.audience': 'Qui doit le voir ?',
  'concernForm.audience.private': 'Moi seulement : le garder comme note privée',
  'concernForm.audience.share': 'Le partager avec {name} maintenant',
  'concernForm.audience.shareAndClinic': 'Le partager avec {name} et prévenir la clinique',
  'concernForm.audience.clinic': 'Prévenir seulement la clinique, pas {name}',
  'concernForm.audience.privateNote':
    'Une note privée n’est que pour vous : personne d’autre ne peut la lire, et vous pouvez la supprimer quand vous voulez.',
  'concernForm.audience.shareNote':
    '{name} le verra dans Rapport avant votre prochaine séance, avec vos mots si vous en avez écrit. Une préoccupation partagée reste au dossier : elle ne peut pas être supprimée.',
  'concernForm.audience.clinicNote':
    'La direction de la clinique le lira ; {name} ne le verra pas. Cela reste au dossier : ce ne peut pas être supprimé.',
  'concernForm.submit': 'Envoyer',
  'concernForm.submitPrivate': 'Enregistrer ma note',
  'concernForm.problem.engagement': 'Veuillez choisir le ou la thérapeute concerné·e.',
  'concernForm.problem.category': 'Veuillez choisir de quoi il s’agit.',
  'concernForm.problem.audience': 'Veuillez choisir qui doit le voir.',
  'concernForm.problem.summary':
    'Il manque quelques éléments. Veuillez regarder les champs signalés.',
  'concernForm.noTherapist':
    'Une préoccupation concerne un·e thérapeute avec qui vous travaillez ou que vous avez rencontré·e. Dès que ce sera le cas, vous pourrez revenir ici à tout moment. En attendant, le guide explique à quoi faire attention.',
  'concernForm.findTherapist': 'Trouver un·e thérapeute',
  'concernForm.done.private': 'Votre note est enregistrée. Vous seul·e pouvez la voir.',
  'concernForm.done.shared': 'Merci de l’avoir dit. {name} le verra avant votre prochaine séance.',
  'concernForm.done.sharedAndReported':
    'Merci de nous l’avoir dit. {name} et la direction de la clinique le verront. Vous avez bien fait.',
  'concernForm.done.reported':
    'Merci de nous l’avoir dit. La direction de la clinique le lira ; {name} ne le verra pas. Vous avez bien fait.',
  'concernForm.done.back': 'Retour à ma thérapie',
  'concernForm.done.another': 'En écrire une autre',
  'concernForm.crisisFooter':
    'Ce que vous avez écrit est enregistré. Si vous êtes en danger maintenant, contactez l’un de ces services plutôt que d’attendre une réponse.',
  'concernForm.regulator.title': 'Signaler en dehors de la clinique',
  'concernForm.regulator.lead':
    'Vous pouvez aussi le signaler à l’organisme auprès duquel votre thérapeute est inscrit·e, en plus de la clinique ou à sa place.',
  'concernForm.mine.title': 'Mes notes et préoccupations',
  'concernForm.mine.empty': 'Rien pour l’instant. Ce que vous écrirez ci-dessus apparaîtra ici.',
  'concernForm.mine.about': 'À propos de {name}, le {date}',
  'concernForm.mine.private': 'note privée',
  'concernForm.mine.shared': 'partagée avec votre thérapeute',
  'concernForm.mine.reported': 'signalée à la clinique',
  'concernForm.mine.sharedAndReported': 'partagée avec votre thérapeute et la clinique',
  'concernForm.mine.delete': 'Supprimer cette note',
  'concernForm.mine.confirmDelete': 'Oui, la supprimer',
  'concernForm.mine.keep': 'La garder',
  'concernForm.mine.deleted': 'La note est supprimée.',
  'concernForm.mine.more': 'Afficher les plus anciennes',

  'guidePage.contents': 'Sur cette page',
  'guidePage.crisisContacts': 'Ressources en cas de crise',
  'guidePage.report': 'Signaler un problème de limites',
  'guidePage.reportLead':
    'Vous pouvez prévenir la clinique par Rapport, et le signaler à l’organisme auprès duquel votre thérapeute est inscrit·e. Les deux sont votre choix, et vous pouvez faire les deux.',
  'guidePage.reportSignIn':
    'Pour prévenir la clinique par Rapport, connectez-vous et choisissez « Quelque chose ne va pas ? ».',

  'myTherapy.concern': 'Quelque chose ne va pas ?',
  'myTherapy.concernWith': 'Quelque chose ne va pas avec {name} ?',
  'myTherapy.guide': 'À quoi ressemble une bonne relation thérapeutique',
  'myTherapy.end': 'Arrêter ou changer de thérapeute',
  'myTherapy.find': 'Trouver un·e thérapeute',
  'myTherapy.pending.title': 'Bilans qui vous attendent',
  'myTherapy.pending.lead':
    'Une minute chacun. Votre thérapeute voit vos réponses avant la prochaine séance.',
  'myTherapy.pending.item': 'Votre séance avec {name} le {when}',
  'myTherapy.pending.until': 'Ouvert jusqu’au {when}',
  'myTherapy.pending.start': 'Faire le bilan maintenant',
  'myTherapy.upcoming': 'Prochaines séances',
  'myTherapy.upcomingNone': 'Aucune séance n’est encore prévue.',
  'myTherapy.sessionAt': 'Séance {number} : {when}',
  'myTherapy.history': 'Comment ça se passe',
  'myTherapy.historyLead':
    'Vos propres bilans au fil du temps : comment vous avez vécu la relation, et comment vous allez. Chaque graphique peut s’afficher sous forme de tableau.',
  'myTherapy.historyNone':
    'Vos bilans apparaîtront ici sous forme de graphiques dès que vous en aurez rempli un après une séance.',
  'myTherapy.you': 'Vous',

  'ending.title': 'Mettre fin à votre travail avec {therapist}',
  'ending.lead':
    'Vous pouvez arrêter la thérapie à tout moment, sans avoir à vous justifier. Ces étapes peuvent vous aider à partir dans de bonnes conditions, et à trouver quelqu’un d’autre d’abord si vous le souhaitez.',
  'ending.back': 'Retour à ma thérapie',
  'ending.notFound': 'Nous n’avons pas trouvé cette relation',
  'ending.alreadyEnded': 'Votre travail avec {therapist} est déjà terminé.',
  'ending.reflect.title': 'Qu’est-ce qui ne vous convient pas ?',
  'ending.reflect.lead':
    'Pour vous seul·e, et facultatif : le nommer peut vous aider à savoir ce dont vous avez besoin ensuite. Rien ici n’est enregistré ni envoyé.',
  'ending.reflect.legend': 'Cochez ce qui correspond',
  'ending.reflect.talk':
    'Si vous préférez essayer encore une fois avant d’arrêter, le dire à {therapist} change souvent les choses. Le guide propose des formulations.',
  'ending.reflect.boundary':
    'Un problème de limites n’est jamais de votre faute. Vous pouvez prévenir la clinique et le signaler à l’organisme auprès duquel votre thérapeute est inscrit·e.',
  'ending.feedback.title': 'Donner votre avis, si vous le souhaitez',
  'ending.feedback.lead':
    'Dire à {therapist} ou à la clinique ce qui n’a pas fonctionné peut les aider, ainsi que d’autres personnes. C’est votre choix.',
  'ending.feedback.raise': 'Signaler une préoccupation',
  'ending.feedback.guide': 'Changer de thérapeute',
  'ending.find.title': 'Trouver quelqu’un d’autre avant d’arrêter',
  'ending.find.lead':
    'Vous pouvez rencontrer d’autres thérapeutes lors de consultations gratuites pendant que vous voyez encore {therapist}, pour ne pas rester sans soutien.',
  'ending.find.match': 'Répondre à quelques questions pour trouver qui vous convient',
  'ending.find.directory': 'Parcourir les thérapeutes',
  'ending.find.consultations': 'Mes consultations',
  'ending.find.compare': 'Comparer les thérapeutes rencontré·e·s',
  'ending.handover.title': 'Emporter votre historique',
  'ending.handover.lead':
    'Vous pouvez permettre à votre nouveau·elle thérapeute de lire vos objectifs, vos scores de bilan et un résumé écrit avec vos mots, pour ne pas tout reprendre de zéro. Vous choisissez ce qu’il ou elle voit et pour combien de temps, et vous pouvez le retirer à tout moment. Les notes privées de {therapist} ne sont jamais transmises.',
  'ending.handover.link': 'Choisir ce que reçoit votre nouveau·elle thérapeute',
  'ending.end.title': 'Arrêter et dire au revoir',
  'ending.end.reason': 'Pourquoi arrêtez-vous ?',
  'ending.end.reasonHint':
    'Votre thérapeute voit que le travail est terminé, pas cette raison. La clinique compte les raisons, sans noms, pour améliorer son service.',
  'ending.end.reasonPick': 'Choisissez une raison',
  'ending.end.send': 'Envoyer un message à {therapist}',
  'ending.end.message': 'Votre message',
  'ending.end.messageHint':
    'Nous avons écrit un début pour vous. Modifiez-le autant que vous voulez : il est envoyé à {therapist} par courriel, avec vos mots.',
  'ending.end.final':
    'Quand vous appuyez sur le bouton, votre travail avec {therapist} prend fin. C’est définitif, mais vous pourrez toujours reprendre plus tard.',
  'ending.end.submit': 'Mettre fin à mon travail avec {therapist}',
  'ending.problem.reason': 'Veuillez choisir une raison.',
  'ending.problem.message':
    'Veuillez écrire un message, ou décocher la case ci-dessus pour n’en envoyer aucun.',
  'ending.problem.summary': 'Il manque quelque chose. Veuillez regarder les champs signalés.',
  'ending.done.title': 'Votre travail est terminé',
  'ending.done.withMessage':
    'Votre travail avec {therapist} est terminé, et votre message est en route.',
  'ending.done.noMessage': 'Votre travail avec {therapist} est terminé.',
  'ending.done.next':
    'Vos objectifs et vos bilans restent dans votre compte. Quand vous commencerez avec quelqu’un d’autre, vous pourrez choisir de les partager.',
  'ending.message.draft':
    'Bonjour {therapist},\n\nJ’ai décidé d’arrêter nos séances. Merci pour le temps et l’attention que vous m’avez accordés pendant notre travail ensemble.\n\nJe vous souhaite le meilleur.\n\n{client}',
  'ending.reason.goals_met': 'J’ai atteint ce pour quoi j’étais venu·e',
  'ending.reason.client_choice': 'Je préfère ne pas le dire, ou c’est simplement mon choix',
  'ending.reason.not_a_fit': 'Ça ne me convenait pas',
  'ending.reason.switched_therapist': 'Je change de thérapeute',
  'ending.reason.practical': 'Des raisons pratiques : horaires, coût, distance',
  'ending.reason.therapist_unavailable': 'Mon ou ma thérapeute n’est plus disponible',
  'ending.reason.referred_elsewhere': 'Je vais vers un autre type de service',
  'ending.reason.other': 'Autre chose',

  'clinicConcerns.title': 'Problèmes de limites signalés',
  'clinicConcerns.lead':
    'Préoccupations signalées à la clinique par des client·e·s au sujet d’un·e thérapeute qui aurait franchi une limite professionnelle. Suivez la politique de votre clinique et consultez votre direction clinique. Chaque ouverture de cette liste est consignée dans le journal d’audit.',
  'clinicConcerns.empty': 'Aucun·e client·e n’a signalé de problème de limites.',
  'clinicConcerns.item': '{client}, au sujet de {therapist}',
  'clinicConcerns.shared': 'également partagé avec le ou la thérapeute',
  'clinicConcerns.notShared': 'non partagé avec le ou la thérapeute',
  'clinicConcerns.noWords': 'La personne a choisi la catégorie sans ajouter de mots.',
  'clinicConcerns.more': 'Afficher les plus anciens',

  'regulator.default.any.name':
    'L’ordre professionnel ou l’organisme de réglementation auprès duquel votre thérapeute est inscrit·e',
  'regulator.default.any.description':
    'Tout·e thérapeute autorisé·e à exercer est inscrit·e auprès d’un ordre professionnel ou d’un organisme de réglementation, qui reçoit les plaintes sur la conduite professionnelle, y compris les manquements aux limites. Son nom figure en général sur le site ou les reçus du ou de la thérapeute, et la clinique doit vous l’indiquer si vous le demandez. Vous pouvez porter plainte même après avoir arrêté de le ou la voir.',
  'regulator.default.ca.name': 'L’ordre professionnel de votre province ou territoire',
  'regulator.default.ca.description':
    'Psychologues, travailleur·euse·s sociaux, psychothérapeutes et conseiller·ère·s relèvent chacun d’un ordre là où ils exercent. Cherchez le ou la thérapeute dans le tableau public de l’ordre ; son site explique comment porter plainte.',
  'regulator.default.ca.region': 'Canada',
  'regulator.default.us.name': 'Le conseil d’autorisation d’exercer de votre État',
  'regulator.default.us.description':
    'Chaque État a des conseils d’autorisation pour les psychologues, les conseiller·ère·s, les travailleur·euse·s sociaux et les thérapeutes conjugaux et familiaux. Le conseil qui a délivré l’autorisation de votre thérapeute reçoit les plaintes ; son site explique comment faire.',
  'regulator.default.us.region': 'États-Unis',

  'mail.concern.boundary.subject': 'Un·e client·e a signalé un problème de limites',
  'mail.concern.boundary.body':
    'Un·e client·e a signalé qu’un·e thérapeute de votre clinique aurait franchi une limite professionnelle.\n\nPar respect pour sa vie privée, ce courriel ne contient aucun détail. Connectez-vous pour le lire et suivez la politique de votre clinique :\n{link}',
  'mail.ending.subject': 'Un·e client·e a mis fin à ses séances avec vous',
  'mail.ending.body':
    '{client} a mis fin à son travail avec vous dans Rapport et vous a écrit ce message :\n\n{message}',
} as const satisfies Record<keyof typeof concernsEn, string>;
