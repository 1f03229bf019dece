/**
 * Stories: the groups of articles about one event, and each article's place
 * in its story (which copy it is of which). The pipeline rewrites these rows
 * from the clusterer after every pass; a story merged into another keeps its
 * row with `merged_into` set, so its address can redirect.
 */
import type { Kysely, Migration } from 'kysely';

export const storiesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('stories')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('first_seen', 'text', (col) => col.notNull())
      .addColumn('last_seen', 'text', (col) => col.notNull())
      .addColumn('article_count', 'integer', (col) => col.notNull())
      .addColumn('source_count', 'integer', (col) => col.notNull())
      .addColumn('independent_source_count', 'integer', (col) => col.notNull())
      .addColumn('languages', 'text', (col) => col.notNull())
      .addColumn('trend_score', 'double precision', (col) => col.notNull())
      .addColumn('merged_into', 'text')
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('story_articles')
      .addColumn('article_id', 'integer', (col) => col.primaryKey().references('articles.id').onDelete('cascade'))
      .addColumn('story_id', 'text', (col) => col.notNull())
      .addColumn('near_duplicate_of', 'integer')
      .addColumn('canonical_id', 'integer', (col) => col.notNull())
      .addColumn('is_canonical', 'integer', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('story_articles_story').on('story_articles').column('story_id').execute();
    // Trends list: highest score first; `recent`: newest last article first.
    await db.schema.createIndex('stories_trend').on('stories').columns(['trend_score', 'id']).execute();
    await db.schema.createIndex('stories_recent').on('stories').columns(['last_seen', 'id']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('story_articles').execute();
    await db.schema.dropTable('stories').execute();
  },
};
