/**
 * The kind of a source's last fetch error (`status`, `timeout`, `not-a-feed`,
 * …) apart from its text: the public JSON API shows the kind and the HTTP
 * status, while the text, which may quote what the server sent, stays with
 * the command line and the desk. Errors recorded before this migration have
 * no kind.
 */
import type { Kysely, Migration } from 'kysely';

export const sourceErrorKindMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('sources').addColumn('last_error_kind', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('sources').dropColumn('last_error_kind').execute();
  },
};
