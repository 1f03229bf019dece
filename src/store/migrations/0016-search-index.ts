/**
 * The search index (issue 13, item 4). `search_documents` holds, per article
 * and per published language of it (the original, each translation), its
 * headline and body in the index's spelling and the roman keys of its
 * Devanagari words; the engine's own full-text index over those columns
 * comes from the dialect (`createSearchIndex`: FTS5 on SQLite, tsvector and
 * pg_trgm on PostgreSQL). The folded text is made by code outside this
 * folder (src/text/search-fold.ts), which a frozen migration cannot import.
 * So the index is filled the way it is kept in step: `search_pending` lists
 * the articles whose documents are out of date, triggers (from the dialect)
 * add an article there whenever its text or a translation's is written, by
 * whatever code, and src/store/search-index.ts rebuilds the documents of the
 * listed articles before a search reads the index (or when asked). This
 * migration lists every existing article, which is the backfill. `mark`
 * counts writes: a rebuild clears an article only if no write came since it
 * read the text.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { SchemaHelpers } from './schema-helpers.ts';

export function searchIndexMigration(helpers: SchemaHelpers): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('search_documents')
        .addColumn('id', 'integer', (col) => helpers.autoIncrementId(col))
        .addColumn('article_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('lang', 'text', (col) => col.notNull())
        .addColumn('translation_id', 'integer', (col) => col.references('translations.id').onDelete('cascade'))
        .addColumn('headline', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('roman', 'text', (col) => col.notNull())
        .addUniqueConstraint('search_documents_article_lang', ['article_id', 'lang'])
        .execute();
      await db.schema.createIndex('search_documents_translation').on('search_documents').column('translation_id').execute();
      await db.schema
        .createTable('search_pending')
        .addColumn('article_id', 'integer', (col) => col.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('mark', 'integer', (col) => col.notNull().defaultTo(1))
        .execute();
      await sql`insert into search_pending (article_id, mark) select id, 1 from articles`.execute(db);
      await helpers.createSearchIndex(db);
    },
    async down(db: Kysely<unknown>) {
      await helpers.dropSearchIndex(db);
      await db.schema.dropTable('search_pending').execute();
      await db.schema.dropTable('search_documents').execute();
    },
  };
}
