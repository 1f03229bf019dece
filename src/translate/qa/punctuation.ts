/**
 * `punctuation`: damage engines do to punctuation and careful writers do
 * not: a space before a comma or full stop (`गया .`), a full stop standing
 * alone between words (`प्रस्ताव . द्वारा`, the reference page's broken
 * sentence), a danda standing alone between words where the source has no
 * sentence break, and doubled marks (`,,` `..` `।।` `,.`).
 *
 * A space before a danda that ends a sentence (`गया ।`) is not reported: it
 * is a long-standing Hindi typing convention, found in careful human
 * translations. An ellipsis (three or more dots, or `…`) is not doubling.
 */
import { issue, type QaCheck, type QaIssue } from './qa-types.ts';

export const PUNCTUATION = 'punctuation';

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** What a clause can end on before its mark: a word, or a closing bracket or quote after one. */
const CLAUSE_END = '[\\p{L}\\p{M}\\p{N})\\]”’"\']';

/** A full stop with a space on both sides, between words. */
const STRAY_FULL_STOP = new RegExp(`(?<=${CLAUSE_END})\\s+\\.\\s+(?=${WORD_CHAR})`, 'gu');
/** A danda (or the `|` typed for one) with a space on both sides, between words. */
const LONE_DANDA = new RegExp(`(?<=${WORD_CHAR})\\s+[।|]\\s+(?=${WORD_CHAR})`, 'gu');
/** A space before a comma, or before a full stop that is not a decimal point (`.5`). */
const SPACE_BEFORE = new RegExp(`(?<=${CLAUSE_END})[ \\t\\u00a0]+(,|\\.(?!\\d))`, 'gu');
/**
 * Marks doubled (`,,` `।।` `::`), two dots that are not part of an ellipsis,
 * a clause mark before a stop (`,.` `;।`), a danda before a comma, and two
 * stops with a space between them (`. .`, `। ।`).
 */
const DOUBLED = /([,;:!?।|])\1|(?<!\.)\.\.(?!\.)|[,;:](?:[.।](?!\.)|\s+[.।](?!\.))|।[,;]|[.।]\s+[.।](?!\.)/gu;
/** Sentence breaks inside a text: a terminal mark, a space, then more words. */
const INNER_SENTENCE_BREAK = /[.!?।|۔؟]\s+(?=[\p{L}\p{N}"“'‘(])/gu;

export const checkPunctuation: QaCheck = ({ source, output }) => {
  const issues: QaIssue[] = [];
  const strayStops = new Set<number>();
  for (const match of output.matchAll(STRAY_FULL_STOP)) {
    const at = output.indexOf('.', match.index);
    strayStops.add(at);
    issues.push(issue(PUNCTUATION, { kind: 'stray-full-stop', excerpt: excerpt(output, at) }, at, at + 1));
  }
  for (const match of output.matchAll(SPACE_BEFORE)) {
    const at = match.index + match[0].length - 1;
    if (strayStops.has(at)) continue;
    const mark = match[1] === ',' ? 'comma' : 'full-stop';
    issues.push(issue(PUNCTUATION, { kind: 'space-before-mark', mark, excerpt: excerpt(output, at) }, match.index, at + 1));
  }
  issues.push(...loneDandas(source, output));
  for (const match of output.matchAll(DOUBLED)) {
    issues.push(issue(PUNCTUATION, { kind: 'doubled-punctuation', marks: match[0] }, match.index, match.index + match[0].length));
  }
  return issues;
};

/**
 * A danda between two words is a sentence break; more breaks than the source
 * has means one of them splits a sentence. The lone dandas are reported,
 * since they are the likelier culprits.
 */
function loneDandas(source: string, output: string): QaIssue[] {
  const lone = Array.from(output.matchAll(LONE_DANDA));
  if (lone.length === 0) return [];
  const extra = countMatches(output, INNER_SENTENCE_BREAK) - countMatches(source, INNER_SENTENCE_BREAK);
  return lone.slice(0, Math.max(0, extra)).map((match) => {
    const at = match.index + match[0].search(/[।|]/u);
    return issue(PUNCTUATION, { kind: 'danda-splits-sentence', excerpt: excerpt(output, at) }, at, at + 1);
  });
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Characters each side of the mark, about; the cut moves out to whole characters as readers see them. */
const EXCERPT_REACH = 12;

/**
 * The output around `at`, a dozen characters each side, cut only between
 * grapheme clusters: a cut inside one left "मंज़ूर" as "मंज़" (the vowel sign
 * dropped), or a conjunct half made. Only a window around the mark is
 * segmented, so a long output costs no more than a short one.
 */
function excerpt(text: string, at: number): string {
  const from = Math.max(0, at - 2 * EXCERPT_REACH);
  const window = text.slice(from, at + 3 * EXCERPT_REACH);
  let start = from;
  let end = from + window.length;
  for (const { index, segment } of GRAPHEMES.segment(window)) {
    const boundary = from + index;
    if (boundary <= at - EXCERPT_REACH) start = boundary;
    if (boundary + segment.length >= at + EXCERPT_REACH + 1) {
      end = boundary + segment.length;
      break;
    }
  }
  return text.slice(start, end).trim();
}
