import type { signalsEn } from './signals.en';

/** Messages français des signaux (fusionnés dans le catalogue). */
export const signalsFr = {
  'signal.low_alliance.title': 'Alliance faible',
  'signal.low_alliance.reason.score': 'Le score d’alliance était de {score}, sous {threshold}.',
  'signal.low_alliance.reason.item':
    '« {item} » a été noté {value} (au plus {itemThreshold}), même si le score d’alliance était de {score}.',
  'signal.low_alliance.reason.score_and_item':
    'Le score d’alliance était de {score}, sous {threshold}, et « {item} » a été noté {value}.',

  'signal.alliance_drop.title': 'L’alliance a baissé',
  'signal.alliance_drop.reason.drop':
    'L’alliance est tombée à {score}, soit {drop} sous la moyenne cumulée de cette personne ({mean}; seuil d’alerte : {threshold}).',
  'signal.alliance_drop.reason.unrecovered':
    'L’alliance est tombée à {score}, soit {drop} sous la moyenne cumulée de {mean}, et ne s’est pas rétablie {sessions} séances plus tard (dernier score : {latest}).',

  'signal.rupture_repaired.title': 'Rupture réparée',
  'signal.rupture_repaired.reason.next':
    'Après une baisse à {dropScore}, l’alliance est remontée à {score} dès la séance suivante, au moins au niveau de la moyenne antérieure de {mean}.',
  'signal.rupture_repaired.reason.later':
    'Après une baisse à {dropScore}, l’alliance est remontée à {score} {sessions} séances plus tard, au moins au niveau de la moyenne antérieure de {mean}.',

  'signal.agreement_gap.title': 'Votre regard et celui de la personne diffèrent',
  'signal.agreement_gap.reason.alliance':
    'Vous avez noté l’alliance {therapist}; la personne l’a notée {client}, soit {gap} points de moins (seuil d’alerte : {threshold}).',
  'signal.agreement_gap.reason.goal_progress':
    'Sur les progrès vers un objectif, la personne a noté {client} et vous {therapist} : {gap} points d’écart (seuil d’alerte : {threshold}).',
  'signal.agreement_gap.reason.goal_agreement':
    'Sur l’accord avec un objectif, la personne a noté {client} et vous {therapist} : {gap} points d’écart (seuil d’alerte : {threshold}).',

  'signal.disengagement.title': 'Signes de désengagement',
  'signal.disengagement.reason.cancellations':
    'La personne a annulé ou manqué {count} de ses {window} dernières séances.',
  'signal.disengagement.reason.late_cancel_after_low':
    'La personne a annulé à la dernière minute juste après une séance dont le score d’alliance était de {score}.',
  'signal.disengagement.reason.no_show_after_low':
    'La personne ne s’est pas présentée juste après une séance dont le score d’alliance était de {score}.',
  'signal.disengagement.reason.missed_checkins':
    'Aucun bilan pour les {count} dernières séances auxquelles la personne a assisté.',
  'signal.disengagement.reason.flat_ticking':
    'Les {count} derniers bilans avaient exactement les mêmes réponses et aucun commentaire, alors que les précédents variaient.',

  'signal.reliable_change.title': 'Changement fiable',
  'signal.reliable_change.reason.improved':
    '{scale} : de {intake} au départ à {score} ({change}), plus que l’erreur de mesure ne l’expliquerait (seuil : {threshold}).',
  'signal.reliable_change.reason.recovered':
    '{scale} : de {intake} au départ à {score} ({change}), une amélioration fiable qui a franchi le seuil clinique de {cutoff}.',
  'signal.reliable_change.reason.deteriorated':
    '{scale} : de {intake} au départ à {score} ({change}), une détérioration fiable (seuil : {threshold}).',

  'signal.not_on_track.title': 'Évolution en deçà de l’attendu',
  'signal.not_on_track.reason.below_expected':
    'Au bilan {checkin}, le bien-être est de {score}; pour un départ à {intake}, on attendait environ {expected}, et il est à plus de {threshold} en dessous.',

  'signal.comment_rupture.title': 'Un commentaire évoque une rupture',
  'signal.comment_rupture.reason.withdrawal':
    'Le commentaire de la personne laisse penser qu’elle prend ses distances : « {quote} »',
  'signal.comment_rupture.reason.confrontation':
    'Le commentaire de la personne exprime un reproche sur la thérapie : « {quote} »',
  'signal.comment_rupture.reason.concern':
    'Une préoccupation exprimée par la personne évoque une rupture : « {quote} »',
  'signal.comment_rupture.title.concern': 'La personne a signalé une préoccupation',
  'signal.comment_rupture.reason.concern_category':
    'La personne vous a dit par Rapport : « {category} ». Elle n’a pas ajouté de mots à elle.',
  'signal.comment_rupture.reason.concern_words':
    'La personne vous a dit par Rapport : « {category} ». Avec ses mots : « {quote} »',

  'signal.red_flag.title': 'Signal d’alarme possible',
  'signal.red_flag.reason.checkin':
    'Le commentaire de la personne pourrait décrire un problème de limites : « {quote} »',
  'signal.red_flag.reason.concern':
    'Une préoccupation exprimée par la personne pourrait décrire un problème de limites : « {quote} »',
  'signal.red_flag.title.concern': 'La personne a signalé un problème de limites',
  'signal.red_flag.reason.concern_category':
    'La personne signale qu’une limite professionnelle a été franchie. La direction de la clinique a été prévenue. Elle n’a pas ajouté de mots à elle.',
  'signal.red_flag.reason.concern_words':
    'La personne signale qu’une limite professionnelle a été franchie. La direction de la clinique a été prévenue. Avec ses mots : « {quote} »',

  'signal.comment_risk.title': 'Risque possible : réagir aujourd’hui',
  'signal.comment_risk.reason.checkin':
    'Le commentaire de la personne pourrait indiquer un risque pour sa sécurité : « {quote} »',
  'signal.comment_risk.reason.concern':
    'Une préoccupation exprimée par la personne pourrait indiquer un risque pour sa sécurité : « {quote} »',

  'signal.resolution.recovered': 'L’alliance est remontée à {score}.',
  'signal.resolution.superseded': 'Remplacé par le signalement d’une séance plus récente.',
  'signal.resolution.repaired':
    'Réparée : l’alliance est remontée à {score}, au moins au niveau de la moyenne antérieure de {mean}.',
  'signal.resolution.gap_closed': 'Les deux notes se sont rapprochées : {gap} points d’écart.',
  'signal.resolution.attendance_recovered': 'La personne assiste de nouveau à ses séances.',
  'signal.resolution.attended_again': 'La personne est venue à la séance suivante.',
  'signal.resolution.checkin_completed': 'La personne a de nouveau rempli un bilan.',
  'signal.resolution.answers_varied': 'Les réponses aux bilans varient de nouveau.',
  'signal.resolution.no_longer_reliable':
    'Le changement depuis le départ est maintenant de {change}, sous le seuil de changement fiable.',
  'signal.resolution.back_on_track': 'Le bien-être est revenu dans la zone attendue : {score}.',
  'signal.resolution.condition_cleared': 'La condition de ce signalement n’est plus remplie.',
  'signal.resolution.by_therapist': 'Marqué comme résolu par la ou le thérapeute.',

  'signal.item.heard': 'se sentir écouté·e',
  'signal.item.goals': 'travailler sur ce qui compte',
  'signal.item.approach': 'l’approche convient',
  'signal.item.safety': 'se sentir libre d’être franc·he',
  'signal.item.overall': 'dans l’ensemble',
  'signal.scale.alliance': 'Alliance',
  'signal.scale.wellbeing': 'Bien-être',
} as const satisfies Record<keyof typeof signalsEn, string>;
