/**
 * The first held-out set, written after the lexicon was tuned on corpus.ts. Measured before any
 * change, screening found (precision / recall): withdrawal 1.000 / 0.368, confrontation
 * 1.000 / 0.429, red flag 1.000 / 0.333, risk 1.000 / 0.414 — a lexicon is precise on what it
 * has seen and misses new phrasings. The lexicon was then broadened by concept (going through
 * the motions, means safety, threats to life, French slang…) and this set joined development;
 * the next held-out set became corpus-round3.ts.
 */
import type { CorpusComment, CorpusCategory } from './corpus';
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

export const secondRound: readonly CorpusComment[] = [
  c('positive', 'Really appreciated how she slowed down when I got emotional.'),
  c('positive', "He picked up on something I didn't even say out loud."),
  c('neutral', 'We made a plan for the holidays with my in-laws.'),
  c('positive', 'I told her about my panic attack on the bus and she helped me unpack it.'),
  c('positive', 'First session with her, she seems kind.'),
  c('positive', 'We did role play and I felt awkward but it was useful.'),
  c('positive', "I noticed I'm less anxious on Sundays now."),
  c('positive', 'She gave me space to be angry without judging me.'),
  c('neutral', 'Session moved online because of snow.'),
  c('neutral', 'I brought my journal and we read some entries together.'),
  c('positive', 'I cried a lot but it felt like a release.'),
  c('neutral', 'Can I get a receipt for insurance?'),
  c('neutral', 'Talked about boundaries with my mother.'),
  c('positive', 'The silence at the start was uncomfortable but then it flowed.'),
  c('neutral', 'Not much to say this week, things are steady.'),

  c('withdrawal', 'I sort of tuned out halfway through.', W),
  c('withdrawal', "I'm wondering if another therapist would suit me better.", W),
  c('withdrawal', "I don't really feel like she cares.", W),
  c('withdrawal', 'Part of me wants to quit.', W),
  c('withdrawal', 'There were things I wanted to say but I kept them in.', W),
  c('withdrawal', "I feel like I'm just going through the motions in there.", W),
  c('withdrawal', "I'm not getting much out of our sessions lately.", W),
  c('withdrawal', "Honestly I'm tempted to cancel and not reschedule.", W),
  c('withdrawal', "I didn't bring up the thing with my brother, I chickened out.", W),
  c('withdrawal', "She probably thinks I'm doing fine, I never told her otherwise.", W),
  c('withdrawal', "Feels like she doesn't really understand my culture.", W),
  c('withdrawal', "Maybe therapy just isn't for me.", W),
  c('withdrawal', "I keep saying 'I don't know' because it's easier than explaining.", W),
  c('withdrawal', "I'd rather not come next week.", W),
  c('withdrawal', 'I think we should pause for a bit.', W),

  c(
    'confrontation',
    'She kept steering me back to my childhood when I wanted to talk about work.',
    C,
  ),
  c('confrontation', 'He seemed more interested in his notes than in me.', C),
  c('confrontation', "I'm irritated that she keeps forgetting details.", C),
  c('confrontation', 'Felt like I was being lectured again.', C),
  c('confrontation', "The mindfulness stuff just isn't for me.", C),
  c('confrontation', 'You made assumptions about me that were wrong.', C),
  c('confrontation', "She's condescending sometimes.", C),
  c('confrontation', 'I hated how she kept checking her watch.', C),
  c('confrontation', 'He blamed me for my own anxiety.', C),
  c('confrontation', 'It felt like she had already made up her mind about me.', C),
  c('confrontation', 'Pushy. Way too pushy today.', C),
  c('confrontation', "I'm paying a lot for someone who barely remembers my name.", C),

  c('red_flag', 'He messaged me on WhatsApp asking how I looked today.', F),
  c('red_flag', 'She suggested we grab a drink sometime, just as friends.', F),
  c('red_flag', "He said he'd give me a discount if I helped with his website.", F),
  c('red_flag', 'My therapist rubbed my back while I was crying.', F),
  c(
    'red_flag',
    'She told me my husband sounds like her ex and then talked about her ex for ages.',
    F,
  ),
  c('red_flag', 'He wants me to keep our sessions a secret from my psychiatrist.', F),
  c('red_flag', 'She showed up at my work.', F),
  c('red_flag', 'He said I was being a baby and that I should be ashamed.', F),
  c('red_flag', 'My counsellor wants to be friends on Facebook.', F),
  c('red_flag', 'He asked me to lie to the clinic about how many sessions we had.', F),
  c('red_flag', 'She invited me over for dinner with her family.', F),
  c('red_flag', 'He kissed my hand when I left.', F),
  c(
    'red_flag',
    "She keeps telling me I'm special and that no other client understands her like me.",
    F,
  ),

  c('risk', 'Everything would be simpler if I just stopped existing.', R),
  c('risk', "I've been scratching my arms until they bleed.", R),
  c('risk', "I don't trust myself around my meds right now.", R),
  c('risk', 'Sometimes I want to crash the car on purpose.', R),
  c('risk', 'I keep imagining how peaceful it would be to be gone.', R),
  c('risk', "My sister found my notes and thinks I'm going to kill myself.", R),
  c('risk', "I overdosed last month, and I haven't told her.", R, W),
  c('risk', 'Part of me hopes the cancer comes back.', R),
  c('risk', "I've thought about stepping in front of a bus.", R),
  c('risk', "There's no way I can keep going like this.", R),
  c('risk', "Don't know how much longer I can hold on.", R),
  c('risk', 'Been burning myself with a lighter again.', R),
  c('risk', 'I just want to sleep and not wake up.', R),
  c('risk', "My ex said he'd kill me if I left.", R),
  c('risk', 'I think about hurting the guy who assaulted me.', R),
  c('risk', "Life feels pointless and I'm so tired of it.", R),
  c('risk', "I wrote a will last night even though I'm 24.", R),
  c('risk', 'suicidal again. sorry.', R),
  c('risk', 'I want out. Of everything.', R),
  c('risk', 'I have no intention of hurting myself.', R),
  c('risk', "I'm not going to do anything stupid, don't worry.", R),

  c('french', "J'ai pensé à sauter du pont.", R),
  c('french', 'Je ne vois plus de raison de vivre.', R),
  c('french', "Des fois j'ai envie de tout arrêter, pour de bon.", R),
  c('french', "J'ai pris trop de médicaments hier.", R),
  c('french', "Elle m'a écoutée, merci."),
  c('french', "J'ai envie de me foutre en l'air.", R),

  c('negated', "I wasn't made to feel small at all."),
  c('negated', "I didn't feel like she was rushing me."),
  c('negated', 'She never once made it about herself.'),
  c('negated', "I'm not planning to quit."),
  c('negated', 'Nobody pushed me to talk before I was ready.'),
  c('negated', 'Not that it matters, but she never hugged me or anything.'),
  c('negated', "I don't feel judged there at all."),

  c('idiom', 'I could murder a burger after that session.'),
  c('idiom', "I'm so dead, I forgot my homework again."),
  c('idiom', 'That exercise nearly killed me, my legs are shaking.'),
  c('idiom', 'The wait for the appointment is killing me.'),
  c('idiom', "I laughed so hard I thought I'd die."),

  c('someone_else', 'A classmate killed himself last year and it still haunts me.', R),
  c('someone_else', 'My mum overdosed when I was a kid.', R),
  c('someone_else', 'My grandfather passed away peacefully.'),

  c('mixed', "She was late again, and honestly I'm thinking of finding someone new.", C, W),
  c('mixed', 'I felt dismissed. And he wants me to follow him on Instagram, which is weird.', C, F),
  c('mixed', 'Good session, but I held back about the self-harm.', W, R),
  c('mixed', "I didn't say anything when he touched my shoulder.", W, F),
];
