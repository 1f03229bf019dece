/**
 * Editorial revisions: one row per change to an article after its first
 * build, by staff (edit, correct, kill, restore) or by its wire (an update,
 * a cancellation), with the fields' values before and after. Rows are only
 * ever added; the article's `revision` column holds the latest number.
 */
import type { Kysely, Selectable } from 'kysely';
import { fromJsonText, toJsonText } from './column-values.ts';
import type { EditorialRevisionsTable, Database } from './schema.ts';
import type { EditorialRevision } from './store.ts';

type Db = Kysely<Database>;

export async function insertRevision(db: Db, revision: EditorialRevision): Promise<void> {
  await db
    .insertInto('editorial_revisions')
    .values({
      article_id: revision.articleId,
      revision: revision.revision,
      action: revision.action,
      actor: revision.actor,
      at: revision.at,
      reason: revision.reason,
      changes: toJsonText(revision.changes),
      held: toJsonText(revision.held),
    })
    .execute();
}

export async function editorialRevisions(db: Db, articleId: number): Promise<EditorialRevision[]> {
  const rows = await db.selectFrom('editorial_revisions').selectAll().where('article_id', '=', articleId).orderBy('revision').execute();
  return rows.map(toRevision);
}

/** The change that made the article's current revision, or null for an article never changed since its first build. */
export async function latestRevision(db: Db, articleId: number): Promise<EditorialRevision | null> {
  const row = await db
    .selectFrom('editorial_revisions')
    .selectAll()
    .where('article_id', '=', articleId)
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? null : toRevision(row);
}

function toRevision(row: Selectable<EditorialRevisionsTable>): EditorialRevision {
  const what = `revision ${row.revision} of article ${row.article_id}`;
  return {
    articleId: row.article_id,
    revision: row.revision,
    action: row.action,
    actor: row.actor,
    at: row.at,
    reason: row.reason,
    changes: fromJsonText(row.changes, `changes of ${what}`),
    held: fromJsonText(row.held, `held changes of ${what}`),
  };
}
