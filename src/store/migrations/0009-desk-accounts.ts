/**
 * The editorial desk's accounts: users with a role and a password hash,
 * server-side sessions (so every web process sees them), the failed logins
 * that throttling counts, and the append-only audit log.
 */
import type { Kysely, Migration } from 'kysely';
import type { SchemaHelpers } from './schema-helpers.ts';

export function deskAccountsMigration(helpers: SchemaHelpers): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'integer', (col) => helpers.autoIncrementId(col))
        .addColumn('email', 'text', (col) => col.notNull().unique())
        .addColumn('role', 'text', (col) => col.notNull())
        .addColumn('password_hash', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .addColumn('disabled_at', 'text')
        .addColumn('last_login_at', 'text')
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (col) => col.primaryKey())
        .addColumn('user_id', 'integer', (col) => col.references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('last_seen_at', 'text', (col) => col.notNull())
        .addColumn('address', 'text')
        .execute();
      // Ending every session of a disabled user; listing who is signed in.
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      // Purging expired sessions.
      await db.schema.createIndex('sessions_last_seen').on('sessions').column('last_seen_at').execute();
      await db.schema
        .createTable('login_failures')
        .addColumn('id', 'integer', (col) => helpers.autoIncrementId(col))
        .addColumn('throttle_key', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('login_failures_key_at').on('login_failures').columns(['throttle_key', 'at']).execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'integer', (col) => helpers.autoIncrementId(col))
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('actor_user_id', 'integer')
        .addColumn('actor', 'text', (col) => col.notNull())
        .addColumn('action', 'text', (col) => col.notNull())
        .addColumn('object_type', 'text')
        .addColumn('object_id', 'text')
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('reason', 'text')
        .addColumn('address', 'text')
        .execute();
      // The desk's filters: by action (recent kills and corrections) and by actor.
      await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'id']).execute();
      await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor', 'id']).execute();
      await helpers.makeAppendOnly(db, 'audit_log');
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('audit_log').execute();
      await db.schema.dropTable('login_failures').execute();
      await db.schema.dropTable('sessions').execute();
      await db.schema.dropTable('users').execute();
    },
  };
}
