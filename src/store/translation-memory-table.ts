/**
 * The translation memory's rows: one engine output per engine, language pair
 * and canonical source segment, with how often it was reused since.
 */
import type { Kysely } from 'kysely';
import type { MemoryScope, MemorySegment } from '../translate/translation-memory.ts';
import { countValue, utcTimestamp } from './column-values.ts';
import type { Database } from './schema.ts';
import type { MemoryStats } from './store.ts';

type Db = Kysely<Database>;

/** Keys per query: far below SQLite's and PostgreSQL's limits on bound parameters. */
const KEYS_PER_QUERY = 500;

/** Outputs by key for the keys remembered; each found key's hit count goes up by one. */
export async function lookupSegments(db: Db, scope: MemoryScope, keys: readonly string[], now: string): Promise<Map<string, string>> {
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

/** A segment remembered twice (two workers translating copies at once) keeps the first output. */
export async function rememberSegments(db: Db, scope: MemoryScope, segments: readonly MemorySegment[], now: string): Promise<void> {
  const at = utcTimestamp(now, 'time of remembering translations');
  const unique = [...new Map(segments.map((s) => [s.key, s])).values()];
  for (let i = 0; i < unique.length; i += KEYS_PER_QUERY) {
    const rows = unique.slice(i, i + KEYS_PER_QUERY).map((s) => ({
      engine: scope.engine,
      source_lang: scope.from,
      target_lang: scope.to,
      source_key: s.key,
      source: s.source,
      output: s.output,
      created_at: at,
      last_used_at: at,
    }));
    await db
      .insertInto('translation_memory')
      .values(rows)
      .onConflict((conflict) => conflict.columns(['engine', 'source_lang', 'target_lang', 'source_key']).doNothing())
      .execute();
  }
}

export async function memoryStats(db: Db): Promise<MemoryStats> {
  const row = await db
    .selectFrom('translation_memory')
    .select((eb) => [eb.fn.countAll().as('segments'), eb.fn.sum<string | number>('hits').as('hits')])
    .executeTakeFirst();
  const segments = countValue(row?.segments);
  const hits = countValue(row?.hits ?? 0);
  return { segments, hits, hitRate: segments + hits === 0 ? 0 : hits / (segments + hits) };
}

/** Forgets the outputs of one engine (its packages were upgraded), or of all. Returns the rows removed. */
export async function clearMemory(db: Db, engine?: string): Promise<number> {
  let query = db.deleteFrom('translation_memory');
  if (engine !== undefined) query = query.where('engine', '=', engine);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

function inScope<Q extends { where: (column: 'engine' | 'source_lang' | 'target_lang', op: '=', value: string) => Q }>(query: Q, scope: MemoryScope): Q {
  return query.where('engine', '=', scope.engine).where('source_lang', '=', scope.from).where('target_lang', '=', scope.to);
}
