/**
 * Search on SQLite: an FTS5 table over `search_documents` (external content,
 * so the text is stored once), kept in step by triggers, ranked by bm25.
 *
 * The tokenizer is chosen for Devanagari: unicode61's token characters are
 * letters, numbers and private use (`L* N* Co`) by default, so it cuts a
 * Hindi word at every vowel sign, virama and anusvara (भूकंप becomes भ, क, प).
 * Adding the marks (`M*`) keeps each word whole. `porter` stems English on
 * top; it leaves words in other scripts as they are. `remove_diacritics 2`
 * lets política match politica. The document's language is a column of
 * the index too, so the edition's languages are part of the match and the
 * ranking never reads the documents' rows.
 */
import { sql } from 'kysely';
import type { SearchTerm } from '../text/search-query.ts';
import type { DocumentMatch, DocumentMatchQuery, SearchEngine } from './search-engine.ts';

export const FTS5_TOKENIZER = `porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'`;

/**
 * bm25 weights of the columns (headline, body, roman, lang): a word in the
 * headline says more about what the article is about than one in the body; a
 * roman key stands for a word of either; the language says nothing.
 */
const BM25_WEIGHTS = sql.raw('8.0, 1.0, 2.0, 0.0');

export const sqliteSearch: SearchEngine = {
  async createSearchIndex(db) {
    await sql
      .raw(
        `create virtual table search_fts using fts5(headline, body, roman, lang, content='search_documents', content_rowid='id', tokenize="${FTS5_TOKENIZER}")`,
      )
      .execute(db);
    // FTS5's documented way of keeping an external-content table in step.
    await sql`create trigger search_documents_ai after insert on search_documents begin
      insert into search_fts (rowid, headline, body, roman, lang) values (new.id, new.headline, new.body, new.roman, new.lang); end`.execute(db);
    await sql`create trigger search_documents_ad after delete on search_documents begin
      insert into search_fts (search_fts, rowid, headline, body, roman, lang) values ('delete', old.id, old.headline, old.body, old.roman, old.lang); end`.execute(db);
    await sql`create trigger search_documents_au after update on search_documents begin
      insert into search_fts (search_fts, rowid, headline, body, roman, lang) values ('delete', old.id, old.headline, old.body, old.roman, old.lang);
      insert into search_fts (rowid, headline, body, roman, lang) values (new.id, new.headline, new.body, new.roman, new.lang); end`.execute(db);
    // Any write of an article's or a translation's text lists the article for a rebuild.
    const mark = (id: string) =>
      `insert into search_pending (article_id, mark) values (${id}, 1) on conflict (article_id) do update set mark = search_pending.mark + 1;`;
    await sql.raw(`create trigger search_pending_article_insert after insert on articles begin ${mark('new.id')} end`).execute(db);
    await sql
      .raw(`create trigger search_pending_article_update after update of headline, standfirst, text, lang on articles begin ${mark('new.id')} end`)
      .execute(db);
    await sql.raw(`create trigger search_pending_translation_insert after insert on translations begin ${mark('new.article_id')} end`).execute(db);
    await sql
      .raw(`create trigger search_pending_translation_update after update of headline, text, target_lang on translations begin ${mark('new.article_id')} end`)
      .execute(db);
  },
  async dropSearchIndex(db) {
    for (const trigger of [
      'search_pending_article_insert',
      'search_pending_article_update',
      'search_pending_translation_insert',
      'search_pending_translation_update',
    ]) {
      await sql`drop trigger if exists ${sql.raw(trigger)}`.execute(db);
    }
    await sql`drop table if exists search_fts`.execute(db);
  },
  async matchDocuments(db, query: DocumentMatchQuery): Promise<DocumentMatch[]> {
    const { rows } = await sql<{ id: number; rank: number }>`
      select rowid as id, bm25(search_fts, ${BM25_WEIGHTS}) as rank
      from search_fts
      where search_fts match ${fts5Query(query.terms, query.langs)}
      order by rank, rowid desc
      limit ${query.limit}`.execute(db);
    // bm25 is lower for better matches.
    return rows.map((row) => ({ documentId: row.id, score: -row.rank }));
  },
};

/**
 * An FTS5 query that only ever holds quoted strings: whatever a reader types
 * (`"`, `*`, `NEAR`, `-`, `:`, `(`) is a phrase to look for, never syntax.
 * Terms are letters, digits and marks already; quotes are doubled regardless.
 */
/** Without `langs`, the words alone, for a table of other columns (the bench's peers). */
export function fts5Query(terms: readonly SearchTerm[], langs?: DocumentMatchQuery['langs']): string {
  const each = terms
    .map((term) => {
      const text = quoted(term.text);
      return term.roman ? `(${text} OR roman : ${quoted(term.roman)})` : text;
    })
    .join(' AND ');
  if (langs === undefined) return each;
  // The words never look in the language column: a query "hi" is not every Hindi article.
  const words = `{headline body roman} : (${each})`;
  if ('only' in langs) return `(${words}) AND lang : (${langs.only.map(quoted).join(' OR ') || '""'})`;
  return langs.except.length === 0 ? words : `(${words}) NOT lang : (${langs.except.map(quoted).join(' OR ')})`;
}

function quoted(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}
