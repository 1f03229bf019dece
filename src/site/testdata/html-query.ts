/** Just enough DOM querying for the site tests: parse a page, find elements by tag and attributes. */
import type { AnyNode, Element } from 'domhandler';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

export interface Page {
  all(tag: string, attrs?: Record<string, string>): Element[];
  one(tag: string, attrs?: Record<string, string>): Element;
  text(tag: string, attrs?: Record<string, string>): string;
  /** The same queries, limited to the descendants of one element. */
  within(el: Element): Page;
}

/** `class` matches one of the element's classes; every other attribute must match exactly. */
function matches(el: Element, tag: string, attrs: Record<string, string>): boolean {
  if (el.name !== tag) return false;
  return Object.entries(attrs).every(([name, value]) => {
    const actual = getAttributeValue(el, name);
    if (name === 'class') return actual?.split(/\s+/).includes(value) ?? false;
    return actual === value;
  });
}

function scope(nodes: AnyNode[]): Page {
  const page: Page = {
    all: (tag, attrs = {}) => findAll((el) => matches(el, tag, attrs), nodes),
    one: (tag, attrs = {}) => {
      const found = findOne((el) => matches(el, tag, attrs), nodes);
      if (!found) throw new Error(`no <${tag}> with ${JSON.stringify(attrs)} on the page`);
      return found;
    },
    text: (tag, attrs = {}) => textOf(page.one(tag, attrs)),
    within: (el) => scope(el.children),
  };
  return page;
}

export function parsePage(html: string): Page {
  return scope(parseDocument(html).children);
}

export function attr(el: Element, name: string): string | undefined {
  return getAttributeValue(el, name);
}

/**
 * The page's <script> elements a browser would run: all but JSON-LD data
 * blocks, which are never executed (HTML §4.12.1, "data block").
 */
export function runnableScripts(page: Page): Element[] {
  return page.all('script').filter((el) => getAttributeValue(el, 'type') !== 'application/ld+json');
}

/** The JSON-LD objects of the page, parsed (each data block may hold one object or an array). */
export function jsonLdOf(page: Page): Record<string, unknown>[] {
  return page
    .all('script', { type: 'application/ld+json' })
    .flatMap((el) => [JSON.parse(textContent(el)) as Record<string, unknown> | Record<string, unknown>[]].flat());
}

/** Text with runs of whitespace folded, as a reader sees it. */
export function textOf(el: Element): string {
  return textContent(el).replace(/\s+/g, ' ').trim();
}

/** Headlines of the teasers on a page, section pages' (h2) first, then the home page's (h3). */
export function teaserTitles(page: Page): string[] {
  return [...page.all('h2', { class: 'teaser-title' }), ...page.all('h3', { class: 'teaser-title' })].map(textOf);
}

export interface FetchedPage {
  res: Response;
  page: Page;
  html: string;
}

/** GETs a path from the site app in-process, checks the status, and parses the page. */
export async function getPage(app: { request(path: string): Response | Promise<Response> }, path: string, status = 200): Promise<FetchedPage> {
  const res = await app.request(path);
  if (res.status !== status) throw new Error(`GET ${path}: status ${res.status}, expected ${status}`);
  const html = await res.text();
  return { res, page: parsePage(html), html };
}

