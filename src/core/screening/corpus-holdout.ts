/**
 * Held-out comments, written for Rapport after the lexicon was last changed for ruptures and
 * red flags, and never used to tune those (same labelling decisions as corpus.ts): their
 * scores are the honest estimate on phrasings screening has not seen. corpus-round2.ts and
 * corpus-round3.ts record the earlier held-out rounds.
 *
 * Measured when written (precision / recall): withdrawal 0.875 / 0.318, confrontation
 * 0.625 / 0.278, red flag 1.000 / 0.353, risk 1.000 / 0.563. A missed risk comment is a safety
 * bug, so the 14 risk misses were then fixed in the lexicon (by concept: notes, bridges and
 * windows, bleeding out, "want it to be over", skipping insulin on purpose, "I'm not safe"…);
 * the risk row printed for this set is therefore no longer a held-out score. A later fix found
 * with other probes ("late again" now needs the therapist as subject) also removed one
 * confrontation false positive here.
 */
import type { CorpusCategory, CorpusComment } from './corpus';
import type { ScreeningLabel } from './types';

const W = 'rupture_withdrawal';
const C = 'rupture_confrontation';
const F = 'red_flag';
const R = 'risk';

const c = (category: CorpusCategory, text: string, ...labels: ScreeningLabel[]): CorpusComment => ({
  category,
  text,
  labels,
});

export const holdout: readonly CorpusComment[] = [
  c('positive', "She helped me put words to something I've felt for years."),
  c('neutral', 'Today we mostly did paperwork for my disability claim.'),
  c('positive', "I liked that she didn't rush to fix things."),
  c('positive', "Can't believe how much lighter I feel."),
  c('neutral', 'He recommended a podcast on grief.'),
  c('positive', 'My partner joined for the last ten minutes, which was helpful.'),
  c('positive', "I'm proud I went even though I didn't feel like it."),
  c('neutral', 'We rehearsed the conversation with my landlord.'),
  c('neutral', 'Running late next week, might need to start at 5:15.'),
  c('positive', 'The room was cold but the session was warm.'),
  c('positive', "She caught something in my tone I didn't even notice."),
  c('neutral', 'We talked about my fear of dying on planes.'),
  c('neutral', "My son's teacher called about his behaviour, we talked that through."),
  c('positive', 'I finally booked the dentist, small win!'),
  c('positive', 'She laughed at my joke, which felt nice.'),
  c('positive', "Honestly, I didn't want to come today, but I'm glad I did."),
  c('positive', "We did some EMDR and I'm exhausted in a good way."),
  c('positive', "He's easy to talk to."),
  c('neutral', "Talked a lot about my mum's dementia."),
  c('neutral', 'Video kept freezing but we managed.'),
  c('positive', 'I feel calmer about the court date.'),
  c('positive', 'She pointed out I always apologise, that was eye-opening.'),
  c('neutral', 'Homework this week: one walk a day.'),
  c('positive', "I'm not as scared of conflict as I used to be."),
  c('neutral', 'We covered sleep hygiene again.'),

  c('withdrawal', "I don't know if I want to keep doing this.", W),
  c('withdrawal', "Some of it I just can't say out loud to her.", W),
  c('withdrawal', "I feel like a bad client, so I don't tell her when things go wrong.", W),
  c('withdrawal', "I'm going to take a step back from therapy.", W),
  c('withdrawal', 'I sat there most of the hour not knowing what to say.', W),
  c('withdrawal', "She means well but she doesn't get it.", W),
  c('withdrawal', "I'm starting to dread our sessions.", W),
  c('withdrawal', 'I might stop booking for a while.', W),
  c('withdrawal', "I agreed to the plan just so she'd drop it.", W),
  c('withdrawal', 'I keep things surface level with her.', W),
  c('withdrawal', "I'd be fine ending things with her after this month.", W),
  c('withdrawal', "I'm not sure I trust her enough to go deeper.", W),
  c('withdrawal', 'It feels like a waste of her time and mine.', W),
  c('withdrawal', 'I feel invisible when my husband comes up.', W),
  c('withdrawal', "Honestly I think I've outgrown therapy.", W),
  c('withdrawal', "I went blank and couldn't think of anything to say.", W),
  c('withdrawal', "I'd like to try a different kind of therapist.", W),
  c('withdrawal', "I don't see this going anywhere.", W),

  c('confrontation', 'He assumed I was the problem in my marriage.', C),
  c('confrontation', 'She kept correcting how I describe my own feelings.', C),
  c('confrontation', "I'm tired of her repeating the same advice.", C),
  c('confrontation', 'The worksheets are condescending.', C),
  c('confrontation', "He didn't let me finish a single sentence.", C),
  c('confrontation', "I resent being told to 'just reframe it'.", C),
  c('confrontation', "She keeps pushing me to forgive my dad and I'm not there.", C),
  c('confrontation', "Her tone was sharp today and I didn't like it.", C),
  c('confrontation', "You keep bringing up my ex when I've said I don't want to.", C),
  c('confrontation', "Feels like she's reading off a checklist.", C),
  c('confrontation', 'I felt talked down to when I asked about medication.', C),
  c('confrontation', "He doesn't take my trauma seriously.", C),
  c('confrontation', "I'm annoyed she cancelled last minute again.", C),
  c('confrontation', "It's like she's not even in the room.", C),
  c('confrontation', 'He rolled his eyes when I mentioned astrology.', C),
  c('confrontation', "She's too quick to label everything as anxiety.", C),

  c('red_flag', 'He asked me for a ride to the airport.', F),
  c('red_flag', "She offered to meet me at a bar to 'talk more freely'.", F),
  c('red_flag', 'He told me I have beautiful eyes.', F),
  c('red_flag', 'She wants me to tell her my Instagram handle.', F),
  c(
    'red_flag',
    'He mentioned he was lonely and that I was easy to talk to, which felt strange.',
    F,
  ),
  c('red_flag', 'She told me not to mention our arrangement to the clinic.', F),
  c('red_flag', 'He stroked my hair when I was upset.', F),
  c(
    'red_flag',
    'She invested in a business my husband runs and now asks about it every session.',
    F,
  ),
  c('red_flag', "My therapist texted me 'thinking of you' at 11pm.", F),
  c('red_flag', "He said he'd stop seeing me if I didn't lose weight.", F),
  c('red_flag', 'She sometimes borrows cash from me for parking.', F),
  c('red_flag', 'He lets me pay him under the table.', F),
  c('red_flag', "She came to my daughter's birthday party.", F),
  c('red_flag', "He undid his tie and said we could be 'more relaxed' from now on.", F),
  c('red_flag', 'She told me everything about her custody battle.', F),

  c('risk', "I've thought about what I'd write in a note.", R),
  c('risk', 'I keep driving past the bridge.', R),
  c('risk', "I've been looking up how long it takes to bleed out.", R),
  c('risk', 'Sometimes I stand by the open window and think about leaning too far.', R),
  c('risk', 'Tonight feels like the night.', R),
  c('risk', "I'm so tired, I just want it to be over.", R),
  c('risk', "I've been skipping my insulin on purpose.", R),
  c('risk', "I wouldn't mind if I never woke up.", R),
  c('risk', 'I have a stash of pills in my drawer.', R),
  c('risk', "It would be better for everyone if I weren't alive.", R),
  c('risk', 'I hate myself so much I want to hurt myself.', R),
  c('risk', 'I keep imagining my kids finding me.', R),
  c('risk', 'I want to end it.', R),
  c('risk', "I've been hitting myself when I get overwhelmed.", R),
  c('risk', "Don't want to be here tomorrow.", R),
  c('risk', "I've started thinking my life insurance would help my family more than I do.", R),
  c('risk', "I'm afraid I'll snap and hurt my partner.", R),
  c('risk', "If I'm honest I don't plan on being around much longer.", R),
  c('risk', 'I just want to go to sleep forever.', R),
  c('risk', "I'm not safe.", R),
  c('risk', 'Sometimes I hold a blade to my wrist.', R),
  c('risk', 'Nobody would care if I died.', R),

  c('french', "J'ai envie de me jeter sous un train.", R),
  c('french', 'Je ne veux plus vivre comme ça.', R),
  c('french', "J'ai pensé à prendre tous mes médicaments.", R),
  c('french', 'Je me sens comme un fardeau pour tout le monde.', R),
  c('french', 'Ça ne sert à rien de continuer à vivre.', R),
  c('french', "Elle m'a vraiment aidée aujourd'hui."),
  c('french', 'Je suis morte de fatigue.'),

  c('negated', "I didn't feel dismissed this time, which is progress."),
  c('negated', 'He never pressures me.'),
  c('negated', "I'm not holding anything back anymore."),
  c('negated', 'There was zero judgement in the room.'),
  c('negated', "I wasn't rushed at all."),
  c('negated', 'I never think about hurting myself, just to be clear.', R),
  c('negated', "I don't want to die, I want to live differently.", R),
  c('idiom', "My boss is going to kill me if I'm late again."),
  c('idiom', 'I could sleep for a hundred years.'),
  c('idiom', 'That quiz nearly killed me, so hard.'),
  c('idiom', "I'd murder for a holiday right now."),
  c('idiom', 'Work is slowly killing me, haha.'),

  c('someone_else', 'My best friend attempted suicide in March.', R),
  c('someone_else', "My grandmother died last week and I'm heartbroken."),
  c('someone_else', "My son says he wants to die when he's angry.", R),

  c('mixed', "I've stopped telling her the truth, and some nights I think about ending it.", W, R),
  c('mixed', "She yelled at me and now I don't want to go back.", F, W),
  c('mixed', 'Nice chat, but the homework is a waste of time.', C),
  c('mixed', "He hugged me goodbye and I didn't say anything.", F, W),
  c('mixed', "I felt judged, and honestly I'm thinking of quitting.", C, W),
];
