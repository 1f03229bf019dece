/**
 * A source whose feed has moved for good (301, 308) is fetched at its new
 * URL, while wiredesk.yaml still names the old one. `defined_url` keeps the
 * URL as defined, so re-syncing the file at start-up can tell "the file still
 * says the old URL" (keep the move) from "the file names a new URL" (use it).
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const sourceDefinedUrlMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('sources').addColumn('defined_url', 'text').execute();
    await sql`update sources set defined_url = url`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('sources').dropColumn('defined_url').execute();
  },
};
