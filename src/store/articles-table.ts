/** Articles: the clean article made from each entry (stored by article-save.ts), and the lists the site shows. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Article, Block, Figure } from '../extract/article.ts';
import { articleStatus } from './article-status.ts';
import { isVisible } from './article-visibility.ts';
import { fromJsonText, rowCount, toJsonText, utcTimestamp } from './column-values.ts';
import type { ArticlesTable, Database } from './schema.ts';
import type {
  ArticleEditorialState,
  ArticlePlacement,
  ArticleQuery,
  ArticleStateQuery,
  ArticleStateSummary,
  ArticleSummary,
  Correction,
  EditableField,
  StoredArticle,
} from './store.ts';

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

export async function getArticle(db: Db, id: number): Promise<StoredArticle | null> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStoredArticle(row);
}

/** The articles with these ids, in any state; ids with no article are skipped. Keep the list short (see published-articles.ts). */
export async function getArticleRows(db: Db, ids: readonly number[]): Promise<StoredArticle[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('articles').selectAll().where('id', 'in', ids).execute();
  return rows.map(toStoredArticle);
}

/** Newest first by published time (stored time when undated), ties broken by id; listed and visible articles only (see `unlistedArticleIds`, `isVisible`). */
export async function latestArticles(db: Db, query: ArticleQuery): Promise<ArticleSummary[]> {
  let select = db
    .selectFrom('articles')
    .select(SUMMARY_COLUMNS)
    .where('id', 'not in', unlistedArticleIds(db))
    .where(isVisible('articles', query.visibleAt === undefined ? undefined : utcTimestamp(query.visibleAt, 'visibility time')));
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

export function articleColumns(article: Article, placement: ArticlePlacement, entryHash: string, at: string) {
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
    ...editorialState(row),
  };
}

export function editorialState(row: Selectable<ArticlesTable>): ArticleEditorialState {
  return {
    revision: row.revision,
    killed: row.killed_at === null ? null : { at: row.killed_at, by: row.killed_by ?? '', reason: row.kill_reason ?? '' },
    embargoedUntil: row.embargoed_until,
    staffEdited: fromJsonText<EditableField[]>(row.staff_edited, `staff-edited fields of article ${row.id}`),
    corrections: fromJsonText<Correction[]>(row.corrections, `corrections of article ${row.id}`),
  };
}

/** Every article, whatever its state, newest first; `status` narrows to one state at `query.at`. */
/** `text` matched literally by LIKE: its wildcards and the escape character are escaped with `!`. */
function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}

export async function listArticleStates(db: Db, query: ArticleStateQuery): Promise<ArticleStateSummary[]> {
  const at = utcTimestamp(query.at, 'time of the article states');
  let select = db.selectFrom('articles').select([...SUMMARY_COLUMNS, 'revision', 'killed_at', 'killed_by', 'kill_reason', 'embargoed_until']);
  if (query.status === 'killed') select = select.where('killed_at', 'is not', null);
  if (query.status === 'embargoed') select = select.where('killed_at', 'is', null).where('embargoed_until', '>', at);
  if (query.status === 'published') select = select.where(isVisible('articles', at));
  if (query.lang !== undefined) select = select.where('lang', '=', query.lang);
  if (query.sourceId !== undefined) select = select.where('source_id', '=', query.sourceId);
  if (query.headline !== undefined && query.headline !== '') {
    const pattern = `%${escapeLike(query.headline.toLowerCase())}%`;
    select = select.where(sql<boolean>`lower(headline) like ${pattern} escape '!'`);
  }
  const rows = await select
    .orderBy('sort_key', 'desc')
    .orderBy('id', 'desc')
    .limit(rowCount(query.limit, 'limit'))
    .offset(rowCount(query.offset ?? 0, 'offset'))
    .execute();
  return rows.map((row) => {
    const killed = row.killed_at === null ? null : { at: row.killed_at, by: row.killed_by ?? '', reason: row.kill_reason ?? '' };
    return { ...toSummary(row), status: articleStatus({ killed, embargoedUntil: row.embargoed_until }, at), revision: row.revision, killed, embargoedUntil: row.embargoed_until };
  });
}
