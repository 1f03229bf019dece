/**
 * Text normalisation shared by every stage: one Unicode form (NFC) and one
 * kind of space, so that equal text compares equal whatever the source did.
 */
import { repairMojibake } from './mojibake.ts';

/**
 * One whitespace character, including no-break spaces and the other Unicode
 * spaces feeds scatter through text. Zero-width joiners are not whitespace:
 * they change how Devanagari conjuncts are drawn and must survive.
 */
const WHITESPACE = String.raw`[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]`;

/**
 * The whitespace runs that collapsing changes: a run that starts with
 * anything but an ASCII space, or a space followed by more whitespace. A lone
 * space is already collapsed, so prose with nothing else to collapse matches
 * nowhere and comes back as the same string, instead of being rebuilt space
 * by space. (`[^\S ]` is whitespace other than the space.)
 */
const WHITESPACE_TO_COLLAPSE = new RegExp(String.raw`[^\S ]${WHITESPACE}*| ${WHITESPACE}+`, 'gu');

/** Characters that never carry meaning in text a reader sees: C0/C1 controls except tab and newlines. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/**
 * A character at or above U+0300, where the combining marks begin. Every
 * character below it is its own NFC form and none combines with another
 * (UAX #15: each has NFC_Quick_Check=Yes and combining class 0), so text
 * without such a character is NFC already and need not go through ICU.
 * Most English text is. No `u` flag: code units are enough to tell, and
 * decoding code points made the test measurably slower.
 */
const MAY_NEED_NFC = /[^\u0000-\u02ff]/;

/**
 * NFC, without control characters and without mojibake. Controls go before
 * NFC: a control between a letter and its combining mark would otherwise keep
 * them from composing.
 *
 * Mojibake is repaired here, before the controls go, because the C1 controls
 * of "â€\u009d" are bytes of a "”" and must be read back with the rest. This
 * is the one function all inline text a reader sees passes through, from pages
 * and feeds alike: the text of every element (inline-normalize), headlines,
 * bylines, captions and meta tags (normalizeText), feed titles and summaries
 * (fieldToLine) and plain-text feed bodies (textToBlocks). Decoding is too
 * early: it sees whole documents, markup, scripts and URLs included, and feeds
 * and pages are decoded apart. Repairing each use would miss one.
 */
export function toNfc(text: string): string {
  const once = cleanOnce(text);
  // Composing and taking the controls out can make mojibake of what was none before: U+212B (Å) composes
  // to U+00C5, which with a soft hyphen reads as the two bytes of "ŭ", and "Ã\u0001©" loses the control
  // between its halves. A second round repairs those too, so text given back is text toNfc leaves alone.
  return once === text ? once : cleanOnce(once);
}

function cleanOnce(text: string): string {
  return composeNfc(repairMojibake(text).replace(CONTROL_CHARACTERS, ''));
}

/**
 * NFC alone, skipping ICU for text that cannot change under it. Half of a
 * surrogate pair without the other half is no character at all, and a string
 * holding one is not Unicode text (it cannot be written as UTF-8, and NFC
 * leaves it as it is). Feeds deliver them as `&#xD800;` or in JSON as
 * "\ud800"; they become U+FFFD, as a decoder does with bytes it cannot read.
 * Surrogates lie above U+02FF, so text without any is not searched for halves
 * either. (`toWellFormed` does that search natively; a regular expression for
 * it took about 6 % of `wiredesk extract`'s time over a folder of pages.)
 */
export function composeNfc(text: string): string {
  if (!MAY_NEED_NFC.test(text)) return text;
  return (text.isWellFormed() ? text : text.toWellFormed()).normalize('NFC');
}

/** Every whitespace run becomes one ASCII space; ends are not trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ');
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
