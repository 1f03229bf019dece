/**
 * Recording desk actions in the audit log: one call, whoever acts (a desk
 * user or a command) and whatever they act on. The log is append-only; there
 * is deliberately no function here, or in the store, that changes an entry.
 */
import type { AuditQuery, Store, StoredAuditEntry, StoredUser } from '../store/store.ts';
import type { ArticleChange } from './article-change.ts';

/** The actions the desk records; later desk work adds its own here. */
export const AUDIT_ACTIONS = [
  'login',
  'login-failed',
  'logout',
  'user-add',
  'user-disable',
  'user-passwd',
  'edit',
  'approve',
  'reject',
  'kill',
  'restore',
  'correct',
  /** A wire set, moved or lifted an embargo (recorded by the store as it saves the article). */
  'embargo',
  'source-change',
  'translate-again',
  /** A user turned two-factor sign-in on (never with the secret). */
  'two-factor-on',
  /** An admin turned a user's two-factor sign-in off (`users reset-two-factor`), for a lost device. */
  'two-factor-reset',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who acted: a signed-in desk user, a `wiredesk` command (named after the OS user), or someone who only typed an email. */
export type Actor =
  | { kind: 'user'; userId: number; email: string }
  | { kind: 'cli'; name: string }
  | { kind: 'unverified'; email: string };

export interface AuditEvent {
  action: AuditAction;
  object?: { type: string; id: string | number };
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /** The client's address, for desk requests. */
  address?: string | null;
}

export function userActor(user: Pick<StoredUser, 'id' | 'email'>): Actor {
  return { kind: 'user', userId: user.id, email: user.email };
}

export function cliActor(name: string): Actor {
  return { kind: 'cli', name };
}

/** How the actor reads in the log: the email, or `cli:<name>`. */
export function actorLabel(actor: Actor): string {
  return actor.kind === 'cli' ? `cli:${actor.name}` : actor.email;
}

export async function recordAudit(store: Store, actor: Actor, event: AuditEvent, now: Date): Promise<number> {
  return store.recordAudit({
    at: now.toISOString(),
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    actor: actorLabel(actor),
    action: event.action,
    objectType: event.object?.type ?? null,
    objectId: event.object === undefined ? null : String(event.object.id),
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason ?? null,
    address: event.address ?? null,
  });
}

/** Records what a lifecycle function (article-edits.ts, article-states.ts) did to an article. */
export async function recordArticleChange(store: Store, actor: Actor, change: ArticleChange, address: string | null = null): Promise<number> {
  const { action, object, before, after, reason, revision } = change;
  return recordAudit(store, actor, { action, object, before, after: { ...after, revision }, reason, address }, new Date(change.at));
}

/** One entry as a line of JSON Lines, keys in a fixed order, for `audit list --format jsonl` and the desk's export. */
export function auditJsonLine(entry: StoredAuditEntry): string {
  const { id, at, actorUserId, actor, action, objectType, objectId, before, after, reason, address } = entry;
  return `${JSON.stringify({ id, at, actorUserId, actor, action, objectType, objectId, before, after, reason, address })}\n`;
}

/** Entries read per query while exporting the whole log. */
const EXPORT_PAGE = 1000;

/** Every matching entry, newest first, as JSON Lines, read a page at a time so a long log is never held whole. */
export function auditJsonLines(store: Store, query: Omit<AuditQuery, 'limit' | 'beforeId'>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let beforeId: number | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const page = await store.listAudit({ ...query, limit: EXPORT_PAGE, ...(beforeId === undefined ? {} : { beforeId }) });
      if (page.length > 0) controller.enqueue(encoder.encode(page.map(auditJsonLine).join('')));
      if (page.length < EXPORT_PAGE) controller.close();
      else beforeId = page.at(-1)!.id;
    },
  });
}
