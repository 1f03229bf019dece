/**
 * The translation memory's rows: one engine output per engine, language pair
 * and canonical source segment (`origin = 'machine'`), and one reviewer's
 * text per language pair and plain source (`origin = 'human'`, engine ''),
 * each with how often it was reused since.
 */
import type { Insertable, Kysely } from 'kysely';
import type { HumanSegment } from '../translate/human-segments.ts';
import type { LanguagePair } from '../translate/qa.ts';
import type { MemoryScope, MemorySegment } from '../translate/translation-memory.ts';
import { countValue, utcTimestamp } from './column-values.ts';
import type { Database, TranslationMemoryTable } from './schema.ts';
import type { MemoryStats } from './store.ts';

type Db = Kysely<Database>;

/** Keys per query: far below SQLite's and PostgreSQL's limits on bound parameters. */
const KEYS_PER_QUERY = 500;

/** The `engine` of human segments: they belong to no engine, and no engine id is empty (config slugs). */
const HUMAN_ENGINE = '';

/** Outputs by key for the keys remembered; each found key's hit count goes up by one. */
export function lookupSegments(db: Db, scope: MemoryScope, keys: readonly string[], now: string): Promise<Map<string, string>> {
  return lookupRows(db, { ...scope, origin: 'machine' }, keys, now);
}

/** Reviewers' outputs by key for the keys of this pair remembered; each found key's hit count goes up by one. */
export function lookupHumanSegments(db: Db, pair: LanguagePair, keys: readonly string[], now: string): Promise<Map<string, string>> {
  return lookupRows(db, { engine: HUMAN_ENGINE, ...pair, origin: 'human' }, keys, now);
}

async function lookupRows(db: Db, scope: RowScope, keys: readonly string[], now: string): Promise<Map<string, string>> {
  const at = utcTimestamp(now, 'time of translation memory lookup');
  const found = new Map<string, string>();
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    const chunk = keys.slice(i, i + KEYS_PER_QUERY);
    await db.transaction().execute(async (trx) => {
      const rows = await inScope(trx.selectFrom('translation_memory').select(['source_key', 'output']), scope)
        .where('source_key', 'in', chunk)
        .execute();
      if (rows.length === 0) return;
      for (const row of rows) found.set(row.source_key, row.output);
      await inScope(trx.updateTable('translation_memory'), scope)
        .where('source_key', 'in', rows.map((row) => row.source_key))
        .set((eb) => ({ hits: eb('hits', '+', 1), last_used_at: at }))
        .execute();
    });
  }
  return found;
}

/**
 * A segment remembered twice (two workers translating copies at once) keeps
 * the first output, unless `replace` (the desk's "translate again" asked the
 * engine anew, and its new output is the one to reuse).
 */
export async function rememberSegments(db: Db, scope: MemoryScope, segments: readonly MemorySegment[], now: string, replace = false): Promise<void> {
  const at = utcTimestamp(now, 'time of remembering translations');
  await insertRows(db, segments, (s) => ({ ...rowScope({ ...scope, origin: 'machine' }), ...s, created_at: at, last_used_at: at, edited_by: null, edited_at: null }), replace ? ['output', 'last_used_at'] : []);
}

/** A reviewer's post-edits; a source a reviewer translated before takes the newer text, and its editor. */
export async function rememberHumanSegments(db: Db, pair: LanguagePair, segments: readonly HumanSegment[], editedBy: string, now: string): Promise<void> {
  const at = utcTimestamp(now, 'time of remembering post-edits');
  const scope = rowScope({ engine: HUMAN_ENGINE, ...pair, origin: 'human' });
  await insertRows(db, segments, (s) => ({ ...scope, ...s, created_at: at, last_used_at: at, edited_by: editedBy, edited_at: at }), ['output', 'edited_by', 'edited_at']);
}

type Row = Insertable<TranslationMemoryTable>;

async function insertRows(db: Db, segments: readonly MemorySegment[], row: (s: { source_key: string; source: string; output: string }) => Row, replaced: readonly ('output' | 'last_used_at' | 'edited_by' | 'edited_at')[]): Promise<void> {
  const unique = [...new Map(segments.map((s) => [s.key, s])).values()];
  for (let i = 0; i < unique.length; i += KEYS_PER_QUERY) {
    const rows = unique.slice(i, i + KEYS_PER_QUERY).map((s) => row({ source_key: s.key, source: s.source, output: s.output }));
    await db
      .insertInto('translation_memory')
      .values(rows)
      .onConflict((conflict) => {
        const key = conflict.columns(['engine', 'source_lang', 'target_lang', 'source_key']);
        if (replaced.length === 0) return key.doNothing();
        return key.doUpdateSet((eb) => Object.fromEntries(replaced.map((column) => [column, eb.ref(`excluded.${column}`)])));
      })
      .execute();
  }
}

export async function memoryStats(db: Db): Promise<MemoryStats> {
  const rows = await db
    .selectFrom('translation_memory')
    .select((eb) => ['origin', eb.fn.countAll().as('segments'), eb.fn.sum<string | number>('hits').as('hits')])
    .groupBy('origin')
    .execute();
  const of = (origin: 'machine' | 'human') => {
    const row = rows.find((r) => r.origin === origin);
    return { segments: countValue(row?.segments ?? 0), hits: countValue(row?.hits ?? 0) };
  };
  const { segments, hits } = of('machine');
  return { segments, hits, hitRate: segments + hits === 0 ? 0 : hits / (segments + hits), human: of('human') };
}

/**
 * Forgets the machine outputs of one engine (its packages were upgraded), or
 * of all. Reviewers' segments stay: they are editorial work, not an engine's.
 * Returns the rows removed.
 */
export async function clearMemory(db: Db, engine?: string): Promise<number> {
  let query = db.deleteFrom('translation_memory').where('origin', '=', 'machine');
  if (engine !== undefined) query = query.where('engine', '=', engine);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

interface RowScope extends MemoryScope {
  origin: 'machine' | 'human';
}

function rowScope(scope: RowScope) {
  return { engine: scope.engine, source_lang: scope.from, target_lang: scope.to, origin: scope.origin };
}

type ScopeColumn = 'engine' | 'source_lang' | 'target_lang' | 'origin';

function inScope<Q extends { where: (column: ScopeColumn, op: '=', value: string) => Q }>(query: Q, scope: RowScope): Q {
  return query.where('engine', '=', scope.engine).where('source_lang', '=', scope.from).where('target_lang', '=', scope.to).where('origin', '=', scope.origin);
}
