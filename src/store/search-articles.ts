/**
 * Searching the articles readers may see. The engine (search-engine.ts)
 * ranks the documents of the edition's languages that match; what "may see"
 * means is written here once, for both engines, with the rules every list
 * follows: not killed, not embargoed at `visibleAt` (`isVisible`), not an
 * earlier version or a syndicated copy (`unlistedArticleIds`), and for a
 * translation, published (`publishedTranslationRow`). Documents listed as
 * out of date are rebuilt first (up to CATCH_UP_PER_SEARCH of them), so a
 * search reads what was last written.
 *
 * The rules are applied to the best candidates, not to every match: they
 * read the articles' rows, which hold the whole text, and doing that for the
 * thousands of matches of a common word cost 50–90 ms at 100,000 articles,
 * where ranking the matches alone costs 5–15. Hiding never reorders, so the
 * first page of visible candidates is the first page of visible matches;
 * when too few candidates survive, more are ranked, until the matches run out.
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { isVisible } from './article-visibility.ts';
import { rowCount, utcTimestamp } from './column-values.ts';
import type { Database } from './schema.ts';
import { unlistedArticleIds } from './articles-table.ts';
import type { DocumentMatch, SearchEngine } from './search-engine.ts';
import { refreshSearchIndex } from './search-index.ts';
import type { ArticleSearchHit, ArticleSearchQuery } from './store.ts';
import { publishedTranslationRow } from './translations-table.ts';

type Db = Kysely<Database>;

export async function searchArticles(db: Db, engine: SearchEngine, query: ArticleSearchQuery): Promise<ArticleSearchHit[]> {
  if (query.terms.length === 0) return [];
  await refreshSearchIndex(db, undefined, CATCH_UP_PER_SEARCH);
  const offset = rowCount(query.offset ?? 0, 'offset');
  const wanted = offset + rowCount(query.limit, 'limit');
  const langs = query.lang !== undefined
    ? { only: [...new Set([query.lang, ...(query.translationsInto === undefined ? [] : [query.translationsInto])])] }
    : { except: (query.excludeLangs ?? []).filter((lang) => lang !== query.translationsInto) };
  const at = utcTimestamp(query.visibleAt, 'visibility time');
  let candidates = wanted * CANDIDATE_FACTOR + CANDIDATE_SLACK;
  let matches: DocumentMatch[];
  for (;;) {
    const ranked = await engine.matchDocuments(db, { terms: query.terms, langs, limit: candidates });
    const visible = await visibleDocumentIds(db, ranked.map((m) => m.documentId), at, editionDocuments(query));
    matches = ranked.filter((m) => visible.has(m.documentId));
    if (matches.length >= wanted || ranked.length < candidates) break;
    candidates *= CANDIDATE_GROWTH;
  }
  matches = matches.slice(offset, wanted);
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

/**
 * Most out-of-date articles a search rebuilds before it reads: the few a
 * desk edit or a pass leaves are done at once, so a search reads what was
 * just written, while a backlog (the whole archive after the upgrade that
 * brought search) is spread over many searches of about a second each
 * instead of making one reader wait minutes; `refreshSearchIndex` clears it
 * all at once.
 */
const CATCH_UP_PER_SEARCH = 1_000;

/**
 * Candidates ranked per result wanted, and a few more: articles hidden from
 * readers are a small share of the matches, so one round nearly always does.
 */
const CANDIDATE_FACTOR = 2;
const CANDIDATE_SLACK = 20;
/** When a round leaves too few, the next ranks this many times more. */
const CANDIDATE_GROWTH = 4;
/** Ids per `in (…)` list, well under both engines' bound-parameter limits. */
const IDS_PER_QUERY = 1_000;

/** Of these documents, those a reader may see at `at` (UTC ISO). */
async function visibleDocumentIds(db: Db, ids: readonly number[], at: string, edition: RawBuilder<SqlBool>): Promise<Set<number>> {
  const visible = new Set<number>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await db
      .selectFrom('search_documents as d')
      .innerJoin('articles as a', 'a.id', 'd.article_id')
      .leftJoin('translations as t', 't.id', 'd.translation_id')
      .select('d.id')
      .where('d.id', 'in', ids.slice(i, i + IDS_PER_QUERY))
      .where(isVisible('a', at))
      .where('a.id', 'not in', unlistedArticleIds(db))
      .where((eb) => eb.or([eb('d.translation_id', 'is', null), publishedTranslationRow('t')]))
      .where(edition)
      .execute();
    for (const row of rows) visible.add(row.id);
  }
  return visible;
}

/** The documents of an edition, over the alias d: its originals, and translations into its language. */
function editionDocuments(query: ArticleSearchQuery): RawBuilder<SqlBool> {
  const originals =
    query.lang !== undefined
      ? sql<SqlBool>`d.lang = ${query.lang}`
      : query.excludeLangs?.length
        ? sql<SqlBool>`d.lang not in (${sql.join(query.excludeLangs)})`
        : sql<SqlBool>`1 = 1`;
  const translations = query.translationsInto === undefined ? sql<SqlBool>`1 = 0` : sql<SqlBool>`d.lang = ${query.translationsInto}`;
  return sql<SqlBool>`((d.translation_id is null and ${originals}) or (d.translation_id is not null and ${translations}))`;
}
