/**
 * What a web process asks to know whether its rendered pages still hold: the
 * content generation (0017's triggers move it with every write the site could
 * show) and the next moment an embargo ends, which changes pages with no write.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { ContentState } from './store.ts';

export async function contentState(db: Kysely<Database>, at: string): Promise<ContentState> {
  // One round trip: this runs a few times a second in every web process.
  const row = await db
    .selectFrom('content_generation')
    .select([
      'generation',
      sql<string | null>`(select min(a.embargoed_until) from articles a where a.embargoed_until > ${at} and a.killed_at is null)`.as('next_embargo_end'),
    ])
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!row) throw new Error('store: the content_generation row is missing (migration 0017)');
  // PostgreSQL hands a bigint back as text.
  return { generation: Number(row.generation), nextEmbargoEnd: row.next_embargo_end };
}
