/**
 * Search on PostgreSQL: its own full-text search over `search_documents`,
 * with pg_trgm for Devanagari spellings the folding does not know.
 *
 * - A stored tsvector column: the headline (weight A) and body (C) through
 *   the `english` configuration, which stems English and leaves words of
 *   other scripts whole (the default parser keeps a Devanagari word with its
 *   vowel signs in a UTF-8 database); the roman keys (B) through `simple`,
 *   as they are. A GIN index serves `@@`; ts_rank orders.
 * - pg_trgm: when the words as folded find nothing, a Devanagari term also
 *   matches a headline holding a word of nearly the same spelling (word
 *   similarity, `<%`, through a trigram GIN index): दिल्लि finds दिल्ली, which
 *   no folding rule covers. The extension
 *   is database-wide, so it is created in `public` whatever schema the
 *   tables are in, and its operator is named with that schema.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { SearchTerm } from '../text/search-query.ts';
import type { DocumentMatch, DocumentMatchQuery, SearchEngine } from './search-engine.ts';

/** A plain identifier, spliced into SQL where identifiers cannot be bound. */
const PLAIN_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema pg_trgm is installed in, per database handle, looked up once. */
const trgmSchemas = new WeakMap<object, Promise<string>>();

export const postgresSearch: SearchEngine = {
  async createSearchIndex(db) {
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    const schema = await trgmSchema(db);
    await sql`alter table search_documents add column tsv tsvector generated always as (
      setweight(to_tsvector('english'::regconfig, headline), 'A') ||
      setweight(to_tsvector('simple'::regconfig, roman), 'B') ||
      setweight(to_tsvector('english'::regconfig, body), 'C')) stored`.execute(db);
    await sql`create index search_documents_tsv on search_documents using gin (tsv)`.execute(db);
    await sql`create index search_documents_headline_trgm on search_documents using gin (headline ${sql.raw(`${schema}.gin_trgm_ops`)})`.execute(db);
    await sql`create or replace function wiredesk_search_mark() returns trigger language plpgsql as $$
      begin
        -- Two statements: a row of articles has no article_id, and each is planned only when it runs.
        if tg_table_name = 'translations' then
          insert into search_pending (article_id, mark) values (new.article_id, 1)
            on conflict (article_id) do update set mark = search_pending.mark + 1;
        else
          insert into search_pending (article_id, mark) values (new.id, 1)
            on conflict (article_id) do update set mark = search_pending.mark + 1;
        end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger search_pending_article after insert or update of headline, standfirst, text, lang on articles
      for each row execute function wiredesk_search_mark()`.execute(db);
    await sql`create trigger search_pending_translation after insert or update of headline, text, target_lang on translations
      for each row execute function wiredesk_search_mark()`.execute(db);
  },
  async dropSearchIndex(db) {
    await sql`drop trigger if exists search_pending_article on articles`.execute(db);
    await sql`drop trigger if exists search_pending_translation on translations`.execute(db);
    await sql`drop function if exists wiredesk_search_mark()`.execute(db);
  },
  async matchDocuments(db, query: DocumentMatchQuery): Promise<DocumentMatch[]> {
    const exact = await rankedMatches(db as Kysely<unknown>, query, null);
    // Near spellings only when the words as folded find nothing: the trigram
    // check of a common word's candidates costs more than the whole search.
    if (exact.length > 0 || query.terms.every((term) => term.roman !== null)) return exact;
    return rankedMatches(db as Kysely<unknown>, query, await trgmSchema(db as Kysely<unknown>));
  },
};

async function rankedMatches(db: Kysely<unknown>, query: DocumentMatchQuery, trgm: string | null): Promise<DocumentMatch[]> {
  const tsquery = sql.join(query.terms.map((term) => termQuery(term)), sql` && `);
  const matches = sql.join(
    query.terms.map((term) => termMatch(term, trgm)),
    sql` and `,
  );
  const { rows } = await sql<{ id: number; score: number }>`
    select d.id as id, ts_rank(d.tsv, q.query) as score
    from search_documents d
    cross join (select ${tsquery} as query) q
    where ${matches} and ${langFilter(query.langs)}
    order by score desc, d.article_id desc
    limit ${query.limit}`.execute(db);
  return rows.map((row) => ({ documentId: row.id, score: Number(row.score) }));
}

function langFilter(langs: DocumentMatchQuery['langs']): RawBuilder<unknown> {
  if ('only' in langs) return langs.only.length === 0 ? sql`false` : sql`d.lang in (${sql.join(langs.only)})`;
  return langs.except.length === 0 ? sql`true` : sql`d.lang not in (${sql.join(langs.except)})`;
}

/** One term as a tsquery: the word stemmed as English, or its roman key as it is. Bound, never spliced. */
function termQuery(term: SearchTerm): RawBuilder<unknown> {
  const own = sql`plainto_tsquery('english'::regconfig, ${term.text})`;
  return term.roman ? sql`(${own} || plainto_tsquery('simple'::regconfig, ${term.roman}))` : own;
}

/** With `trgm` (pg_trgm's schema), a non-Latin term also matches a headline word of nearly its spelling. */
function termMatch(term: SearchTerm, trgm: string | null): RawBuilder<unknown> {
  const full = sql`d.tsv @@ ${termQuery(term)}`;
  if (term.roman !== null || trgm === null) return full;
  const schema = trgm;
  // A Devanagari (or other non-Latin) term: a near spelling in the headline counts too.
  return sql`(${full} or ${term.text} ${sql.raw(`operator(${schema}.<%)`)} d.headline)`;
}

function trgmSchema(db: Kysely<unknown>): Promise<string> {
  let found = trgmSchemas.get(db);
  if (!found) {
    found = lookUpTrgmSchema(db);
    trgmSchemas.set(db, found);
    found.catch(() => trgmSchemas.delete(db));
  }
  return found;
}

async function lookUpTrgmSchema(db: Kysely<unknown>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select n.nspname as schema from pg_extension e
    join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  const schema = rows[0]?.schema;
  if (schema === undefined) throw new Error('store: the pg_trgm extension is not installed (migration 0016 creates it)');
  if (!PLAIN_IDENTIFIER.test(schema)) throw new Error(`store: pg_trgm is installed in schema "${schema}", whose name wiredesk cannot quote`);
  return schema;
}
