/**
 * What the job handlers (src/pipeline/jobs/) read to pick up one unit of work
 * by its id: an entry, and the entries of one source still waiting for their
 * article (none yet, or one built from an older version of the entry).
 */
import type { Kysely } from 'kysely';
import { rowCount } from './column-values.ts';
import { toStoredEntry } from './entries-table.ts';
import type { Database } from './schema.ts';
import type { StoredEntry } from './store.ts';

export async function getEntry(db: Kysely<Database>, id: number): Promise<StoredEntry | null> {
  const row = await db.selectFrom('entries').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStoredEntry(row) : null;
}

export async function pendingEntryIds(db: Kysely<Database>, sourceId: string, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('entries')
    .leftJoin('articles', 'articles.entry_id', 'entries.id')
    .select('entries.id')
    .where('entries.source_id', '=', sourceId)
    .where((eb) => eb.or([eb('articles.id', 'is', null), eb('articles.entry_hash', '<>', eb.ref('entries.content_hash'))]))
    .orderBy('entries.id')
    .limit(rowCount(limit, 'limit'))
    .execute();
  return rows.map((row) => row.id);
}

/** Whether the entry still waits for its article: a job run twice (a retry after a crash) builds it once. */
export async function entryNeedsArticle(db: Kysely<Database>, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('entries')
    .leftJoin('articles', 'articles.entry_id', 'entries.id')
    .select(['entries.content_hash', 'articles.entry_hash'])
    .where('entries.id', '=', id)
    .executeTakeFirst();
  return row !== undefined && row.entry_hash !== row.content_hash;
}
