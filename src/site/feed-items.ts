/**
 * What an edition's feeds carry: its newest current, published articles in
 * its language, originals and machine translations into it alike, each as
 * the edition shows it (the translation's headline and body) at the address
 * it has there. The lists' own rules apply: killed, embargoed and superseded
 * articles, and syndicated copies other than their canonical, never appear.
 */
import type { Config } from '../config/schema.ts';
import type { ArticleSummary, StoredArticle, StoredSource, Store } from '../store/store.ts';
import { articlePath, type Edition } from './editions.ts';
import { articleAlternates, editionReceivesTranslations, mergeTranslated, translatedArticle } from './translation-view.ts';

/** Items per feed: a day or two of a busy desk, and what feed readers expect to fetch at once. */
export const FEED_ITEMS = 50;

export interface FeedItem {
  /** The article as the edition shows it (translated when it is a translation). */
  article: StoredArticle;
  /** Its address in this edition. */
  path: string;
  source: StoredSource | null;
  /** The machine translation shown, or null for an original. */
  translated: { fromLang: string; originalPath: string; reviewed: boolean } | null;
}

export async function loadFeedItems(store: Store, config: Config, edition: Edition, section: string | null, visibleAt: string): Promise<FeedItem[]> {
  const summaries = await newestInLanguage(store, config, edition, section, visibleAt);
  const ids = summaries.map((s) => s.id);
  const translatedIds = summaries.filter((s) => s.translationState === 'machine').map((s) => s.id);
  const [articles, translations, sources] = await Promise.all([
    store.getArticles(ids),
    store.publishedTranslationsInto(translatedIds, edition.lang),
    store.listSources(),
  ]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const items: FeedItem[] = [];
  for (const summary of summaries) {
    const stored = byId.get(summary.id);
    if (!stored) continue;
    const source = sourceById.get(stored.sourceId) ?? null;
    const translation = translations.get(stored.id);
    if (translation) {
      items.push({
        article: translatedArticle(stored, translation),
        path: articlePath(config, { ...stored, lang: edition.lang }),
        source,
        translated: {
          fromLang: stored.lang,
          originalPath: articleAlternates(config, stored, [edition.lang])[0]!.path,
          reviewed: translation.approvedAt !== null,
        },
      });
    } else if (stored.lang === edition.lang) {
      items.push({ article: stored, path: articlePath(config, stored), source, translated: null });
    }
  }
  return items;
}

/**
 * The edition's language only: the main edition's pages also list languages
 * without an edition, but a feed promises one language (its `language`).
 */
function newestInLanguage(store: Store, config: Config, edition: Edition, section: string | null, visibleAt: string): Promise<ArticleSummary[]> {
  const own = { lang: edition.lang, ...(section ? { section } : {}), visibleAt };
  const native = (limit: number) => store.latestArticles({ ...own, limit, offset: 0 });
  if (!editionReceivesTranslations(config, edition)) return native(FEED_ITEMS);
  return mergeTranslated(store, native, { ...own, limit: FEED_ITEMS, offset: 0, publishedOnly: true });
}
