/**
 * Guidance on the concern form ("something feels off", DESIGN.md, Client 6): for each category, a
 * label and a few example words for raising it in the next session. A boundary concern gets a note
 * first: the client does not have to raise it with the therapist at all.
 */
import type { guideEn } from '../i18n/guide.en';

export type GuideMessageKey = keyof typeof guideEn;

/** The categories of `POST /concerns` (DESIGN.md, API contract). */
export const concernCategories = [
  'felt_judged',
  'felt_dismissed',
  'goals',
  'approach',
  'practical',
  'boundary',
  'other',
] as const;
export type ConcernCategory = (typeof concernCategories)[number];

export interface ConcernGuidance {
  readonly category: ConcernCategory;
  readonly labelKey: GuideMessageKey;
  /** Shown before the suggestions, when there is something the client should know first. */
  readonly noteKey?: GuideMessageKey;
  readonly howToSayKeys: readonly GuideMessageKey[];
}

/** The line above the suggestions. */
export const concernHowToSayHeadingKey = 'concern.howToSay.heading' satisfies GuideMessageKey;

export const concernGuidance = {
  felt_judged: {
    category: 'felt_judged',
    labelKey: 'concern.category.felt_judged',
    howToSayKeys: [
      'concern.howToSay.felt_judged.1',
      'concern.howToSay.felt_judged.2',
      'concern.howToSay.felt_judged.3',
    ],
  },
  felt_dismissed: {
    category: 'felt_dismissed',
    labelKey: 'concern.category.felt_dismissed',
    howToSayKeys: [
      'concern.howToSay.felt_dismissed.1',
      'concern.howToSay.felt_dismissed.2',
      'concern.howToSay.felt_dismissed.3',
    ],
  },
  goals: {
    category: 'goals',
    labelKey: 'concern.category.goals',
    howToSayKeys: ['concern.howToSay.goals.1', 'concern.howToSay.goals.2'],
  },
  approach: {
    category: 'approach',
    labelKey: 'concern.category.approach',
    howToSayKeys: [
      'concern.howToSay.approach.1',
      'concern.howToSay.approach.2',
      'concern.howToSay.approach.3',
    ],
  },
  practical: {
    category: 'practical',
    labelKey: 'concern.category.practical',
    howToSayKeys: [
      'concern.howToSay.practical.1',
      'concern.howToSay.practical.2',
      'concern.howToSay.practical.3',
    ],
  },
  boundary: {
    category: 'boundary',
    labelKey: 'concern.category.boundary',
    noteKey: 'concern.note.boundary',
    howToSayKeys: ['concern.howToSay.boundary.1', 'concern.howToSay.boundary.2'],
  },
  other: {
    category: 'other',
    labelKey: 'concern.category.other',
    howToSayKeys: ['concern.howToSay.other.1', 'concern.howToSay.other.2'],
  },
} as const satisfies { readonly [C in ConcernCategory]: ConcernGuidance & { category: C } };
