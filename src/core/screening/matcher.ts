/**
 * A tiny pattern language over the token stream of one sentence (see tokens.ts), so that the
 * lexicon reads like the phrasings it stands for. A pattern is a space-separated list of:
 *
 *   word        a token whose normal form, typed form or lemma is `word` ("feel" matches felt)
 *   a|b|c       any of the alternatives; an alternative may be
 *     pre*      a prefix ("suicid*" matches suicide, suicidal, suicidally)
 *     ~word     a one-edit typo of a word of 5+ letters ("~myself" matches myslef, mysef)
 *   @NAME       a macro that expands to alternatives (MACROS below)
 *   x?          the element is optional ("to?" makes "want to? die" match "wanna die" too)
 *   a|$         an alternative may be the end of a clause: "nobody listens|$"
 *   _           any one token
 *   ..  ..N     skip 0–3 (or 0–N) tokens
 *   $           the end of the sentence or of a clause (punctuation or a line break follows)
 *
 * The first element must be a plain word element (not `_`, a gap, `$` or optional): the lexicon
 * is indexed by it, which keeps screening linear in the length of the comment.
 */
import type { Token } from './tokens';

/** Groups of words the lexicon refers to again and again. */
export const MACROS: Readonly<Record<string, string>> = {
  // The person writing about themself (with the typos people make on a phone).
  SELF: '~myself|meself|myslf|mysel',
  // Who a client means when they talk about the therapist in a post-session comment.
  THER: 'she|he|they|you|u|therapist|counsellor|counselor|psychologist|psychotherapist|psychiatrist|doctor|dr|doc|clinician',
  THEM: 'her|him|them|you|u|therapist|counsellor|counselor|psychologist|psychotherapist',
  // Other people who could come to harm.
  OTHER: 'him|her|them|someone|somebody|people|anyone|anybody|everyone|everybody|others',
  KIN: 'wife|husband|partner|boyfriend|girlfriend|ex|kid|child|son|daughter|baby|boss|mom|mum|mother|dad|father|brother|sister|roommate|flatmate|neighbour|neighbor|coworker|colleague|family|parent',
  // The therapy itself, as a subject of "isn't helping".
  THERAPY: 'it|this|therapy|session|counselling|counseling|talking|coming|treatment',
  // Techniques and homework, as targets of a complaint about the approach.
  APPROACH:
    'approach|method|technique|homework|exercise|worksheet|cbt|dbt|emdr|mindfulness|breathing|journaling|journal|tool|strategy|framework|roleplay|role-play|meditation|assignment',
};

/** Words that negate what follows; a pattern that spells one out is affirmative by design. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'never',
  'no',
  'nobody',
  'noone',
  'nothing',
  'none',
  'neither',
  'nor',
  'without',
  'hardly',
  'barely',
  'cannot',
]);

export interface WordElement {
  kind: 'word';
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  fuzzy: readonly string[];
  optional: boolean;
  /** One alternative is `$`: the element may also match the end of a clause, consuming nothing. */
  orEnd: boolean;
}
type Element = WordElement | { kind: 'any' } | { kind: 'gap'; max: number } | { kind: 'end' };

export interface Pattern {
  source: string;
  elements: readonly Element[];
  /** The pattern spells out a negation ("not feel heard"), so a negation is what it looks for. */
  negative: boolean;
}

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
  /** Tokens matched by word elements (not skipped by gaps), for the negation check. */
  hits: readonly number[];
}

function compileWord(source: string, pattern: string): WordElement {
  const optional = source.endsWith('?');
  const body = optional ? source.slice(0, -1) : source;
  const words = new Set<string>();
  const prefixes: string[] = [];
  const fuzzy: string[] = [];
  let orEnd = false;
  const expanded = body
    .replace(/@([A-Z]+)/g, (_match, name: string) => {
      const macro = MACROS[name];
      if (macro === undefined) throw new Error(`Unknown macro @${name} in "${pattern}"`);
      return macro;
    })
    .toLowerCase();
  for (const alternative of expanded.split('|')) {
    if (alternative === '') throw new Error(`Empty alternative in "${pattern}"`);
    if (alternative === '$') orEnd = true;
    else if (alternative.startsWith('~')) fuzzy.push(alternative.slice(1));
    else if (alternative.endsWith('*')) prefixes.push(alternative.slice(0, -1));
    else words.add(alternative);
    // A fuzzy word also matches exactly, through the cheaper set lookup.
    if (alternative.startsWith('~')) words.add(alternative.slice(1));
  }
  return { kind: 'word', words, prefixes, fuzzy, optional, orEnd };
}

export function compilePattern(source: string): Pattern {
  const elements: Element[] = source
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      if (part === '_') return { kind: 'any' };
      if (part === '$') return { kind: 'end' };
      if (part.startsWith('..')) {
        const max = part === '..' ? 3 : Number(part.slice(2));
        if (!Number.isInteger(max) || max < 1) throw new Error(`Bad gap "${part}" in "${source}"`);
        return { kind: 'gap', max };
      }
      return compileWord(part, source);
    });
  const first = elements[0];
  if (first === undefined || first.kind !== 'word' || first.optional || first.orEnd) {
    throw new Error(`A pattern must start with a required word: "${source}"`);
  }
  const negative = elements.some(
    (element) => element.kind === 'word' && [...element.words].some((word) => NEGATORS.has(word)),
  );
  return { source, elements, negative };
}

/** Do `a` from `i` and `b` from `j` end the same? (No slicing: this runs for every token.) */
function sameTail(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i += 1, j += 1) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Is `a` at most one edit (substitution, insertion, deletion or swap) from `b`? */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a.length < 5) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (i === a.length && i === b.length) return true;
  return (
    sameTail(a, i + 1, b, i + 1) ||
    sameTail(a, i, b, i + 1) ||
    sameTail(a, i + 1, b, i) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, i + 2, b, i + 2))
  );
}

export function acceptsToken(element: WordElement, token: Token): boolean {
  for (const form of token.forms) {
    if (element.words.has(form)) return true;
    for (const prefix of element.prefixes) if (form.startsWith(prefix)) return true;
    for (const word of element.fuzzy) if (withinOneEdit(form, word)) return true;
  }
  return false;
}

/** The clause ends after token `index - 1`: end of sentence, punctuation or a line break. */
function atClauseEnd(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  return next === undefined || next.clauseBreak;
}

/** Backtracking over the elements from `e` at token `position`; the end of the match or -1. */
function step(
  elements: readonly Element[],
  e: number,
  tokens: readonly Token[],
  position: number,
  hits: number[],
): number {
  const element = elements[e];
  if (element === undefined) return position;
  switch (element.kind) {
    case 'gap':
      for (let skip = 0; skip <= element.max && position + skip <= tokens.length; skip += 1) {
        const end = step(elements, e + 1, tokens, position + skip, hits);
        if (end >= 0) return end;
      }
      return -1;
    case 'end':
      return atClauseEnd(tokens, position) ? step(elements, e + 1, tokens, position, hits) : -1;
    case 'any':
      return position < tokens.length ? step(elements, e + 1, tokens, position + 1, hits) : -1;
    case 'word': {
      const token = tokens[position];
      if (token !== undefined && acceptsToken(element, token)) {
        hits.push(position);
        const end = step(elements, e + 1, tokens, position + 1, hits);
        if (end >= 0) return end;
        hits.pop();
      }
      if (element.orEnd && atClauseEnd(tokens, position)) {
        return step(elements, e + 1, tokens, position, hits);
      }
      return element.optional ? step(elements, e + 1, tokens, position, hits) : -1;
    }
  }
}

// Most attempts fail at once; one scratch array spares the garbage collector a short-lived one.
const scratch: number[] = [];

/** The shortest match of `pattern` that starts exactly at token `start`, if any. */
export function matchAt(
  pattern: Pattern,
  tokens: readonly Token[],
  start: number,
): Span | undefined {
  scratch.length = 0;
  const end = step(pattern.elements, 0, tokens, start, scratch);
  return end >= 0 ? { start, end, hits: [...scratch] } : undefined;
}

/** Every non-overlapping-start match of a pattern in a sentence, left to right. */
export function findAll(pattern: Pattern, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  const first = pattern.elements[0];
  if (first?.kind !== 'word') return spans;
  for (let start = 0; start < tokens.length; start += 1) {
    const token = tokens[start];
    if (token === undefined || !acceptsToken(first, token)) continue;
    const span = matchAt(pattern, tokens, start);
    if (span !== undefined) spans.push(span);
  }
  return spans;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The word sets a sentence must contain for the pattern to match anywhere in it: one per
 * required element made only of plain words (prefixes and typos cannot be looked up).
 */
export function requiredWords(pattern: Pattern): readonly ReadonlySet<string>[] {
  return pattern.elements.flatMap((element) =>
    element.kind === 'word' &&
    !element.optional &&
    !element.orEnd &&
    element.prefixes.length === 0 &&
    element.fuzzy.length === 0
      ? [element.words]
      : [],
  );
}

/** The first element of a pattern (compilePattern guarantees it is a word element). */
export function firstElement(pattern: Pattern): WordElement {
  const first = pattern.elements[0];
  if (first?.kind !== 'word') throw new Error(`Pattern without a first word: "${pattern.source}"`);
  return first;
}

/** The literal first-element words of a pattern, for indexing; undefined if it needs a scan. */
export function indexKeys(pattern: Pattern): readonly string[] | undefined {
  const first = pattern.elements[0];
  if (first?.kind !== 'word' || first.prefixes.length > 0 || first.fuzzy.length > 0) {
    return undefined;
  }
  return [...first.words];
}
