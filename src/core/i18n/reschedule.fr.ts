/** Mots français pour déplacer une consultation gratuite (voir reschedule.en.ts). */
import type { rescheduleEn } from './reschedule.en';

export const rescheduleFr = {
  'reschedule.open': 'Déplacer à un autre moment',
  'reschedule.openLabel': 'Déplacer à un autre moment : votre consultation avec {name} du {when}',
  'reschedule.title': 'Choisir un nouveau créneau',
  'reschedule.lead': 'Créneaux libres avec {name}, à l’heure de votre fuseau ({zone}).',
  'reschedule.none':
    '{name} n’a pas d’autre créneau libre dans les deux semaines à venir. Vous pouvez garder ce créneau, ou l’annuler et chercher un autre thérapeute.',
  'reschedule.confirmTitle': 'Déplacer votre consultation',
  'reschedule.confirm': 'La déplacer du {from} au {to} ? {name} en sera informé·e.',
  'reschedule.submit': 'Oui, la déplacer',
  'reschedule.back': 'Choisir un autre créneau',
  'reschedule.close': 'Garder le créneau actuel',
  'reschedule.taken':
    'Quelqu’un vient de prendre ce créneau : votre consultation n’a pas été déplacée. Choisissez-en un autre.',
  'reschedule.done': 'Votre consultation avec {name} a maintenant lieu le {when}.',
} as const satisfies Record<keyof typeof rescheduleEn, string>;
