/**
 * The audit log by object: the review queue shows, for each held
 * translation, who last acted on it, and an article's desk page reads its
 * own entries. Without this index each of those reads the whole log.
 */
import type { Kysely, Migration } from 'kysely';

export const auditLogObjectMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('audit_log_object').on('audit_log').columns(['object_type', 'object_id', 'id']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('audit_log_object').execute();
  },
};
