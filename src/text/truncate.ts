/**
 * Shortening text for display: at a sentence or word boundary, never inside
 * a word or a Devanagari cluster, with an ellipsis when something was cut.
 */
import { isLanguageCode } from './language-tag.ts';
import { normalizeText } from './normalize.ts';

const ELLIPSIS = '…';

/** Segments shorter than this are merged with the next ("Dr. " is not a sentence). */
const MIN_SENTENCE_CHARS = 20;

/**
 * Characters past the cut that the segmenters are shown, so that the break
 * at the cut is judged as it would be in the whole text (a combining mark
 * or a sentence's closing quote after it). Only a prefix is segmented: V8's
 * Intl.Segmenter takes time in proportion to the whole string for each
 * segment it yields, so walking a long text costs the square of its length
 * (80,000 characters: 2 s; a feed paragraph of a few MB: hours).
 */
const SEGMENT_LOOKAHEAD = 256;

/** Text cut to at most `max` characters (ellipsis included) at a word boundary. */
export function truncateAtWord(text: string, max: number): string {
  const clean = normalizeText(text);
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max);
  const lastSpace = room.lastIndexOf(' ');
  // With no space in reach (one very long word), cut between grapheme clusters instead.
  const head = lastSpace > 0 ? room.slice(0, lastSpace) : cutAtGrapheme(clean, max - 1);
  return head.replace(/[\s,;:–—-]+$/u, '') + ELLIPSIS;
}

/** The first sentence of the text, or the start of it cut at `max` characters. */
export function firstSentence(text: string, lang: string, max: number): string {
  const clean = normalizeText(text);
  // A first sentence that runs past the prefix is longer than max, and cut at max whatever follows.
  const head = clean.slice(0, max + SEGMENT_LOOKAHEAD);
  const segmenter = new Intl.Segmenter(isLanguageCode(lang) ? lang : undefined, { granularity: 'sentence' });
  let sentence = '';
  for (const { segment } of segmenter.segment(head)) {
    sentence += segment;
    if (sentence.trim().length >= MIN_SENTENCE_CHARS) break;
  }
  return truncateAtWord(sentence, max);
}

function cutAtGrapheme(text: string, max: number): string {
  const head = text.slice(0, max + SEGMENT_LOOKAHEAD);
  let out = '';
  for (const { segment, index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(head)) {
    // The prefix may end inside a cluster: its last segment counts only when the text ends there too.
    const cutShort = index + segment.length === head.length && head.length < text.length;
    if (out.length + segment.length > max || cutShort) break;
    out += segment;
  }
  return out;
}
