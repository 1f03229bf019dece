/**
 * <table> to a table block, when the table holds data. Older sites and some
 * CMS templates still lay pages out with tables; a table whose cells hold
 * paragraphs, lists or other tables is layout, and the sanitiser walks it as
 * an ordinary container instead, so its text still reads as paragraphs.
 */
import { isTag, type AnyNode, type Element } from 'domhandler';
import type { Block, TableCell } from '../article.ts';
import { inlinesFromNodes, MAX_NESTING_DEPTH, type InlineOptions } from './html-inline.ts';
import { isBlockElement, isRemoved } from './html-tags.ts';
import { hasText, normalizeInlines } from './inline-normalize.ts';

/** Spans beyond this are markup errors (or attacks on a renderer), not tables people read. */
const MAX_SPAN = 50;

/** A table larger than this is a data dump, not part of a news story: it is cut, not rendered whole. */
const MAX_ROWS = 500;
const MAX_CELLS_PER_ROW = 50;

/** Row groups whose rows are read in document order. */
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);

/** Elements a data cell may hold without the table being layout. */
const CELL_BLOCKS_ALLOWED = new Set(['p', 'br', 'div', 'span']);

/**
 * The table block, or null when the table is layout (or empty); images found
 * in cells are pushed to `images`, to follow the table as figures.
 */
export function tableFromElement(table: Element, baseUrl: string | null, images: Element[]): Block | null {
  if (isLayoutTable(table)) return null;
  const options: InlineOptions = { baseUrl, images, depth: 0 };
  const rows = tableRows(table)
    .slice(0, MAX_ROWS)
    .map((row) => rowCells(row, options))
    .filter((cells) => cells.some((cell) => hasText(cell.content)));
  if (rows.length === 0) return null;
  const caption = table.children.find((child): child is Element => isTag(child) && child.name === 'caption');
  return {
    type: 'table',
    caption: caption ? normalizeInlines(inlinesFromNodes(caption.children, options)) : [],
    rows,
  };
}

/** Declared presentational, or cells that hold structure of their own. */
export function isLayoutTable(table: Element): boolean {
  const role = table.attribs['role']?.toLowerCase();
  if (role === 'presentation' || role === 'none') return true;
  const rows = tableRows(table);
  if (rows.length === 0) return true;
  // A single column of single cells is a stack of boxes, not a table.
  if (rows.every((row) => cellsOf(row).length <= 1)) return true;
  return rows.some((row) => cellsOf(row).some((cell) => holdsStructure(cell.children, 0)));
}

function holdsStructure(nodes: readonly AnyNode[], depth: number): boolean {
  if (depth > MAX_NESTING_DEPTH) return true;
  return nodes.some((node) => {
    if (!isTag(node) || isRemoved(node)) return false;
    if (node.name === 'table') return true;
    if (isBlockElement(node.name) && !CELL_BLOCKS_ALLOWED.has(node.name)) return true;
    return holdsStructure(node.children, depth + 1);
  });
}

/** The rows of this table (not of tables nested in it), head, body and foot in document order. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (ROW_GROUPS.has(child.name)) {
      for (const row of child.children) if (isTag(row) && row.name === 'tr') rows.push(row);
    }
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((cell): cell is Element => isTag(cell) && (cell.name === 'td' || cell.name === 'th'));
}

function rowCells(row: Element, options: InlineOptions): TableCell[] {
  const inHead = row.parent !== null && isTag(row.parent) && row.parent.name === 'thead';
  return cellsOf(row)
    .slice(0, MAX_CELLS_PER_ROW)
    .map((cell) => ({
      header: inHead || cell.name === 'th',
      content: normalizeInlines(inlinesFromNodes(cell.children, options)),
      colspan: span(cell.attribs['colspan']),
      rowspan: span(cell.attribs['rowspan']),
    }));
}

function span(value: string | undefined): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed >= 1 ? Math.min(parsed, MAX_SPAN) : 1;
}
