import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus, type CorpusComment } from './corpus';
import { holdout } from './corpus-holdout';
import { crisisLanguageDetected, screenComment } from './index';
import { cues } from './lexicon';
import { screeningLabels, type ScreeningLabel } from './types';

interface Score {
  label: ScreeningLabel;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Comment-level scores: did screening give the comment the label or not. */
function evaluate(comments: readonly CorpusComment[]): { scores: Score[]; misses: string[] } {
  const misses: string[] = [];
  const counts = new Map(screeningLabels.map((label) => [label, { tp: 0, fp: 0, fn: 0 }]));
  for (const comment of comments) {
    const found = new Set(screenComment(comment.text).findings.map((f) => f.label));
    for (const label of screeningLabels) {
      const count = counts.get(label);
      if (count === undefined) continue;
      const expected = comment.labels.includes(label);
      if (expected && found.has(label)) count.tp += 1;
      else if (found.has(label)) {
        count.fp += 1;
        misses.push(`FP ${label}: ${comment.text}`);
      } else if (expected) {
        count.fn += 1;
        misses.push(`FN ${label}: ${comment.text}`);
      }
    }
  }
  const scores = screeningLabels.map((label): Score => {
    const { tp, fp, fn } = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, tp, fp, fn, precision, recall, f1 };
  });
  return { scores, misses };
}

function table(
  title: string,
  comments: readonly CorpusComment[],
  scores: readonly Score[],
): string {
  const rows = scores.map(
    (s) =>
      `${s.label.padEnd(22)} ${String(s.tp + s.fn).padStart(4)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}`,
  );
  return [
    `${title} (${comments.length} comments)`,
    `${'label'.padEnd(22)} ${'pos'.padStart(4)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  prec.  recall  F1`,
    ...rows,
  ].join('\n');
}

function scoreOf(scores: readonly Score[], label: ScreeningLabel): Score {
  const score = scores.find((s) => s.label === label);
  if (score === undefined) throw new Error(`no score for ${label}`);
  return score;
}

describe('comment screening: measured quality', () => {
  const development = evaluate(corpus);
  const unseen = evaluate(holdout);

  it('prints precision, recall and F1 per label', () => {
    console.log(table('Development corpus', corpus, development.scores));
    console.log(
      table(
        'Held-out corpus (risk misses fixed after measuring, see its header)',
        holdout,
        unseen.scores,
      ),
    );
    if (development.misses.length + unseen.misses.length > 0) {
      console.log(
        ['Errors:', ...development.misses, ...unseen.misses.map((m) => `holdout ${m}`)].join('\n'),
      );
    }
    expect(corpus.length).toBeGreaterThanOrEqual(180);
  });

  it('never misses risk language', () => {
    expect(scoreOf(development.scores, 'risk').recall).toBe(1);
    // Risk misses on the held-out set are fixed as safety bugs (see corpus-holdout.ts).
    expect(scoreOf(unseen.scores, 'risk').recall).toBe(1);
    expect(scoreOf(unseen.scores, 'risk').precision).toBeGreaterThanOrEqual(0.9);
  });

  // Floors sit a little under what the lexicon achieves on the development corpus, so a
  // regression fails the build. The held-out rupture and red-flag scores are printed, not
  // asserted: they measure generalisation (about a third of unseen phrasings), and asserting
  // them would invite tuning to that set.
  it.each([
    ['rupture_withdrawal', 0.95, 0.95],
    ['rupture_confrontation', 0.95, 0.95],
    ['red_flag', 0.95, 0.95],
    ['risk', 0.95, 1],
  ] as const)('%s stays above its floors', (label, precision, recall) => {
    expect(scoreOf(development.scores, label).precision).toBeGreaterThanOrEqual(precision);
    expect(scoreOf(development.scores, label).recall).toBeGreaterThanOrEqual(recall);
  });
});

describe('screenComment', () => {
  const labelsOf = (text: string): ScreeningLabel[] =>
    screenComment(text).findings.map((f) => f.label);

  it('finds nothing in empty or blank text', () => {
    expect(screenComment('')).toEqual({ findings: [] });
    expect(screenComment(' \n\t ')).toEqual({ findings: [] });
  });

  it('quotes the whole sentence as written, with the cue that matched', () => {
    const result = screenComment(
      'Good session overall.  I felt a bit RUSHED today!\nSee you soon.',
    );
    expect(result.findings).toEqual([
      {
        label: 'rupture_confrontation',
        sentence: 'I felt a bit RUSHED today!',
        cue: 'felt_rushed',
      },
    ]);
  });

  it('keeps one finding per label and sentence, in the order written', () => {
    const result = screenComment(
      'She was dismissive and judgmental and cold. He asked me out. I want to die, I want to kill myself.',
    );
    expect(result.findings.map((f) => [f.label, f.cue])).toEqual([
      ['rupture_confrontation', 'complaint_about_therapist'],
      ['red_flag', 'romantic_or_sexual'],
      ['risk', 'kill_myself'],
    ]);
  });

  it('drops negated rupture and red-flag cues', () => {
    expect(labelsOf('I did not feel judged.')).toEqual([]);
    expect(labelsOf('I never felt dismissed.')).toEqual([]);
    expect(labelsOf("I don't want to stop.")).toEqual([]);
    expect(labelsOf('Nobody judged me.')).toEqual([]);
    expect(labelsOf('He has never touched me.')).toEqual([]);
    expect(labelsOf("I thought I'd feel judged, but I didn't.")).toEqual([]);
  });

  it('keeps a cue when the negation belongs to another clause', () => {
    expect(labelsOf("I'm not happy and I felt judged.")).toEqual(['rupture_confrontation']);
    expect(labelsOf("I didn't feel judged, but I did feel rushed.")).toEqual([
      'rupture_confrontation',
    ]);
    expect(labelsOf("I don't think she gets me.")).toEqual(['rupture_withdrawal']);
  });

  it('flags negated risk language (safety first)', () => {
    expect(labelsOf("I'm not suicidal but I think about dying a lot")).toEqual(['risk']);
    expect(labelsOf("not that I'd ever hurt myself")).toEqual(['risk']);
    expect(labelsOf('no thoughts of hurting myself this week')).toEqual(['risk']);
    // wink scopes this "not" over the whole clause; risk must not care.
    expect(labelsOf("I'm not okay and I want to die")).toEqual(['risk']);
  });

  it('does not mistake idioms for risk', () => {
    for (const idiom of [
      'I could kill for a coffee.',
      'This homework is killing me.',
      'I died laughing.',
      "I'm dead tired.",
      'That cake is to die for.',
      "I'm dying to see her again.",
      'I killed it at my interview.',
    ]) {
      expect(labelsOf(idiom), idiom).toEqual([]);
    }
    // ...but an idiom does not hide real risk next to it.
    expect(labelsOf('I died laughing at first but honestly I want to die.')).toEqual(['risk']);
  });

  it('reads French risk language, accents or not', () => {
    expect(labelsOf("J'ai envie de mourir.")).toEqual(['risk']);
    expect(labelsOf('je veux disparaitre')).toEqual(['risk']);
    expect(labelsOf('Je suis mort de rire.')).toEqual([]);
  });

  it('crisisLanguageDetected is true only with a risk finding', () => {
    expect(crisisLanguageDetected(screenComment('I want to end my life.'))).toBe(true);
    expect(crisisLanguageDetected(screenComment('I felt judged.'))).toBe(false);
    expect(crisisLanguageDetected({ findings: [] })).toBe(false);
  });

  it('screens 4,000 characters quickly', () => {
    const text = 'I felt a bit rushed today, and honestly I held back. '.repeat(80).slice(0, 4000);
    screenComment(text);
    const start = performance.now();
    for (let i = 0; i < 20; i += 1) screenComment(text);
    const perComment = (performance.now() - start) / 20;
    console.log(`4,000-character comment: ${perComment.toFixed(2)} ms`);
    // A generous bound, only to catch a runaway pattern; timings belong in bench/.
    expect(perComment).toBeLessThan(100);
  });

  it('has unique, stable cue ids', () => {
    const ids = cues.map((cue) => cue.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z_]+$/);
  });
});

describe('screenComment properties', () => {
  const words = [
    'I',
    'she',
    'felt',
    'not',
    'never',
    'want',
    'to',
    'die',
    'kill',
    'myself',
    'for',
    'a',
    'coffee',
    'judged',
    'rushed',
    'stop',
    'coming',
    'hug',
    'me',
    "don't",
    'be',
    'here',
    'anymore',
    '.',
    ',',
    '!',
    '?',
    '\n',
    '…',
    'suicide',
    'lol',
    'Je',
    'veux',
    'mourir',
    '’',
    'dont',
    'sooo',
  ];
  const wordSoup = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((w) => w.join(' '));
  const anyText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    wordSoup,
  );
  const riskPhrases = [
    'I want to die',
    'I want to kill myself',
    "I don't want to be here anymore",
    'suicide',
    'I have been cutting myself',
    "I'm not suicidal",
    'better off without me',
    'Je veux mourir',
  ];
  const neutral = [
    'We talked about work.',
    'See you next Tuesday.',
    'The room was warm.',
    'Thanks!',
  ];

  it('never throws, and every finding quotes a sentence of the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { findings } = screenComment(text);
        for (const finding of findings) {
          expect(finding.sentence.length).toBeGreaterThan(0);
          expect(text.includes(finding.sentence)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('appending unrelated neutral text never removes a risk finding', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom(...riskPhrases),
        anyText,
        fc.constantFrom(...neutral),
        (before, phrase, after, extra) => {
          const text = `${before} ${phrase} ${after}`;
          const risks = (t: string): number =>
            screenComment(t).findings.filter((f) => f.label === 'risk').length;
          expect(risks(`${text}\n\n${extra}`)).toBeGreaterThanOrEqual(risks(text));
        },
      ),
      { numRuns: 200 },
    );
  });
});
