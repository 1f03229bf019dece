/**
 * JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1) → ItemFields.
 * content_text is plain text and is escaped into HTML; an item without
 * authors inherits the feed's, as the spec says. The item's `image` (its
 * main image, per the spec) becomes its lead image.
 */
import type { JsonFeed } from 'feedsmith';
import { feedBase, homePage, textToHtml, type FeedReading, type ItemFields } from './entry-builder.ts';

type JsonItem = JsonFeed.Item<string>;

export function readJsonFeed(feed: JsonFeed.Feed<string>, feedUrl: string): FeedReading {
  const base = feedBase(feedUrl, undefined, feed.home_page_url);
  const language = feed.language ?? null;
  const feedAuthors = authorNames(feed.authors);
  return {
    title: feed.title ?? null,
    language,
    link: homePage(feed.home_page_url, base),
    items: (feed.items ?? []).map((item) => readJsonItem(item, base, language, feedAuthors)),
  };
}

function readJsonItem(item: JsonItem, base: string, language: string | null, feedAuthors: string[]): ItemFields {
  const authors = authorNames(item.authors);
  const contentHtml = item.content_html ?? (item.content_text ? textToHtml(item.content_text) : null);
  return {
    id: item.id ?? null,
    link: item.url ?? item.external_url ?? null,
    base,
    title: item.title ?? null,
    summary: item.summary ?? null,
    contentHtml,
    published: item.date_published ?? null,
    updated: item.date_modified ?? null,
    authors: authors.length > 0 ? authors : feedAuthors,
    categories: item.tags ?? [],
    language: item.language ?? language,
    image: item.image ? { url: item.image, caption: null, credit: null, alt: null } : null,
    raw: item,
  };
}

function authorNames(authors: JsonFeed.Author[] | undefined): string[] {
  return (authors ?? []).map((author) => author.name ?? '');
}
