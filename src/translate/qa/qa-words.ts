/** Words with their offsets, for checks that report where in the output a problem sits. */

export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * Letters, combining marks and digits, joined by an inner apostrophe or hyphen
 * (`don't`, `धीरे-धीरे`): marks belong to the word, or Devanagari words would
 * break at every vowel sign.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export function wordsOf(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** A short, readable excerpt of the output for messages: one line, cut with "…" past maxChars. */
export function shortened(text: string, maxChars = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > maxChars ? `${flat.slice(0, maxChars - 1)}…` : flat;
}
