/**
 * `repetition`: an engine caught in a loop repeats a word or a phrase
 * (`के लिए के लिए के लिए`). Reported: a word three or more times in a row, a
 * phrase of two to MAX_PHRASE_WORDS words twice or more in a row, and a
 * phrase of three or more words that recurs MAX_SCATTERED_REPEATS times
 * anywhere. A word twice in a row is not reported: Hindi doubles words as
 * grammar (`धीरे धीरे`, `बार बार`, `अलग अलग`). Nothing is reported when the
 * source repeats itself the same way (a quotation of a chant, say).
 */
import { issue, type QaCheck } from './qa-types.ts';
import { shortened, wordsOf, type Word } from './qa-words.ts';

export const REPETITION = 'repetition';

/** Longest phrase looked for; loops longer than this still repeat each shorter window. */
const MAX_PHRASE_WORDS = 6;
/** A single word this many times in a row is a loop, not reduplication. */
const MIN_WORD_REPEATS = 3;
/** A multi-word phrase this many times in a row. */
const MIN_PHRASE_REPEATS = 2;
/** Length of phrases counted wherever they occur, and how often they may occur. */
const SCATTERED_PHRASE_WORDS = 4;
const MAX_SCATTERED_REPEATS = 3;

interface Repeat {
  start: number;
  end: number;
  unit: string;
}

/**
 * A phrase that comes back once across a bracket or a quotation mark is
 * usually two clauses (`(… होता है) होता है`), not a loop; a third turn is a
 * loop whatever stands between.
 */
const CLAUSE_GAP = /[()[\]{}"“”'‘’«»]/u;

interface Tokens {
  words: Word[];
  /** Lower-cased words, compared for repeats. */
  keys: string[];
  /** clauseGap[i]: a bracket or quote stands between word i - 1 and word i. */
  clauseGap: boolean[];
}

export const checkRepeatedNgrams: QaCheck = ({ source, output }) => {
  if (findRepeats(tokensOf(source)).length > 0) return [];
  return findRepeats(tokensOf(output)).map((repeat) =>
    issue(REPETITION, { kind: 'repetition', unit: shortened(repeat.unit), text: shortened(output.slice(repeat.start, repeat.end), 60) }, repeat.start, repeat.end),
  );
};

function tokensOf(text: string): Tokens {
  const words = wordsOf(text);
  return {
    words,
    keys: words.map((word) => word.text.toLowerCase()),
    clauseGap: words.map((word, i) => i > 0 && CLAUSE_GAP.test(text.slice(words[i - 1]!.end, word.start))),
  };
}

function findRepeats(tokens: Tokens): Repeat[] {
  const consecutive = findConsecutive(tokens);
  return consecutive.length > 0 ? consecutive : findScattered(tokens);
}

/** The first run of each kind found, left to right; a loop is reported once. */
function findConsecutive(tokens: Tokens): Repeat[] {
  const { words, keys } = tokens;
  const found: Repeat[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let size = 1; size <= MAX_PHRASE_WORDS && i + 2 * size <= keys.length; size++) {
      const times = repeatsAt(tokens, i, size);
      if (times < (size === 1 ? MIN_WORD_REPEATS : MIN_PHRASE_REPEATS)) continue;
      const last = words[i + times * size - 1]!;
      found.push({ start: words[i]!.start, end: last.end, unit: keys.slice(i, i + size).join(' ') });
      i += times * size - 1;
      break;
    }
  }
  return found;
}

/** How many times the `size` words at `start` occur back to back. */
function repeatsAt({ keys, clauseGap }: Tokens, start: number, size: number): number {
  let times = 1;
  for (let at = start + size; at + size <= keys.length; at += size) {
    for (let k = 0; k < size; k++) if (keys[at + k] !== keys[start + k]) return checkedTurns(times, clauseGap[start + size]);
    times++;
  }
  return checkedTurns(times, clauseGap[start + size]);
}

function checkedTurns(times: number, acrossClauses: boolean | undefined): number {
  return times === 2 && acrossClauses ? 1 : times;
}

function findScattered({ words, keys }: Tokens): Repeat[] {
  const seen = new Map<string, number[]>();
  for (let i = 0; i + SCATTERED_PHRASE_WORDS <= keys.length; i++) {
    const key = keys.slice(i, i + SCATTERED_PHRASE_WORDS).join(' ');
    const starts = seen.get(key) ?? [];
    starts.push(i);
    seen.set(key, starts);
    if (starts.length === MAX_SCATTERED_REPEATS) {
      const end = words[i + SCATTERED_PHRASE_WORDS - 1]!.end;
      return [{ start: words[starts[0]!]!.start, end, unit: key }];
    }
  }
  return [];
}
