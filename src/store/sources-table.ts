/** Sources: their definitions, where each came from, and the state of fetching it. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Localised } from '../config/schema.ts';
import { fromJsonText, toJsonText, utcTimestamp } from './column-values.ts';
import type { Database, SourcesTable } from './schema.ts';
import { DEFAULT_LICENCE_RULES, type SourceDefinition, type SourceErrorKind, type SourceOrigin, type StoredSource } from './store.ts';

type Db = Kysely<Database>;

export interface FetchSuccess {
  at: string;
  status: number;
  etag: string | null;
  lastModified: string | null;
  nextFetchAt: string | null;
}

export interface FetchFailure {
  at: string;
  status: number | null;
  error: string;
  errorKind: SourceErrorKind;
  /** The first characters of the body the server sent with the error; null or omitted without one. */
  bodyStart?: string | null;
  nextFetchAt: string | null;
}

/**
 * The fetch state columns are left alone on update: re-reading the config must
 * not forget an ETag. Nor a permanent move: while the definition still names
 * the URL it named before, the source keeps fetching where the feed moved to;
 * a definition with a new URL replaces both.
 */
export async function upsertSource(db: Db, def: SourceDefinition, origin: SourceOrigin, now: string): Promise<void> {
  const at = utcTimestamp(now, 'time of saving source');
  const definition = definitionColumns(def);
  const sameDefinition = sql`${sql.ref('sources.defined_url')} = ${sql.ref('excluded.defined_url')}`;
  const keptUrl = sql<string>`case when ${sameDefinition} then ${sql.ref('sources.url')} else ${sql.ref('excluded.url')} end`;
  await db
    .insertInto('sources')
    .values({ id: def.id, ...definition, defined_url: def.url, origin, created_at: at, updated_at: at, consecutive_failures: 0 })
    .onConflict((conflict) =>
      conflict.column('id').doUpdateSet({ ...definition, url: keptUrl, defined_url: def.url, origin, updated_at: at }),
    )
    .execute();
}

/** The feed answered with a permanent redirect (301, 308): fetch it at `url` from now on. */
export async function moveSource(db: Db, id: string, url: string): Promise<void> {
  const outcome = await db.updateTable('sources').set({ url }).where('id', '=', id).executeTakeFirst();
  requireSource(outcome.numUpdatedRows, id);
}

export async function pruneConfigSources(db: Db, keep: string[]): Promise<string[]> {
  let query = db.deleteFrom('sources').where('origin', '=', 'config');
  // `not in ()` is a syntax error on PostgreSQL: with nothing to keep, every config source goes.
  if (keep.length > 0) query = query.where('id', 'not in', keep);
  const removed = await query.returning('id').execute();
  return removed.map((row) => row.id).sort();
}

export async function listSources(db: Db): Promise<StoredSource[]> {
  const rows = await db.selectFrom('sources').selectAll().orderBy('id').execute();
  return rows.map(toStoredSource);
}

export async function getSource(db: Db, id: string): Promise<StoredSource | null> {
  const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStoredSource(row);
}

/** Entries and articles of the source go with it (ON DELETE CASCADE). */
export async function removeSource(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('sources').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function recordFetchSuccess(db: Db, id: string, result: FetchSuccess): Promise<void> {
  const at = utcTimestamp(result.at, `fetch time of source "${id}"`);
  const outcome = await db
    .updateTable('sources')
    .set({
      etag: result.etag,
      last_modified: result.lastModified,
      last_attempt_at: at,
      last_success_at: at,
      last_status: result.status,
      last_error: null,
      last_error_kind: null,
      last_error_body: null,
      consecutive_failures: 0,
      next_fetch_at: nextFetchColumn(result.nextFetchAt, id),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  requireSource(outcome.numUpdatedRows, id);
}

/** Keeps the validators (ETag, Last-Modified) of the last success for the next conditional request. */
export async function recordFetchFailure(db: Db, id: string, result: FetchFailure): Promise<void> {
  const outcome = await db
    .updateTable('sources')
    .set((eb) => ({
      last_attempt_at: utcTimestamp(result.at, `fetch time of source "${id}"`),
      last_status: result.status,
      last_error: result.error,
      last_error_kind: result.errorKind,
      last_error_body: result.bodyStart ?? null,
      consecutive_failures: eb('consecutive_failures', '+', 1),
      next_fetch_at: nextFetchColumn(result.nextFetchAt, id),
    }))
    .where('id', '=', id)
    .executeTakeFirst();
  requireSource(outcome.numUpdatedRows, id);
}

/** Pauses (`at`) or resumes (null) a source; its definition and fetch state stay as they are. */
export async function setSourcePaused(db: Db, id: string, at: string | null): Promise<boolean> {
  const pausedAt = at === null ? null : utcTimestamp(at, `pause time of source "${id}"`);
  const outcome = await db.updateTable('sources').set({ paused_at: pausedAt }).where('id', '=', id).executeTakeFirst();
  return outcome.numUpdatedRows > 0n;
}

/** "Fetch now": the source is due at `at`, so the next pass (the scheduler's, within a minute) fetches it. */
export async function scheduleSourceFetch(db: Db, id: string, at: string): Promise<boolean> {
  const due = utcTimestamp(at, `fetch time of source "${id}"`);
  const outcome = await db.updateTable('sources').set({ next_fetch_at: due }).where('id', '=', id).executeTakeFirst();
  return outcome.numUpdatedRows > 0n;
}

function definitionColumns(def: SourceDefinition) {
  return {
    name: def.name,
    url: def.url,
    format: def.format,
    section: def.section,
    language: def.language,
    mode: def.mode,
    full_text: def.fullText,
    licence: def.licence,
    notice: def.notice === null ? null : toJsonText(def.notice),
    licence_edits: (def.licenceRules ?? DEFAULT_LICENCE_RULES).edits,
    licence_translation: (def.licenceRules ?? DEFAULT_LICENCE_RULES).translation,
  };
}

function nextFetchColumn(nextFetchAt: string | null, id: string): string | null {
  return nextFetchAt === null ? null : utcTimestamp(nextFetchAt, `next fetch time of source "${id}"`);
}

function requireSource(updatedRows: bigint, id: string): void {
  if (updatedRows === 0n) throw new Error(`store: no source "${id}"`);
}

function toStoredSource(row: Selectable<SourcesTable>): StoredSource {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    format: row.format,
    section: row.section,
    language: row.language,
    mode: row.mode,
    fullText: row.full_text,
    licence: row.licence,
    notice: row.notice === null ? null : fromJsonText<Localised>(row.notice, `notice of source "${row.id}"`),
    licenceRules: { edits: row.licence_edits, translation: row.licence_translation },
    origin: row.origin,
    createdAt: row.created_at,
    etag: row.etag,
    lastModified: row.last_modified,
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    lastErrorKind: row.last_error_kind as SourceErrorKind | null,
    lastErrorBody: row.last_error_body,
    consecutiveFailures: row.consecutive_failures,
    nextFetchAt: row.next_fetch_at,
    pausedAt: row.paused_at,
  };
}
