/**
 * From free text to sentences of tokens, with wink-nlp doing the linguistics: sentence
 * boundaries, tokens, normal forms (lower case, "n't" → "not"), lemmas and negation scope.
 * On top of that we only add what wink leaves to the caller: the offsets of each sentence in
 * the text as written (so the flag quotes the client's own words), chat spellings wink does not
 * split ("DONT", "wanna", "kms"), elongations ("sooooo") and clause boundaries.
 */
import winkNLP, { type ItemSentence, type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { NEGATORS } from './matcher';

export interface Token {
  /** Normal form first, then the lemma and spelling variants; all lower case. */
  forms: readonly string[];
  /** wink's negationFlag: the token lies in the scope of a negation. */
  negated: boolean;
  /**
   * The token is itself a negation: 'wink' when wink's model scopes it (not, never, no…),
   * 'extra' when wink does not (nobody, nothing, an expanded "DONT") and only our window counts.
   */
  negator: 'wink' | 'extra' | undefined;
  /** A clause boundary (punctuation, line break, emoji) lies between the previous token and this. */
  clauseBreak: boolean;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** The sentence exactly as written: always `text.slice(start, end)`. */
  text: string;
  tokens: Token[];
}

let nlp: WinkMethods | undefined;

/** The model takes tens of milliseconds to load: do it on first use, once per process. */
function engine(): WinkMethods {
  // Sentence boundaries, negation and part of speech (which the lemmatiser needs); named
  // entities and sentiment are not used, so they are left out of the pipe.
  nlp ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return nlp;
}

/** wink does not split these (or splits them into forms our lexicon cannot see). */
const EXPANSIONS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  wanna: [['want'], ['to']],
  gonna: [['going', 'go'], ['to']],
  gotta: [['got', 'get'], ['to']],
  "i'm": [['i'], ['am', 'be']],
  im: [['i'], ['am', 'be']],
  ima: [['i'], ['am', 'be'], ['going', 'go'], ['to']],
  imma: [['i'], ['am', 'be'], ['going', 'go'], ['to']],
  dont: [['do'], ['not']],
  cannot: [['can'], ['not']],
  cant: [['can'], ['not']],
  wont: [['will'], ['not']],
  didnt: [['did', 'do'], ['not']],
  doesnt: [['does', 'do'], ['not']],
  isnt: [['is', 'be'], ['not']],
  wasnt: [['was', 'be'], ['not']],
  idk: [['i'], ['do'], ['not'], ['know']],
  kms: [['kill'], ['myself']],
  kys: [['kill'], ['yourself']],
  selfharm: [['self'], ['harm']],
  selfharming: [['self'], ['harming', 'harm']],
  thats: [['that'], ['is', 'be']],
  u: [['you']],
  ur: [['your', 'you']],
  ppl: [['people']],
  bc: [['because']],
  cuz: [['because']],
  coz: [['because']],
  noone: [['nobody']],
};

/** Negations wink's model does not scope (it ignores "nobody" and "nothing"). */
const EXTRA_NEGATORS = new Set(['nobody', 'nothing', 'none', 'noone']);

const BREAKING_PUNCTUATION = new Set([
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '…',
  '...',
  '(',
  ')',
  '[',
  ']',
  '"',
  '“',
  '”',
  '—',
  '–',
  '/',
]);

/** "soooo" → "soo" and "so"; "killl" → "kill" and "kil": people stretch words for emphasis. */
function elongationVariants(form: string): string[] {
  if (!/(.)\1\1/u.test(form)) return [];
  return [form.replace(/(.)\1{2,}/gu, '$1$1'), form.replace(/(.)\1{2,}/gu, '$1')];
}

/**
 * Every spelling a pattern may name: wink's normal form first, then the word as typed (wink
 * normalises "through" to "thru"), without a trailing period (wink reads a sentence-final
 * "in." as an abbreviation), the lemma, and de-elongated variants.
 */
function formsOf(normal: string, typed: string, lemma: string): string[] {
  const forms = new Set([normal, typed, typed.replace(/\.+$/u, ''), lemma]);
  for (const variant of elongationVariants(normal)) forms.add(variant);
  forms.delete('');
  return [...forms];
}

function negatorKind(normal: string): Token['negator'] {
  if (EXTRA_NEGATORS.has(normal)) return 'extra';
  return NEGATORS.has(normal) ? 'wink' : undefined;
}

/** Locate every wink token in the original text, so sentences can be quoted as written. */
function locate(text: string, values: readonly string[]): { start: number; end: number }[] {
  let cursor = 0;
  return values.map((value) => {
    const at = value === '' ? -1 : text.indexOf(value, cursor);
    if (at < 0) return { start: cursor, end: cursor };
    cursor = at + value.length;
    return { start: at, end: cursor };
  });
}

export function readSentences(text: string): Sentence[] {
  const nlp = engine();
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  /* eslint-disable @typescript-eslint/unbound-method --
     wink's `its` helpers are stateless, and out() recognises them by reference: a wrapping
     arrow function would silently fall back to its.value. */
  const { its } = nlp;
  const values = all.out(its.value).map(String);
  const normals = all.out(its.normal).map((v) => String(v).replace(/[’‘`´]/gu, "'"));
  // wink's typings leave out that a lemma takes the model's add-ons, which out() passes itself.
  const lemma = its.lemma as ItsFunction<string>;
  const lemmas = all.out(lemma).map((v) => String(v).replace(/[’‘`´]/gu, "'"));
  const types = all.out(its.type).map(String);
  const negated = all.out(its.negationFlag).map((v) => v === true);
  const spaces = all.out(its.precedingSpaces).map(String);
  /* eslint-enable @typescript-eslint/unbound-method */
  const places = locate(text, values);

  const sentences: Sentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const own = sentence.tokens();
    const count = own.length();
    if (count === 0) return;
    const first = own.itemAt(0).index();
    const last = own.itemAt(count - 1).index();
    const tokens: Token[] = [];
    let pendingBreak = false;
    // The quoted sentence runs from its first to its last visible token (no stray line breaks).
    let start = -1;
    let end = -1;
    for (let i = first; i <= last; i += 1) {
      const type = types[i] ?? '';
      const value = values[i] ?? '';
      const place = places[i] ?? { start: 0, end: 0 };
      if (type !== 'tabCRLF' && place.end > place.start) {
        if (start < 0) start = place.start;
        end = place.end;
      }
      if (
        type === 'punctuation' ||
        type === 'tabCRLF' ||
        type === 'emoji' ||
        type === 'emoticon' ||
        type === 'symbol'
      ) {
        // A hyphen inside a word ("self-harm") joins; anything else ends the clause.
        const joins =
          (value === '-' || value === "'") &&
          (spaces[i] ?? '') === '' &&
          (spaces[i + 1] ?? '') === '';
        if (
          !joins &&
          (type !== 'punctuation' || BREAKING_PUNCTUATION.has(value) || value === '-')
        ) {
          pendingBreak = true;
        }
        continue;
      }
      const normal = normals[i] ?? '';
      const expansion = EXPANSIONS[normal];
      const typed = value.toLowerCase().replace(/[’‘`´]/gu, "'");
      const parts = expansion ?? [formsOf(normal, typed, lemmas[i] ?? '')];
      for (const forms of parts) {
        const head = forms[0] ?? '';
        tokens.push({
          forms,
          negated: negated[i] ?? false,
          // A "not" we split out of "DONT" was never seen by wink, so only our window counts.
          negator: expansion !== undefined && NEGATORS.has(head) ? 'extra' : negatorKind(head),
          clauseBreak: pendingBreak,
          start: place.start,
          end: place.end,
        });
        pendingBreak = false;
      }
    }
    if (start < 0) return;
    sentences.push({ start, end, text: text.slice(start, end), tokens });
  });
  return sentences;
}
