/**
 * The content generation: one row whose number moves whenever something a
 * public page, feed or sitemap shows is written, whoever writes it (an ingest
 * pass in this process or a worker elsewhere, the desk, a CLI command). Every
 * web process keeps its rendered pages in memory while the number stays put
 * and drops them when it moves (src/site/content-generation.ts), so the
 * number is bumped by triggers in the database, not by the code that writes:
 * no writer, present or future, can forget it.
 *
 * An embargo ends by the clock, with no write; the web processes ask for the
 * next end instead, which the index on `embargoed_until` keeps cheap.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { SchemaHelpers } from './schema-helpers.ts';

/**
 * What the site reads, and for sources the columns it shows (name, licence,
 * notice…): their fetch state changes on every poll and shows nowhere public
 * but /api/sources, which is never cached.
 */
const WATCHED: readonly { table: string; columns?: readonly string[] }[] = [
  { table: 'articles' },
  { table: 'translations' },
  { table: 'stories' },
  { table: 'story_articles' },
  { table: 'editorial_revisions' },
  {
    table: 'sources',
    columns: ['name', 'url', 'defined_url', 'format', 'section', 'language', 'mode', 'full_text', 'licence', 'notice', 'origin', 'licence_edits', 'licence_translation'],
  },
];

export function contentGenerationMigration(helpers: SchemaHelpers): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('content_generation')
        .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
        .addColumn('generation', 'bigint', (col) => col.notNull())
        .execute();
      await db.insertInto('content_generation' as never).values({ id: 1, generation: 1 }).execute();
      for (const { table, columns } of WATCHED) await helpers.countChanges(db, table, columns);
      await db.schema
        .createIndex('articles_embargoed_until')
        .on('articles')
        .column('embargoed_until')
        .where(sql.ref('embargoed_until'), 'is not', null)
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('articles_embargoed_until').execute();
      for (const { table } of WATCHED) await helpers.dropChangeCount(db, table);
      await db.schema.dropTable('content_generation').execute();
    },
  };
}
