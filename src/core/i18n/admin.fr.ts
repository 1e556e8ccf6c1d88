/** Messages en français pour l’administration de la clinique (voir admin.en.ts). */
import type { AdminMessageKey } from './admin.en';

export const adminFr: Readonly<Record<AdminMessageKey, string>> = {
  'error.settings_invalid': 'Certains réglages sont à revoir : rien n’a été enregistré.',
  'error.instrument_invalid':
    'Ce questionnaire ne peut pas encore être importé : chaque problème ci-dessous indique où et quoi corriger.',
  'error.figures_period_invalid':
    'Choisissez une période dont le début précède la fin et qui couvre au plus {days} jours.',
  'error.invitation_expired':
    'Cette invitation a expiré. Demandez à l’administration de la clinique de vous en envoyer une nouvelle.',
  'error.invitation_used':
    'Cette invitation a déjà servi ou a été retirée. Si vous avez créé un compte, connectez-vous.',
  'error.instrument_exists':
    'Un questionnaire avec l’identifiant « {id} » existe déjà. Donnez-lui un autre identifiant.',
  'error.therapist_not_active': 'Le compte de cette personne thérapeute n’est pas actif.',

  'problem.required': 'Veuillez remplir ce champ.',
  'problem.too_short': 'Utilisez au moins {min} caractères.',
  'problem.too_long': 'Utilisez au plus {max} caractères.',
  'problem.too_small': 'Utilisez une valeur d’au moins {min}.',
  'problem.too_big': 'Utilisez une valeur d’au plus {max}.',
  'problem.too_few': 'Indiquez-en au moins {min}.',
  'problem.too_many': 'Indiquez-en au plus {max}.',
  'problem.invalid_type': 'Cette valeur manque ou n’est pas du bon type (attendu : {expected}).',
  'problem.invalid_value': 'Choisissez parmi : {values}.',
  'problem.unknown_field': 'Champ inconnu de Rapport : {keys}.',
  'problem.invalid_format': 'Ce n’est pas un format valide ({format}).',
  'problem.invalid': 'Cette valeur n’est pas valide.',
  'problem.duplicate': '« {value} » figure deux fois.',
  'problem.nothing_to_change': 'Indiquez quoi changer : le statut, la vérification, ou les deux.',
  'settings.problem.step': 'Utilisez des pas de {step}.',
  'settings.problem.unknown_instrument':
    'Aucun questionnaire n’a l’identifiant « {id} » dans cette clinique.',
  'settings.problem.wrong_respondent.client':
    '« {id} » est rempli par les thérapeutes : il ne peut pas être demandé aux clients.',
  'settings.problem.wrong_respondent.therapist':
    '« {id} » est rempli par les clients : il ne peut pas être demandé aux thérapeutes.',
  'settings.problem.alliance_required':
    'Le bilan d’alliance de séance est toujours utilisé : les signaux reposent sur lui.',
  'settings.problem.crisis_contact':
    'Indiquez au moins un numéro de téléphone, un numéro pour texto ou une adresse web.',
  'settings.problem.missed_over_window':
    'Ce nombre ne peut pas dépasser le nombre de séances examinées.',

  'mail.invitation.subject': '{clinic} vous invite à rejoindre Rapport',
  'mail.invitation.body':
    'Bonjour,\n\n{clinic} vous invite à rejoindre son équipe de thérapeutes sur Rapport.\n\nPour accepter, ouvrez ce lien et choisissez votre nom et un mot de passe (il ne sert qu’une fois, pendant {days} jours) :\n{link}\n\nSi vous n’attendiez pas ce message, vous pouvez l’ignorer.\n\n— Rapport',
};
