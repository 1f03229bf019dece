/**
 * The editorial lifecycle of an article (docs/articles.md):
 *
 * - its state: killed (when, by whom, why) and an embargo time before which
 *   nobody sees it; `published` is neither. Kept as columns rather than one
 *   status word, because an embargo ends by the clock, not by a write.
 * - its editorial revision number, bumped by every change after the first
 *   build (staff edits, corrections, kills, restores, wire updates): a desk
 *   form carries the number it was opened at, and a save at another number
 *   is refused instead of silently overwriting someone else's change.
 * - which fields staff changed (a wire update leaves those as staff left
 *   them), the wire's latest values of those fields, and the dated
 *   correction notes the page shows.
 * - `editorial_revisions`: one row per change with who, when, why and each
 *   field's value before and after. Not to be confused with
 *   story_articles.superseded_by (0007), the versions of a report a wire
 *   re-sent as new items.
 *
 * Also what the wire says about an item (ninjs pubstatus/embargoed,
 * NewsML-G2 pubStatus/embargoed, NITF management-status/date.release),
 * the licence rules of a source, and a flag on stories whose stored summary
 * is out of date because an article left them between clustering passes.
 */
import type { Kysely, Migration } from 'kysely';
import type { SchemaHelpers } from './schema-helpers.ts';

export function articleStatesMigration(helpers: SchemaHelpers): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('articles').addColumn('revision', 'integer', (col) => col.notNull().defaultTo(0)).execute();
      for (const name of ['killed_at', 'killed_by', 'kill_reason', 'embargoed_until']) {
        await db.schema.alterTable('articles').addColumn(name, 'text').execute();
      }
      await db.schema.alterTable('articles').addColumn('staff_edited', 'text', (col) => col.notNull().defaultTo('[]')).execute();
      await db.schema.alterTable('articles').addColumn('wire_values', 'text', (col) => col.notNull().defaultTo('{}')).execute();
      await db.schema.alterTable('articles').addColumn('corrections', 'text', (col) => col.notNull().defaultTo('[]')).execute();

      await db.schema
        .createTable('editorial_revisions')
        .addColumn('id', 'integer', (col) => helpers.autoIncrementId(col))
        .addColumn('article_id', 'integer', (col) => col.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('revision', 'integer', (col) => col.notNull())
        .addColumn('action', 'text', (col) => col.notNull())
        .addColumn('actor', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('reason', 'text')
        .addColumn('changes', 'text', (col) => col.notNull())
        .addColumn('held', 'text', (col) => col.notNull().defaultTo('[]'))
        .addUniqueConstraint('editorial_revisions_number', ['article_id', 'revision'])
        .execute();
      // The desk home's "recent kills and corrections".
      await db.schema.createIndex('editorial_revisions_recent').on('editorial_revisions').columns(['action', 'at']).execute();

      await db.schema.alterTable('entries').addColumn('pub_status', 'text').execute();
      await db.schema.alterTable('entries').addColumn('embargoed', 'text').execute();

      await db.schema.alterTable('sources').addColumn('licence_edits', 'text', (col) => col.notNull().defaultTo('full')).execute();
      await db.schema.alterTable('sources').addColumn('licence_translation', 'text', (col) => col.notNull().defaultTo('publish')).execute();

      await db.schema.alterTable('stories').addColumn('needs_summary', 'integer', (col) => col.notNull().defaultTo(0)).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('stories').dropColumn('needs_summary').execute();
      for (const name of ['licence_edits', 'licence_translation']) await db.schema.alterTable('sources').dropColumn(name).execute();
      for (const name of ['pub_status', 'embargoed']) await db.schema.alterTable('entries').dropColumn(name).execute();
      await db.schema.dropTable('editorial_revisions').execute();
      for (const name of ['revision', 'killed_at', 'killed_by', 'kill_reason', 'embargoed_until', 'staff_edited', 'wire_values', 'corrections']) {
        await db.schema.alterTable('articles').dropColumn(name).execute();
      }
    },
  };
}
