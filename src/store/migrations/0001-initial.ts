/**
 * Sources, the entries read from them, and the article made from each entry.
 * Portable DDL only: the one column that needs engine help (auto-numbered ids)
 * comes from the dialect's SchemaHelpers.
 */
import type { Kysely, Migration } from 'kysely';
import type { SchemaHelpers } from './schema-helpers.ts';

export function initialMigration(helpers: SchemaHelpers): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await createSources(db);
      await createEntries(db, helpers);
      await createArticles(db, helpers);
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('articles').execute();
      await db.schema.dropTable('entries').execute();
      await db.schema.dropTable('sources').execute();
    },
  };
}

async function createSources(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('section', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('mode', 'text', (col) => col.notNull())
    .addColumn('full_text', 'text', (col) => col.notNull())
    .addColumn('licence', 'text')
    .addColumn('notice', 'text')
    .addColumn('origin', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('consecutive_failures', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_fetch_at', 'text')
    .execute();
}

async function createEntries(db: Kysely<unknown>, helpers: SchemaHelpers): Promise<void> {
  await db.schema
    .createTable('entries')
    .addColumn('id', 'integer', (col) => helpers.autoIncrementId(col))
    .addColumn('source_id', 'text', (col) => col.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('guid', 'text', (col) => col.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text')
    .addColumn('content_html', 'text')
    .addColumn('published', 'text')
    .addColumn('updated', 'text')
    .addColumn('authors', 'text', (col) => col.notNull())
    .addColumn('categories', 'text', (col) => col.notNull())
    .addColumn('language', 'text')
    .addColumn('raw', 'text', (col) => col.notNull())
    .addColumn('content_hash', 'text', (col) => col.notNull())
    .addColumn('first_seen_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('entries_source_guid_unique', ['source_id', 'guid'])
    .execute();
}

async function createArticles(db: Kysely<unknown>, helpers: SchemaHelpers): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'integer', (col) => helpers.autoIncrementId(col))
    .addColumn('entry_id', 'integer', (col) => col.notNull().references('entries.id').onDelete('cascade'))
    .addColumn('source_id', 'text', (col) => col.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('entry_hash', 'text', (col) => col.notNull())
    .addColumn('headline', 'text', (col) => col.notNull())
    .addColumn('standfirst', 'text')
    .addColumn('dateline', 'text')
    .addColumn('byline', 'text')
    .addColumn('published', 'text')
    .addColumn('updated', 'text')
    .addColumn('lang', 'text', (col) => col.notNull())
    .addColumn('url', 'text')
    .addColumn('canonical_url', 'text')
    .addColumn('site_name', 'text')
    .addColumn('image', 'text')
    .addColumn('blocks', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('section', 'text', (col) => col.notNull())
    .addColumn('slug', 'text', (col) => col.notNull())
    .addColumn('sort_key', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('articles_entry_unique', ['entry_id'])
    .execute();
  await createArticleIndexes(db);
}

/**
 * The site's lists: an edition's latest (lang), a section page in an edition
 * (lang, section), all sections together. Both engines scan a b-tree backwards,
 * so ascending indexes serve `order by sort_key desc, id desc`.
 */
async function createArticleIndexes(db: Kysely<unknown>): Promise<void> {
  const indexes: [name: string, columns: string[]][] = [
    ['articles_lang_section_latest', ['lang', 'section', 'sort_key', 'id']],
    ['articles_lang_latest', ['lang', 'sort_key', 'id']],
    ['articles_section_latest', ['section', 'sort_key', 'id']],
    ['articles_latest', ['sort_key', 'id']],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on('articles').columns(columns).execute();
  }
  // Cascading deletes and per-source listings look entries and articles up by source.
  await db.schema.createIndex('articles_source').on('articles').column('source_id').execute();
}
