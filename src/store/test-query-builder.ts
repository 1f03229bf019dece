/**
 * Raw SQL for storage tests inside src/store/ (pragmas, dropping a column to
 * replay a migration): the query builder behind a store opened for a test.
 * Everything else, tests outside src/store/ included, goes through the Store's methods.
 */
import type { Kysely } from 'kysely';
import { QUERY_BUILDER, type KyselyStore } from './kysely-store.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';

export function testQueryBuilder(store: Store): Kysely<Database> {
  const db = (store as Partial<KyselyStore>)[QUERY_BUILDER];
  if (db === undefined) throw new Error('store test: this store was not opened by openStore, so it has no query builder');
  return db;
}
