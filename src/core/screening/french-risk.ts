/**
 * A French safety net for risk language only: clinics in Québec and elsewhere in Canada see
 * comments in French, and a French comment about suicide must never go unflagged because the
 * lexicon is English. It is a short list of regular expressions over the sentence with accents,
 * case and curly apostrophes removed ("disparaître" = "disparaitre"). It does not cover ruptures
 * or red flags in French, and it errs on the side of flagging (any "en finir" is flagged).
 */

interface FrenchCue {
  id: string;
  pattern: RegExp;
}

// Verbs of wanting, thinking of or intending, before an infinitive ("j'ai envie de mourir").
const WANT = String.raw`(?:veux|voudrais|voulais|aimerais|souhaite|envie d'|envie de|pense a|penser a|pensees? de|idees? de|vais|va|reve de|prefererais|juste)`;

const frenchCues: readonly FrenchCue[] = [
  {
    id: 'fr_suicide',
    pattern:
      /\bsuicid|\bidees? noires\b|\b(?:pense|penser|pensees?|songe|songer|reve|rever)\b.{0,20}\bmort\b/,
  },
  {
    id: 'fr_kill_self',
    pattern: /\b(?:me|m'|se|te) (?:tuer|suicider|pendre|supprimer)\b|\bm'?ouvrir les veines\b/,
  },
  {
    id: 'fr_want_to_die',
    // "mourir de rire", "crever de faim" and the like are idioms, not risk.
    pattern: new RegExp(
      String.raw`\b(?:mour+ir|crever)\b(?!\s+(?:de|d')\s*(?:rire|faim|chaud|froid|ennui|honte|envie|fatigue|soif|peur))|` +
        String.raw`\b${WANT}\s+(?:\S+\s+)?etre morte?s?\b|\bmieux morte?\b`,
    ),
  },
  {
    id: 'fr_not_wake_up',
    pattern: /\bne (?:plus|jamais|pas) me reveiller\b|\bjamais me reveiller\b/,
  },
  {
    id: 'fr_end_it',
    pattern:
      /\ben finir\b|\btout arreter\b|\barreter de vivre\b|\bfoutre en l'air\b|\bme flinguer\b|\bme jeter (?:sous|du|d'un|par)\b|\bmettre fin a (?:mes jours|ma vie|tout)\b|\ben terminer avec la vie\b/,
  },
  {
    id: 'fr_self_harm',
    pattern:
      /\bme (?:faire|fais|fait|suis fait|suis faite) du mal\b|\bme (?:couper|coupe|coupais|scarifier|scarifie|bruler|brule|blesser|blesse|mutiler|frapper)\b|\bscarifi|\bauto-?mutil|\bme suis (?:blessee?|coupee?|brulee?|frappee?) (?:expres|volontairement|encore)\b|\bexpres\b.{0,20}\bmal\b/,
  },
  {
    id: 'fr_disappear',
    pattern: new RegExp(
      String.raw`\b${WANT}\s+(?:\S+\s+)?disparaitre\b|\bdisparaitre pour (?:toujours|de bon)\b`,
    ),
  },
  {
    id: 'fr_no_will_to_live',
    pattern:
      /\b(?:plus|pas|aucune) (?:\S+ )?envie de vivre\b|\b(?:veux|voudrais) plus (?:etre la|etre ici|etre en vie|vivre|exister)\b|\b(?:plus de|aucune|pas de) raison de vivre\b|\bla vie ne vaut (?:pas|plus)\b|\bpas la peine de vivre\b|\bmieux sans moi\b|\bfardeau\b|\b(?:sert a rien|pas la peine|inutile) de (?:continuer a )?vivre\b|\bpersonne ne (?:me )?(?:regretterait|remarquerait)\b|\bn?'?en peux plus\b/,
  },
  {
    id: 'fr_plan_means',
    pattern:
      /\boverdose\b|\b(?:pris|prendre|avale|avaler) (?:trop|tous|toutes|plein|une boite) (?:de |d')?(?:mes |les )?(?:medicaments|pilules|comprimes|cachets)\b|\bsauter (?:du|d'un|d'une|par|sous|devant)\b|\bavaler (?:toutes |tous )?(?:mes|les|des) (?:pilules|medicaments|comprimes)\b/,
  },
  {
    id: 'fr_harm_others',
    pattern:
      /\b(?:envie de|veux|vais) (?:le|la|les|lui) (?:tuer|frapper|blesser)\b|\btuer quelqu'un\b/,
  },
];

/** Lower case, no accents, straight apostrophes, single spaces. */
export function foldFrench(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/gu, "'")
    .replace(/\s+/gu, ' ');
}

/**
 * The first French risk cue in a sentence, with where it starts. Folding can shift offsets
 * (a removed accent, a collapsed space), so the index is only a position for ordering.
 */
export function frenchRiskCue(sentence: string): { id: string; index: number } | undefined {
  const folded = foldFrench(sentence);
  let best: { id: string; index: number } | undefined;
  for (const { id, pattern } of frenchCues) {
    const match = pattern.exec(folded);
    if (match !== null && (best === undefined || match.index < best.index)) {
      best = { id, index: Math.min(match.index, sentence.length) };
    }
  }
  return best;
}
