/**
 * Staff changes to an article, each one revision: edits and corrections
 * (new field values), kills and restores (its state). Every write is
 * conditional on the state it expects (`revision = expected`, `killed_at is
 * null`) and comes first in its transaction, so it takes the database's
 * write lock before reading anything, and two editors saving one article
 * cannot both succeed: the second is told `conflict` and what changed.
 * Which values to write, and whether the licence allows them, is the desk's
 * to decide (src/desk/article-edits.ts); this only keeps it.
 */
import type { Kysely, Transaction } from 'kysely';
import { articleStatus } from './article-status.ts';
import { insertRevision, latestRevision } from './editorial-revisions-table.ts';
import { fromJsonText, toJsonText, utcTimestamp } from './column-values.ts';
import type { Database } from './schema.ts';
import { changesTranslatedText, markTranslationsStale } from './stale-translations.ts';
import { detachFromStory } from './story-detach.ts';
import type { Correction, EditableField, EditedValues, FieldChange, RevisionOutcome, RevisionWrite, StateChangeWrite } from './store.ts';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

export async function reviseArticle(db: Db, id: number, write: RevisionWrite): Promise<RevisionOutcome> {
  const at = utcTimestamp(write.at, `time of ${write.action} of article ${id}`);
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('articles')
      .set((eb) => ({ ...valueColumns(write.values), revision: eb('revision', '+', 1), updated_at: at }))
      .where('id', '=', id)
      .where('revision', '=', write.expectedRevision)
      .returning(['revision', 'staff_edited', 'wire_values', 'corrections'])
      .executeTakeFirst();
    if (!updated) return refusal(trx, id, write.expectedRevision, () => false);
    const fields = write.changes.map((c) => c.field).filter((f): f is EditableField => f !== 'status');
    const staffEdited = fromJsonText<EditableField[]>(updated.staff_edited, `staff-edited fields of article ${id}`);
    const wireValues = fromJsonText<Record<string, unknown>>(updated.wire_values, `wire values of article ${id}`);
    // A field staff change for the first time held the wire's value until now: keep it, to tell later wire updates apart.
    for (const change of write.changes) {
      if (change.field !== 'status' && !staffEdited.includes(change.field)) wireValues[change.field] = change.before;
    }
    const corrections = fromJsonText<Correction[]>(updated.corrections, `corrections of article ${id}`);
    if (write.correction) corrections.push({ ...write.correction, at, revision: updated.revision });
    await trx
      .updateTable('articles')
      .set({
        staff_edited: toJsonText([...new Set([...staffEdited, ...fields])]),
        wire_values: toJsonText(wireValues),
        corrections: toJsonText(corrections),
      })
      .where('id', '=', id)
      .execute();
    await insertRevision(trx, { articleId: id, revision: updated.revision, action: write.action, actor: write.actor, at, reason: write.reason, changes: write.changes, held: [] });
    if (changesTranslatedText(write.changes)) await markTranslationsStale(trx, id, at);
    return { outcome: 'done', revision: updated.revision, changes: write.changes, storyId: null };
  });
}

export async function killArticle(db: Db, id: number, kill: StateChangeWrite & { reason: string }): Promise<RevisionOutcome> {
  const at = utcTimestamp(kill.at, `time of kill of article ${id}`);
  return db.transaction().execute(async (trx) => {
    const done = await killInTransaction(trx, id, { ...kill, at });
    return done ?? refusal(trx, id, kill.expectedRevision, (killed) => killed);
  });
}

/**
 * Kills the article when it is not killed (and at `expectedRevision`, when
 * given); null when it was not. Also used by a wire's cancellation, inside
 * the transaction that stores the rebuilt article.
 */
export async function killInTransaction(trx: Trx, id: number, kill: StateChangeWrite & { reason: string }): Promise<RevisionOutcome | null> {
  let update = trx
    .updateTable('articles')
    .set((eb) => ({ killed_at: kill.at, killed_by: kill.actor, kill_reason: kill.reason, revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .where('killed_at', 'is', null);
  if (kill.expectedRevision !== undefined) update = update.where('revision', '=', kill.expectedRevision);
  const row = await update.returning(['revision', 'embargoed_until']).executeTakeFirst();
  if (!row) return null;
  const before = articleStatus({ killed: null, embargoedUntil: row.embargoed_until }, kill.at);
  const changes: FieldChange[] = [{ field: 'status', before, after: 'killed' }];
  await insertRevision(trx, { articleId: id, revision: row.revision, action: 'kill', actor: kill.actor, at: kill.at, reason: kill.reason, changes, held: [] });
  return { outcome: 'done', revision: row.revision, changes, storyId: await detachFromStory(trx, id) };
}

export async function restoreArticle(db: Db, id: number, restore: StateChangeWrite): Promise<RevisionOutcome> {
  const at = utcTimestamp(restore.at, `time of restore of article ${id}`);
  return db.transaction().execute(async (trx) => {
    const done = await restoreInTransaction(trx, id, { ...restore, at });
    return done ?? refusal(trx, id, restore.expectedRevision, (killed) => !killed);
  });
}

/** Restores a killed article; null when it was not killed (or not at `expectedRevision`). It rejoins a story on the next clustering pass. */
export async function restoreInTransaction(trx: Trx, id: number, restore: StateChangeWrite): Promise<RevisionOutcome | null> {
  let update = trx
    .updateTable('articles')
    .set((eb) => ({ killed_at: null, killed_by: null, kill_reason: null, revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .where('killed_at', 'is not', null);
  if (restore.expectedRevision !== undefined) update = update.where('revision', '=', restore.expectedRevision);
  const row = await update.returning(['revision', 'embargoed_until']).executeTakeFirst();
  if (!row) return null;
  const after = articleStatus({ killed: null, embargoedUntil: row.embargoed_until }, restore.at);
  const changes: FieldChange[] = [{ field: 'status', before: 'killed', after }];
  await insertRevision(trx, { articleId: id, revision: row.revision, action: 'restore', actor: restore.actor, at: restore.at, reason: restore.reason ?? null, changes, held: [] });
  return { outcome: 'done', revision: row.revision, changes, storyId: null };
}

/**
 * Why a conditional write changed nothing: no such article, a revision
 * other than the one expected (with the change that made it), or nothing
 * to do (`alreadyDone(killed)`: killing a killed article, restoring a live one).
 */
async function refusal(trx: Trx, id: number, expected: number | undefined, alreadyDone: (killed: boolean) => boolean): Promise<RevisionOutcome> {
  const row = await trx.selectFrom('articles').select(['revision', 'killed_at']).where('id', '=', id).executeTakeFirst();
  if (!row) return { outcome: 'not-found' };
  if (expected !== undefined && row.revision !== expected) return { outcome: 'conflict', current: row.revision, lastChange: await latestRevision(trx, id) };
  if (alreadyDone(row.killed_at !== null)) return { outcome: 'unchanged', current: row.revision };
  // The row matched neither way: it changed between the write and this read.
  return { outcome: 'conflict', current: row.revision, lastChange: await latestRevision(trx, id) };
}

/** The columns behind each edited field. */
function valueColumns(values: EditedValues) {
  return {
    ...(values.headline ? { headline: values.headline.headline, headline_lang: values.headline.headlineLang, slug: values.headline.slug } : {}),
    ...(values.standfirst !== undefined ? { standfirst: values.standfirst } : {}),
    ...(values.dateline !== undefined ? { dateline: values.dateline } : {}),
    ...(values.body ? { blocks: toJsonText(values.body.blocks), text: values.body.text, image: values.body.image === null ? null : toJsonText(values.body.image) } : {}),
    ...(values.section !== undefined ? { section: values.section } : {}),
  };
}
