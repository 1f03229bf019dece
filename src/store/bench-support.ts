/**
 * For benchmarks only. `bulkInsertArticles`: many articles written at once, past the pipeline, so
 * a bench can fill a database with 100,000 articles in seconds instead of
 * building them one transaction each. Each article gets an entry (its
 * foreign key) and is written as `saveArticle` would write a plain one; the
 * search index's triggers list it like any other write. The source must exist.
 * `dropPostgresSchema`: removes the schema a bench worked in.
 */
import pg from 'pg';
import { QUERY_BUILDER, type KyselyStore } from './kysely-store.ts';
import type { Store } from './store.ts';

export interface BulkArticle {
  guid: string;
  headline: string;
  lang: string;
  text: string;
  section: string;
  slug: string;
  /** UTC ISO. */
  published: string;
}

/** Rows per insert: 14 columns each, under SQLite's and PostgreSQL's bound-parameter limits. */
const ROWS_PER_INSERT = 1_000;

export async function bulkInsertArticles(store: Store, sourceId: string, articles: readonly BulkArticle[], now: string): Promise<void> {
  const db = (store as Partial<KyselyStore>)[QUERY_BUILDER];
  if (db === undefined) throw new Error('store: bulk insert needs a store opened by openStore');
  for (let i = 0; i < articles.length; i += ROWS_PER_INSERT) {
    const batch = articles.slice(i, i + ROWS_PER_INSERT);
    await db.transaction().execute(async (trx) => {
      const entries = await trx
        .insertInto('entries')
        .values(
          batch.map((a) => ({
            source_id: sourceId,
            guid: a.guid,
            url: null,
            title: a.headline,
            published: a.published,
            authors: '[]',
            categories: '[]',
            subjects: '[]',
            language: a.lang,
            raw: '{}',
            content_hash: `bulk-${a.guid}`,
            first_seen_at: now,
            updated_at: now,
          })),
        )
        .returning(['id', 'guid'])
        .execute();
      const entryIds = new Map(entries.map((e) => [e.guid, e.id]));
      await trx
        .insertInto('articles')
        .values(
          batch.map((a) => ({
            entry_id: entryIds.get(a.guid)!,
            source_id: sourceId,
            entry_hash: `bulk-${a.guid}`,
            headline: a.headline,
            headline_lang: null,
            published: a.published,
            lang: a.lang,
            blocks: JSON.stringify([{ type: 'paragraph', content: [{ kind: 'text', text: a.text }] }]),
            text: a.text,
            section: a.section,
            slug: a.slug,
            sort_key: a.published,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
    });
  }
}

/** A plain lowercase identifier, as postgres-dialect.ts accepts for pgSchema. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`store: "${schema}" is not a plain schema name`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Checked above; identifiers cannot be bound.
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
