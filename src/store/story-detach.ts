/**
 * Taking an article out of its story when it leaves the site (killed, or
 * embargoed after the fact). Only visible articles are story members: the
 * clusterer never replays a hidden one, and this removes one that was
 * clustered before it was hidden. The story's other rows are repaired at
 * once, so lists stay right until the next clustering pass rewrites them:
 *
 * - copies that showed it as their group's canonical get the earliest
 *   remaining copy instead (lists show each group by its canonical);
 * - earlier versions it superseded are superseded by the newest remaining
 *   version instead, or become current again when none is left;
 * - the story is flagged `needs_summary`: its title, counts and score are
 *   recomputed from its remaining articles (src/desk/story-records-refresh.ts),
 *   and a story with none left is deleted there.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

type Db = Kysely<Database>;

/** Returns the id of the story the article left, or null when it was in none. */
export async function detachFromStory(db: Db, articleId: number): Promise<string | null> {
  const membership = await db.deleteFrom('story_articles').where('article_id', '=', articleId).returning('story_id').executeTakeFirst();
  if (!membership) return null;
  await repairCopies(db, articleId);
  await repairVersions(db, articleId);
  await db.updateTable('stories').set({ needs_summary: 1 }).where('id', '=', membership.story_id).execute();
  return membership.story_id;
}

export async function storiesNeedingSummary(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('stories').select('id').where('needs_summary', '=', 1).orderBy('id').execute();
  return rows.map((row) => row.id);
}

/** Earliest first, as the clusterer chooses a group's canonical. */
async function repairCopies(db: Db, gone: number): Promise<void> {
  const heir = await db
    .selectFrom('story_articles')
    .innerJoin('articles', 'articles.id', 'story_articles.article_id')
    .select('story_articles.article_id')
    .where('story_articles.canonical_id', '=', gone)
    .orderBy('articles.sort_key')
    .orderBy('articles.id')
    .executeTakeFirst();
  if (!heir) return;
  const id = heir.article_id;
  await db.updateTable('story_articles').set({ canonical_id: id, is_canonical: 0, near_duplicate_of: id }).where('canonical_id', '=', gone).execute();
  await db.updateTable('story_articles').set({ is_canonical: 1, near_duplicate_of: null }).where('article_id', '=', id).execute();
  await db.updateTable('story_articles').set({ near_duplicate_of: id }).where('near_duplicate_of', '=', gone).execute();
}

/** Newest first: the latest remaining version is the current one. */
async function repairVersions(db: Db, gone: number): Promise<void> {
  const heir = await db
    .selectFrom('story_articles')
    .innerJoin('articles', 'articles.id', 'story_articles.article_id')
    .select('story_articles.article_id')
    .where('story_articles.superseded_by', '=', gone)
    .orderBy('articles.sort_key', 'desc')
    .orderBy('articles.id', 'desc')
    .executeTakeFirst();
  if (!heir) return;
  await db.updateTable('story_articles').set({ superseded_by: heir.article_id }).where('superseded_by', '=', gone).execute();
  await db.updateTable('story_articles').set({ superseded_by: null }).where('article_id', '=', heir.article_id).execute();
}
