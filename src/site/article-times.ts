/**
 * An article's publication and last-change times as UTC ISO, for OpenGraph,
 * JSON-LD, feeds and sitemaps: sources' dates come in many forms, and the
 * store's own times stand in where they are missing or unreadable.
 */
import type { StoredArticle } from '../store/store.ts';

type ArticleTimes = Pick<StoredArticle, 'published' | 'updated' | 'createdAt' | 'updatedAt' | 'revision'>;

export function publishedTimeOf(article: ArticleTimes): string {
  return isoOrNull(article.published) ?? isoOrNull(article.createdAt) ?? article.createdAt;
}

/**
 * The source's own update, or the store's last write when the article changed
 * after it was first built (a staff edit, a correction, a wire update);
 * never before publication.
 */
export function modifiedTimeOf(article: ArticleTimes): string {
  const candidates = [publishedTimeOf(article), isoOrNull(article.updated), article.revision > 0 ? isoOrNull(article.updatedAt) : null];
  return candidates.reduce<string>((latest, time) => (time !== null && time > latest ? time : latest), '');
}

/**
 * A change this soon after publication is part of publishing (a CMS saving
 * twice, a feed restamping the item, the same instant written in another
 * zone), not an update readers need telling about.
 */
export const MIN_SHOWN_UPDATE_MS = 10 * 60_000;

/** The time an article page shows as "Updated", or null when it did not really change after publication. */
export function shownUpdateOf(article: ArticleTimes): string | null {
  const modified = modifiedTimeOf(article);
  return Date.parse(modified) - Date.parse(publishedTimeOf(article)) >= MIN_SHOWN_UPDATE_MS ? modified : null;
}

function isoOrNull(value: string | null): string | null {
  const time = value === null ? Number.NaN : Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
