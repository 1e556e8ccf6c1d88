import type { MessageKey } from './en';
import { guideFr } from './guide.fr';
import { matchingFr } from './matching.fr';
import { repairFr } from './repair.fr';
import { signalsFr } from './signals.fr';

/** Français : chaque clé de l'anglais doit être présente (vérifié par le compilateur). */
export const fr = {
  ...signalsFr,
  ...repairFr,
  ...guideFr,
  ...matchingFr,
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
  'error.availability_in_past': 'Ce moment est déjà passé. Choisissez un moment à venir.',
  'error.slot_window_too_long': 'Demandez au plus {days} jours d’horaires à la fois.',
  'error.slot_taken': 'Quelqu’un vient de réserver ce créneau. Choisissez-en un autre.',
  'error.slot_unavailable':
    'Ce créneau n’est pas ouvert à la réservation. Choisissez l’un des créneaux proposés.',
  'error.consultation_exists':
    'Vous avez déjà une consultation réservée avec ce ou cette thérapeute. Vous pouvez la déplacer.',
  'error.consultation_closed': 'Cette consultation a été annulée ou a déjà commencé.',
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

  // Workspace (clientèle et dossier de la personne, côté thérapeute)
  'ws.none': 'aucun',
  'ws.cancel': 'Annuler',
  'ws.tooLong': 'Veuillez ne pas dépasser {max} caractères.',
  'ws.caseload.title': 'Votre clientèle',
  'ws.caseload.lead':
    'Les personnes qui ont besoin de votre attention apparaissent en premier. Chaque signalement indique pourquoi il a été levé; ouvrez un dossier pour voir le détail et des pistes pour y répondre.',
  'ws.caseload.listLabel':
    'Personnes suivies, celles qui ont le plus besoin d’attention en premier',
  'ws.caseload.client': 'Personne',
  'ws.caseload.alliance': 'Alliance',
  'ws.caseload.wellbeing': 'Bien-être',
  'ws.caseload.flags': 'Signalements ouverts',
  'ws.caseload.sessions': 'Séances',
  'ws.caseload.noCheckin': 'Aucun bilan pour l’instant',
  'ws.caseload.noFlags': 'Aucun signalement ouvert',
  'ws.caseload.last': 'Dernière : {when}',
  'ws.caseload.next': 'Prochaine : {when}',
  'ws.caseload.never': 'aucune pour l’instant',
  'ws.caseload.notPlanned': 'non planifiée',
  'ws.caseload.more': 'Afficher plus de personnes',
  'ws.caseload.showing': 'Personnes affichées : {count}',
  'ws.caseload.emptyTitle': 'Aucune personne suivie pour l’instant',
  'ws.caseload.emptyBody':
    'Invitez une personne avec l’adresse courriel qu’elle utilise dans Rapport. Une fois le suivi commencé, ses bilans et les signalements éventuels apparaîtront ici.',
  'ws.invite.title': 'Inviter une personne',
  'ws.invite.body':
    'La personne doit avoir un compte Rapport. Elle verra votre invitation en se connectant.',
  'ws.invite.email': 'Adresse courriel de la personne',
  'ws.invite.submit': 'Envoyer l’invitation',
  'ws.invite.done': '{name} fait maintenant partie de votre clientèle.',
  'ws.attention.urgent': 'Urgent : répondre aujourd’hui',
  'ws.attention.warning': 'À surveiller',
  'ws.attention.quiet': 'Pas vue depuis un moment',
  'ws.attention.none': 'Rien à faire pour l’instant',
  'ws.trend.up': 'en hausse depuis le dernier bilan',
  'ws.trend.down': 'en baisse depuis le dernier bilan',
  'ws.trend.flat': 'à peu près comme au dernier bilan',
  'ws.trend.first': 'premier bilan',
  'ws.severity.urgent': 'Urgent',
  'ws.severity.warning': 'Avertissement',
  'ws.severity.info': 'Bonne nouvelle',
  'ws.client.back': 'Retour à votre clientèle',
  'ws.client.notFound': 'Dossier introuvable',
  'ws.client.attended': 'Séances suivies : {count}',
  'ws.client.since': 'Suivi depuis le {date}',
  'ws.client.onThisPage': 'Sur cette page',
  'ws.section.flags': 'Signalements',
  'ws.section.charts': 'Alliance et bien-être',
  'ws.section.sessions': 'Séances',
  'ws.section.goals': 'Objectifs',
  'ws.section.reflections': 'Réflexions privées',
  'ws.flags.none':
    'Aucun signalement ouvert. Rapport en lèvera un, avec sa raison, si un bilan ou les présences montrent que la relation a besoin d’attention.',
  'ws.flags.resolved': 'Signalements résolus ({count})',
  'ws.flag.status.open': 'Ouvert',
  'ws.flag.status.acknowledged': 'Pris en compte',
  'ws.flag.status.resolved': 'Résolu',
  'ws.flag.protocol': 'Suivre le protocole de votre clinique',
  'ws.flag.raised': 'Levé le {date}',
  'ws.flag.raisedSession': 'Séance {number}, levé le {date}',
  'ws.flag.resolution': 'Résolu : {resolution}',
  'ws.flag.open': 'Comment y répondre',
  'ws.flag.openProtocol': 'Que faire maintenant',
  'ws.flag.acknowledge': 'Prendre en compte',
  'ws.flag.resolve': 'Marquer comme résolu',
  'ws.flag.why': 'Pourquoi il a été levé',
  'ws.flag.quote': 'La phrase qui l’a déclenché',
  'ws.flag.quotes': 'Les phrases qui l’ont déclenché',
  'ws.why.low_alliance':
    'Il est levé quand le score d’alliance est sous {scoreThreshold}, ou qu’une question est notée {itemThreshold} ou moins. Les notes d’alliance sont généralement élevées : « bien, sans plus » mérite déjà une conversation (Duncan et al., 2003).',
  'ws.why.alliance_drop':
    'Il est levé quand le score descend sous la moyenne cumulée de la personne d’au moins le seuil d’alerte, ici {threshold} : le plus grand de {minDrop} et de {k} × l’écart-type de ses notes ({sd}) (Strauss et al., 2006).',
  'ws.why.rupture_repaired':
    'Après une baisse, l’alliance est revenue à la moyenne antérieure en deux séances ou moins. Les ruptures réparées vont de pair avec de meilleurs résultats qu’une absence de rupture (Eubanks, Muran et Safran, 2018).',
  'ws.why.agreement_gap':
    'Il est levé quand vous et la personne voyez la relation ou un objectif de façon très différente.',
  'ws.why.agreement_gap.alliance':
    'Il est levé quand votre note d’une séance dépasse de {threshold} points ou plus celle de la personne. Les thérapeutes voient souvent la relation plus positivement que leur clientèle (Hannan et al., 2005).',
  'ws.why.agreement_gap.goal':
    'Il est levé quand votre note d’un objectif et celle de la personne sont à {threshold} points ou plus d’écart.',
  'ws.why.disengagement':
    'Les annulations, les absences et les bilans sautés ou identiques précèdent souvent un abandon silencieux.',
  'ws.why.reliable_change':
    'Un changement de plus de {threshold} points depuis l’évaluation initiale dépasse ce que l’erreur de mesure seule peut expliquer (Jacobson et Truax, 1991).',
  'ws.why.not_on_track':
    'À partir du troisième bilan, il est levé quand le bien-être est plus de {threshold} points sous le parcours habituel pour ce score initial. Une rétroaction sur ces alertes double à peu près les bons résultats chez les personnes qui s’écartent de la trajectoire attendue (Lambert, Whipple et Kleinstäuber, 2018).',
  'ws.why.comment_rupture':
    'Les commentaires sont analysés sur le serveur de Rapport, jamais par un service externe, pour repérer des signes de tension dans la relation. Les négations comme « je ne me suis pas sentie jugée » ne comptent pas.',
  'ws.why.red_flag':
    'Les commentaires et les préoccupations sont analysés sur le serveur de Rapport pour repérer la description d’un possible manquement aux limites professionnelles.',
  'ws.why.comment_risk':
    'Les commentaires sont analysés sur le serveur de Rapport pour repérer un langage de risque. Des ressources d’aide en situation de crise ont été montrées à la personne dès l’envoi.',
  'ws.recovery.title': 'La réparation a-t-elle fonctionné?',
  'ws.recovery.before': 'Avant le signalement {value}',
  'ws.recovery.atFlag': 'au signalement {value}',
  'ws.recovery.after': 'après la réparation {value}',
  'ws.recovery.recovered': 'l’alliance s’est rétablie.',
  'ws.recovery.notRecovered': 'l’alliance ne s’est pas encore rétablie.',
  'ws.recovery.waiting': 'les prochains bilans montreront si l’alliance se rétablit.',
  'ws.recovery.noRepair':
    'Après que vous aurez consigné une conversation de réparation, les bilans suivants montreront ici si l’alliance s’est rétablie.',
  'ws.repair.title': 'Notes de réparation',
  'ws.repair.none': 'Aucune note pour l’instant.',
  'ws.repair.by': '{name}, {date}',
  'ws.repair.label': 'Consigner une conversation de réparation',
  'ws.repair.hint':
    'Ce que vous avez abordé et comment la personne a réagi. Ce texte clinique est confidentiel : il est chiffré et fait partie de votre dossier clinique.',
  'ws.repair.titleProtocol': 'Ce qui a été fait',
  'ws.repair.labelProtocol': 'Consigner les mesures prises',
  'ws.repair.hintProtocol':
    'Qui vous avez joint et quand, ce que vous avez convenu avec la personne, et qui d’autre vous avez informé. Texte clinique confidentiel, chiffré et versé à votre dossier clinique.',
  'ws.repair.titlePositive': 'Notes',
  'ws.repair.labelPositive': 'Ajouter une note',
  'ws.repair.hintPositive':
    'Par exemple, comment vous avez souligné les progrès ensemble. Texte clinique confidentiel, chiffré et versé à votre dossier clinique.',
  'ws.repair.required': 'Veuillez décrire ce qui s’est passé avant d’enregistrer.',
  'ws.repair.submit': 'Enregistrer la note',
  'ws.repair.saved': 'Votre note de réparation est enregistrée.',
  'ws.alliance.title': 'L’alliance au fil des séances',
  'ws.alliance.chartLabel':
    'Graphique linéaire de l’alliance, de 0 à 10, par séance : les notes de la personne, leur moyenne sur quatre séances, vos propres notes et le seuil d’alliance faible.',
  'ws.alliance.note':
    'Une seule note n’est que moyennement fiable; la moyenne de quatre séances est plus stable (Crits-Christoph et al., 2011).',
  'ws.alliance.summary.none':
    'Aucun bilan d’alliance pour l’instant. Après chaque séance, la personne reçoit un bilan d’une minute; ses notes apparaîtront ici.',
  'ws.alliance.summary.latest':
    'Dernière note : {value} à la séance {session}; moyenne sur quatre séances : {mean}.',
  'ws.alliance.summary.below': 'Sous le seuil de {cutoff}.',
  'ws.alliance.summary.above': 'Au seuil de {cutoff} ou au-dessus.',
  'ws.alliance.summary.gapHigher':
    'Aux séances que vous avez notées tous les deux ({pairs}), vos notes étaient en moyenne plus élevées de {gap} points.',
  'ws.alliance.summary.gapLower':
    'Aux séances que vous avez notées tous les deux ({pairs}), vos notes étaient en moyenne plus basses de {gap} points.',
  'ws.alliance.summary.gapSame':
    'Aux séances que vous avez notées tous les deux ({pairs}), vos notes et celles de la personne étaient à peu près les mêmes.',
  'ws.alliance.summary.ruptures': 'Ruptures : {ruptures} (réparées : {repaired}).',
  'ws.alliance.summary.missed': 'Séances annulées ou manquées : {missed}.',
  'ws.alliance.tableCaption': 'Alliance par séance',
  'ws.wellbeing.title': 'Le bien-être au fil des séances',
  'ws.wellbeing.chartLabel':
    'Graphique linéaire du bien-être, de 0 à {max}, par séance : les scores de la personne, le parcours et la zone attendus pour son score initial, et le seuil clinique.',
  'ws.wellbeing.summary.none':
    'Aucun bilan de bien-être pour l’instant. La personne répond à quatre courtes questions au début du suivi et après les séances.',
  'ws.wellbeing.summary.latest':
    'Score initial : {intake}; dernier score : {value} à la séance {session}.',
  'ws.wellbeing.summary.above': 'Mieux que la zone attendue pour ce score initial.',
  'ws.wellbeing.summary.within': 'Dans la zone attendue pour ce score initial.',
  'ws.wellbeing.summary.below':
    'Sous la zone attendue : il vaut la peine de vérifier ensemble si la thérapie est sur la bonne voie.',
  'ws.wellbeing.summary.belowCutoff': 'Sous le seuil clinique de {cutoff}.',
  'ws.wellbeing.summary.aboveCutoff': 'Au seuil clinique de {cutoff} ou au-dessus.',
  'ws.wellbeing.bandNote':
    'La zone attendue est le parcours habituel pour ce score initial, plus ou moins le seuil de changement fiable de {threshold} points.',
  'ws.wellbeing.tableCaption': 'Bien-être par séance',
  'ws.chart.loading': 'Chargement du graphique…',
  'ws.chart.failed':
    'Le graphique n’a pas pu s’afficher. Le tableau ci-dessous donne toutes les valeurs.',
  'ws.chart.legend': 'Légende : {chart}',
  'ws.chart.showTable': 'Afficher les valeurs dans un tableau',
  'ws.chart.sessionAxis': 'Séance',
  'ws.chart.allianceAxis': 'Alliance (0 à 10)',
  'ws.chart.wellbeingAxis': 'Bien-être',
  'ws.chart.client': 'La personne',
  'ws.chart.rolling': 'Moyenne sur quatre séances',
  'ws.chart.therapist': 'Vous',
  'ws.chart.allianceCutoff': 'Seuil d’alliance faible ({value})',
  'ws.chart.repaired': 'Rupture réparée',
  'ws.chart.ongoing': 'Rupture pas encore réparée',
  'ws.chart.closed': 'Rupture close plus tard',
  'ws.chart.cancelled': 'Annulée',
  'ws.chart.lateCancelled': 'Annulation tardive',
  'ws.chart.noShow': 'Absence',
  'ws.chart.wellbeing': 'Bien-être',
  'ws.chart.expected': 'Attendu',
  'ws.chart.band': 'Zone attendue',
  'ws.chart.wellbeingCutoff': 'Seuil clinique ({value})',
  'ws.table.session': 'Séance',
  'ws.table.sessionN': 'Séance {number}',
  'ws.table.date': 'Date',
  'ws.table.attendance': 'Présence',
  'ws.table.gap': 'Vous moins la personne',
  'ws.table.rupture': 'Rupture',
  'ws.table.startRepaired': 'début d’une rupture (réparée ensuite)',
  'ws.table.startOngoing': 'début d’une rupture (pas encore réparée)',
  'ws.table.startClosed': 'début d’une rupture (close plus tard)',
  'ws.table.ruptureRepaired': 'retour à la moyenne antérieure : réparée',
  'ws.table.ruptureClosed': 'le signalement de rupture est clos',
  'ws.table.range': 'de {lower} à {upper}',
  'ws.table.noCheckin': 'aucun bilan',
  'ws.sessions.none': 'Aucune séance pour l’instant. Planifiez la première ci-dessus.',
  'ws.sessions.noneInactive':
    'Aucune séance pour l’instant. Vous pourrez planifier des séances une fois que vous aurez convenu de travailler ensemble.',
  'ws.sessions.listLabel': 'Séances, les plus récentes en premier',
  'ws.sessions.all': 'Afficher toutes les séances ({count})',
  'ws.sessions.fewer': 'Afficher moins de séances',
  'ws.session.scheduled': 'Planifiée',
  'ws.session.attended': 'A eu lieu',
  'ws.session.cancelledByClient': 'Annulée par la personne',
  'ws.session.cancelledByYou': 'Annulée par vous',
  'ws.session.lateCancelled': 'Annulation tardive',
  'ws.session.lateCancelledByYou': 'Annulation tardive de votre part',
  'ws.session.noShow': 'Absence',
  'ws.session.minutes': '{minutes} min',
  'ws.session.clientAlliance': 'Alliance selon la personne : {value}',
  'ws.session.clientWellbeing': 'bien-être : {value}',
  'ws.session.yourRating': 'votre note : {value}',
  'ws.session.comment': 'Commentaire de la personne',
  'ws.session.whatHappened': 'Que s’est-il passé à la séance {number}?',
  'ws.session.cancelAhead': 'Annuler la séance {number}',
  'ws.session.markAttended': 'A eu lieu',
  'ws.session.markCancelledClient': 'Annulée par la personne',
  'ws.session.markCancelledYou': 'J’ai annulé',
  'ws.session.markLate': 'Annulation tardive',
  'ws.session.markNoShow': 'Absence',
  'ws.session.rate': 'Noter cette séance',
  'ws.rate.legend': '{title} (séance {number})',
  'ws.rate.submit': 'Enregistrer ma note',
  'ws.rate.saved': 'Votre note est enregistrée.',
  'ws.schedule.title': 'Planifier la prochaine séance',
  'ws.schedule.when': 'Date et heure',
  'ws.schedule.timeZone': 'Selon votre fuseau horaire ({zone}).',
  'ws.schedule.duration': 'Durée en minutes',
  'ws.schedule.durationRange': 'Veuillez indiquer une durée de 10 à 240 minutes.',
  'ws.schedule.invalid': 'Veuillez saisir une date et une heure valides.',
  'ws.schedule.submit': 'Planifier la séance',
  'ws.schedule.done': 'La séance {number} est planifiée le {when}.',
  'ws.goals.leadTherapist':
    'Les objectifs convenus avec la personne. Vous notez tous les deux les progrès, et à quel point vous êtes d’accord que c’est le bon objectif; un écart de 3 points ou plus mérite d’en parler.',
  'ws.goals.leadClient':
    'Les objectifs convenus avec votre thérapeute. Vous notez tous les deux les progrès, et à quel point vous êtes d’accord que c’est le bon objectif.',
  'ws.goals.noneTherapist':
    'Aucun objectif pour l’instant. Ajoutez le premier que vous avez convenu ensemble.',
  'ws.goals.noneClient':
    'Aucun objectif pour l’instant. Vous pouvez en ajouter un, ou en parler à votre prochaine séance.',
  'ws.goals.new': 'Un nouvel objectif',
  'ws.goals.newHint': 'Dans les mots de la personne, si possible. Jusqu’à 200 caractères.',
  'ws.goals.add': 'Ajouter l’objectif',
  'ws.goals.added': 'Objectif ajouté : {title}',
  'ws.goals.status.active': 'En cours',
  'ws.goals.status.achieved': 'Atteint',
  'ws.goals.status.dropped': 'Mis de côté',
  'ws.goals.compareCaption': 'Dernières notes de « {title} »',
  'ws.goals.progress': 'Progrès',
  'ws.goals.agreement': 'Accord',
  'ws.goals.you': 'Vous',
  'ws.goals.yourClient': 'La personne',
  'ws.goals.yourTherapist': 'Votre thérapeute',
  'ws.goals.who': 'Noté par',
  'ws.goals.gap': '{measure} : {gap} points d’écart. Il vaut la peine d’en parler ensemble.',
  'ws.goals.rate': 'Noter cet objectif',
  'ws.goals.rateLegend': 'Votre note de « {title} »',
  'ws.goals.progressTherapist': 'Selon vous, où en est la personne dans cet objectif?',
  'ws.goals.progressClient': 'Où en êtes-vous dans cet objectif?',
  'ws.goals.progressLow': 'Pas commencé',
  'ws.goals.progressHigh': 'Tout à fait atteint',
  'ws.goals.agreementTherapist':
    'À quel point êtes-vous d’accord que c’est le bon objectif sur lequel travailler maintenant?',
  'ws.goals.agreementClient':
    'À quel point êtes-vous d’accord que c’est le bon objectif pour vous maintenant?',
  'ws.goals.agreementLow': 'Pas du tout',
  'ws.goals.agreementHigh': 'Tout à fait',
  'ws.goals.agreementOptional': 'La deuxième question est facultative.',
  'ws.goals.progressRequired': 'Veuillez noter les progrès avant d’enregistrer.',
  'ws.goals.saveRating': 'Enregistrer ma note',
  'ws.goals.markAchieved': 'Marquer comme atteint',
  'ws.goals.markDropped': 'Mettre de côté',
  'ws.goals.reactivate': 'Remettre en cours',
  'ws.goals.history': 'Historique des notes ({count})',
  'ws.goals.historyCaption': 'Notes de « {title} », les plus récentes en premier',
  'ws.reflections.private':
    'Vous seul·e pouvez lire ces notes — ni la personne, ni l’administration de la clinique.',
  'ws.reflections.label': 'Une nouvelle réflexion',
  'ws.reflections.hint':
    'Vos réactions, ce que cette personne fait vivre en vous, ce que vous voulez apporter en supervision. Chiffré.',
  'ws.reflections.required': 'Veuillez écrire quelque chose avant d’enregistrer.',
  'ws.reflections.submit': 'Enregistrer la réflexion',
  'ws.reflections.saved': 'Votre réflexion est enregistrée.',
  'ws.reflections.none': 'Aucune réflexion pour l’instant.',
  'ws.reflections.listLabel': 'Vos réflexions, les plus récentes en premier',
  'ws.reflections.delete': 'Supprimer',
  'ws.reflections.deleteLabel': 'Supprimer la réflexion du {when}',
  'ws.reflections.confirm':
    'Supprimer cette réflexion pour de bon? Elle ne pourra pas être récupérée.',
  'ws.reflections.confirmLabel': 'Confirmer la suppression de la réflexion du {when}',
  'ws.reflections.confirmDelete': 'Oui, la supprimer',
  'ws.reflections.keep': 'La garder',
  'ws.reflections.deleted': 'La réflexion a été supprimée.',

  'mine.title': 'Ma thérapie',
  'mine.lead': 'Vos relations avec vos thérapeutes, et les objectifs convenus ensemble. Évaluer vos objectifs de votre côté vous aide tous les deux à voir les progrès de la même façon.',
  'mine.empty': 'Vous n’avez pas encore de relation thérapeutique dans Rapport. Quand vous commencerez avec un·e thérapeute, elle apparaîtra ici.',
  'mine.with': 'Avec {name}',
  'mine.status': 'Statut : {status}',
  'mine.sessions': 'Séances suivies : {count}',
  'mine.next': 'Prochaine séance : {when}',
  'mine.goals': 'Nos objectifs',

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
