/** What a running service asks of its database for /readyz and /metrics: cheap queries, no table of their own. */
import { sql, type Kysely } from 'kysely';
import { countValue } from './column-values.ts';
import type { Database } from './schema.ts';
import type { TranslationStatus } from './store.ts';

export async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

export async function translationStatusCounts(db: Kysely<Database>): Promise<Map<TranslationStatus, number>> {
  const rows = await db
    .selectFrom('translations')
    .select((eb) => ['status', eb.fn.countAll().as('n')])
    .groupBy('status')
    .execute();
  return new Map(rows.map((row) => [row.status, countValue(row.n)]));
}
