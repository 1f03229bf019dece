/** How much waits for review: the desk home's queue counts, per target language. */
import type { Kysely } from 'kysely';
import { countValue } from './column-values.ts';
import type { ReviewQueueCount } from './desk-records.ts';
import type { Database } from './schema.ts';

/**
 * Translations the quality gate held (`review`) and nobody has approved yet,
 * per target language, with the time the longest-waiting one was held: its
 * last change, which is when the gate held it.
 */
export async function reviewQueueCounts(db: Kysely<Database>): Promise<ReviewQueueCount[]> {
  const rows = await db
    .selectFrom('translations')
    .select(['target_lang', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.min('updated_at').as('oldest_at')])
    .where('status', '=', 'review')
    .where('approved_at', 'is', null)
    .groupBy('target_lang')
    .orderBy('target_lang')
    .execute();
  return rows.map((row) => ({ lang: row.target_lang, count: countValue(row.n), oldestAt: row.oldest_at }));
}
