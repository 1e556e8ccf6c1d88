import type { SupervisionMessageKey } from './supervision.en';

/** Messages en français pour la supervision avec consentement (voir supervision.en.ts). */
export const supervisionFr = {
  'error.supervision_reason_required':
    'Veuillez indiquer pourquoi vous ouvrez ce dossier, en une phrase d’au moins 10 caractères. La personne voit que vous l’avez consulté, et la raison est conservée.',
  'error.supervisor_is_therapist':
    'Un·e thérapeute ne peut pas être sa propre superviseuse ou son propre superviseur. Veuillez choisir quelqu’un d’autre.',
  'error.supervision_not_allowed':
    'Vous ne pouvez pas ouvrir ce dossier : la politique de la clinique ou le consentement de la personne ne le permet pas pour le moment.',
  'error.supervision_exists': 'Cette personne supervise déjà ce ou cette thérapeute.',

  'supervisionConsent.title': 'Supervision',
  'supervisionConsent.lead':
    'Les thérapeutes parlent parfois de leur travail avec un·e collègue expérimenté·e, leur superviseur·e, pour mieux vous accompagner. Vous décidez si cette personne peut lire vos bilans, vos objectifs et les alertes de cette relation.',
  'supervisionConsent.toggle': 'Autoriser le ou la superviseur·e de {therapist} à lire mon dossier',
  'supervisionConsent.on':
    'Vous avez donné votre accord le {date}. Vous pouvez changer d’avis à tout moment ; cela prend effet immédiatement.',
  'supervisionConsent.off': 'Votre dossier n’est partagé avec aucun·e superviseur·e.',
  'supervisionConsent.clinicOff':
    'Votre clinique ne permet pas aux superviseur·es de lire les dossiers pour le moment : rien n’est partagé, même si vous donnez votre accord.',
  'supervisionConsent.noSupervisor': '{therapist} n’a pas de superviseur·e pour le moment.',
  'supervisionConsent.private':
    'Un·e superviseur·e ne voit jamais les notes personnelles de votre thérapeute, ne peut rien modifier et doit donner une raison à chaque fois. Chaque consultation apparaît dans « Qui a consulté mes données ».',
  'supervisionConsent.saved': 'Enregistré.',
  'supervisionConsent.loadFailed':
    'Nous n’avons pas pu charger votre choix concernant la supervision. Veuillez réessayer.',

  'supervision.title': 'Supervision',
  'supervision.lead':
    'Les personnes suivies par les thérapeutes que vous supervisez et qui ont accepté de vous partager leur dossier. À chaque ouverture, indiquez pourquoi : la personne voit que vous l’avez consulté.',
  'supervision.empty':
    'Aucun dossier pour le moment. Ils apparaissent ici quand votre clinique autorise la supervision et qu’une personne suivie par un·e thérapeute que vous supervisez donne son accord.',
  'supervision.client': 'Personne suivie',
  'supervision.therapist': 'Thérapeute',
  'supervision.since': 'Partagé depuis le',
  'supervision.open': 'Ouvrir le dossier de {client}',
  'supervision.reasonLabel': 'Pourquoi ouvrez-vous ce dossier ?',
  'supervision.reasonHint':
    'Par exemple : préparer la séance de supervision de mardi avec {therapist}.',
  'supervision.readButton': 'Ouvrir le dossier',
  'supervision.recordTitle': '{client} avec {therapist}',
  'supervision.readOnly':
    'Lecture seule. Ce que vous avez ouvert et pourquoi figure dans le journal d’audit.',
  'supervision.sessions': 'Séances',
  'supervision.checkins': 'Bilans',
  'supervision.flags': 'Alertes',
  'supervision.goals': 'Objectifs',
  'supervision.none': 'Rien pour le moment.',
  'supervision.score': '{instrument} : {score}',
  'supervision.back': 'Retour à la liste',
  'supervision.more': 'Afficher plus',
} as const satisfies Record<SupervisionMessageKey, string>;
