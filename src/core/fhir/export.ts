/**
 * A client's data as a FHIR R4 Bundle (type "collection"): the Patient, the Practitioners they
 * worked with (name only), a QuestionnaireResponse per check-in with its Questionnaire's
 * canonical URL, an Observation per score and per goal rating, a Goal per goal, an
 * Appointment per session and consultation, a Communication per concern the client raised and
 * per ending message they sent, and a Consent per hand-over and per supervision consent. Pure: the service gathers plain values, this shapes
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

export interface ExportConcern {
  id: string;
  /** The category in the reader's words. */
  category: string;
  text: string | null;
  /** Shared with this practitioner now (null: a private note to themselves). */
  sharedWith: string | null;
  reportedToClinic: boolean;
  createdAt: Date;
}

export interface ExportEndingMessage {
  id: string;
  practitionerId: string | null;
  /** The e-mail as the therapist received it. */
  text: string;
  sentAt: Date;
}

export interface ExportHandover {
  id: string;
  toPractitionerId: string;
  /** What the new therapist may read, in the reader's words. */
  parts: string[];
  summary: string | null;
  createdAt: Date;
  expiresAt: Date;
  withdrawnAt: Date | null;
}

export interface ExportSupervisionConsent {
  id: string;
  /** Whose supervision it covers, in words ("Clinical supervision of … with …"). */
  description: string;
  grantedAt: Date;
  withdrawnAt: Date | null;
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
  concerns: ExportConcern[];
  endingMessages: ExportEndingMessage[];
  handovers: ExportHandover[];
  supervisionConsents: ExportSupervisionConsent[];
  /** Words for the parts that have no instrument behind them. */
  labels: {
    consultation: string;
    session: string;
    goalProgress: string;
    goalAgreement: string;
    concernShared: string;
    concernPrivate: string;
    concernReported: string;
    endingMessage: string;
  };
}

export const rapportExportUrls = {
  scoreCodes: `${rapportFhirBase}/CodeSystem/scores`,
  checkinComment: `${rapportFhirBase}/StructureDefinition/checkin-comment`,
  communicationKinds: `${rapportFhirBase}/CodeSystem/communication-kinds`,
  handoverSummary: `${rapportFhirBase}/StructureDefinition/handover-summary`,
} as const;

/** Consent: a privacy consent of the patient's own, an opt-in (FHIR R4 Consent, ppc-1/ppc-2). */
const consentScope = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/consentscope',
      code: 'patient-privacy',
      display: 'Privacy Consent',
    },
  ],
};
const consentCategory = [
  { coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] },
];
const optIn = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }],
};
const recipientRole = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
      code: 'IRCP',
      display: 'information recipient',
    },
  ],
};
const kind = (code: 'concern' | 'ending-message', text: string) => [
  { coding: [{ system: rapportExportUrls.communicationKinds, code, display: text }], text },
];

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

  for (const concern of input.concerns) {
    const note = concern.reportedToClinic
      ? input.labels.concernReported
      : concern.sharedWith
        ? input.labels.concernShared
        : input.labels.concernPrivate;
    resources.push({
      resourceType: 'Communication',
      id: concern.id,
      status: 'completed',
      category: kind('concern', concern.category),
      topic: { text: concern.category },
      subject: patientRef,
      sent: concern.createdAt.toISOString(),
      sender: patientRef,
      // A private note is addressed to the client themselves.
      recipient: [concern.sharedWith ? ref('Practitioner', concern.sharedWith) : patientRef],
      ...(concern.text ? { payload: [{ contentString: concern.text }] } : {}),
      note: [{ text: note }],
    });
  }

  for (const message of input.endingMessages) {
    resources.push({
      resourceType: 'Communication',
      id: message.id,
      status: 'completed',
      category: kind('ending-message', input.labels.endingMessage),
      subject: patientRef,
      sent: message.sentAt.toISOString(),
      sender: patientRef,
      ...(message.practitionerId
        ? { recipient: [ref('Practitioner', message.practitionerId)] }
        : {}),
      payload: [{ contentString: message.text }],
    });
  }

  const active = (end: Date, withdrawn: Date | null) =>
    withdrawn === null && end.getTime() > input.generatedAt.getTime() ? 'active' : 'inactive';
  for (const handover of input.handovers) {
    resources.push({
      resourceType: 'Consent',
      id: handover.id,
      status: active(handover.expiresAt, handover.withdrawnAt),
      scope: consentScope,
      category: consentCategory,
      patient: patientRef,
      dateTime: handover.createdAt.toISOString(),
      performer: [patientRef],
      policyRule: optIn,
      ...(handover.summary
        ? { extension: [{ url: rapportExportUrls.handoverSummary, valueString: handover.summary }] }
        : {}),
      provision: {
        type: 'permit',
        period: {
          start: handover.createdAt.toISOString(),
          end: (handover.withdrawnAt ?? handover.expiresAt).toISOString(),
        },
        actor: [{ role: recipientRole, reference: ref('Practitioner', handover.toPractitionerId) }],
        // Treatment (a hand-over) or healthcare operations (supervision).
        purpose: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'TREAT' }],
        code: handover.parts.map((part) => ({ text: part })),
      },
    });
  }

  for (const consent of input.supervisionConsents) {
    const end = consent.withdrawnAt;
    resources.push({
      resourceType: 'Consent',
      id: consent.id,
      status: end === null ? 'active' : 'inactive',
      scope: consentScope,
      category: consentCategory,
      patient: patientRef,
      dateTime: consent.grantedAt.toISOString(),
      performer: [patientRef],
      policyRule: optIn,
      provision: {
        type: 'permit',
        period: {
          start: consent.grantedAt.toISOString(),
          ...(end ? { end: end.toISOString() } : {}),
        },
        // Treatment (a hand-over) or healthcare operations (supervision).
        purpose: [
          { system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'HOPERAT' },
        ],
        code: [{ text: consent.description }],
      },
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
