/**
 * Cuts a block's text into sentences for the engine (Intl.Segmenter, UAX #29
 * sentence boundaries), so that one garbled sentence holds back one sentence
 * and a translation memory can reuse sentences. Joining the pieces gives the
 * text back exactly, whitespace included.
 *
 * Two corrections to the Unicode rules: a break never falls inside a
 * placeholder (`⟦2⟧`; the segmenter sees `.⟦` as an ending), and a full stop
 * after a common abbreviation or an initial (`Mr.`, `Dr.`, `J.`) does not end
 * a sentence; ICU can suppress those, but Intl.Segmenter offers no switch.
 */

/** Titles and abbreviations a news sentence commonly runs through, lower-case, without the full stop. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'rep', 'sen',
  'gov', 'pres', 'rev', 'hon', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'mt', 'ft',
]);

/** The word before a final full stop: `Dr.`, `U.S.`, `J.` (an initial). */
const WORD_BEFORE_STOP = /(?:^|[\s(“"'‘])((?:\p{L}\.)*\p{L}+)\.\s*$/u;
const PLACEHOLDER = /⟦\d*⟧?/gu;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** The sentences of `text`, each with its trailing whitespace; `join('')` is the text. */
export function sentenceSegments(text: string, lang: string): string[] {
  const ranges = placeholderRanges(text);
  const breaks = [...segmenterFor(lang).segment(text)]
    .map((s) => s.index)
    .filter((i) => i > 0)
    .map((at) => outsidePlaceholders(text, at, ranges));
  const kept = [...new Set(breaks)].filter((at, i, all) => at < text.length && !endsWithAbbreviation(text.slice(all[i - 1] ?? 0, at)));
  const pieces: string[] = [];
  let start = 0;
  for (const at of kept) {
    pieces.push(text.slice(start, at));
    start = at;
  }
  pieces.push(text.slice(start));
  return pieces.filter((piece) => piece !== '');
}

function placeholderRanges(text: string): [number, number][] {
  return Array.from(text.matchAll(PLACEHOLDER), (m) => [m.index, m.index + m[0].length]);
}

/** A break inside `⟦2⟧` moves past it and the spaces after it: the closing placeholder ends the sentence it closes. */
function outsidePlaceholders(text: string, at: number, ranges: [number, number][]): number {
  const range = ranges.find(([start, end]) => at > start && at < end);
  if (!range) return at;
  let end = range[1];
  while (end < text.length && /\s/u.test(text[end]!)) end++;
  return end;
}

function endsWithAbbreviation(sentence: string): boolean {
  const word = WORD_BEFORE_STOP.exec(sentence)?.[1];
  if (!word) return false;
  // An initial (`J.`) or a dotted abbreviation (`U.S.`) is never the end of a
  // sentence in news copy often enough to be worth the break.
  if (word.length === 1 || word.includes('.')) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
