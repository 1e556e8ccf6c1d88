/** Messages en français pour les consultations gratuites (voir consultations.en.ts). */
import type { ConsultationMessageKey } from './consultations.en';

export const consultationsFr: Readonly<Record<ConsultationMessageKey, string>> = {
  'consultation.calendar.name': 'Consultations Rapport',
  'consultation.calendar.summary': 'Consultation gratuite avec {name}',
  'consultation.calendar.description':
    'Une consultation gratuite de 15 minutes réservée avec Rapport. Pour la voir, la déplacer ou l’annuler : {link}',
  'mail.consultation.booked.subject': 'Réservée : votre consultation gratuite',
  'mail.consultation.booked.body':
    'Bonjour {recipient},\n\nVotre consultation gratuite de 15 minutes avec {name} est réservée pour le {when}.\n\nL’ajouter à votre agenda : {calendarLink}\nPour la voir, la déplacer ou l’annuler : {link}\n\n— Rapport',
  'mail.consultation.rescheduled.subject': 'Déplacée : votre consultation gratuite',
  'mail.consultation.rescheduled.body':
    'Bonjour {recipient},\n\nVotre consultation gratuite avec {name} a été déplacée du {previous} au {when}.\n\nMettre votre agenda à jour : {calendarLink}\nPour la voir, la déplacer ou l’annuler : {link}\n\n— Rapport',
  'mail.consultation.cancelled.subject': 'Annulée : votre consultation gratuite',
  'mail.consultation.cancelled.body':
    'Bonjour {recipient},\n\nLa consultation gratuite avec {name} prévue le {when} a été annulée.\n\nVous pouvez trouver un autre moment dans Rapport : {link}\n\n— Rapport',
};
