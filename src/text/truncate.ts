/**
 * Shortening text for display: at a sentence or word boundary, never inside
 * a word or a Devanagari cluster, with an ellipsis when something was cut.
 */
import { isLanguageCode } from './language-tag.ts';
import { normalizeText } from './normalize.ts';

const ELLIPSIS = '…';

/** Segments shorter than this are merged with the next ("Dr. " is not a sentence). */
const MIN_SENTENCE_CHARS = 20;

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
  const segmenter = new Intl.Segmenter(isLanguageCode(lang) ? lang : undefined, { granularity: 'sentence' });
  let sentence = '';
  for (const { segment } of segmenter.segment(clean)) {
    sentence += segment;
    if (sentence.trim().length >= MIN_SENTENCE_CHARS) break;
  }
  return truncateAtWord(sentence, max);
}

function cutAtGrapheme(text: string, max: number): string {
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}
