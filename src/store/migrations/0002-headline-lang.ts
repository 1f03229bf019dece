/**
 * The language of a headline kept in another language than its body (an
 * English wire headline over a Hindi translation), so pages can mark it up.
 */
import type { Kysely, Migration } from 'kysely';

export const headlineLangMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('articles').addColumn('headline_lang', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('articles').dropColumn('headline_lang').execute();
  },
};
