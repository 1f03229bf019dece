/**
 * Reads for the public site's feeds and sitemaps: whole articles and their
 * translations by the batch, and the listed, visible articles of a span of
 * publication time with the languages they are published in. "Listed" and
 * "visible" are the lists' own rules (`unlistedArticleIds`, `isVisible`):
 * killed, embargoed and superseded articles, and syndicated copies other than
 * their group's canonical, never appear.
 */
import { sql, type Kysely } from 'kysely';
import { isVisible } from './article-visibility.ts';
import { getArticleRows, unlistedArticleIds } from './articles-table.ts';
import { countValue, rowCount, utcTimestamp } from './column-values.ts';
import type { Database } from './schema.ts';
import type { SitemapArticle, SitemapArticleQuery, SitemapMonth, StoredArticle, StoredTranslation } from './store.ts';
import { publishedTranslationRow, toStored } from './translations-table.ts';

type Db = Kysely<Database>;

/** Ids per `in (…)` list: well under SQLite's bound-parameter limit (32,766) and PostgreSQL's (65,535). */
const IDS_PER_QUERY = 1_000;

export async function getArticles(db: Db, ids: readonly number[]): Promise<StoredArticle[]> {
  const found: StoredArticle[] = [];
  for (const chunk of chunks(ids)) found.push(...(await getArticleRows(db, chunk)));
  return found;
}

export async function publishedTranslationsInto(db: Db, articleIds: readonly number[], lang: string): Promise<Map<number, StoredTranslation>> {
  const found = new Map<number, StoredTranslation>();
  for (const chunk of chunks(articleIds)) {
    const rows = await db
      .selectFrom('translations')
      .selectAll()
      .where('article_id', 'in', chunk)
      .where('target_lang', '=', lang)
      .where(publishedTranslationRow('translations'))
      .execute();
    for (const row of rows) found.set(row.article_id, toStored(row));
  }
  return found;
}

/**
 * The months (UTC, of the sort key: publication time, else when stored) that
 * hold listed articles visible at `visibleAt`, oldest first, with how many
 * and the newest change among them or their published translations.
 */
export async function sitemapMonths(db: Db, visibleAt: string): Promise<SitemapMonth[]> {
  const at = utcTimestamp(visibleAt, 'visibility time');
  // `YYYY-MM` of a fixed-width UTC ISO text; substr is the same function on both engines.
  const month = sql<string>`substr(${sql.ref('a.sort_key')}, 1, 7)`;
  const articles = await db
    .selectFrom('articles as a')
    .select((eb) => [month.as('month'), eb.fn.countAll().as('n'), eb.fn.max('a.updated_at').as('changed'), eb.fn.max('a.embargoed_until').as('released')])
    .where('a.id', 'not in', unlistedArticleIds(db))
    .where(isVisible('a', at))
    .groupBy(month)
    .orderBy(month)
    .execute();
  const translated = await db
    .selectFrom('articles as a')
    .innerJoin('translations as t', 't.article_id', 'a.id')
    .select((eb) => [month.as('month'), eb.fn.max('t.updated_at').as('changed')])
    .where('a.id', 'not in', unlistedArticleIds(db))
    .where(isVisible('a', at))
    .where(publishedTranslationRow('t'))
    .groupBy(month)
    .execute();
  const translationChange = new Map(translated.map((row) => [row.month, row.changed]));
  return articles.map((row) => ({
    month: row.month,
    articles: countValue(row.n),
    lastModified: latest(row.changed, row.released, translationChange.get(row.month) ?? null),
  }));
}

/**
 * Listed articles visible at `visibleAt` whose sort key is in [from, until),
 * newest first, each with the translations readers may see.
 */
export async function sitemapArticles(db: Db, query: SitemapArticleQuery): Promise<SitemapArticle[]> {
  const at = utcTimestamp(query.visibleAt, 'visibility time');
  const rows = await db
    .selectFrom('articles as a')
    .select(['a.id', 'a.lang', 'a.section', 'a.slug', 'a.headline', 'a.sort_key', 'a.updated_at', 'a.embargoed_until'])
    .where('a.id', 'not in', unlistedArticleIds(db))
    .where(isVisible('a', at))
    .where('a.sort_key', '>=', utcTimestamp(query.from, 'start of the sitemap span'))
    .where('a.sort_key', '<', utcTimestamp(query.until, 'end of the sitemap span'))
    .orderBy('a.sort_key', 'desc')
    .orderBy('a.id', 'desc')
    .limit(rowCount(query.limit, 'limit'))
    .offset(rowCount(query.offset ?? 0, 'offset'))
    .execute();
  const translations = new Map<number, SitemapArticle['translations']>();
  for (const chunk of chunks(rows.map((row) => row.id))) {
    const found = await db
      .selectFrom('translations as t')
      .select(['t.article_id', 't.target_lang', 't.headline', 't.updated_at'])
      .where('t.article_id', 'in', chunk)
      .where(publishedTranslationRow('t'))
      .orderBy('t.target_lang')
      .execute();
    for (const t of found) {
      const list = translations.get(t.article_id) ?? [];
      list.push({ lang: t.target_lang, headline: t.headline, modified: t.updated_at });
      translations.set(t.article_id, list);
    }
  }
  return rows.map((row) => ({
    id: row.id,
    lang: row.lang,
    section: row.section,
    slug: row.slug,
    headline: row.headline,
    published: row.sort_key,
    // An embargo that ended is when the page appeared.
    modified: latest(row.updated_at, row.embargoed_until),
    translations: translations.get(row.id) ?? [],
  }));
}

function latest(...times: (string | null | undefined)[]): string {
  return times.reduce<string>((newest, time) => (time && time > newest ? time : newest), '');
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += IDS_PER_QUERY) yield items.slice(i, i + IDS_PER_QUERY);
}
