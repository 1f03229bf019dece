/**
 * Plain text from a feed field that may or may not be HTML (titles and
 * summaries are either, depending on the feed and its generator).
 */
import type { Block } from '../article.ts';
import { blocksToText, textToBlocks } from './block-text.ts';
import { htmlToBlocks } from './html-sanitizer.ts';
import { normalizeText } from '../../text/normalize.ts';

/** A tag or an entity reference: plain text rarely has either. */
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>/iu;
const ENTITY_REFERENCE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/iu;

export function looksLikeHtml(text: string): boolean {
  // A tag ends at a ">", so tags are looked for only up to the last one: past
  // it, each "<a " would look to the end of the text for a ">" that is not
  // there, and a field of them would cost the square of its length.
  return TAG.test(text.slice(0, text.lastIndexOf('>') + 1)) || ENTITY_REFERENCE.test(text);
}

/** Blocks from a field that is HTML or plain text. */
export function fieldToBlocks(field: string, baseUrl: string | null): Block[] {
  return looksLikeHtml(field) ? htmlToBlocks(field, { baseUrl }) : textToBlocks(field);
}

/** The field as one line of plain text: tags dropped, entities decoded, whitespace collapsed, NFC. */
export function fieldToLine(field: string): string {
  return normalizeText(blocksToText(fieldToBlocks(field, null)));
}
