/**
 * The people of the demo clinic: fictional names, profiles written for this demo. Every e-mail
 * is on the reserved .example domain (RFC 2606), so no message can ever reach a real person.
 */
import type { StoryKey } from './stories';

export const demoPassword = 'rapport-demo-2026';
export const demoDomain = 'harbourside.example';
export const demoClinicName = 'Harbourside Counselling (demo)';

export interface DemoPerson {
  displayName: string;
  locale: 'fr' | null;
  timeZone: string;
}

/** Weekly hours offered for free consultations, on the therapist's own clock. */
export interface DemoHours {
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
  /** "HH:MM" */
  from: string;
  until: string;
}

export interface DemoTherapist extends DemoPerson {
  /** When new clients can book a free 15-minute consultation, in `timeZone`. */
  consultationHours: DemoHours[];
  bio: string;
  approaches: string[];
  concerns: string[];
  languages: string[];
  modes: ('in_person' | 'online')[];
  region: string;
  feeMin: number;
  feeMax: number;
  slidingScale: boolean;
  yearsPractice: number;
  characteristics: Record<string, string | boolean>;
  verified: boolean;
}

export interface DemoClient extends DemoPerson {
  story: StoryKey;
  /** Index into demoTherapists. */
  therapist: number;
  /** The story in a sentence, printed with the sign-in. */
  summary: string;
}

export const demoAdmin: DemoPerson = {
  displayName: 'Priya Raman',
  locale: null,
  timeZone: 'America/Toronto',
};

export const demoTherapists: readonly DemoTherapist[] = [
  {
    displayName: 'Maya Okafor',
    locale: null,
    timeZone: 'America/Toronto',
    // Mornings only (browser tests expect Maya's consultations within 09:00–12:00 Toronto).
    consultationHours: [
      { weekdays: [1, 3, 4], from: '09:00', until: '11:00' },
      { weekdays: [5], from: '10:00', until: '12:00' },
    ],
    bio: "I work with people who feel stretched thin — by worry, by low mood, by jobs that ask for everything. Together we look at the patterns that keep you stuck and try small, practical experiments between sessions. I'll be straight with you, and I hope you'll be straight with me: if something in our work isn't landing, I want to hear it.",
    approaches: ['cbt', 'act'],
    concerns: ['anxiety', 'depression', 'burnout', 'relationships'],
    languages: ['en'],
    modes: ['in_person', 'online'],
    region: 'Ontario',
    feeMin: 120,
    feeMax: 160,
    slidingScale: true,
    yearsPractice: 11,
    characteristics: {
      gender: 'woman',
      pronouns: 'she/her',
      ageGroup: '40s',
      lgbtqPositive: true,
      neurodiversityAffirming: false,
    },
    verified: true,
  },
  {
    displayName: 'Julien Marchand',
    locale: 'fr',
    timeZone: 'Europe/Paris',
    consultationHours: [
      { weekdays: [1, 2, 4], from: '14:00', until: '16:00' },
      { weekdays: [6], from: '10:00', until: '11:30' },
    ],
    bio: 'Grief and old wounds have a way of turning up in the present. My work is psychodynamic: we take the time to notice what repeats and where it comes from, at a pace that feels safe, and I offer EMDR when trauma needs a more focused approach. Je consulte en français comme en anglais.',
    approaches: ['psychodynamic', 'emdr'],
    concerns: ['trauma', 'grief', 'identity', 'depression'],
    languages: ['fr', 'en'],
    modes: ['in_person', 'online'],
    region: 'Île-de-France',
    feeMin: 90,
    feeMax: 130,
    slidingScale: false,
    yearsPractice: 18,
    characteristics: {
      gender: 'man',
      pronouns: 'he/him',
      ageGroup: '50s',
      lgbtqPositive: true,
      neurodiversityAffirming: false,
    },
    verified: true,
  },
  {
    displayName: 'Sofía Castillo',
    locale: null,
    timeZone: 'America/Vancouver',
    consultationHours: [
      { weekdays: [1, 3], from: '16:00', until: '18:30' },
      { weekdays: [6], from: '09:30', until: '11:30' },
    ],
    bio: "Before I trained as a therapist I was a nurse, and I still believe in meeting people exactly where they are. I draw on DBT skills for intense emotions and EMDR for trauma, in Spanish or in English. Eating concerns, questions of identity and family strain are all welcome here — you don't need to have the right words yet.",
    approaches: ['dbt', 'emdr', 'person_centred'],
    concerns: ['trauma', 'eating', 'identity', 'relationships', 'anxiety'],
    languages: ['es', 'en'],
    modes: ['in_person', 'online'],
    region: 'British Columbia',
    feeMin: 110,
    feeMax: 150,
    slidingScale: true,
    yearsPractice: 8,
    characteristics: {
      gender: 'woman',
      pronouns: 'she/her',
      ageGroup: '40s',
      lgbtqPositive: true,
      neurodiversityAffirming: true,
    },
    verified: true,
  },
  {
    displayName: 'Samuel Mensah',
    locale: null,
    timeZone: 'America/Halifax',
    consultationHours: [
      { weekdays: [2, 4], from: '12:00', until: '13:30' },
      { weekdays: [5], from: '08:30', until: '10:00' },
    ],
    bio: "I'm a person-centred counsellor: you set the direction and I follow closely, with curiosity and without judgement. Many of the people I see are finding their way through burnout, a change in a relationship, or a loss they haven't had room to grieve. Sessions are online, so you can join from wherever you feel most at ease.",
    approaches: ['person_centred', 'act'],
    concerns: ['burnout', 'relationships', 'grief', 'depression'],
    languages: ['en'],
    modes: ['online'],
    region: 'Nova Scotia',
    feeMin: 80,
    feeMax: 120,
    slidingScale: true,
    yearsPractice: 3,
    characteristics: {
      gender: 'man',
      pronouns: 'he/him',
      ageGroup: '30s',
      lgbtqPositive: true,
      neurodiversityAffirming: true,
    },
    // A newer member of the clinic whose credentials the administrator has yet to check.
    verified: false,
  },
];

const [maya, julien, sofia, samuel] = [0, 1, 2, 3] as const;

function client(
  displayName: string,
  therapist: number,
  story: StoryKey,
  summary: string,
  locale: 'fr' | null = null,
  timeZone?: string,
): DemoClient {
  const zone = timeZone ?? demoTherapists[therapist]?.timeZone ?? 'UTC';
  return { displayName, therapist, story, summary, locale, timeZone: zone };
}

export const demoClients: readonly DemoClient[] = [
  client(
    'Noor Haddad',
    maya,
    'stable',
    'Stable, strong alliance (9.3–9.8) and a reliable improvement in well-being that crosses the cutoff.',
  ),
  client(
    "Liam O'Connell",
    maya,
    'rupture_repair',
    'Rupture and repair: a sharp drop after a remark that stung, back to baseline two sessions later.',
  ),
  client(
    'Hana Kobayashi',
    maya,
    'flat_ticking',
    'Flat ticking: the same answers three check-ins in a row, no comment, after varied ones.',
  ),
  client(
    'Mateo Rossi',
    maya,
    'consulting',
    'Consulting: met for a free consultation, still deciding whether to start.',
  ),
  client(
    'Camille Fontaine',
    julien,
    'slow_decline',
    'Slow decline: the alliance slips a little every session over the last six (French-speaking).',
    'fr',
    'Europe/Paris',
  ),
  client(
    'Tomasz Nowak',
    julien,
    'not_on_track',
    'Not on track: the alliance is good, but well-being is flat to worse after three months.',
  ),
  client(
    'Aisha Bello',
    julien,
    'boundary',
    'Red flag: the therapist suggested meeting for a drink outside sessions.',
    null,
    'Europe/London',
  ),
  client(
    'Grace Lindqvist',
    julien,
    'goal_gap',
    'Goals out of step: client and therapist rate progress on one goal 3+ points apart.',
    null,
    'Europe/Stockholm',
  ),
  client(
    'Diego Alvarez',
    sofia,
    'missed_sessions',
    'Missed sessions: several recent cancellations and no-shows.',
  ),
  client(
    'Ellie Brennan',
    sofia,
    'risk_comment',
    'Risk language: a comment with passive thoughts of not being here (urgent).',
  ),
  client(
    'Wei Chen',
    sofia,
    'early',
    'Early days: three sessions in, the "is this a good fit?" phase.',
  ),
  client(
    'Fatima Benali',
    sofia,
    'steady',
    'Steady: a good alliance and gradual, real progress; nothing to flag.',
  ),
  client(
    'Marcus Reid',
    samuel,
    'disagreement',
    'Different views: the therapist rates the relationship 2.5+ points higher than the client.',
    null,
    'America/Toronto',
  ),
  client(
    'Ana Sousa',
    samuel,
    'withdrawal',
    'Withdrawal: "I\'m not sure this is helping, maybe I should stop coming."',
  ),
  client(
    'Ravi Patel',
    samuel,
    'ended',
    'Ended: a planned ending after the goals were reached.',
    null,
    'America/Toronto',
  ),
];

/** "Sofía Castillo" → "sofia.castillo@harbourside.example" */
export function demoEmail(displayName: string): string {
  const local = displayName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z\s-]/g, '')
    .trim()
    .split(/\s+/)
    .join('.');
  return `${local}@${demoDomain}`;
}
