/**
 * A reader's search box text as terms to match: folded like the index's text
 * (search-fold.ts), cut into the index's words, each Latin word with the
 * roman key a Devanagari word of the same sound has. Punctuation and the
 * syntax of any full-text engine (`"`, `*`, `NEAR`, `-`, `(`, `:`) are not
 * letters, so they never reach the engine as anything but word breaks; a
 * word like NEAR is just a word.
 */
import { devanagariRomanKey, foldForSearch, isDevanagariWord, romanKey, searchTokens } from './search-fold.ts';

/**
 * Longest query read, in characters: a search box question is a few words,
 * and every term costs the engine a lookup. Longer text is cut here and the
 * reader told so.
 */
export const MAX_QUERY_CHARS = 200;
/** Most terms matched: every one must match, so more would only find less. */
export const MAX_TERMS = 12;

export interface SearchTerm {
  /** The word folded as the index holds it. */
  text: string;
  /** For a Latin word, its roman key, matched against the romanised Devanagari words; else null. */
  roman: string | null;
}

export interface ParsedQuery {
  terms: SearchTerm[];
  /** The query was longer than MAX_QUERY_CHARS characters or MAX_TERMS words; the rest was ignored. */
  truncated: boolean;
}

export interface ParseOptions {
  /** Match Latin words against the romanised Devanagari too (default true). */
  romanised?: boolean;
}

export function parseSearchQuery(query: string, options: ParseOptions = {}): ParsedQuery {
  const characters = Array.from(query);
  const cut = characters.length > MAX_QUERY_CHARS;
  // A word cut in half by the limit is left out rather than searched as half a word.
  const kept = cut ? characters.slice(0, MAX_QUERY_CHARS).join('').replace(/[\p{L}\p{N}\p{M}\p{Co}]+$/u, '') : query;
  const words = [...new Set(searchTokens(foldForSearch(kept)))];
  const terms = words.slice(0, MAX_TERMS).map((text) => ({
    text,
    roman: options.romanised === false || isDevanagariWord(text) ? null : romanKey(text) || null,
  }));
  return { terms, truncated: cut || words.length > MAX_TERMS };
}

/**
 * Whether a word of a text is one the term found, for highlighting: the same
 * folded word, a word of the same English stem (approximated by a long
 * shared beginning, as the engines' stemmers cut only endings), or a
 * Devanagari word whose roman key is the term's.
 */
export function wordMatchesTerm(word: string, term: SearchTerm): boolean {
  const folded = foldForSearch(word);
  if (folded === term.text) return true;
  if (isDevanagariWord(folded)) return term.roman !== null && devanagariRomanKey(folded) === term.roman;
  return sameStem(folded, term.text);
}

/** Shortest word compared by its beginning; shorter words must be equal. */
const MIN_STEM = 4;
/** Letters a stemmer may cut from an English word's end (-ing, -ed, -ions…). */
const MAX_ENDING = 3;

function sameStem(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < MIN_STEM) return false;
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  return shared >= Math.max(MIN_STEM, Math.max(a.length, b.length) - MAX_ENDING);
}
