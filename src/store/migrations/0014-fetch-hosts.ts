/**
 * Per-host politeness shared by every worker (issue 14): each host's earliest
 * next request start and Retry-After hold, and the request slots taken on it
 * (fetch.perHost.concurrency of them), each a lease that lapses by itself, so
 * a worker killed mid-request frees its slot without anyone's help. Times are
 * milliseconds since the epoch, as the fetcher's clock reads them.
 */
import type { Kysely, Migration } from 'kysely';

export const fetchHostsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('fetch_hosts')
      .addColumn('host', 'text', (col) => col.primaryKey())
      .addColumn('next_start_ms', 'bigint', (col) => col.notNull().defaultTo(0))
      .addColumn('held_until_ms', 'bigint', (col) => col.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('fetch_host_leases')
      .addColumn('host', 'text', (col) => col.notNull())
      .addColumn('slot', 'integer', (col) => col.notNull())
      .addColumn('holder', 'text', (col) => col.notNull())
      .addColumn('lease_until_ms', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('fetch_host_leases_pk', ['host', 'slot'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('fetch_host_leases').execute();
    await db.schema.dropTable('fetch_hosts').execute();
  },
};
