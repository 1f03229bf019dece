/**
 * What every parse result must satisfy, whatever the input: the promises the
 * types and the modules' comments make (NFC text without controls, URLs of
 * allowed schemes, real dates), checked on values rather than trusted.
 */
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { isTag, type AnyNode } from 'domhandler';
import type { Article, Block, Inline } from '../../src/extract/article.ts';
import type { Entry } from '../../src/ingest/entry.ts';
import { ArticleBody } from '../../src/site/block-renderer.tsx';

/** C0 and C1 controls and DEL; line feeds are checked apart, where a value may hold them. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;
/** A surrogate half without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

function show(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}

/** Text a reader sees: NFC, no control characters, no surrogate halves, and on one line unless `multiline`. */
export function assertCleanText(what: string, text: string | null, multiline = false): void {
  if (text === null) return;
  assert.equal(typeof text, 'string', `${what} is not a string`);
  const control = CONTROL.exec(text);
  assert.ok(!control, `${what} holds the control character U+${control?.[0].charCodeAt(0).toString(16).padStart(4, '0')}: ${show(text)}`);
  assert.ok(multiline || !text.includes('\n'), `${what} holds a line break: ${show(text)}`);
  assert.ok(!LONE_SURROGATE.test(text), `${what} holds half of a surrogate pair: ${show(text)}`);
  assert.equal(text, text.normalize('NFC'), `${what} is not NFC: ${show(text)}`);
}

/** An absolute URL with one of the schemes. */
export function assertUrl(what: string, url: string | null, schemes: readonly string[] = ['http:', 'https:']): void {
  if (url === null) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    assert.fail(`${what} is not an absolute URL: ${show(url)}`);
  }
  assert.ok(schemes.includes(parsed.protocol), `${what} has the scheme ${parsed.protocol}: ${show(url)}`);
}

/** An ISO 8601 instant that Date reads back to the same string, or null. */
export function assertIsoInstant(what: string, value: string | null | undefined): void {
  if (value === null || value === undefined) return;
  assert.equal(typeof value, 'string', `${what} is not a string`);
  assert.ok(!Number.isNaN(Date.parse(value)), `${what} is not a date: ${show(value)}`);
  assert.equal(new Date(value).toISOString(), value, `${what} is not an ISO 8601 UTC instant: ${show(value)}`);
}

/** An ISO 8601 date-time with an offset or Z that Date can read. */
export function assertIsoWithOffset(what: string, value: string | null): void {
  if (value === null) return;
  assert.match(value, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:Z|[+-]\d{2}:\d{2})$/u, `${what} is not ISO 8601 with a zone: ${show(value)}`);
  assert.ok(!Number.isNaN(Date.parse(value)), `${what} is not a date: ${show(value)}`);
}

export function assertSafeInlines(what: string, inlines: Inline[]): void {
  for (const inline of inlines) {
    if (inline.kind === 'text') assertCleanText(`${what} text`, inline.text, true);
    else if (inline.kind === 'link') assertUrl(`${what} link`, inline.href, ['http:', 'https:', 'mailto:']);
    if ('children' in inline) assertSafeInlines(what, inline.children);
  }
}

/** Blocks hold clean text and URLs of the allowed schemes only. */
export function assertSafeBlocks(what: string, blocks: Block[]): void {
  blocks.forEach((block, i) => {
    const name = `${what} block ${i + 1} (${block.type})`;
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        assertSafeInlines(name, block.content);
        break;
      case 'quote':
        block.paragraphs.forEach((paragraph) => assertSafeInlines(name, paragraph));
        assertCleanText(`${name} cite`, block.cite);
        break;
      case 'list':
        block.items.forEach((item) => assertSafeInlines(name, item));
        break;
      case 'table':
        assertSafeInlines(name, block.caption);
        block.rows.flat().forEach((cell) => {
          assert.ok(cell.colspan >= 1 && cell.rowspan >= 1, `${name} has a span below 1`);
          assertSafeInlines(name, cell.content);
        });
        break;
      case 'figure':
        assertUrl(`${name} src`, block.src);
        assertCleanText(`${name} alt`, block.alt);
        assertCleanText(`${name} credit`, block.credit);
        assertSafeInlines(`${name} caption`, block.caption);
        break;
    }
  });
}

/** An article's text fields, URLs and blocks. */
export function assertCleanArticle(article: Article): void {
  assertCleanText('headline', article.headline);
  assertCleanText('standfirst', article.standfirst);
  assertCleanText('dateline', article.dateline);
  assertCleanText('byline', article.byline);
  assertCleanText('siteName', article.siteName);
  assertCleanText('text', article.text, true);
  assertUrl('url', article.url);
  assertUrl('canonicalUrl', article.canonicalUrl);
  if (article.image) assertSafeBlocks('image', [article.image]);
  assertSafeBlocks('body', article.blocks);
}

/** What a feed parser returns for each item. */
export function assertWellFormedEntry(entry: Entry, sourceId: string): void {
  assert.equal(entry.sourceId, sourceId);
  assert.ok(typeof entry.guid === 'string' && entry.guid.trim() !== '', `guid is empty: ${show(String(entry.guid))}`);
  assert.equal(typeof entry.title, 'string', 'title is not a string');
  assertUrl('entry url', entry.url);
  assertIsoInstant('published', entry.published);
  assertIsoInstant('updated', entry.updated);
  assertIsoInstant('embargoed', entry.embargoed);
  for (const list of ['authors', 'categories', 'subjects'] as const) {
    assert.ok(Array.isArray(entry[list]), `${list} is not a list`);
    for (const value of entry[list]) assert.ok(typeof value === 'string' && value !== '' && value === value.trim(), `${list} holds ${show(String(value))}`);
    assert.equal(new Set(entry[list]).size, entry[list].length, `${list} repeats a value`);
  }
  if (entry.geo) {
    assert.ok(Math.abs(entry.geo.lat) <= 90 && Math.abs(entry.geo.lon) <= 180, `geo ${JSON.stringify(entry.geo)} is off the globe`);
  }
  for (const line of [entry.dateline, entry.byline]) assert.ok(line === null || !/[\n\r]/u.test(line), `a one-line field holds a line break: ${show(line ?? '')}`);
  assert.doesNotThrow(() => JSON.parse(entry.raw), 'raw is not JSON');
}

/** Elements the site's renderer may write in an article body; anything else came from a source. */
const RENDERED_ELEMENTS = new Set([
  'div', 'p', 'h2', 'h3', 'h4', 'em', 'strong', 'code', 'sub', 'sup', 'a', 'br', 'blockquote', 'footer', 'cite', 'ul', 'ol', 'li',
  'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption', 'img', 'span',
]);
const RENDERED_ATTRIBUTES = new Set(['class', 'href', 'rel', 'src', 'alt', 'loading', 'decoding', 'lang', 'dir', 'scope', 'colspan', 'rowspan', 'start', 'value']);

/**
 * The blocks as the public site renders them hold no element, attribute or
 * URL scheme that could run or load anything: parsed again as a browser would
 * read the page, every element and attribute is one the renderer writes.
 */
export async function assertSafeRendering(blocks: Block[]): Promise<void> {
  const html = String(await ArticleBody({ blocks, dateline: null }));
  const walk = (nodes: AnyNode[]): void => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      assert.ok(RENDERED_ELEMENTS.has(node.name), `rendered body holds <${node.name}>`);
      for (const [name, value] of Object.entries(node.attribs)) {
        assert.ok(RENDERED_ATTRIBUTES.has(name), `rendered <${node.name}> has the attribute ${name}`);
        if (name === 'href') assertUrl('rendered href', value, ['http:', 'https:', 'mailto:']);
        if (name === 'src') assert.match(value, /^\/media\//u, `rendered src ${show(value)} is not a stored image`);
        // A list's numbers (`<ol start>`, `<li value>`): integers, nothing else.
        if (name === 'start' || name === 'value') assert.match(value, /^-?\d{1,7}$/u, `rendered ${name} ${show(value)} is not a list number`);
      }
      walk(node.children);
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children);
}
