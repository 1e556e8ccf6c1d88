/**
 * Crisis resources: shown to a client at once whenever something they write holds risk
 * language (DESIGN.md, Signals → Comment screening). Each clinic configures its own list for
 * its region; these defaults cover Canada and the United States, where 988 answers calls and
 * texts around the clock (Canada since 30 November 2023; the US since 16 July 2022).
 */
import { z } from 'zod';

export const crisisResource = z.object({
  name: z.string().min(1).max(120),
  phone: z.string().max(40).nullable(),
  text: z.string().max(40).nullable(),
  url: z.url().max(300).nullable(),
  hours: z.string().max(80),
  region: z.string().max(80).nullable(),
});
export type CrisisResource = z.infer<typeof crisisResource>;

export const defaultCrisisResources: readonly CrisisResource[] = [
  {
    name: 'Emergency services',
    phone: '911',
    text: null,
    url: null,
    hours: '24/7',
    region: 'Canada and United States',
  },
  {
    name: '988 Suicide Crisis Helpline',
    phone: '988',
    text: '988',
    url: 'https://988.ca',
    hours: '24/7',
    region: 'Canada',
  },
  {
    name: '988 Suicide & Crisis Lifeline',
    phone: '988',
    text: '988',
    url: 'https://988lifeline.org',
    hours: '24/7',
    region: 'United States',
  },
];
