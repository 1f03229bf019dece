/**
 * Feeds that change their guids (a CMS migration, a guid made from the
 * title) must not make every item new again. Before new rows are inserted, an
 * item whose guid is not stored but whose normalised link is stored, for the
 * same source, under a guid the feed no longer lists, takes that stored entry
 * over: the entry's guid becomes the new one, and the usual update path then
 * compares its content.
 *
 * Only an unambiguous match counts. Feeds that point every item at one page
 * (a section front, the home page) have several stored entries per link; such
 * a link identifies nothing, and the item is stored as new.
 */
import type { Insertable, Kysely } from 'kysely';
import type { Database, EntriesTable } from './schema.ts';

type Db = Kysely<Database>;
type EntryRow = Insertable<EntriesTable>;

/** Values per IN list: far below both engines' bound-parameter limits. */
const LOOKUP_BATCH = 500;

export async function adoptRenamedGuids(db: Db, rows: EntryRow[]): Promise<void> {
  const bySource = new Map<string, EntryRow[]>();
  for (const row of rows) bySource.set(row.source_id, [...(bySource.get(row.source_id) ?? []), row]);
  for (const [sourceId, sourceRows] of bySource) await adoptForSource(db, sourceId, sourceRows);
}

async function adoptForSource(db: Db, sourceId: string, rows: EntryRow[]): Promise<void> {
  const listed = new Set(rows.map((row) => row.guid));
  const stored = new Set(await storedGuids(db, sourceId, [...listed]));
  const unknown = rows.filter((row) => !stored.has(row.guid) && row.link_key);
  if (unknown.length === 0) return;
  const claims = countBy(unknown.map((row) => row.link_key!));
  const holders = await entriesByLink(db, sourceId, [...claims.keys()]);
  for (const row of unknown) {
    const holding = holders.get(row.link_key!) ?? [];
    const [only] = holding;
    if (claims.get(row.link_key!) !== 1 || holding.length !== 1 || !only || listed.has(only.guid)) continue;
    await db.updateTable('entries').set({ guid: row.guid }).where('id', '=', only.id).execute();
  }
}

async function storedGuids(db: Db, sourceId: string, guids: string[]): Promise<string[]> {
  const found: string[] = [];
  for (let start = 0; start < guids.length; start += LOOKUP_BATCH) {
    const rows = await db
      .selectFrom('entries')
      .select('guid')
      .where('source_id', '=', sourceId)
      .where('guid', 'in', guids.slice(start, start + LOOKUP_BATCH))
      .execute();
    found.push(...rows.map((row) => row.guid));
  }
  return found;
}

async function entriesByLink(db: Db, sourceId: string, linkKeys: string[]): Promise<Map<string, { id: number; guid: string }[]>> {
  const byLink = new Map<string, { id: number; guid: string }[]>();
  for (let start = 0; start < linkKeys.length; start += LOOKUP_BATCH) {
    const rows = await db
      .selectFrom('entries')
      .select(['id', 'guid', 'link_key'])
      .where('source_id', '=', sourceId)
      .where('link_key', 'in', linkKeys.slice(start, start + LOOKUP_BATCH))
      .execute();
    for (const row of rows) byLink.set(row.link_key!, [...(byLink.get(row.link_key!) ?? []), { id: row.id, guid: row.guid }]);
  }
  return byLink;
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
