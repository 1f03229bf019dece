/**
 * The audit log's entries for what a wire does to an article's state, written
 * inside the transaction that stores the article (article-save.ts), so the log
 * never misses a change the wire made, nor records one that was rolled back.
 * They read like the desk's own (src/desk/audit.ts): the actor is the wire
 * (`wire:<source id>`), the object the article, before and after its state.
 *
 * An embargo ends by the clock, with no write and so no entry at that moment:
 * the entry the wire's embargo leaves names the time it ends. A wire that
 * lifts an embargo early, or moves it, leaves an entry when it does.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from './audit-log-table.ts';
import type { Database } from './schema.ts';
import type { FieldChange } from './store.ts';

type Db = Kysely<Database>;

interface WireChange {
  articleId: number;
  actor: string;
  at: string;
}

/** A kill or restore the wire made, as `recordArticleChange` records a desk user's. */
export async function auditWireStateChange(
  db: Db,
  change: WireChange & { action: 'kill' | 'restore'; reason: string; revision: number; changes: readonly FieldChange[] },
): Promise<void> {
  const before = Object.fromEntries(change.changes.map((c) => [c.field, c.before]));
  const after = Object.fromEntries(change.changes.map((c) => [c.field, c.after]));
  await recordAudit(db, {
    at: change.at,
    actorUserId: null,
    actor: change.actor,
    action: change.action,
    objectType: 'article',
    objectId: String(change.articleId),
    before,
    after: { ...after, revision: change.revision },
    reason: change.reason,
    address: null,
  });
}

/**
 * An embargo the wire set, moved or lifted (`before`, `after`: the stored
 * end times, UTC ISO or null). Nothing is recorded when it hides nothing
 * either way: no embargo before or after, or only ones already over.
 */
export async function auditEmbargoChange(db: Db, change: WireChange & { before: string | null; after: string | null }): Promise<void> {
  const { before, after, at } = change;
  if (before === after) return;
  const hiddenBefore = before !== null && before > at;
  const hiddenAfter = after !== null && after > at;
  if (!hiddenBefore && !hiddenAfter) return;
  const reason = !hiddenBefore ? `embargoed by the wire until ${after}` : hiddenAfter ? `the wire moved the embargo to ${after}` : 'the wire lifted the embargo';
  await recordAudit(db, {
    at,
    actorUserId: null,
    actor: change.actor,
    action: 'embargo',
    objectType: 'article',
    objectId: String(change.articleId),
    before: { embargoedUntil: hiddenBefore ? before : null },
    after: { embargoedUntil: hiddenAfter ? after : null },
    reason,
    address: null,
  });
}
