import type { JobsMessageKey } from './jobs.en';

/** Courriels envoyés par les tâches de fond, en français (voir jobs.en.ts). */
export const jobsFr = {
  'mail.checkinReminder.subject': 'Un petit rappel : comment s’est passée votre dernière séance ?',
  'mail.checkinReminder.body':
    'Bonjour {client},\n\nIl y a quelques jours, nous vous avons demandé comment s’était passée votre dernière séance avec {therapist}. Si vous avez une minute, vos réponses sont toujours utiles :\n\n{link}\n\nC’est le seul rappel que nous envoyons pour cette séance. Si vous préférez ne pas répondre, c’est tout à fait possible.\n\nEn cas de crise, appelez le numéro d’urgence de votre pays.\n\n— Rapport',
  'mail.consultationReminder.subject': 'Demain : votre consultation gratuite',
  'mail.consultationReminder.body':
    'Bonjour {recipient},\n\nPetit rappel : votre consultation gratuite de 15 minutes avec {name} a lieu le {when}.\n\nPour la voir, la déplacer ou l’annuler : {link}\n\n— Rapport',
} as const satisfies Record<JobsMessageKey, string>;
