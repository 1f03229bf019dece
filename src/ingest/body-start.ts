/**
 * The first characters of a body a source sent instead of a feed (an error
 * page, a login wall, HTML), kept with the source's last error so that the
 * desk and `wiredesk sources list` can show what the server actually said.
 * It quotes the server: the public API never shows it.
 */

/** Enough to tell "<!DOCTYPE html><title>Log in" from "Service Unavailable" from a JSON error, short enough for a table cell. */
export const ERROR_BODY_START_CHARS = 40;

/**
 * Bytes read from an error answer to find those characters: a character as
 * a reader sees it (a Devanagari conjunct with its vowel sign, an emoji with
 * its modifier) takes up to a dozen or so UTF-8 bytes, and leading blank lines
 * and indentation are skipped.
 */
export const ERROR_BODY_PEEK_BYTES = 1024;

/** Whitespace, and characters a terminal or a table cell should not receive raw: each run reads as one space. */
const BLANK_OR_CONTROL = /[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFD]+/gu;

const GRAPHEMES = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Decodes as UTF-8 (a wrong guess shows as a few replacement characters,
 * which are dropped), collapses whitespace and control characters into single
 * spaces and keeps the first ERROR_BODY_START_CHARS characters as a reader
 * counts them (grapheme clusters: "सेवा" is two, not four; no surrogate half or
 * lone vowel sign is left). Null for an empty or blank body.
 */
export function bodyStart(body: Uint8Array | string): string | null {
  const text = typeof body === 'string' ? body : new TextDecoder('utf-8', { fatal: false }).decode(body.subarray(0, ERROR_BODY_PEEK_BYTES));
  const flat = text.replace(BLANK_OR_CONTROL, ' ').trim();
  if (flat === '') return null;
  const kept: string[] = [];
  for (const { segment } of GRAPHEMES.segment(flat)) {
    if (kept.push(segment) === ERROR_BODY_START_CHARS) break;
  }
  return kept.join('');
}
