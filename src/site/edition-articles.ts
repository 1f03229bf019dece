/**
 * Lists of articles for an edition. The store filters by one language at a
 * time, so an edition that shows several (the main edition also carries
 * languages without an edition of their own) asks once per language and merges.
 */
import type { ArticleSummary, Store } from '../store/store.ts';

export interface ListRequest {
  langs: string[];
  /** Omit for every section. */
  section?: string;
  limit: number;
  offset?: number;
}

export async function listEditionArticles(store: Store, request: ListRequest): Promise<ArticleSummary[]> {
  const { langs, section, limit, offset = 0 } = request;
  if (langs.length === 1) {
    return store.latestArticles({ lang: langs[0], section, limit, offset });
  }
  // Each language's first offset+limit rows hold every row the merged page can need.
  const perLanguage = await Promise.all(
    langs.map((lang) => store.latestArticles({ lang, section, limit: offset + limit, offset: 0 })),
  );
  return perLanguage.flat().sort(newestFirst).slice(offset, offset + limit);
}

/**
 * The `trends` list. Until story clustering (src/stories/) gives every story a
 * trend score from how fast it spreads across sources, it is simply the newest
 * articles of all sections; replace this body with a query by trend score then.
 */
export function listTrendingArticles(
  store: Store,
  request: Omit<ListRequest, 'section'>,
): Promise<ArticleSummary[]> {
  return listEditionArticles(store, request);
}

/** The store's order: newest published first, then highest id. */
function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  const byTime = timeOf(b) - timeOf(a);
  return byTime !== 0 ? byTime : b.id - a.id;
}

/** Parsed, because published times keep the zone the wire gave them (`+05:30`, `Z`). */
function timeOf(article: ArticleSummary): number {
  return Date.parse(article.published ?? article.createdAt) || 0;
}
