/**
 * RSS 0.9x/2.0 and RSS 1.0 (RDF) → ItemFields. Where RSS leaves a field out,
 * the common namespaces fill in: dc:creator for authors, dc:date for the
 * date, content:encoded for the full text, dc:subject for categories;
 * Media RSS gives the lead image and georss (or W3C geo) the place.
 */
import type { RdfFeed, RssFeed } from 'feedsmith';
import { feedBase, homePage, resolveUrl, type FeedReading, type ItemFields } from './entry-builder.ts';
import { geoPoint } from './geo-point.ts';
import { feedLeadImage } from './media-rss-image.ts';

type RssItem = RssFeed.Item<string>;

export function readRssFeed(feed: RssFeed.Feed<string>, feedUrl: string): FeedReading {
  const base = feedBase(feedUrl, feed.xml?.base, feed.link);
  const language = feed.language ?? feed.dc?.languages?.[0] ?? feed.xml?.lang ?? null;
  return {
    title: feed.title ?? feed.dc?.titles?.[0] ?? null,
    language,
    link: homePage(feed.link, base),
    items: (feed.items ?? []).map((item) => readRssItem(item, base, language)),
  };
}

/** RSS 1.0 items carry a subset of RSS 2.0's fields, so they go through the same reader. */
export function readRdfFeed(feed: RdfFeed.Feed<string>, feedUrl: string): FeedReading {
  const base = feedBase(feedUrl, feed.xml?.base, feed.link);
  const language = feed.dc?.languages?.[0] ?? feed.xml?.lang ?? null;
  const items: RssItem[] = feed.items ?? [];
  return {
    title: feed.title ?? null,
    language,
    link: homePage(feed.link, base),
    items: items.map((item) => readRssItem(item, base, language)),
  };
}

function readRssItem(item: RssItem, feedBaseUrl: string, feedLanguage: string | null): ItemFields {
  return {
    id: item.guid?.value ?? null,
    link: item.link ?? permalinkGuid(item),
    base: item.xml?.base ? (resolveUrl(item.xml.base, feedBaseUrl) ?? feedBaseUrl) : feedBaseUrl,
    title: item.title ?? item.dc?.titles?.[0] ?? null,
    summary: item.description ?? null,
    contentHtml: item.content?.encoded ?? null,
    published: item.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.created?.[0] ?? null,
    updated: item.atom?.updated ?? item.dcterms?.modified?.[0] ?? null,
    authors: [...(item.authors ?? []).map((person) => person.name ?? person.email ?? ''), ...(item.dc?.creators ?? [])],
    categories: [...(item.categories ?? []).map((category) => category.name ?? ''), ...(item.dc?.subjects ?? [])],
    language: item.dc?.languages?.[0] ?? item.xml?.lang ?? feedLanguage,
    geo: rssGeo(item),
    image: feedLeadImage(item.media, (item.enclosures ?? []).map((e) => ({ url: e.url, type: e.type }))),
    raw: item,
  };
}

/** RSS 2.0: a guid is the item's permalink unless isPermaLink="false". */
function permalinkGuid(item: RssItem): string | null {
  const guid = item.guid;
  if (!guid?.value || guid.isPermaLink === false) return null;
  return /^https?:\/\//i.test(guid.value.trim()) ? guid.value.trim() : null;
}

/** feedsmith reads georss:point into numbers; W3C geo:lat/geo:long is the older spelling. */
function rssGeo(item: RssItem): ItemFields['geo'] {
  const point = item.georss?.point;
  if (point) return geoPoint(point.lat, point.lng);
  return item.geo ? geoPoint(item.geo.lat, item.geo.long) : null;
}
