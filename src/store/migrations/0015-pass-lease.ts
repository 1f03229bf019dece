/**
 * The pass lease: one row per kind of pass that must run alone on a desk
 * (`ingest`). A process holds it while its pass runs and renews it as it goes;
 * a holder that died stops renewing, and its lease expires, so a crash never
 * blocks the desk for longer than the lease's lifetime. The holder's pid and
 * host let another process say who is running, and notice sooner when that
 * process is gone from the same machine.
 */
import type { Kysely, Migration } from 'kysely';

export const passLeaseMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('pass_leases')
      .addColumn('name', 'text', (col) => col.primaryKey())
      .addColumn('holder', 'text', (col) => col.notNull())
      .addColumn('pid', 'integer', (col) => col.notNull())
      .addColumn('host', 'text', (col) => col.notNull())
      .addColumn('acquired_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('pass_leases').execute();
  },
};
