/** Entries: feed items as delivered, one row per (source, guid), with a hash of their content. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Entry } from '../ingest/entry.ts';
import { countValue, fromJsonText, rowCount, toJsonText, utcTimestamp } from './column-values.ts';
import { entryContentHash } from './entry-hash.ts';
import { adoptRenamedGuids } from './entry-link-match.ts';
import { normalizeLink } from '../ingest/link-normalize.ts';
import type { Database, EntriesTable } from './schema.ts';
import type { EntryQuery, SaveEntriesResult, StoredEntry } from './store.ts';

type Db = Kysely<Database>;
type EntryRow = Insertable<EntriesTable>;

/**
 * Rows per INSERT statement: 24 columns each keeps a statement far below the
 * bound-parameter limits (SQLite 32,766, PostgreSQL 65,535) while a whole feed
 * page still goes in a handful of round trips.
 */
export const INSERT_BATCH_ROWS = 200;

/**
 * Items per transaction. A feed of 10,000 items saved in one transaction held
 * SQLite's write lock for seconds; in batches, every other writer (the desk,
 * another pass) gets its turn between two of them. A crash between batches
 * loses nothing: the source's fetch is recorded as done only after its last
 * batch, so the next pass fetches the feed again, finds the saved items
 * unchanged and inserts the rest (unique by source and guid: never twice).
 */
export const SAVE_BATCH_ROWS = 500;

/**
 * Inserts new items and updates changed ones, a transaction per
 * SAVE_BATCH_ROWS items. New rows go in with ON CONFLICT DO NOTHING rather
 * than after a lookup, so two workers saving the same feed at once cannot
 * collide on the unique key: the loser sees the row as existing and treats it
 * as a possible update.
 */
export async function saveEntries(db: Db, entries: Entry[], now: string): Promise<SaveEntriesResult> {
  const at = utcTimestamp(now, 'time of saving entries');
  const rows = lastOfEachGuid(entries).map((entry) => toEntryRow(entry, at));
  const total: SaveEntriesResult = { inserted: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < rows.length; start += SAVE_BATCH_ROWS) {
    const batch = rows.slice(start, start + SAVE_BATCH_ROWS);
    try {
      const saved = await saveBatch(db, batch);
      total.inserted += saved.inserted;
      total.updated += saved.updated;
      total.unchanged += saved.unchanged;
    } catch (cause) {
      const sources = [...new Set(entries.map((entry) => entry.sourceId))].join(', ');
      const which = rows.length <= SAVE_BATCH_ROWS ? (rows.length === 1 ? '1 entry' : `${rows.length} entries`) : `entries ${start + 1}–${start + batch.length} of ${rows.length}`;
      const kept = start > 0 ? ` (the ${start} before them are saved)` : '';
      throw new Error(`store: could not save ${which} of source ${sources}${kept}`, { cause });
    }
  }
  return total;
}

async function saveBatch(db: Db, rows: EntryRow[]): Promise<SaveEntriesResult> {
  return db.transaction().execute(async (trx) => {
    await adoptRenamedGuids(trx, rows);
    const inserted = await insertNewRows(trx, rows);
    let updated = 0;
    for (const row of rows) {
      if (!inserted.has(rowKey(row.source_id, row.guid)) && (await updateIfChanged(trx, row))) updated += 1;
    }
    return { inserted: inserted.size, updated, unchanged: rows.length - inserted.size - updated };
  });
}

/** Ids are handed out in the order entries are first seen, so id order is oldest first. */
export async function entriesNeedingArticles(db: Db, limit: number): Promise<StoredEntry[]> {
  const rows = await db
    .selectFrom('entries')
    .leftJoin('articles', 'articles.entry_id', 'entries.id')
    .selectAll('entries')
    .where((eb) => eb.or([eb('articles.id', 'is', null), eb('articles.entry_hash', '<>', eb.ref('entries.content_hash'))]))
    .orderBy('entries.id')
    .limit(rowCount(limit, 'limit'))
    .execute();
  return rows.map(toStoredEntry);
}

/**
 * Newest first: by publication time, or by when wiredesk first saw the entry
 * when the feed gave no date (both UTC ISO text, so text order is time order),
 * then by id. COALESCE instead of NULLS LAST, which the engines order differently.
 */
export async function listEntries(db: Db, query: EntryQuery): Promise<StoredEntry[]> {
  let select = db.selectFrom('entries').selectAll();
  if (query.sourceId !== undefined) select = select.where('source_id', '=', query.sourceId);
  const rows = await select
    .orderBy((eb) => eb.fn.coalesce('published', 'first_seen_at'), 'desc')
    .orderBy('id', 'desc')
    .limit(rowCount(query.limit, 'limit'))
    .offset(rowCount(query.offset ?? 0, 'offset'))
    .execute();
  return rows.map(toStoredEntry);
}

/** How many entries each source delivered that were first seen at `since` or later; sources with none are absent. */
export async function countEntriesSince(db: Db, since: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('entries')
    .select((eb) => ['source_id', eb.fn.countAll().as('n')])
    .where('first_seen_at', '>=', utcTimestamp(since, 'start of the entry count'))
    .groupBy('source_id')
    .execute();
  return new Map(rows.map((row) => [row.source_id, countValue(row.n)]));
}

/** A feed that lists one guid twice means its later copy: count it once, keep the last. */
function lastOfEachGuid(entries: Entry[]): Entry[] {
  const byKey = new Map<string, Entry>();
  for (const entry of entries) {
    const key = rowKey(entry.sourceId, entry.guid);
    byKey.delete(key);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

function rowKey(sourceId: string, guid: string): string {
  return JSON.stringify([sourceId, guid]);
}

/** Returns the keys of the rows that were new. */
async function insertNewRows(db: Db, rows: EntryRow[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let start = 0; start < rows.length; start += INSERT_BATCH_ROWS) {
    const returned = await db
      .insertInto('entries')
      .values(rows.slice(start, start + INSERT_BATCH_ROWS))
      .onConflict((conflict) => conflict.columns(['source_id', 'guid']).doNothing())
      .returning(['source_id', 'guid'])
      .execute();
    for (const row of returned) inserted.add(rowKey(row.source_id, row.guid));
  }
  return inserted;
}

/**
 * Rewrites the stored item only when its content hash differs, which is also
 * what makes its article stale. An item whose hashed fields are the same is left
 * as first stored, including its categories and raw form.
 */
async function updateIfChanged(db: Db, row: EntryRow): Promise<boolean> {
  const result = await db
    .updateTable('entries')
    .set({
      url: row.url,
      title: row.title,
      summary: row.summary,
      content_html: row.content_html,
      published: row.published,
      updated: row.updated,
      authors: row.authors,
      categories: row.categories,
      language: row.language,
      dateline: row.dateline,
      byline: row.byline,
      subjects: row.subjects,
      geo_lat: row.geo_lat,
      geo_lon: row.geo_lon,
      link_key: row.link_key,
      pub_status: row.pub_status,
      embargoed: row.embargoed,
      raw: row.raw,
      content_hash: row.content_hash,
      updated_at: row.updated_at,
    })
    .where('source_id', '=', row.source_id)
    .where('guid', '=', row.guid)
    .where('content_hash', '<>', row.content_hash)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

function toEntryRow(entry: Entry, at: string): EntryRow {
  return {
    source_id: entry.sourceId,
    guid: entry.guid,
    url: entry.url,
    title: entry.title,
    summary: entry.summary,
    content_html: entry.contentHtml,
    published: entry.published,
    updated: entry.updated,
    authors: toJsonText(entry.authors),
    categories: toJsonText(entry.categories),
    language: entry.language,
    dateline: entry.dateline,
    byline: entry.byline,
    subjects: toJsonText(entry.subjects),
    geo_lat: entry.geo?.lat ?? null,
    geo_lon: entry.geo?.lon ?? null,
    link_key: entry.url ? normalizeLink(entry.url) : null,
    pub_status: entry.pubStatus ?? null,
    embargoed: entry.embargoed === undefined ? null : utcTimestamp(entry.embargoed, `embargo of entry ${entry.guid}`),
    raw: entry.raw,
    content_hash: entryContentHash(entry),
    first_seen_at: at,
    updated_at: at,
  };
}

export function toStoredEntry(row: Selectable<EntriesTable>): StoredEntry {
  const what = `entry ${row.id}`;
  return {
    id: row.id,
    sourceId: row.source_id,
    guid: row.guid,
    url: row.url,
    title: row.title,
    summary: row.summary,
    contentHtml: row.content_html,
    published: row.published,
    updated: row.updated,
    authors: fromJsonText<string[]>(row.authors, `authors of ${what}`),
    categories: fromJsonText<string[]>(row.categories, `categories of ${what}`),
    language: row.language,
    dateline: row.dateline,
    byline: row.byline,
    subjects: fromJsonText<string[]>(row.subjects, `subjects of ${what}`),
    geo: row.geo_lat === null || row.geo_lon === null ? null : { lat: Number(row.geo_lat), lon: Number(row.geo_lon) },
    ...(row.pub_status === null ? {} : { pubStatus: row.pub_status }),
    ...(row.embargoed === null ? {} : { embargoed: row.embargoed }),
    raw: row.raw,
    contentHash: row.content_hash,
    firstSeenAt: row.first_seen_at,
    updatedAt: row.updated_at,
  };
}
