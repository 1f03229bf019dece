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

function isoOrNull(value: string | null): string | null {
  const time = value === null ? Number.NaN : Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
