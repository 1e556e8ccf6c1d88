/**
 * The words in the demo: check-in comments and goal titles, written for this demo. Most
 * check-ins carry no comment; the everyday ones below are deliberately free of the markers that
 * comment screening looks for, so that only the story comments raise a flag.
 */

export const everydayComments = {
  en: [
    'The breathing exercise helped more than I expected.',
    'Hard week, but it felt good to say it out loud.',
    'I liked that we slowed down today.',
    'Talking about my dad was difficult. Glad we did it.',
    'The worksheet is on my fridge now.',
    'Not much to add this week.',
    'Thanks for remembering what I said last time.',
    'Useful to plan ahead for the holidays.',
    'Tired today, but I showed up.',
    'I noticed I was kinder to myself on Tuesday.',
    'Good to laugh a little in there.',
    'The hour went fast today.',
    'The homework was harder than it looked.',
    'I slept better after our last talk.',
    'Practised saying no once. It worked!',
    'A quiet session, which was what I needed.',
    'Writing things down before coming in made a difference.',
    'I want to keep working on the morning routine.',
  ],
  fr: [
    'Séance utile, merci.',
    "Semaine chargée, mais ça m'a fait du bien d'en parler.",
    "J'ai essayé l'exercice de respiration, ça aide un peu.",
    'Rien de particulier à ajouter.',
    "C'était bien d'aborder enfin le sujet du travail.",
    "J'ai mieux dormi cette semaine.",
  ],
} as const;

/** The comments that carry a story; each is what comment screening is meant to notice. */
export const storyComments = {
  ruptureDrop:
    "I felt judged when you called my plans 'avoidance'. I went quiet in the room, but it really stung.",
  ruptureRepair: 'Thank you for asking about last week. It helped to talk it through.',
  risk: 'Some nights I wonder if everyone would be better off without me.',
  riskLead: "Work has been relentless and I can't switch off at night.",
  withdrawal: "I'm not sure this is helping, maybe I should stop coming.",
  boundary:
    'At the end, my therapist suggested we meet for a drink some evening, outside of our sessions. I said maybe, but it made me uneasy.',
  earlyFirst: 'Nervous at first, but it got easier to talk as we went.',
  earlyThird: 'I think this could be a good fit.',
  ended: 'Thank you for everything. I feel ready for this next part.',
  disagreement: 'We covered a lot today.',
} as const;

export const goalTitles = {
  sleep: 'Sleep through the night on most weeknights',
  speakUp: 'Speak up in team meetings',
  applications: 'Send out two job applications a week',
  limits: 'Set limits with my mother without it turning into a fight',
  cooking: 'Cook at home three evenings a week',
  family: 'Feel at ease at family gatherings',
  running: 'Get back to running twice a week',
} as const;
