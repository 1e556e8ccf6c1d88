/**
 * A client's data as a FHIR R4 Bundle (type "collection"): the Patient, the Practitioners they
 * worked with (name only), a QuestionnaireResponse per check-in with its Questionnaire's
 * canonical URL, an Observation per score and per goal rating, a Goal per goal, and an
 * Appointment per session and consultation. Pure: the service gathers plain values, this shapes
 * them. Each entry's full URL is `<base>/<type>/<id>` and references are relative
 * (`Patient/<id>`), so they resolve inside the bundle (FHIR R4, Bundle: resolving references).
 */
import { rapportFhirBase } from '../instruments/fhir';

export interface FhirResource {
  resourceType: string;
  id: string;
  [field: string]: unknown;
}

export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}

export interface ExportCheckin {
  id: string;
  instrumentId: string;
  questionnaireUrl: string;
  /** Names of the scales, by scale id, in the reader's language. */
  scaleTitles: Record<string, string>;
  practitionerId: string;
  submittedAt: Date;
  answers: Record<string, number>;
  scores: Record<string, number>;
  comment: string | null;
}

export interface ExportGoal {
  id: string;
  title: string;
  status: 'active' | 'achieved' | 'dropped';
  createdAt: Date;
  ratings: {
    id: string;
    raterRole: 'client' | 'therapist';
    raterId: string;
    progress: number;
    agreement: number | null;
    ratedAt: Date;
  }[];
}

export interface ExportAppointment {
  id: string;
  kind: 'session' | 'consultation';
  practitionerId: string;
  start: Date;
  end: Date;
  status: 'scheduled' | 'attended' | 'cancelled' | 'late_cancelled' | 'no_show' | 'booked';
}

export interface ExportInput {
  bundleId: string;
  /** Where this installation serves FHIR, without a trailing slash (the entries' full URLs). */
  baseUrl: string;
  generatedAt: Date;
  patient: { id: string; displayName: string; email: string; locale: string | null };
  practitioners: { id: string; displayName: string }[];
  checkins: ExportCheckin[];
  goals: ExportGoal[];
  appointments: ExportAppointment[];
  /** Words for the parts that have no instrument behind them. */
  labels: { consultation: string; session: string; goalProgress: string; goalAgreement: string };
}

export const rapportExportUrls = {
  scoreCodes: `${rapportFhirBase}/CodeSystem/scores`,
  checkinComment: `${rapportFhirBase}/StructureDefinition/checkin-comment`,
} as const;

const ref = (type: string, id: string) => ({ reference: `${type}/${id}` });
const score = (value: number) => ({
  value,
  unit: 'score',
  system: 'http://unitsofmeasure.org',
  code: '{score}',
});
const surveyCategory = [
  {
    coding: [
      {
        system: 'http://terminology.hl7.org/CodeSystem/observation-category',
        code: 'survey',
        display: 'Survey',
      },
    ],
  },
];

/** A stable id for a resource derived from another (an Observation per score of a check-in). */
function derivedId(base: string, suffix: string): string {
  // FHIR ids: [A-Za-z0-9\-\.]{1,64}; a uuid (36) plus a short suffix fits.
  return `${base}.${suffix.replace(/[^A-Za-z0-9-]/g, '-')}`.slice(0, 64);
}

const appointmentStatus: Record<ExportAppointment['status'], string> = {
  scheduled: 'booked',
  booked: 'booked',
  attended: 'fulfilled',
  cancelled: 'cancelled',
  late_cancelled: 'cancelled',
  no_show: 'noshow',
};

const goalLifecycle: Record<ExportGoal['status'], string> = {
  active: 'active',
  achieved: 'completed',
  dropped: 'cancelled',
};

export function buildExportBundle(input: ExportInput): FhirBundle {
  const resources: FhirResource[] = [];
  const patientRef = ref('Patient', input.patient.id);

  resources.push({
    resourceType: 'Patient',
    id: input.patient.id,
    active: true,
    name: [{ text: input.patient.displayName }],
    telecom: [{ system: 'email', value: input.patient.email }],
    ...(input.patient.locale
      ? {
          communication: [
            {
              language: { coding: [{ system: 'urn:ietf:bcp:47', code: input.patient.locale }] },
              preferred: true,
            },
          ],
        }
      : {}),
  });
  for (const practitioner of input.practitioners) {
    resources.push({
      resourceType: 'Practitioner',
      id: practitioner.id,
      name: [{ text: practitioner.displayName }],
    });
  }

  for (const checkin of input.checkins) {
    resources.push({
      resourceType: 'QuestionnaireResponse',
      id: checkin.id,
      questionnaire: checkin.questionnaireUrl,
      status: 'completed',
      subject: patientRef,
      author: patientRef,
      source: patientRef,
      authored: checkin.submittedAt.toISOString(),
      ...(checkin.comment
        ? { extension: [{ url: rapportExportUrls.checkinComment, valueString: checkin.comment }] }
        : {}),
      item: Object.entries(checkin.answers).map(([linkId, value]) => ({
        linkId,
        answer: [{ valueDecimal: value }],
      })),
    });
    for (const [scaleId, value] of Object.entries(checkin.scores)) {
      resources.push({
        resourceType: 'Observation',
        id: derivedId(checkin.id, scaleId),
        status: 'final',
        category: surveyCategory,
        code: {
          coding: [
            {
              system: rapportExportUrls.scoreCodes,
              code: `${checkin.instrumentId}.${scaleId}`,
              display: checkin.scaleTitles[scaleId] ?? scaleId,
            },
          ],
          text: checkin.scaleTitles[scaleId] ?? scaleId,
        },
        subject: patientRef,
        effectiveDateTime: checkin.submittedAt.toISOString(),
        performer: [patientRef],
        valueQuantity: score(value),
        derivedFrom: [ref('QuestionnaireResponse', checkin.id)],
      });
    }
  }

  for (const goal of input.goals) {
    resources.push({
      resourceType: 'Goal',
      id: goal.id,
      lifecycleStatus: goalLifecycle[goal.status],
      ...(goal.status === 'achieved'
        ? {
            achievementStatus: {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
                  code: 'achieved',
                },
              ],
            },
          }
        : {}),
      description: { text: goal.title },
      subject: patientRef,
      startDate: goal.createdAt.toISOString().slice(0, 10),
    });
    for (const rating of goal.ratings) {
      const measures: [string, string, number | null][] = [
        ['progress', input.labels.goalProgress, rating.progress],
        ['agreement', input.labels.goalAgreement, rating.agreement],
      ];
      for (const [code, text, value] of measures) {
        if (value === null) continue;
        resources.push({
          resourceType: 'Observation',
          id: derivedId(rating.id, code),
          status: 'final',
          category: surveyCategory,
          code: {
            coding: [{ system: rapportExportUrls.scoreCodes, code: `goal.${code}`, display: text }],
            text,
          },
          subject: patientRef,
          focus: [ref('Goal', goal.id)],
          effectiveDateTime: rating.ratedAt.toISOString(),
          performer: [
            rating.raterRole === 'client' ? patientRef : ref('Practitioner', rating.raterId),
          ],
          valueQuantity: score(value),
        });
      }
    }
  }

  for (const appointment of input.appointments) {
    resources.push({
      resourceType: 'Appointment',
      id: appointment.id,
      status: appointmentStatus[appointment.status],
      serviceType: [
        {
          text:
            appointment.kind === 'consultation' ? input.labels.consultation : input.labels.session,
        },
      ],
      start: appointment.start.toISOString(),
      end: appointment.end.toISOString(),
      minutesDuration: Math.max(
        1,
        Math.round((appointment.end.getTime() - appointment.start.getTime()) / 60_000),
      ),
      participant: [
        { actor: patientRef, status: 'accepted' },
        { actor: ref('Practitioner', appointment.practitionerId), status: 'accepted' },
      ],
    });
  }

  return {
    resourceType: 'Bundle',
    id: input.bundleId,
    type: 'collection',
    timestamp: input.generatedAt.toISOString(),
    entry: resources.map((resource) => ({
      fullUrl: `${input.baseUrl}/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  };
}
