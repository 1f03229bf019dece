/**
 * Storing the article the pipeline built from an entry: the first build
 * inserts it; a rebuild (the wire updated the item) replaces what the wire
 * owns in place, keeping the article's id (and so its URL), its creation
 * time, and every field staff changed (wire-rebuild.ts). The entry's content
 * hash is recorded, which takes the entry off `entriesNeedingArticles` until
 * the feed changes it again.
 *
 * What the wire says about the item is applied here too, in the same
 * transaction: its embargo time, and a cancellation or a hold (the article
 * is stored killed, or killed keeping the text it had, with the wire as the
 * actor). When the wire later sends the item as usable again, an article its
 * own wire killed comes back; one staff killed stays killed.
 *
 * What the wire does to an article's state is also appended to the audit
 * log, in the same transaction, as a desk action would be (wire-audit.ts):
 * its kills and restores, and the embargoes it sets, moves or lifts.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Article } from '../extract/article.ts';
import { killInTransaction, restoreInTransaction } from './article-lifecycle.ts';
import { insertRevision } from './editorial-revisions-table.ts';
import { articleColumns } from './articles-table.ts';
import { fromJsonText, toJsonText, utcOrNull, utcTimestamp } from './column-values.ts';
import type { ArticlesTable, Database } from './schema.ts';
import type { ArticlePlacement, EditableField } from './store.ts';
import { changesTranslatedText, markTranslationsStale } from './stale-translations.ts';
import { detachFromStory } from './story-detach.ts';
import { mergeWireUpdate } from './wire-rebuild.ts';
import { auditEmbargoChange, auditWireStateChange } from './wire-audit.ts';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

/**
 * Times a rebuild re-reads the article when a desk edit lands between its
 * read and its write: each retry sees the edit, so more than a few in a row
 * means something else is wrong.
 */
const REBUILD_ATTEMPTS = 3;

/** The actor of what a source's wire does to its articles. */
export function wireActor(sourceId: string): string {
  return `wire:${sourceId}`;
}

export async function saveArticle(db: Db, article: Article, placement: ArticlePlacement, now: string): Promise<number> {
  const at = utcTimestamp(now, 'time of saving article');
  const embargo = placement.embargoedUntil ? utcTimestamp(placement.embargoedUntil, `embargo of "${article.headline}"`) : null;
  return db.transaction().execute(async (trx) => {
    const entry = await trx.selectFrom('entries').select('content_hash').where('id', '=', placement.entryId).executeTakeFirst();
    if (entry === undefined) {
      throw new Error(`store: no entry ${placement.entryId} for article "${article.headline}"`);
    }
    const columns = { ...articleColumns(article, placement, placement.entryHash ?? entry.content_hash, at), embargoed_until: embargo };
    const published = utcOrNull(article.published);
    const withdrawal = placement.withdrawal ? { killed_at: at, killed_by: wireActor(placement.sourceId), kill_reason: placement.withdrawal.reason, revision: 1 } : {};
    // DO NOTHING, not a lookup first: two workers building one entry cannot both insert.
    const inserted = await trx
      .insertInto('articles')
      .values({ ...columns, ...withdrawal, sort_key: published ?? at, created_at: at })
      .onConflict((conflict) => conflict.column('entry_id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return rebuild(trx, placement, columns, published, at);
    const actor = wireActor(placement.sourceId);
    if (placement.withdrawal) {
      const changes = [{ field: 'status' as const, before: 'published', after: 'killed' }];
      await insertRevision(trx, { articleId: inserted.id, revision: 1, action: 'kill', actor, at, reason: placement.withdrawal.reason, changes, held: [] });
      await auditWireStateChange(trx, { action: 'kill', articleId: inserted.id, actor, at, reason: placement.withdrawal.reason, revision: 1, changes });
    }
    await auditEmbargoChange(trx, { articleId: inserted.id, actor, at, before: null, after: embargo });
    return inserted.id;
  });
}

type Columns = ReturnType<typeof articleColumns> & { embargoed_until: string | null };

async function rebuild(trx: Trx, placement: ArticlePlacement, columns: Columns, published: string | null, at: string): Promise<number> {
  const actor = wireActor(placement.sourceId);
  for (let attempt = 1; ; attempt++) {
    const row = await trx.selectFrom('articles').selectAll().where('entry_id', '=', placement.entryId).executeTakeFirstOrThrow();
    if (placement.withdrawal) {
      // The wire's cancellation carries no story worth keeping: the article keeps the text it had, for the desk and a restore.
      await trx.updateTable('articles').set({ entry_hash: columns.entry_hash, embargoed_until: columns.embargoed_until }).where('id', '=', row.id).execute();
      const killed = await killInTransaction(trx, row.id, { actor, at, reason: placement.withdrawal.reason });
      if (killed?.outcome === 'done') await auditWireStateChange(trx, { action: 'kill', articleId: row.id, actor, at, reason: placement.withdrawal.reason, revision: killed.revision, changes: killed.changes });
      await auditEmbargoChange(trx, { articleId: row.id, actor, at, before: row.embargoed_until, after: columns.embargoed_until });
      return row.id;
    }
    if (await applyUpdate(trx, row, columns, published, at, actor)) return row.id;
    if (attempt >= REBUILD_ATTEMPTS) throw new Error(`store: article ${row.id} kept changing while its wire update was saved`);
  }
}

/** What the wire alone decides, whatever staff did: the rest is editable (wire-rebuild.ts). */
function wireOwnedColumns(c: Columns) {
  return {
    entry_id: c.entry_id,
    source_id: c.source_id,
    entry_hash: c.entry_hash,
    byline: c.byline,
    published: c.published,
    updated: c.updated,
    lang: c.lang,
    url: c.url,
    canonical_url: c.canonical_url,
    site_name: c.site_name,
    embargoed_until: c.embargoed_until,
    updated_at: c.updated_at,
  };
}

/** Writes the wire's update unless the article's revision moved since `row` was read; false then. */
async function applyUpdate(trx: Trx, row: Selectable<ArticlesTable>, columns: Columns, published: string | null, at: string, actor: string): Promise<boolean> {
  const staffEdited = fromJsonText<EditableField[]>(row.staff_edited, `staff-edited fields of article ${row.id}`);
  const merge = mergeWireUpdate(row, staffEdited, fromJsonText(row.wire_values, `wire values of article ${row.id}`), columns);
  const changed = merge.changes.length > 0 || merge.held.length > 0;
  const updated = await trx
    .updateTable('articles')
    .set({
      ...wireOwnedColumns(columns),
      ...merge.set,
      wire_values: toJsonText(merge.wireValues),
      // Undated articles stay where they were first listed instead of jumping to the top.
      sort_key: published ?? row.created_at,
      revision: changed ? row.revision + 1 : row.revision,
    })
    .where('id', '=', row.id)
    .where('revision', '=', row.revision)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) return false;
  if (changed) {
    await insertRevision(trx, { articleId: row.id, revision: row.revision + 1, action: 'wire-update', actor, at, reason: null, changes: merge.changes, held: merge.held });
    if (changesTranslatedText(merge.changes)) await markTranslationsStale(trx, row.id, at);
  }
  if (row.killed_by === actor) {
    const reason = 'the wire sent the item as usable again';
    const restored = await restoreInTransaction(trx, row.id, { actor, at, reason });
    if (restored?.outcome === 'done') await auditWireStateChange(trx, { action: 'restore', articleId: row.id, actor, at, reason, revision: restored.revision, changes: restored.changes });
  }
  await auditEmbargoChange(trx, { articleId: row.id, actor, at, before: row.embargoed_until, after: columns.embargoed_until });
  const hiddenNow = columns.embargoed_until !== null && columns.embargoed_until > at;
  const hiddenBefore = row.embargoed_until !== null && row.embargoed_until > at;
  if (hiddenNow && !hiddenBefore) await detachFromStory(trx, row.id);
  return true;
}
