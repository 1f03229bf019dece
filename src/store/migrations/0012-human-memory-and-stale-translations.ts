/**
 * Human segments in the translation memory, and translations that know what
 * they were made from (docs/translation.md, docs/desk.md):
 *
 * - translation_memory: `origin` is `machine` (an engine's output, as every
 *   row before this migration) or `human` (a reviewer's post-edit, stored
 *   when they approve), with who made a human segment and when they last
 *   changed it. Human rows belong to no engine: their `engine` is ''.
 * - translations: the source text a translation was made from (its headline
 *   and paragraph-like segments, as JSON), where each segment's target came
 *   from (engine, memory, human memory), and when its source changed after it
 *   was made (`stale_since`), with what it had been translated from then
 *   (`stale_from`, JSON), so that a reviewer sees what changed. Translations
 *   made before this migration have none of these recorded.
 */
import type { Kysely, Migration } from 'kysely';

const TRANSLATION_COLUMNS = ['source_segments', 'segment_origins', 'stale_since', 'stale_from'];

export const humanMemoryMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('translation_memory').addColumn('origin', 'text', (col) => col.notNull().defaultTo('machine')).execute();
    await db.schema.alterTable('translation_memory').addColumn('edited_by', 'text').execute();
    await db.schema.alterTable('translation_memory').addColumn('edited_at', 'text').execute();
    for (const name of TRANSLATION_COLUMNS) await db.schema.alterTable('translations').addColumn(name, 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    for (const name of TRANSLATION_COLUMNS) await db.schema.alterTable('translations').dropColumn(name).execute();
    for (const name of ['origin', 'edited_by', 'edited_at']) await db.schema.alterTable('translation_memory').dropColumn(name).execute();
  },
};
