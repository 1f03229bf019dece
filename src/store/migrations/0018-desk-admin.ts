/**
 * What the desk's admin pages and two-factor sign-in keep.
 *
 * On a source's row:
 * - `paused_at`: an admin paused the source (the pass skips it until it is
 *   resumed). It is state of the desk, not of the definition, so re-syncing
 *   wiredesk.yaml at start-up leaves it alone, as it leaves the fetch state.
 * - `last_error_body`: the first characters of what the server sent with the
 *   last failed fetch (an error page, HTML where a feed was expected), for the
 *   desk and the command line only; the public JSON API never shows it.
 *
 * On a user's row, for two-factor sign-in (desk/totp.ts):
 * - `totp_secret`: the base32 TOTP secret once the user has turned it on;
 *   null while sign-in takes the password alone.
 * - `totp_last_step`: the last 30-second step whose code was accepted, so a
 *   code cannot be used twice within its window.
 *
 * On a session, between the password and the code of such an account:
 * `pending_user_id` and `pending_at`, whose password the visitor has just
 * given; the session is not signed in until the code is right.
 */
import type { Kysely, Migration } from 'kysely';

export const deskAdminMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('sources').addColumn('paused_at', 'text').execute();
    await db.schema.alterTable('sources').addColumn('last_error_body', 'text').execute();
    await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
    await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute();
    await db.schema.alterTable('sessions').addColumn('pending_user_id', 'integer').execute();
    await db.schema.alterTable('sessions').addColumn('pending_at', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('sessions').dropColumn('pending_at').execute();
    await db.schema.alterTable('sessions').dropColumn('pending_user_id').execute();
    await db.schema.alterTable('users').dropColumn('totp_last_step').execute();
    await db.schema.alterTable('users').dropColumn('totp_secret').execute();
    await db.schema.alterTable('sources').dropColumn('last_error_body').execute();
    await db.schema.alterTable('sources').dropColumn('paused_at').execute();
  },
};
