/**
 * One feed in three formats, written by feedsmith: RSS 2.0 (with
 * `content:encoded` and `dc:creator`), Atom 1.0 (RFC 4287) and JSON Feed 1.1.
 * Plain data in, the document's text out; every address is absolute.
 */
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import type { FeedFormat } from './feed-links.ts';

export interface FeedMeta {
  title: string;
  description: string;
  /** The edition's language. */
  lang: string;
  /** The page the feed follows (the edition's home or a section page). */
  pageUrl: string;
  /** This document's own address (atom:link rel="self", JSON Feed's feed_url). */
  selfUrl: string;
  /** UTC ISO: the newest item's last change, so an unchanged feed keeps its ETag. */
  updated: string;
  /** Who publishes it: the site's name in this edition. */
  publisher: string;
  /** The site's icon (SVG), absolute: Atom's icon and JSON Feed's favicon; RSS 2.0 images must be GIF, JPEG or PNG. */
  iconUrl: string;
}

export interface FeedEntry {
  /** Stable across edits of headline or section (a `tag:` URI, RFC 4151). */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** The full text, or null where the licence allows a summary and a link only. */
  contentHtml: string | null;
  /** The original's page, for items that only link to it. */
  externalUrl: string | null;
  published: string;
  modified: string;
  authors: string[];
  category: string;
  lang: string;
  imageUrl: string | null;
}

export function renderFeed(format: FeedFormat, meta: FeedMeta, entries: FeedEntry[]): string {
  switch (format) {
    case 'rss':
      return rss(meta, entries);
    case 'atom':
      return atom(meta, entries);
    case 'json':
      return `${JSON.stringify(jsonFeed(meta, entries), null, 2)}\n`;
  }
}

function rss(meta: FeedMeta, entries: FeedEntry[]): string {
  return generateRssFeed({
    title: meta.title,
    link: meta.pageUrl,
    description: meta.description,
    language: meta.lang,
    lastBuildDate: new Date(meta.updated),
    generator: 'wiredesk',
    atom: { links: [{ href: meta.selfUrl, rel: 'self', type: 'application/rss+xml' }] },
    items: entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      guid: { value: entry.id, isPermaLink: false },
      description: entry.summary,
      pubDate: new Date(entry.published),
      categories: [{ name: entry.category }],
      // RSS 2.0's <author> must be an e-mail address; Dublin Core's creator takes a name.
      ...(entry.authors.length > 0 ? { dc: { creators: entry.authors } } : {}),
      ...(entry.contentHtml !== null ? { content: { encoded: entry.contentHtml } } : {}),
    })),
  });
}

function atom(meta: FeedMeta, entries: FeedEntry[]): string {
  return generateAtomFeed({
    id: meta.selfUrl,
    title: { value: meta.title },
    subtitle: { value: meta.description },
    updated: new Date(meta.updated),
    // RFC 4287 §4.1.1: a feed needs an author unless every entry has one.
    authors: [{ name: meta.publisher, uri: meta.pageUrl }],
    icon: meta.iconUrl,
    generator: { text: 'wiredesk' },
    links: [
      { href: meta.selfUrl, rel: 'self', type: 'application/atom+xml' },
      { href: meta.pageUrl, rel: 'alternate', type: 'text/html', hreflang: meta.lang },
    ],
    xml: { lang: meta.lang },
    entries: entries.map((entry) => ({
      id: entry.id,
      title: { value: entry.title },
      updated: new Date(entry.modified),
      published: new Date(entry.published),
      links: [
        { href: entry.url, rel: 'alternate', type: 'text/html' },
        ...(entry.externalUrl ? [{ href: entry.externalUrl, rel: 'related', type: 'text/html' }] : []),
      ],
      summary: { value: entry.summary },
      ...(entry.contentHtml !== null ? { content: { type: 'html', value: entry.contentHtml } } : {}),
      ...(entry.authors.length > 0 ? { authors: entry.authors.map((name) => ({ name })) } : {}),
      categories: [{ term: entry.category }],
      ...(entry.lang !== meta.lang ? { xml: { lang: entry.lang } } : {}),
    })),
  });
}

function jsonFeed(meta: FeedMeta, entries: FeedEntry[]): unknown {
  return generateJsonFeed({
    title: meta.title,
    home_page_url: meta.pageUrl,
    feed_url: meta.selfUrl,
    description: meta.description,
    language: meta.lang,
    favicon: meta.iconUrl,
    authors: [{ name: meta.publisher, url: meta.pageUrl }],
    items: entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      ...(entry.externalUrl ? { external_url: entry.externalUrl } : {}),
      title: entry.title,
      summary: entry.summary,
      // JSON Feed 1.1 asks for content_html or content_text in every item: the summary stands in.
      ...(entry.contentHtml !== null ? { content_html: entry.contentHtml } : { content_text: entry.summary }),
      ...(entry.imageUrl ? { image: entry.imageUrl } : {}),
      date_published: new Date(entry.published),
      date_modified: new Date(entry.modified),
      ...(entry.authors.length > 0 ? { authors: entry.authors.map((name) => ({ name })) } : {}),
      tags: [entry.category],
      language: entry.lang,
    })),
  });
}
