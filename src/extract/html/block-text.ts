/**
 * Between blocks and plain text: the article's `text` (for language
 * detection, duplicate detection and search), and blocks for feeds that give
 * only a plain-text summary.
 */
import type { Block, Inline, TableCell } from '../article.ts';
import { inlinesToText } from './inline-normalize.ts';
import { listItemPlaces, type ListBlock } from '../list-outline.ts';
import { normalizeText, toNfc } from '../../text/normalize.ts';

/**
 * Paragraphs, headings, quoted paragraphs with who is quoted, lists (an item a line, an ordered
 * list's items with their numbers as the reader sees them: "1. …", a nested list's items
 * indented under their item and numbered within their own list) and tables
 * (a row a line, cells separated by " | "), each
 * separated by a blank line. Figures are left out: a caption describes a
 * picture, it is not part of the story's prose.
 */
export function blocksToText(blocks: Block[]): string {
  return blocks
    .flatMap((block): string[] => {
      switch (block.type) {
        case 'paragraph':
        case 'heading':
          return [inlinesToText(block.content)];
        case 'quote':
          return [...block.paragraphs.map(inlinesToText), ...(block.cite && !BARE_URL.test(block.cite) ? [block.cite] : [])];
        case 'list':
          return [listText(block)];
        case 'table':
          return [tableText(block.caption, block.rows)];
        case 'figure':
          return [];
      }
    })
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .join('\n\n');
}

/** A quote's cite that is only an address (from `<blockquote cite>`): the page does not show it. */
const BARE_URL = /^https?:\/\/\S+$/u;

/** Indentation of a nested list's items in plain text, per level. */
const LIST_INDENT = '  ';

function listText(list: ListBlock): string {
  const places = listItemPlaces(list);
  return list.items
    .map((item, i) => {
      const { depth, number } = places[i]!;
      return LIST_INDENT.repeat(depth) + (number === null ? '' : `${number}. `) + inlinesToText(item).trim();
    })
    .join('\n');
}

function tableText(caption: Inline[], rows: TableCell[][]): string {
  const lines = rows.map((row) => row.map((cell) => inlinesToText(cell.content).trim()).join(' | '));
  const title = inlinesToText(caption).trim();
  return (title ? [title, ...lines] : lines).join('\n');
}

/**
 * Plain text to paragraphs: a blank line separates paragraphs; a single line
 * break inside one is taken as wrapping, not as meaning.
 */
export function textToBlocks(text: string): Block[] {
  return toNfc(text)
    .split(/\r?\n[^\S\n]*(?:\r?\n\s*)+/u)
    .map(normalizeText)
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => ({ type: 'paragraph', content: [{ kind: 'text', text: paragraph }] }));
}
