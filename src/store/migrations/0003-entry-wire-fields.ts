/**
 * What wires carry beyond a feed item (their own dateline and byline, subject
 * codes, a location), and each entry's link in normalised form, so that an
 * item whose guid changed is still found by its link. Entries stored before
 * this get their link key here; their other new fields stay empty, which
 * leaves their content hash as it was.
 */
import { sql, type Kysely, type Migration } from 'kysely';

/** Rows read and re-keyed per round trip while filling in link keys. */
const BACKFILL_BATCH_ROWS = 500;

export const entryWireFieldsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const columns: [name: string, type: 'text' | 'double precision'][] = [
      ['dateline', 'text'],
      ['byline', 'text'],
      ['geo_lat', 'double precision'],
      ['geo_lon', 'double precision'],
      ['link_key', 'text'],
    ];
    for (const [name, type] of columns) {
      await db.schema.alterTable('entries').addColumn(name, type).execute();
    }
    await db.schema.alterTable('entries').addColumn('subjects', 'text', (col) => col.notNull().defaultTo('[]')).execute();
    await db.schema.createIndex('entries_source_link').on('entries').columns(['source_id', 'link_key']).execute();
    await backfillLinkKeys(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('entries_source_link').execute();
    for (const name of ['dateline', 'byline', 'subjects', 'geo_lat', 'geo_lon', 'link_key']) {
      await db.schema.alterTable('entries').dropColumn(name).execute();
    }
  },
};

async function backfillLinkKeys(db: Kysely<unknown>): Promise<void> {
  for (let lastId = 0; ; ) {
    const { rows } = await sql<{ id: number; url: string }>`
      select id, url from entries where url is not null and id > ${lastId} order by id limit ${BACKFILL_BATCH_ROWS}`.execute(db);
    if (rows.length === 0) return;
    for (const row of rows) {
      await sql`update entries set link_key = ${linkKey(row.url)} where id = ${row.id}`.execute(db);
    }
    lastId = Number(rows[rows.length - 1]!.id);
  }
}

/*
 * A frozen copy of ingest/link-normalize.ts's normalizeLink as it was when this
 * migration was released. A migration must do the same thing on every
 * database, whenever it runs: had it imported the live function, a later
 * change there would make the keys it writes differ between databases
 * migrated before and after that change, with nothing to say so. Never edit
 * this copy; new link keys for old rows are a new migration's job.
 */

const TRACKING_PARAMETER =
  /^(?:utm_[a-z0-9_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|ref_src|ref_url|_hsenc|_hsmi|mkt_tok)$/i;

function linkKey(link: string): string {
  const trimmed = link.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return trimmed;
  url.hash = '';
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING_PARAMETER.test(parameterName(pair)));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href;
}

function parameterName(pair: string): string {
  const name = pair.split('=', 1)[0]!;
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
