/**
 * The feeds each edition serves, and where: `rss.xml` (RSS 2.0), `atom.xml`
 * (Atom 1.0) and `feed.json` (JSON Feed 1.1) at the edition's root and under
 * each configured section (`/rss.xml`, `/en/world/atom.xml`). The built-in
 * trends list has none: it is ranked, not dated.
 */
import type { Config } from '../config/schema.ts';
import { TRENDS_SECTION, type Edition } from './editions.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

export interface FeedKind {
  format: FeedFormat;
  file: string;
  /** For `<link rel="alternate" type>` and the response's Content-Type. */
  mediaType: string;
  /** Shown in the link's title, after the feed's own. */
  label: string;
}

export const FEED_KINDS: readonly FeedKind[] = [
  { format: 'rss', file: 'rss.xml', mediaType: 'application/rss+xml', label: 'RSS' },
  { format: 'atom', file: 'atom.xml', mediaType: 'application/atom+xml', label: 'Atom' },
  // JSON Feed 1.1 §"Content type": application/feed+json.
  { format: 'json', file: 'feed.json', mediaType: 'application/feed+json', label: 'JSON Feed' },
];

/** Absolute-path address of a feed: the edition's, or one section's when `sectionId` is given. */
export function feedPath(edition: Edition, sectionId: string | null, kind: FeedKind): string {
  return `${edition.path}${sectionId ? `${sectionId}/` : ''}${kind.file}`;
}

/** The sections with feeds of their own: the configured ones. */
export function hasSectionFeed(config: Config, sectionId: string | null | undefined): sectionId is string {
  return Boolean(sectionId) && sectionId !== TRENDS_SECTION && config.sections.some((s) => s.id === sectionId);
}
