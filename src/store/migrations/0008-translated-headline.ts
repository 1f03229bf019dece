/**
 * The headline in the target language under either headline policy: shown
 * under `translate`, kept for story clustering under `keep`.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const translatedHeadlineMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('translations').addColumn('translated_headline', 'text').execute();
    await sql`update translations set translated_headline = headline where headline_policy = 'translate' and headline_lang is null`.execute(db);
    // A kept headline was never sent to the engine: marking passed translations
    // stale has the next pass translate them again, the body from translation
    // memory. Those held for review are left alone, so no approval is lost.
    await sql`update translations set article_version = '' where headline_policy = 'keep' and status = 'pass'`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('translations').dropColumn('translated_headline').execute();
  },
};
