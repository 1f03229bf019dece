/**
 * Blocks written back as plain HTML, to feed the sanitiser its own output and
 * check that a second pass changes nothing. The site's renderer is not used
 * for this: it renumbers headings for the page's outline and shows only
 * stored images, both on purpose, so its HTML is not the blocks' own form.
 */
import type { Block, Inline, TableCell } from '../../src/extract/article.ts';
import { listNumbers, listTrees, type ListTree } from '../../src/extract/list-outline.ts';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inlinesHtml(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
          return escape(inline.text);
        case 'break':
          return '<br>';
        case 'link':
          return `<a href="${escape(inline.href)}">${inlinesHtml(inline.children)}</a>`;
        default:
          return `<${inline.kind}>${inlinesHtml(inline.children)}</${inline.kind}>`;
      }
    })
    .join('');
}

function cellHtml(cell: TableCell): string {
  const tag = cell.header ? 'th' : 'td';
  return `<${tag} colspan="${cell.colspan}" rowspan="${cell.rowspan}">${inlinesHtml(cell.content)}</${tag}>`;
}

/** A list with its numbers and the lists nested in its items, as HTML writes them. */
function listHtml(list: ListTree): string {
  const { start, values } = listNumbers(list);
  const items = list.items.map((item, i) => {
    const value = values[i] === undefined ? '' : ` value="${values[i]}"`;
    return `<li${value}>${inlinesHtml(item.content)}${item.lists.map(listHtml).join('')}</li>`;
  });
  return list.ordered ? `<ol${start === 1 ? '' : ` start="${start}"`}>${items.join('')}</ol>` : `<ul>${items.join('')}</ul>`;
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlinesHtml(block.content)}</p>`;
    case 'heading':
      return `<h${block.level}>${inlinesHtml(block.content)}</h${block.level}>`;
    case 'quote': {
      const cite = block.cite === null ? '' : `<footer>${escape(block.cite)}</footer>`;
      return `<blockquote>${block.paragraphs.map((p) => `<p>${inlinesHtml(p)}</p>`).join('')}${cite}</blockquote>`;
    }
    case 'list':
      return listTrees(block).map(listHtml).join('');
    case 'table': {
      const caption = block.caption.length > 0 ? `<caption>${inlinesHtml(block.caption)}</caption>` : '';
      return `<table>${caption}${block.rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`).join('')}</table>`;
    }
    case 'figure': {
      const credit = block.credit === null ? '' : ` <span class="credit">${escape(block.credit)}</span>`;
      const caption = block.caption.length > 0 || credit ? `<figcaption>${inlinesHtml(block.caption)}${credit}</figcaption>` : '';
      return `<figure><img src="${escape(block.src)}" alt="${escape(block.alt)}">${caption}</figure>`;
    }
  }
}

export function blocksToHtml(blocks: Block[]): string {
  return blocks.map(blockHtml).join('\n');
}
