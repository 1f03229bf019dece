/**
 * Translation: the segment memory in front of the engines, and one
 * translation per article and target language with its quality status, or
 * the state of its retries while the engine fails.
 */
import type { Kysely, Migration } from 'kysely';
import type { SchemaHelpers } from './schema-helpers.ts';

export function translationsMigration(helpers: SchemaHelpers): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('translation_memory')
        .addColumn('engine', 'text', (col) => col.notNull())
        .addColumn('source_lang', 'text', (col) => col.notNull())
        .addColumn('target_lang', 'text', (col) => col.notNull())
        .addColumn('source_key', 'text', (col) => col.notNull())
        .addColumn('source', 'text', (col) => col.notNull())
        .addColumn('output', 'text', (col) => col.notNull())
        .addColumn('hits', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('last_used_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('translation_memory_pk', ['engine', 'source_lang', 'target_lang', 'source_key'])
        .execute();
      await db.schema
        .createTable('translations')
        .addColumn('id', 'integer', (col) => helpers.autoIncrementId(col))
        .addColumn('article_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('target_lang', 'text', (col) => col.notNull())
        .addColumn('article_version', 'text', (col) => col.notNull())
        .addColumn('engine', 'text')
        .addColumn('headline', 'text')
        .addColumn('headline_lang', 'text')
        .addColumn('headline_policy', 'text', (col) => col.notNull())
        .addColumn('blocks', 'text')
        .addColumn('text', 'text')
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('issues', 'text', (col) => col.notNull())
        .addColumn('approved_at', 'text')
        .addColumn('attempts', 'integer', (col) => col.notNull())
        .addColumn('next_attempt_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .addUniqueConstraint('translations_article_lang', ['article_id', 'target_lang'])
        .execute();
      // The retry sweep: pending translations whose next attempt is due.
      await db.schema.createIndex('translations_status').on('translations').columns(['status', 'next_attempt_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('translations').execute();
      await db.schema.dropTable('translation_memory').execute();
    },
  };
}
