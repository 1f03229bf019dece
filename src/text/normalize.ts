/**
 * Text normalisation shared by every stage: one Unicode form (NFC) and one
 * kind of space, so that equal text compares equal whatever the source did.
 */

/**
 * Any run of whitespace, including no-break spaces and the other Unicode
 * spaces feeds scatter through text. Zero-width joiners are not whitespace:
 * they change how Devanagari conjuncts are drawn and must survive.
 */
const WHITESPACE_RUN = /[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu;

/** Characters that never carry meaning in text a reader sees: C0/C1 controls except tab and newlines. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/** NFC, without control characters. */
export function toNfc(text: string): string {
  return text.normalize('NFC').replace(CONTROL_CHARACTERS, '');
}

/** Every whitespace run becomes one ASCII space; ends are not trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ');
}

/** NFC, whitespace collapsed to single spaces, trimmed: the form of a headline or a line. */
export function normalizeText(text: string): string {
  return collapseWhitespace(toNfc(text)).trim();
}

/**
 * A key for asking "is this the same text?" regardless of case, punctuation
 * and spacing: letters, marks and digits only, words separated by one space.
 */
export function comparisonKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}
