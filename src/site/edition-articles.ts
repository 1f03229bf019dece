/**
 * Lists of articles for an edition. An edition shows the articles in its
 * language; the main edition ("/") also shows those in languages that have no
 * edition of their own, so it asks for everything but the other editions' languages.
 */
import type { Config } from '../config/schema.ts';
import type { ArticleQuery, ArticleSummary, Store } from '../store/store.ts';
import type { Edition } from './editions.ts';

export interface ListRequest {
  edition: Edition;
  /** Omit for every section. */
  section?: string;
  limit: number;
  offset?: number;
}

export function editionFilter(config: Config, edition: Edition): Pick<ArticleQuery, 'lang' | 'excludeLangs'> {
  if (edition.path !== '/') return { lang: edition.lang };
  return { excludeLangs: config.editions.filter((e) => e.path !== '/').map((e) => e.lang) };
}

export function listEditionArticles(store: Store, config: Config, request: ListRequest): Promise<ArticleSummary[]> {
  const { edition, section, limit, offset = 0 } = request;
  return store.latestArticles({ ...editionFilter(config, edition), section, limit, offset });
}

/**
 * The `trends` list. Until story clustering (src/stories/) gives every story a
 * trend score from how fast it spreads across sources, it is simply the newest
 * articles of all sections; replace this body with a query by trend score then.
 */
export function listTrendingArticles(
  store: Store,
  config: Config,
  request: Omit<ListRequest, 'section'>,
): Promise<ArticleSummary[]> {
  return listEditionArticles(store, config, request);
}
