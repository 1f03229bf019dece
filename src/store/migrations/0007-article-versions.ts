/**
 * Versions of one report: a wire or site that sends an update as a new item
 * leaves the earlier article in place. `superseded_by` names the current
 * version of the article's chain (src/stories/story-versions.ts), null for a
 * current article; lists leave superseded articles out, while their pages
 * stay and point to the current one. The pipeline rewrites it with each
 * membership, so rows written before this column start as current.
 */
import type { Kysely, Migration } from 'kysely';

export const articleVersionsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('story_articles').addColumn('superseded_by', 'integer').execute();
    // A current version's page lists its earlier versions by this column.
    await db.schema.createIndex('story_articles_superseded_by').on('story_articles').column('superseded_by').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('story_articles_superseded_by').execute();
    await db.schema.alterTable('story_articles').dropColumn('superseded_by').execute();
  },
};
