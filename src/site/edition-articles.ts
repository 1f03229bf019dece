/**
 * Lists of articles for an edition: those in its language, originals and
 * published machine translations into it. With the edition's
 * `showUntranslated`, also originals in other languages: those whose
 * translation into it is missing or held, and for the main edition ("/")
 * every language without an edition of its own.
 */
import type { Config } from '../config/schema.ts';
import type { ArticleSummary, Store } from '../store/store.ts';
import { editionFilter, type Edition } from './editions.ts';
import { trendingStoryCards, type StoryCard } from './story-cards.ts';
import { editionReceivesTranslations, mergeTranslated } from './translation-view.ts';

export interface ListRequest {
  edition: Edition;
  /** Omit for every section. */
  section?: string;
  limit: number;
  offset?: number;
  /** The time embargoes are judged at (UTC ISO): the page's `now`. Killed articles are never listed. */
  visibleAt: string;
}

export function listEditionArticles(store: Store, config: Config, request: ListRequest): Promise<ArticleSummary[]> {
  const { edition, section, limit, offset = 0, visibleAt } = request;
  if (editionReceivesTranslations(config, edition)) {
    const native = (window: number) => store.latestArticles({ ...editionFilter(config, edition), section, limit: window, offset: 0, visibleAt });
    // Without `showUntranslated`, an original whose translation readers may not see yet stays off the list.
    const publishedOnly = !edition.showUntranslated;
    return mergeTranslated(store, native, { lang: edition.lang, ...(section ? { section } : {}), limit, offset, visibleAt, publishedOnly });
  }
  return store.latestArticles({ ...editionFilter(config, edition), section, limit, offset, visibleAt });
}

/**
 * The `trends` list: one card per story, highest trend score first (see
 * src/stories/trend-score.ts). Before the first clustering pass has stored any
 * story for the edition, it falls back to the newest articles of all sections.
 */
export async function listTrendingArticles(
  store: Store,
  config: Config,
  request: Omit<ListRequest, 'section'>,
): Promise<StoryCard[]> {
  return (await trendingStoryCards(store, config, request)) ?? listEditionArticles(store, config, request);
}
