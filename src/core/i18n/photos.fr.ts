/** Messages français des photos de profil des thérapeutes (voir photos.en.ts). */
import type { photosEn } from './photos.en';

export const photosFr = {
  'error.photo_too_large':
    'Cette photo dépasse {max} Mo. Choisissez-en une plus légère, ou réduisez-la d’abord dans votre application de photos.',
  'error.photo_type_unsupported': 'Choisissez une photo au format JPEG, PNG ou WebP.',
  'error.photo_unreadable':
    'Ce fichier n’a pas pu être lu comme une image. Il est peut-être abîmé : essayez une autre photo.',
  'photo.title': 'Votre photo',
  'photo.lead':
    'Facultatif. Une photo récente de votre visage aide les gens à se représenter la personne qu’ils vont rencontrer. JPEG, PNG ou WebP, jusqu’à {max} Mo.',
  'photo.privacy':
    'Nous la recadrons en carré et ne gardons que l’image : les informations cachées, comme le lieu de la prise de vue ou l’appareil utilisé, sont supprimées.',
  'photo.publicNote':
    'Les clients la voient sur votre fiche et votre page tant que votre profil est publié.',
  'photo.none': 'Vous n’avez pas encore de photo.',
  'photo.choose': 'Choisir une photo',
  'photo.replace': 'Choisir une autre photo',
  'photo.uploading': 'Envoi de votre photo…',
  'photo.saved': 'Votre photo est enregistrée.',
  'photo.remove': 'Retirer ma photo',
  'photo.removeConfirm': 'Retirer votre photo de votre profil ?',
  'photo.removeYes': 'Oui, la retirer',
  'photo.keep': 'La garder',
  'photo.removed': 'Votre photo est retirée.',
  'photo.alt': 'Photo de {name}',
} as const satisfies Record<keyof typeof photosEn, string>;
