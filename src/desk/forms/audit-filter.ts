/** The audit page's query: filters, a page position, and the format. */
import { AUDIT_ACTIONS, type AuditAction } from '../audit.ts';
import { normaliseEmail } from '../email-address.ts';

export interface AuditFilter {
  /** An email or `cli:<name>`, exactly as logged. */
  actor: string | null;
  action: AuditAction | null;
  /** Show entries older than this id (the next page). */
  before: number | null;
  format: 'html' | 'jsonl';
}

/** Longer than any actor the log holds (an email is at most 254). */
const MAX_ACTOR_LENGTH = 300;

/** Unknown or malformed values are dropped rather than refused: a filter link edited by hand still shows a page. */
export function parseAuditFilter(query: Record<string, string | undefined>): AuditFilter {
  const actorText = (query['actor'] ?? '').trim();
  const actor = actorText === '' || actorText.length > MAX_ACTOR_LENGTH ? null : actorText.startsWith('cli:') ? actorText : normaliseEmail(actorText);
  const action = (AUDIT_ACTIONS as readonly string[]).includes(query['action'] ?? '') ? (query['action'] as AuditAction) : null;
  const beforeText = query['before'] ?? '';
  const before = /^[1-9][0-9]{0,14}$/.test(beforeText) ? Number(beforeText) : null;
  const format = query['format'] === 'jsonl' ? 'jsonl' : 'html';
  return { actor, action, before, format };
}

/** The query string of a filter (without the page position unless given), for links. */
export function auditFilterQuery(filter: Pick<AuditFilter, 'actor' | 'action'>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filter.actor) params.set('actor', filter.actor);
  if (filter.action) params.set('action', filter.action);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
