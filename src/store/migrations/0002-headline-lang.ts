/**
 * The language of a headline kept in another language than its body (an
 * English wire headline over a Hindi translation), so pages can mark it up.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const headlineLangMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('articles').addColumn('headline_lang', 'text').execute();
    // Articles made before this cannot know their headline's language: marking
    // them stale has the next ingest pass rebuild them from their stored entries.
    await sql`update articles set entry_hash = ''`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('articles').dropColumn('headline_lang').execute();
  },
};
