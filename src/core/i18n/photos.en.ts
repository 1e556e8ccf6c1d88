/** English messages for therapists' profile photos: the errors of the upload and the editor's words. */
export const photosEn = {
  'error.photo_too_large':
    'That photo is larger than {max} MB. Please choose a smaller one, or make it smaller in your photo app first.',
  'error.photo_type_unsupported': 'Please choose a photo in JPEG, PNG or WebP format.',
  'error.photo_unreadable':
    'That file could not be read as an image. It may be damaged: please try another photo.',
  'photo.title': 'Your photo',
  'photo.lead':
    'Optional. A recent photo of your face helps people picture who they are about to meet. JPEG, PNG or WebP, up to {max} MB.',
  'photo.privacy':
    'We crop it to a square and keep only the picture: hidden details such as where and with which camera it was taken are removed.',
  'photo.publicNote': 'Clients see it on your card and your page while your profile is published.',
  'photo.none': 'You have no photo yet.',
  'photo.choose': 'Choose a photo',
  'photo.replace': 'Choose another photo',
  'photo.uploading': 'Uploading your photo…',
  'photo.saved': 'Your photo is saved.',
  'photo.remove': 'Remove my photo',
  'photo.removeConfirm': 'Remove your photo from your profile?',
  'photo.removeYes': 'Yes, remove it',
  'photo.keep': 'Keep it',
  'photo.removed': 'Your photo is removed.',
  'photo.alt': 'Photo of {name}',
} as const;

export type PhotoMessageKey = keyof typeof photosEn;
