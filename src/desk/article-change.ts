/**
 * What every lifecycle function (article-edits.ts, article-states.ts)
 * returns: a description of the change it made, in the shape an audit log
 * keeps (action, object, actor, time, before and after, reason). This is
 * the one seam where desk actions on articles meet the audit log: whoever
 * calls a lifecycle function hands its result to the log.
 */
import type { FieldChange } from '../store/store.ts';

export type ArticleAction = 'edit' | 'correct' | 'kill' | 'restore';

export interface ArticleChange {
  action: ArticleAction;
  object: { type: 'article'; id: number };
  /** A desk user's id or email, `cli:<name>`, or `wire:<source id>`. */
  actor: string;
  /** UTC ISO time of the change. */
  at: string;
  reason: string | null;
  /** The article's revision after the change. */
  revision: number;
  /** Each changed field's value before and after (`status` for kills and restores). */
  before: Partial<Record<FieldChange['field'], unknown>>;
  after: Partial<Record<FieldChange['field'], unknown>>;
}

export function articleChange(
  action: ArticleAction,
  id: number,
  who: { actor: string; at: string; reason: string | null },
  revision: number,
  changes: readonly FieldChange[],
): ArticleChange {
  return {
    action,
    object: { type: 'article', id },
    ...who,
    revision,
    before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
    after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
  };
}

/** Longest actor kept: an email address or a `cli:`/`wire:` name fits many times over. */
const MAX_ACTOR_CHARS = 200;
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Every change names who made it; a blank or garbled actor is a bug in the caller, not a user's mistake. */
export function checkedActor(actor: string): string {
  const trimmed = actor.trim();
  if (trimmed === '' || trimmed.length > MAX_ACTOR_CHARS || CONTROL_OR_BIDI.test(trimmed)) {
    throw new Error(`desk: "${actor.slice(0, 40)}" is not an actor (a user id or email, cli:<name> or wire:<source id>)`);
  }
  return trimmed;
}
