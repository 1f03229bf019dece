/** Articles: the clean article made from each entry, and the lists the site shows. */
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Article, Block, Figure } from '../extract/article.ts';
import { fromJsonText, rowCount, toJsonText, utcOrNull, utcTimestamp } from './column-values.ts';
import type { ArticlesTable, Database } from './schema.ts';
import type { ArticlePlacement, ArticleQuery, ArticleSummary, StoredArticle } from './store.ts';

type Db = Kysely<Database>;

export const SUMMARY_COLUMNS = [
  'id',
  'headline',
  'headline_lang',
  'standfirst',
  'dateline',
  'byline',
  'published',
  'lang',
  'image',
  'source_id',
  'section',
  'slug',
  'created_at',
] as const;

/**
 * One article per entry: a rebuilt article replaces the old one in place and
 * keeps its id (and so its URL) and creation time. It records the entry's
 * current content hash, which takes the entry off `entriesNeedingArticles`
 * until the feed changes it again.
 */
export async function saveArticle(db: Db, article: Article, placement: ArticlePlacement, now: string): Promise<number> {
  const at = utcTimestamp(now, 'time of saving article');
  return db.transaction().execute(async (trx) => {
    const entry = await trx
      .selectFrom('entries')
      .select('content_hash')
      .where('id', '=', placement.entryId)
      .executeTakeFirst();
    if (entry === undefined) {
      throw new Error(`store: no entry ${placement.entryId} for article "${article.headline}"`);
    }
    const columns = articleColumns(article, placement, placement.entryHash ?? entry.content_hash, at);
    const published = utcOrNull(article.published);
    const saved = await trx
      .insertInto('articles')
      .values({ ...columns, sort_key: published ?? at, created_at: at })
      .onConflict((conflict) =>
        conflict.column('entry_id').doUpdateSet((eb: ExpressionBuilder<Database, 'articles'>) => ({
          ...columns,
          // Undated articles stay where they were first listed instead of jumping to the top.
          sort_key: published ?? eb.ref('articles.created_at'),
        })),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    return saved.id;
  });
}

export async function getArticle(db: Db, id: number): Promise<StoredArticle | null> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStoredArticle(row);
}

/** Newest first by published time (stored time when undated), ties broken by id; listed articles only (see `unlistedArticleIds`). */
export async function latestArticles(db: Db, query: ArticleQuery): Promise<ArticleSummary[]> {
  let select = db.selectFrom('articles').select(SUMMARY_COLUMNS).where('id', 'not in', unlistedArticleIds(db));
  if (query.lang !== undefined) select = select.where('lang', '=', query.lang);
  if (query.excludeLangs?.length) select = select.where('lang', 'not in', query.excludeLangs);
  if (query.section !== undefined) select = select.where('section', '=', query.section);
  const rows = await select
    .orderBy('sort_key', 'desc')
    .orderBy('id', 'desc')
    .limit(rowCount(query.limit, 'limit'))
    .offset(rowCount(query.offset ?? 0, 'offset'))
    .execute();
  return rows.map(toSummary);
}

/**
 * Ids of the articles lists leave out, for `where id not in (…)`: earlier
 * versions a later one replaced, and syndicated copies other than their
 * group's canonical, which lists show once (with "also published by").
 * Their own pages stay. `article_id` is a primary key, never null, so NOT IN
 * means what it says.
 */
export function unlistedArticleIds(db: Db) {
  return db
    .selectFrom('story_articles')
    .select('story_articles.article_id')
    .where((eb) => eb.or([eb('story_articles.superseded_by', 'is not', null), eb('story_articles.is_canonical', '=', 0)]));
}

export function toSummary(row: Pick<Selectable<ArticlesTable>, (typeof SUMMARY_COLUMNS)[number]>): ArticleSummary {
  return {
    id: row.id,
    headline: row.headline,
    headlineLang: row.headline_lang,
    standfirst: row.standfirst,
    dateline: row.dateline,
    byline: row.byline,
    published: row.published,
    lang: row.lang,
    image: parseImage(row.image, row.id),
    sourceId: row.source_id,
    section: row.section,
    slug: row.slug,
    createdAt: row.created_at,
  };
}

function articleColumns(article: Article, placement: ArticlePlacement, entryHash: string, at: string) {
  return {
    entry_id: placement.entryId,
    source_id: placement.sourceId,
    entry_hash: entryHash,
    headline: article.headline,
    headline_lang: article.headlineLang,
    standfirst: article.standfirst,
    dateline: article.dateline,
    byline: article.byline,
    published: article.published,
    updated: article.updated,
    lang: article.lang,
    url: article.url,
    canonical_url: article.canonicalUrl,
    site_name: article.siteName,
    image: article.image === null ? null : toJsonText(article.image),
    blocks: toJsonText(article.blocks),
    text: article.text,
    section: placement.section,
    slug: placement.slug,
    updated_at: at,
  };
}

function parseImage(image: string | null, id: number): Figure | null {
  return image === null ? null : fromJsonText<Figure>(image, `image of article ${id}`);
}

function toStoredArticle(row: Selectable<ArticlesTable>): StoredArticle {
  return {
    ...toSummary(row),
    entryId: row.entry_id,
    updated: row.updated,
    url: row.url,
    canonicalUrl: row.canonical_url,
    siteName: row.site_name,
    blocks: fromJsonText<Block[]>(row.blocks, `blocks of article ${row.id}`),
    text: row.text,
    updatedAt: row.updated_at,
  };
}
