/**
 * Article blocks (sanitised data, see src/extract/article.ts) to HTML through
 * JSX, which escapes every string. No stored text is ever passed as markup.
 */
import type { Block, Figure, Inline, TableCell } from '../extract/article.ts';
import { listNumbers, listTrees, type ListTree } from '../extract/list-outline.ts';
import type { Child } from 'hono/jsx';
import { languageAttributes } from '../text/direction.ts';
import { mediaPath } from './media-route.ts';

/** Schemes a link in article text may use; the sanitiser already enforces this, checked again here. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The href to render, or null when it is not an absolute http(s) or mailto URL. */
export function safeHref(href: string, protocols: ReadonlySet<string> = LINK_PROTOCOLS): string | null {
  try {
    const url = new URL(href);
    return protocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A headline in its own language when it is not the article's (an English wire
 * headline kept over a Hindi body), so screen readers and hyphenation follow it.
 */
export function HeadlineText({ article }: { article: { headline: string; headlineLang: string | null } }) {
  if (!article.headlineLang) return <>{article.headline}</>;
  return (
    <span {...languageAttributes(article.headlineLang)}>
      {article.headline}
    </span>
  );
}

export function Inlines({ content }: { content: Inline[] }) {
  return <>{content.map((inline) => <InlineNode inline={inline} />)}</>;
}

function InlineNode({ inline }: { inline: Inline }) {
  switch (inline.kind) {
    case 'text':
      return <>{inline.text}</>;
    case 'break':
      return <br />;
    case 'em':
      return <em><Inlines content={inline.children} /></em>;
    case 'strong':
      return <strong><Inlines content={inline.children} /></strong>;
    case 'code':
      return <code><Inlines content={inline.children} /></code>;
    case 'sub':
      return <sub><Inlines content={inline.children} /></sub>;
    case 'sup':
      return <sup><Inlines content={inline.children} /></sup>;
    case 'link': {
      const href = safeHref(inline.href);
      if (!href) return <Inlines content={inline.children} />;
      return <a href={href} rel="nofollow noopener"><Inlines content={inline.children} /></a>;
    }
  }
}

/**
 * `mediaBase`: an absolute base URL for the image's address, for HTML read
 * away from the site (feeds); pages use the absolute path.
 */
export function FigureBlock({ figure, mediaBase }: { figure: Figure; mediaBase?: string | undefined }) {
  const path = figure.stored ? mediaPath(figure.stored) : null;
  const src = path && mediaBase ? new URL(path, mediaBase).href : path;
  const hasCaption = figure.caption.length > 0 || Boolean(figure.credit);
  if (!src && !hasCaption) return null;
  return (
    <figure class={src ? 'figure' : 'figure figure--no-image'}>
      {src && <img src={src} alt={figure.alt} loading="lazy" decoding="async" />}
      {hasCaption && (
        <figcaption>
          <Inlines content={figure.caption} />
          {figure.credit && <> <span class="credit">{figure.credit}</span></>}
        </figcaption>
      )}
    </figure>
  );
}

type HeadingLevel = 2 | 3 | 4;

/**
 * The level each body heading is rendered at. Sources often start their
 * subheads at h3 or jump levels; under the page's h1 the outline must go
 * h2, then at most one level deeper at a time, or screen-reader users lose the
 * structure. The sources' relative depth is kept where it does not skip.
 */
export function outlineLevels(blocks: Block[]): Map<Block, HeadingLevel> {
  const levels = new Map<Block, HeadingLevel>();
  let previous = 1;
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    const level = Math.min(block.level, previous + 1, 4) as HeadingLevel;
    levels.set(block, level);
    previous = level;
  }
  return levels;
}

function BlockNode({ block, lead, level, mediaBase }: { block: Block; lead: Child; level: HeadingLevel | undefined; mediaBase: string | undefined }) {
  switch (block.type) {
    case 'paragraph':
      return <p>{lead}<Inlines content={block.content} /></p>;
    case 'heading': {
      const content = <Inlines content={block.content} />;
      if (level === 2) return <h2>{content}</h2>;
      if (level === 3) return <h3>{content}</h3>;
      return <h4>{content}</h4>;
    }
    case 'quote':
      return (
        <blockquote>
          {block.paragraphs.map((paragraph) => <p><Inlines content={paragraph} /></p>)}
          {block.cite && <footer><cite>{block.cite}</cite></footer>}
        </blockquote>
      );
    case 'list':
      return <>{listTrees(block).map((list) => <ListNode list={list} />)}</>;
    case 'table':
      return <TableBlock caption={block.caption} rows={block.rows} />;
    case 'figure':
      return <FigureBlock figure={block} mediaBase={mediaBase} />;
  }
}

/**
 * A list and the lists nested in its items. An ordered list starts at its first
 * item's number; an item numbered otherwise than one up from the last carries
 * its number (`<li value>`), so the page shows the numbers the source showed.
 */
function ListNode({ list }: { list: ListTree }) {
  const { start, values } = listNumbers(list);
  const items = list.items.map((item, i) => (
    <li value={values[i]}>
      <Inlines content={item.content} />
      {item.lists.map((nested) => <ListNode list={nested} />)}
    </li>
  ));
  return list.ordered ? <ol start={start === 1 ? undefined : start}>{items}</ol> : <ul>{items}</ul>;
}

/**
 * A data table, scrollable on its own on narrow screens so that the page never
 * scrolls sideways. Leading rows made only of header cells form the head.
 */
function TableBlock({ caption, rows }: { caption: Inline[]; rows: TableCell[][] }) {
  const headRows = rows.findIndex((row) => !row.every((cell) => cell.header));
  const split = headRows === -1 ? 0 : headRows;
  const row = (cells: TableCell[]) => (
    <tr>
      {cells.map((cell) => {
        const span = { colspan: cell.colspan > 1 ? cell.colspan : undefined, rowspan: cell.rowspan > 1 ? cell.rowspan : undefined };
        const content = <Inlines content={cell.content} />;
        return cell.header ? <th scope={split > 0 ? 'col' : 'row'} {...span}>{content}</th> : <td {...span}>{content}</td>;
      })}
    </tr>
  );
  return (
    <div class="table-wrap">
      <table>
        {caption.length > 0 && <caption><Inlines content={caption} /></caption>}
        {split > 0 && <thead>{rows.slice(0, split).map(row)}</thead>}
        <tbody>{rows.slice(split).map(row)}</tbody>
      </table>
    </div>
  );
}

/**
 * The body. A dateline opens the first paragraph in bold (`सियोल: …`), as
 * wires and print run it, also when a picture comes before that paragraph;
 * only when the text opens with something else (a heading, a list, a table)
 * does it stand on its own line, above the body.
 */
export function ArticleBody({ blocks, dateline, mediaBase }: { blocks: Block[]; dateline: string | null; mediaBase?: string }) {
  const datelineMark = dateline ? <strong class="dateline">{dateline}:</strong> : null;
  const opening = datelineMark ? openingParagraph(blocks) : -1;
  const levels = outlineLevels(blocks);
  return (
    <div class="article-body">
      {datelineMark && opening < 0 && <p class="dateline-line">{datelineMark}</p>}
      {blocks.map((block, i) => (
        <BlockNode block={block} level={levels.get(block)} mediaBase={mediaBase} lead={i === opening ? <>{datelineMark} </> : null} />
      ))}
    </div>
  );
}

/** Index of the paragraph the text opens with, past any pictures; -1 when the text opens otherwise. */
function openingParagraph(blocks: Block[]): number {
  const first = blocks.findIndex((block) => block.type !== 'figure');
  return first >= 0 && blocks[first]!.type === 'paragraph' ? first : -1;
}
