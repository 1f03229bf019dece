/**
 * Searching the articles readers may see. The engine (search-engine.ts)
 * ranks the documents that match; what "may see" means is written here once,
 * for both engines, with the rules every list follows: not killed, not
 * embargoed at `visibleAt` (`isVisible`), not an earlier version or a
 * syndicated copy (`unlistedArticleIds`), and for a translation, published
 * (`publishedTranslationRow`). Documents listed as out of date are rebuilt
 * first, so a search reads what was last written.
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { isVisible } from './article-visibility.ts';
import { rowCount, utcTimestamp } from './column-values.ts';
import type { Database } from './schema.ts';
import type { SearchEngine } from './search-engine.ts';
import { refreshSearchIndex } from './search-index.ts';
import type { ArticleSearchHit, ArticleSearchQuery } from './store.ts';
import { publishedTranslationRow } from './translations-table.ts';

type Db = Kysely<Database>;

export async function searchArticles(db: Db, engine: SearchEngine, query: ArticleSearchQuery): Promise<ArticleSearchHit[]> {
  if (query.terms.length === 0) return [];
  await refreshSearchIndex(db);
  const matches = await engine.matchDocuments(db, {
    terms: query.terms,
    visible: visibleDocuments(query),
    limit: rowCount(query.limit, 'limit'),
    offset: rowCount(query.offset ?? 0, 'offset'),
  });
  if (matches.length === 0) return [];
  const rows = await db
    .selectFrom('search_documents as d')
    .innerJoin('articles as a', 'a.id', 'd.article_id')
    .leftJoin('translations as t', 't.id', 'd.translation_id')
    .select([
      'd.id as documentId',
      'd.lang as lang',
      'a.id as articleId',
      'a.lang as articleLang',
      'a.headline as headline',
      'a.headline_lang as headlineLang',
      'a.standfirst as standfirst',
      'a.text as text',
      'a.section as section',
      'a.slug as slug',
      'a.sort_key as published',
      't.id as translationId',
      't.headline as translatedHeadline',
      't.headline_lang as translatedHeadlineLang',
      't.text as translatedText',
    ])
    .where(
      'd.id',
      'in',
      matches.map((m) => m.documentId),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.documentId, row]));
  return matches.flatMap(({ documentId, score }) => {
    const row = byId.get(documentId);
    if (!row) return [];
    const translated = row.translationId !== null;
    return [
      {
        articleId: row.articleId,
        lang: row.lang,
        articleLang: row.articleLang,
        translated,
        headline: translated ? (row.translatedHeadline ?? row.headline) : row.headline,
        headlineLang: translated ? row.translatedHeadlineLang : row.headlineLang,
        standfirst: translated ? null : row.standfirst,
        text: translated ? (row.translatedText ?? '') : row.text,
        section: row.section,
        slug: row.slug,
        published: row.published,
        score,
      },
    ];
  });
}

/** The documents of an edition a reader may see at `visibleAt`, over the aliases d, a and t. */
function visibleDocuments(query: ArticleSearchQuery): RawBuilder<SqlBool> {
  const at = utcTimestamp(query.visibleAt, 'visibility time');
  const originals =
    query.lang !== undefined
      ? sql<SqlBool>`d.lang = ${query.lang}`
      : query.excludeLangs?.length
        ? sql<SqlBool>`d.lang not in (${sql.join(query.excludeLangs)})`
        : sql<SqlBool>`1 = 1`;
  const translations =
    query.translationsInto === undefined
      ? sql<SqlBool>`1 = 0`
      : sql<SqlBool>`(d.lang = ${query.translationsInto} and ${publishedTranslationRow('t')})`;
  return sql<SqlBool>`${isVisible('a', at)}
    and a.id not in (select sa.article_id from story_articles sa where sa.superseded_by is not null or sa.is_canonical = 0)
    and ((d.translation_id is null and ${originals}) or (d.translation_id is not null and ${translations}))`;
}
