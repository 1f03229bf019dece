/**
 * The audit log: who did what to which object, when, from where and why.
 * Append-only: this file has no update or delete, and the table's triggers
 * (see the dialects' `makeAppendOnly`) refuse them from anywhere else.
 */
import type { Kysely, Selectable } from 'kysely';
import { fromJsonText, rowCount, toJsonText, utcTimestamp } from './column-values.ts';
import type { AuditQuery, AuditRecord, StoredAuditEntry } from './desk-records.ts';
import type { AuditLogTable, Database } from './schema.ts';

type Db = Kysely<Database>;

/** Returns the entry's id. `before` and `after` are stored as JSON, `undefined` as nothing. */
export async function recordAudit(db: Db, record: AuditRecord): Promise<number> {
  const row = await db
    .insertInto('audit_log')
    .values({
      at: utcTimestamp(record.at, 'time of audited action'),
      actor_user_id: record.actorUserId,
      actor: record.actor,
      action: record.action,
      object_type: record.objectType,
      object_id: record.objectId,
      before: jsonOrNull(record.before),
      after: jsonOrNull(record.after),
      reason: record.reason,
      address: record.address,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Newest first (by id: the order entries were written in). */
export async function listAudit(db: Db, query: AuditQuery): Promise<StoredAuditEntry[]> {
  let select = db.selectFrom('audit_log').selectAll();
  if (query.actor !== undefined) select = select.where('actor', '=', query.actor);
  if (query.actions !== undefined) {
    if (query.actions.length === 0) return [];
    select = select.where('action', 'in', query.actions);
  }
  if (query.beforeId !== undefined) select = select.where('id', '<', query.beforeId);
  const rows = await select.orderBy('id', 'desc').limit(rowCount(query.limit, 'limit')).execute();
  return rows.map(toEntry);
}

/** The newest entry about each of these objects of one type, by object id; objects with none are absent. */
export async function latestAuditOf(db: Db, objectType: string, objectIds: readonly string[]): Promise<Map<string, StoredAuditEntry>> {
  if (objectIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('audit_log')
        .select((inner) => inner.fn.max('id').as('id'))
        .where('object_type', '=', objectType)
        .where('object_id', 'in', [...new Set(objectIds)])
        .groupBy('object_id'),
    )
    .execute();
  return new Map(rows.map((row) => [row.object_id ?? '', toEntry(row)]));
}

function jsonOrNull(value: unknown): string | null {
  return value === undefined || value === null ? null : toJsonText(value);
}

function toEntry(row: Selectable<AuditLogTable>): StoredAuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorUserId: row.actor_user_id,
    actor: row.actor,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    before: row.before === null ? null : fromJsonText<unknown>(row.before, `before of audit entry ${row.id}`),
    after: row.after === null ? null : fromJsonText<unknown>(row.after, `after of audit entry ${row.id}`),
    reason: row.reason,
    address: row.address,
  };
}
