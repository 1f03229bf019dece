/**
 * Between blocks and plain text: the article's `text` (for language
 * detection, duplicate detection and search), and blocks for feeds that give
 * only a plain-text summary.
 */
import type { Block, Inline, TableCell } from '../article.ts';
import { inlinesToText } from './inline-normalize.ts';
import { normalizeText, toNfc } from '../../text/normalize.ts';

/**
 * Paragraphs, headings, quoted paragraphs with who is quoted, lists (an item a line, an ordered
 * list's items with their numbers as the reader sees them: "1. …") and tables
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
          return [block.items.map((item, i) => (block.ordered ? `${(block.start ?? 1) + i}. ` : '') + inlinesToText(item).trim()).join('\n')];
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
