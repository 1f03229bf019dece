/**
 * Two things the desk's sources page needs from a source's row:
 * - `paused_at`: an admin paused the source (the pass skips it until it is
 *   resumed). It is state of the desk, not of the definition, so re-syncing
 *   wiredesk.yaml at start-up leaves it alone, as it leaves the fetch state.
 * - `last_error_body`: the first characters of what the server sent with the
 *   last failed fetch (an error page, HTML where a feed was expected), for the
 *   desk and the command line only; the public JSON API never shows it.
 */
import type { Kysely, Migration } from 'kysely';

export const sourcePauseAndErrorBodyMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('sources').addColumn('paused_at', 'text').execute();
    await db.schema.alterTable('sources').addColumn('last_error_body', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('sources').dropColumn('last_error_body').execute();
    await db.schema.alterTable('sources').dropColumn('paused_at').execute();
  },
};
