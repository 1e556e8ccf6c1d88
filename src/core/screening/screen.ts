/**
 * Comment screening (DESIGN.md, Signals → Comment screening): finds the sentences of a client's
 * free-text comment that speak of a rupture, a boundary violation or risk, on this server,
 * with wink-nlp and Rapport's own lexicon. Nothing leaves the process.
 */
import type { ScreeningFinding, ScreeningLabel, ScreeningResult } from './types';
import { cues, type Cue } from './lexicon';
import { riskIdioms } from './lexicon-risk';
import { frenchRiskCue } from './french-risk';
import {
  acceptsToken,
  compilePattern,
  findAll,
  firstElement,
  indexKeys,
  matchAt,
  requiredWords,
  overlaps,
  type Pattern,
  type Span,
} from './matcher';
import { readSentences, type Sentence, type Token } from './tokens';

interface CompiledCue {
  cue: Cue;
  unless: readonly Pattern[];
  /** Risk is screened whatever the negation (see `negationPolicy` below). */
  negationBlind: boolean;
}

interface Entry {
  id: number;
  cue: CompiledCue;
  pattern: Pattern;
  /** Words the sentence must contain (one of each set) before the pattern is worth trying. */
  required: readonly ReadonlySet<string>[];
}

interface Lexicon {
  byFirstWord: Map<string, Entry[]>;
  /** Patterns whose first word is a prefix or a typo, tried at every token. */
  scanned: Entry[];
  idioms: readonly Pattern[];
}

/**
 * Negation policy. Rupture and red-flag cues are dropped when negated ("I did not feel judged",
 * "he has never touched me"). Risk cues are never dropped for a negation, and "I'm not suicidal
 * but…", "not that I'd ever hurt myself", "no thoughts of hurting myself this week" are all
 * flagged, for three reasons: wink's negation scope runs to the end of a clause, so "I'm not
 * okay and I want to die" reads as negated; a client who brings up suicide or self-harm
 * unprompted in a comment about therapy is telling the therapist something, even as a denial,
 * and a clinician would follow it up; and a needless crisis panel costs far less than a missed
 * crisis. Only idioms ("I could kill for a coffee") and other senses of a word are excluded,
 * by phrase, never by negation.
 */
const negationPolicy = (cue: Cue): boolean => cue.label === 'risk';

let compiled: Lexicon | undefined;

function lexicon(): Lexicon {
  if (compiled !== undefined) return compiled;
  const byFirstWord = new Map<string, Entry[]>();
  const scanned: Entry[] = [];
  let id = 0;
  for (const cue of cues) {
    const compiledCue: CompiledCue = {
      cue,
      unless: (cue.unless ?? []).map(compilePattern),
      negationBlind: negationPolicy(cue),
    };
    for (const source of cue.patterns) {
      const pattern = compilePattern(source);
      const entry: Entry = {
        id: id++,
        cue: compiledCue,
        pattern,
        required: requiredWords(pattern),
      };
      const keys = indexKeys(entry.pattern);
      if (keys === undefined) scanned.push(entry);
      else for (const key of keys) byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), entry]);
    }
  }
  compiled = { byFirstWord, scanned, idioms: riskIdioms.map(compilePattern) };
  return compiled;
}

/** Words that start a new clause, past which a negation no longer reaches. */
const CLAUSE_STARTERS = new Set([
  'but',
  'though',
  'although',
  'however',
  'yet',
  'because',
  'so',
  'while',
  'whereas',
  'until',
  'unless',
  'except',
  'since',
  'then',
  'when',
  'whenever',
  'after',
  'before',
  'who',
  'which',
]);
const SUBJECTS = new Set(['i', 'she', 'he', 'they', 'we', 'you', 'it', 'my', 'her', 'his']);
/** How far back a negation reaches: "at no point did I feel judged" is five tokens. */
const NEGATION_WINDOW = 6;

function startsClause(tokens: readonly Token[], k: number): boolean {
  const head = tokens[k]?.forms[0] ?? '';
  if (CLAUSE_STARTERS.has(head)) return true;
  // "I'm not happy and I felt judged": "and" + a new subject is a new clause.
  return (head === 'and' || head === 'or') && SUBJECTS.has(tokens[k + 1]?.forms[0] ?? '');
}

/**
 * Is the token at `hit` negated? wink scopes negation to the end of the clause; we also need
 * the negation close by and in the same clause, so "I'm not happy and I felt judged" still
 * counts as feeling judged.
 */
function negatedAt(tokens: readonly Token[], hit: number): boolean {
  const target = tokens[hit];
  if (target === undefined) return false;
  for (let k = hit - 1; k >= 0 && hit - k <= NEGATION_WINDOW; k -= 1) {
    const token = tokens[k];
    if (token === undefined || tokens[k + 1]?.clauseBreak === true || startsClause(tokens, k)) {
      return false;
    }
    // "When I said no, he got cold": an answer, not a negation of what follows.
    if (token.forms[0] === 'no' && SUBJECTS.has(tokens[k + 1]?.forms[0] ?? '')) continue;
    if (token.negator === 'extra') return true;
    if (token.negator === 'wink') return target.negated;
  }
  return false;
}

/** "I thought I'd feel judged, but I didn't.": a denial that comes after the fact. */
const ellipticDenial = compilePattern(
  'but|though|although i|she|he|they|it|we|you do|be|have|would|could|will not $',
);

function isNegated(tokens: readonly Token[], span: Span, denials: readonly Span[]): boolean {
  return (
    span.hits.some((hit) => negatedAt(tokens, hit)) ||
    denials.some((denial) => denial.start >= span.end)
  );
}

interface Candidate {
  label: ScreeningLabel;
  cue: string;
  strength: number;
  position: number;
}

function screenSentence(sentence: Sentence, found: Candidate[]): void {
  const { byFirstWord, scanned, idioms } = lexicon();
  const { tokens } = sentence;
  const unlessSpans = new Map<CompiledCue, Span[]>();
  let idiomSpans: Span[] | undefined;
  let denials: Span[] | undefined;

  const consider = (entry: Entry, span: Span): void => {
    const { cue } = entry.cue;
    let blockers = unlessSpans.get(entry.cue);
    if (blockers === undefined) {
      blockers = entry.cue.unless.flatMap((pattern) => findAll(pattern, tokens));
      unlessSpans.set(entry.cue, blockers);
    }
    if (cue.label === 'risk') {
      idiomSpans ??= idioms.flatMap((pattern) => findAll(pattern, tokens));
      if (idiomSpans.some((idiom) => overlaps(idiom, span))) return;
    }
    if (blockers.some((blocker) => overlaps(blocker, span))) return;
    if (!entry.cue.negationBlind && !entry.pattern.negative) {
      denials ??= findAll(ellipticDenial, tokens);
      if (isNegated(tokens, span, denials)) return;
    }
    found.push({
      label: cue.label,
      cue: cue.id,
      strength: cue.strength ?? 1,
      position: tokens[span.start]?.start ?? sentence.start,
    });
  };

  // Every form in the sentence, so that a pattern whose words are not all there is skipped.
  const present = new Set<string>();
  for (const token of tokens) for (const form of token.forms) present.add(form);
  const viable = new Map<number, boolean>();
  const isViable = (entry: Entry): boolean => {
    let known = viable.get(entry.id);
    if (known === undefined) {
      known = entry.required.every((words) => {
        for (const word of words) if (present.has(word)) return true;
        return false;
      });
      viable.set(entry.id, known);
    }
    return known;
  };

  // A token's forms (normal, lemma…) can index the same pattern twice: try it once.
  const tried = new Set<number>();
  tokens.forEach((token, start) => {
    tried.clear();
    for (const form of token.forms) {
      for (const entry of byFirstWord.get(form) ?? []) {
        if (tried.has(entry.id)) continue;
        tried.add(entry.id);
        if (!isViable(entry)) continue;
        const span = matchAt(entry.pattern, tokens, start);
        if (span !== undefined) consider(entry, span);
      }
    }
  });
  if (scanned.length > 0) {
    tokens.forEach((token, start) => {
      for (const entry of scanned) {
        if (!acceptsToken(firstElement(entry.pattern), token)) continue;
        const span = matchAt(entry.pattern, tokens, start);
        if (span !== undefined) consider(entry, span);
      }
    });
  }

  const french = frenchRiskCue(sentence.text);
  if (french !== undefined) {
    found.push({
      label: 'risk',
      cue: french.id,
      strength: 1,
      position: sentence.start + french.index,
    });
  }
}

/**
 * Screen a client's comment. At most one finding per label and sentence (the strongest cue,
 * then the earliest), in the order the sentences were written.
 */
export function screenComment(text: string): ScreeningResult {
  if (typeof text !== 'string' || text.trim() === '') return { findings: [] };
  const findings: (ScreeningFinding & { position: number })[] = [];
  for (const sentence of readSentences(text)) {
    const found: Candidate[] = [];
    screenSentence(sentence, found);
    const best = new Map<ScreeningLabel, Candidate>();
    for (const candidate of found) {
      const kept = best.get(candidate.label);
      const better =
        kept === undefined ||
        candidate.strength > kept.strength ||
        (candidate.strength === kept.strength && candidate.position < kept.position);
      if (better) best.set(candidate.label, candidate);
    }
    for (const { label, cue, position } of best.values()) {
      findings.push({ label, sentence: sentence.text, cue, position });
    }
  }
  findings.sort((a, b) => a.position - b.position);
  return { findings: findings.map(({ label, sentence, cue }) => ({ label, sentence, cue })) };
}

/** True when the comment contains risk language: show crisis resources at once. */
export function crisisLanguageDetected(result: ScreeningResult): boolean {
  return result.findings.some((finding) => finding.label === 'risk');
}
