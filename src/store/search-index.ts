/**
 * Keeping `search_documents` in step with the articles. Triggers list an
 * article in `search_pending` whenever its text or a translation's is
 * written (migration 0016 and the dialect's createSearchIndex), whatever code
 * wrote it: a build, a rebuild from the wire, a staff edit or correction, a
 * translation. `refreshSearchIndex` rebuilds the documents of the listed
 * articles: one for the original, one for each translation with text. Which
 * of them a reader may see (killed, embargoed, superseded, a translation not
 * published) is decided when searching, from the articles' own columns, so a
 * kill or a restore is seen at once without touching the index.
 */
import type { Kysely } from 'kysely';
import { foldForSearch, romanShadow } from '../text/search-fold.ts';
import type { Database, SearchDocumentsTable } from './schema.ts';

type Db = Kysely<Database>;

/** Articles rebuilt per transaction: short enough not to hold SQLite's write lock for long. */
const ARTICLES_PER_BATCH = 200;

export interface SearchRefreshProgress {
  indexed: number;
  /** Articles still listed when the batch began. */
  remaining: number;
}

/**
 * Rebuilds the documents of the listed articles, all of them or the first
 * `maxArticles`; returns how many articles were indexed.
 */
export async function refreshSearchIndex(db: Db, onProgress?: (progress: SearchRefreshProgress) => void, maxArticles = Infinity): Promise<number> {
  let indexed = 0;
  while (indexed < maxArticles) {
    const batch = Math.min(ARTICLES_PER_BATCH, maxArticles - indexed);
    const pending = await db.selectFrom('search_pending').select(['article_id', 'mark']).orderBy('article_id').limit(batch).execute();
    if (pending.length === 0) return indexed;
    await db.transaction().execute(async (trx) => {
      const ids = pending.map((row) => row.article_id);
      await trx.deleteFrom('search_documents').where('article_id', 'in', ids).execute();
      const documents = await buildDocuments(trx, ids);
      for (let i = 0; i < documents.length; i += ROWS_PER_INSERT) {
        await trx.insertInto('search_documents').values(documents.slice(i, i + ROWS_PER_INSERT)).execute();
      }
      // Only if nothing wrote the article since its mark was read; a later write keeps it listed.
      for (const row of pending) {
        await trx.deleteFrom('search_pending').where('article_id', '=', row.article_id).where('mark', '=', row.mark).execute();
      }
    });
    indexed += pending.length;
    if (onProgress) {
      const left = await db.selectFrom('search_pending').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      onProgress({ indexed, remaining: Number(left?.n ?? 0) });
    }
  }
  return indexed;
}

/** Rows per insert statement: 7 columns each, well under both engines' bound-parameter limits. */
const ROWS_PER_INSERT = 500;

/** A row of search_documents as written: every column but the generated id. */
type DocumentRow = Omit<SearchDocumentsTable, 'id'>;

async function buildDocuments(db: Db, ids: number[]): Promise<DocumentRow[]> {
  const articles = await db.selectFrom('articles').select(['id', 'lang', 'headline', 'standfirst', 'text']).where('id', 'in', ids).execute();
  const translations = await db
    .selectFrom('translations')
    .select(['id', 'article_id', 'target_lang', 'headline', 'text'])
    .where('article_id', 'in', ids)
    .where('text', 'is not', null)
    .execute();
  const headlines = new Map(articles.map((a) => [a.id, a]));
  const rows = articles.map((a) => searchDocument(a.id, a.lang, null, a.headline, [a.standfirst, a.text]));
  for (const t of translations) {
    const original = headlines.get(t.article_id);
    if (!original || t.target_lang === original.lang) continue;
    rows.push(searchDocument(t.article_id, t.target_lang, t.id, t.headline ?? original.headline, [t.text]));
  }
  return rows;
}

function searchDocument(articleId: number, lang: string, translationId: number | null, headline: string, body: (string | null)[]): DocumentRow {
  const foldedHeadline = foldForSearch(headline);
  const foldedBody = foldForSearch(body.filter((part) => part).join('\n'));
  return {
    article_id: articleId,
    lang,
    translation_id: translationId,
    headline: foldedHeadline,
    body: foldedBody,
    roman: `${romanShadow(foldedHeadline)}\n${romanShadow(foldedBody)}`.trim(),
  };
}
