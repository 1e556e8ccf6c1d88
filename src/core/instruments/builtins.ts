/**
 * Rapport's own check-ins, written for this project (DESIGN.md, Measures): short, plain, warm,
 * answerable on a phone in under a minute. They are data; `builtinQuestionnaires` is the same
 * data as FHIR R4 Questionnaires, which is what the API serves.
 * Not a translation or paraphrase of any published questionnaire; clinics that want one import it.
 */
import { rapportFhirBase, toQuestionnaire } from './fhir';
import type { Questionnaire } from './fhir';
import type { Instrument, InstrumentItem, Scale } from './types';

/** A type alias, not an interface, so that it fits `LocalizedText`'s index signature. */
type Wording = { en: string; fr: string };

/** A 0–10 visual-analogue line in steps of 0.1, with a label at each end. */
function line(id: string, text: Wording, lower: Wording, upper: Wording): InstrumentItem {
  return { id, type: 'decimal', min: 0, max: 10, decimals: 1, text, lower, upper };
}

const allianceItemIds = ['heard', 'goals', 'approach', 'safety', 'overall'] as const;

/** The alliance score is the mean of the five items (DESIGN.md, Signals). */
const allianceScale = {
  id: 'alliance',
  items: allianceItemIds,
  method: 'mean',
  direction: 'higher-is-better',
  reversed: [],
  min: 0,
  max: 10,
} satisfies Scale;

const url = (id: string) => `${rapportFhirBase}/Questionnaire/${id}`;

export const allianceInstrument = {
  id: 'alliance',
  url: url('alliance'),
  version: '1.0.0',
  status: 'active',
  language: 'en',
  title: { en: 'After today’s session', fr: 'Après la séance d’aujourd’hui' },
  respondent: 'client',
  items: [
    line(
      'heard',
      {
        en: 'Did you feel listened to and taken seriously?',
        fr: 'Vous êtes-vous senti·e écouté·e et pris·e au sérieux?',
      },
      { en: 'Not at all', fr: 'Pas du tout' },
      { en: 'Completely', fr: 'Tout à fait' },
    ),
    line(
      'goals',
      {
        en: 'Did we spend the time on what matters to you?',
        fr: 'Avons-nous consacré la séance à ce qui compte pour vous?',
      },
      { en: 'On other things', fr: 'À autre chose' },
      { en: 'On what matters to me', fr: 'À ce qui compte pour moi' },
    ),
    line(
      'approach',
      { en: 'Does the way we work suit you?', fr: 'Notre façon de travailler vous convient-elle?' },
      { en: 'Not for me', fr: 'Pas pour moi' },
      { en: 'Suits me well', fr: 'Me convient bien' },
    ),
    line(
      'safety',
      {
        en: 'Could you say what was really on your mind?',
        fr: 'Avez-vous pu dire ce que vous pensiez vraiment?',
      },
      { en: 'I held back', fr: 'Je me suis retenu·e' },
      { en: 'I could be fully honest', fr: 'J’ai pu être tout à fait franc·he' },
    ),
    line(
      'overall',
      {
        en: 'All in all, how was this session for you?',
        fr: 'Dans l’ensemble, comment était cette séance pour vous?',
      },
      { en: 'Not good', fr: 'Pas bien' },
      { en: 'Very good', fr: 'Très bien' },
    ),
  ],
  scales: [allianceScale],
} satisfies Instrument;

/** The therapist's view of the same five dimensions, so the two can be compared per session. */
export const therapistAllianceInstrument = {
  id: 'therapist-alliance',
  url: url('therapist-alliance'),
  version: '1.0.0',
  status: 'active',
  language: 'en',
  title: { en: 'Your view of this session', fr: 'Votre regard sur cette séance' },
  respondent: 'therapist',
  items: [
    line(
      'heard',
      {
        en: 'Did your client seem to feel listened to and taken seriously?',
        fr: 'La personne a-t-elle semblé se sentir écoutée et prise au sérieux?',
      },
      { en: 'Not at all', fr: 'Pas du tout' },
      { en: 'Completely', fr: 'Tout à fait' },
    ),
    line(
      'goals',
      {
        en: 'Did you spend the time on what matters to your client?',
        fr: 'Avez-vous consacré la séance à ce qui compte pour la personne?',
      },
      { en: 'On other things', fr: 'À autre chose' },
      { en: 'On what matters to them', fr: 'À ce qui compte pour elle' },
    ),
    line(
      'approach',
      {
        en: 'Does the way you work seem to suit your client?',
        fr: 'Votre façon de travailler semble-t-elle lui convenir?',
      },
      { en: 'Not for them', fr: 'Pas pour elle' },
      { en: 'Suits them well', fr: 'Lui convient bien' },
    ),
    line(
      'safety',
      {
        en: 'Did your client seem able to say what was really on their mind?',
        fr: 'La personne a-t-elle semblé pouvoir dire ce qu’elle pensait vraiment?',
      },
      { en: 'Held back', fr: 'S’est retenue' },
      { en: 'Fully open', fr: 'Tout à fait ouverte' },
    ),
    line(
      'overall',
      {
        en: 'All in all, how well did this session work for your client?',
        fr: 'Dans l’ensemble, cette séance a-t-elle bien fonctionné pour la personne?',
      },
      { en: 'Not well', fr: 'Pas bien' },
      { en: 'Very well', fr: 'Très bien' },
    ),
  ],
  scales: [allianceScale],
} satisfies Instrument;

export const wellbeingInstrument = {
  id: 'wellbeing',
  url: url('wellbeing'),
  version: '1.0.0',
  status: 'active',
  language: 'en',
  title: { en: 'How are things these days?', fr: 'Comment ça va ces temps-ci?' },
  respondent: 'client',
  items: [
    line(
      'personal',
      { en: 'How are you feeling in yourself?', fr: 'Comment vous sentez-vous, au fond de vous?' },
      { en: 'Very low', fr: 'Très mal' },
      { en: 'Really well', fr: 'Vraiment bien' },
    ),
    line(
      'relationships',
      {
        en: 'How are things with the people closest to you?',
        fr: 'Comment ça va avec vos proches?',
      },
      { en: 'Very hard', fr: 'Très difficile' },
      { en: 'Really good', fr: 'Vraiment bien' },
    ),
    line(
      'social',
      {
        en: 'How is daily life going: work, studies, friends?',
        fr: 'Comment va votre quotidien : travail, études, amis?',
      },
      { en: 'Very hard', fr: 'Très difficile' },
      { en: 'Really good', fr: 'Vraiment bien' },
    ),
    line(
      'overall',
      {
        en: 'Taking everything together, how are you doing?',
        fr: 'Tout bien considéré, comment allez-vous?',
      },
      { en: 'Very badly', fr: 'Très mal' },
      { en: 'Really well', fr: 'Vraiment bien' },
    ),
  ],
  scales: [
    {
      id: 'wellbeing',
      items: ['personal', 'relationships', 'social', 'overall'],
      method: 'sum',
      direction: 'higher-is-better',
      reversed: [],
      min: 0,
      max: 40,
      // The conventions for 4-item 0–40 outcome scales (DESIGN.md, Measures): clinical below 25,
      // a change of 5 points is reliable. A clinic with its own norms overrides them.
      cutoff: 25,
      reliableChange: 5,
    },
  ],
} satisfies Instrument;

export const builtinInstruments: readonly Instrument[] = [
  allianceInstrument,
  therapistAllianceInstrument,
  wellbeingInstrument,
];

/** The built-ins as FHIR R4 Questionnaires (what `GET /instruments` serves). */
export const builtinQuestionnaires: readonly Questionnaire[] =
  builtinInstruments.map(toQuestionnaire);

export function findInstrument(
  id: string,
  instruments: readonly Instrument[] = builtinInstruments,
): Instrument | undefined {
  return instruments.find((instrument) => instrument.id === id);
}
