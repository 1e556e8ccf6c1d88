/**
 * The red-flags guide for clients (DESIGN.md, Client 6): what a good therapy relationship looks
 * like, what a red flag looks like, and what to do about each. Data only: the page renders the
 * sections in order and turns each action into a link.
 */
import type { Locale } from '../i18n';
import { guideEn } from '../i18n/guide.en';
import { guideFr } from '../i18n/guide.fr';
import type { GuideMessageKey } from './concerns';

/** What the page links an action to: the concern form, finding a new therapist, reporting, crisis. */
export const guideActionKinds = [
  'raise_concern',
  'switch_therapist',
  'report_boundary',
  'crisis',
] as const;
export type GuideActionKind = (typeof guideActionKinds)[number];

export interface GuideAction {
  readonly kind: GuideActionKind;
  readonly labelKey: GuideMessageKey;
}

const action = (kind: GuideActionKind): GuideAction => ({
  kind,
  labelKey: `guide.action.${kind}`,
});

export const redFlags = [
  'feelings_dismissed',
  'judged_or_shamed',
  'talks_about_themselves',
  'boundary_violation',
  'persistently_unheard',
] as const;
export type RedFlag = (typeof redFlags)[number];

/** The kinds of boundary violation the guide names (see the `boundary_violation` section's list). */
export const boundaryViolations = [
  'romantic_or_sexual',
  'meeting_socially',
  'money_or_business',
  'secrecy',
  'social_media',
] as const;
export type BoundaryViolation = (typeof boundaryViolations)[number];

export type GuideSectionId =
  | 'good_relationship'
  | 'early_sessions'
  | 'red_flags'
  | RedFlag
  | 'raising_it'
  | 'something_feels_off'
  | 'switching'
  | 'crisis';

export interface GuideSection {
  readonly id: GuideSectionId;
  /** `red_flag` for a section about one red flag (its id is the red flag). */
  readonly kind: 'info' | 'red_flag';
  readonly titleKey: GuideMessageKey;
  /** Paragraphs before the list (all of them when there is no list). */
  readonly paragraphKeys: readonly GuideMessageKey[];
  readonly listKeys?: readonly GuideMessageKey[];
  /** Where each list item leads, when the items name other sections (same order as `listKeys`). */
  readonly listLinks?: readonly GuideSectionId[];
  /** Paragraphs after the list. */
  readonly afterListKeys?: readonly GuideMessageKey[];
  /** Example words for saying it in a session, shown under "You could say:". */
  readonly sayKeys?: readonly GuideMessageKey[];
  readonly actions: readonly GuideAction[];
}

const speakUp = [action('raise_concern'), action('switch_therapist')];

// Flückiger et al. (2018): the alliance predicts outcome across methods (r ≈ .28, 295 studies).
// Bordin (1979): bond, agreement on goals, agreement on tasks.
// Eubanks, Muran & Safran (2018): ruptures that are talked through go with better outcome.
const good: GuideSection = {
  id: 'good_relationship',
  kind: 'info',
  titleKey: 'guide.good.title',
  paragraphKeys: ['guide.good.p.1'],
  listKeys: [
    'guide.good.list.1',
    'guide.good.list.2',
    'guide.good.list.3',
    'guide.good.list.4',
    'guide.good.list.5',
    'guide.good.list.6',
  ],
  afterListKeys: ['guide.good.p.2'],
  actions: [],
};

// Horvath & Symonds (1991): the alliance as rated by session 3 or so already predicts outcome.
const early: GuideSection = {
  id: 'early_sessions',
  kind: 'info',
  titleKey: 'guide.early.title',
  paragraphKeys: ['guide.early.p.1', 'guide.early.p.2', 'guide.early.p.3'],
  actions: [action('raise_concern')],
};

const overview: GuideSection = {
  id: 'red_flags',
  kind: 'info',
  titleKey: 'guide.redFlags.title',
  paragraphKeys: ['guide.redFlags.p.1'],
  listKeys: [
    'guide.redFlags.list.1',
    'guide.redFlags.list.2',
    'guide.redFlags.list.3',
    'guide.redFlags.list.4',
    'guide.redFlags.list.5',
  ],
  listLinks: redFlags,
  afterListKeys: ['guide.redFlags.p.2'],
  actions: [],
};

const dismissed: GuideSection = {
  id: 'feelings_dismissed',
  kind: 'red_flag',
  titleKey: 'guide.dismissed.title',
  paragraphKeys: ['guide.dismissed.p.1', 'guide.dismissed.p.2'],
  sayKeys: ['concern.howToSay.felt_dismissed.1', 'concern.howToSay.felt_dismissed.2'],
  actions: speakUp,
};

const judged: GuideSection = {
  id: 'judged_or_shamed',
  kind: 'red_flag',
  titleKey: 'guide.judged.title',
  paragraphKeys: ['guide.judged.p.1', 'guide.judged.p.2'],
  sayKeys: ['concern.howToSay.felt_judged.1', 'concern.howToSay.felt_judged.3'],
  actions: speakUp,
};

// Hill, Knox & Pinto (2018): therapist self-disclosure helps when rare, brief and about the client.
const selfFocus: GuideSection = {
  id: 'talks_about_themselves',
  kind: 'red_flag',
  titleKey: 'guide.selfFocus.title',
  paragraphKeys: ['guide.selfFocus.p.1', 'guide.selfFocus.p.2'],
  sayKeys: ['guide.selfFocus.say.1', 'guide.selfFocus.say.2'],
  actions: speakUp,
};

const boundaryListKeys = {
  romantic_or_sexual: 'guide.boundary.list.romantic_or_sexual',
  meeting_socially: 'guide.boundary.list.meeting_socially',
  money_or_business: 'guide.boundary.list.money_or_business',
  secrecy: 'guide.boundary.list.secrecy',
  social_media: 'guide.boundary.list.social_media',
} as const satisfies Record<BoundaryViolation, GuideMessageKey>;

// No "say it in session" words here on purpose: the client owes the therapist no conversation.
const boundary: GuideSection = {
  id: 'boundary_violation',
  kind: 'red_flag',
  titleKey: 'guide.boundary.title',
  paragraphKeys: ['guide.boundary.p.1'],
  listKeys: boundaryViolations.map((violation) => boundaryListKeys[violation]),
  afterListKeys: ['guide.boundary.p.2', 'guide.boundary.p.3', 'guide.boundary.p.4'],
  actions: [action('report_boundary'), action('switch_therapist'), action('crisis')],
};

// Swift & Greenberg (2012): about 1 in 5 clients drop out; many leave without saying why.
const unheard: GuideSection = {
  id: 'persistently_unheard',
  kind: 'red_flag',
  titleKey: 'guide.unheard.title',
  paragraphKeys: ['guide.unheard.p.1', 'guide.unheard.p.2'],
  sayKeys: ['guide.unheard.say.1', 'guide.unheard.say.2'],
  actions: speakUp,
};

const raising: GuideSection = {
  id: 'raising_it',
  kind: 'info',
  titleKey: 'guide.raise.title',
  paragraphKeys: ['guide.raise.p.1'],
  listKeys: [
    'guide.raise.list.1',
    'guide.raise.list.2',
    'guide.raise.list.3',
    'guide.raise.list.4',
  ],
  afterListKeys: ['guide.raise.p.2'],
  actions: [action('raise_concern')],
};

const concern: GuideSection = {
  id: 'something_feels_off',
  kind: 'info',
  titleKey: 'guide.concern.title',
  paragraphKeys: ['guide.concern.p.1', 'guide.concern.p.2'],
  actions: [action('raise_concern')],
};

const switching: GuideSection = {
  id: 'switching',
  kind: 'info',
  titleKey: 'guide.switch.title',
  paragraphKeys: ['guide.switch.p.1', 'guide.switch.p.2', 'guide.switch.p.3'],
  actions: [action('switch_therapist')],
};

const crisis: GuideSection = {
  id: 'crisis',
  kind: 'info',
  titleKey: 'guide.crisis.title',
  paragraphKeys: ['guide.crisis.p.1', 'guide.crisis.p.2', 'guide.crisis.p.3'],
  actions: [action('crisis')],
};

export const guide = {
  titleKey: 'guide.title',
  leadKey: 'guide.lead',
  sayHeadingKey: 'guide.youCouldSay',
  sections: [
    good,
    early,
    overview,
    dismissed,
    judged,
    selfFocus,
    boundary,
    unheard,
    raising,
    concern,
    switching,
    crisis,
  ],
} as const satisfies {
  titleKey: GuideMessageKey;
  leadKey: GuideMessageKey;
  sayHeadingKey: GuideMessageKey;
  sections: readonly GuideSection[];
};

/** Every key the guide refers to, in page order (for tests and for preloading text). */
export function guideKeys(): GuideMessageKey[] {
  return [
    guide.titleKey,
    guide.leadKey,
    guide.sayHeadingKey,
    ...guide.sections.flatMap((section: GuideSection) => [
      section.titleKey,
      ...section.paragraphKeys,
      ...(section.listKeys ?? []),
      ...(section.afterListKeys ?? []),
      ...(section.sayKeys ?? []),
      ...section.actions.map((a) => a.labelKey),
    ]),
  ];
}

export const guideCatalogues = { en: guideEn, fr: guideFr } as const satisfies Record<
  Locale,
  Readonly<Record<GuideMessageKey, string>>
>;
