/**
 * Taking an article down and bringing it back, each with its reason, one
 * revision each. A killed article's page answers 410 Gone in every edition
 * (its translations' addresses too) and it leaves every list, its story,
 * and the story's summary at once (story-records-refresh.ts). Restored, it
 * is listed again at once and rejoins a story on the next clustering pass.
 */
import type { FieldChange, RevisionOutcome, Store } from '../store/store.ts';
import { articleChange, checkedActor, type ArticleChange } from './article-change.ts';
import { ArticleNotFoundError, ArticleStateError, InvalidEditError, RevisionConflictError } from './article-errors.ts';
import { refreshStoryRecords } from './story-records-refresh.ts';

export interface StateOptions {
  actor: string;
  now: Date;
  /** When given, the action is refused unless the article is still at this revision (a desk form's). */
  expectedRevision?: number;
}

/** A reason a reader of the audit log can act on, not a paragraph. */
const MAX_REASON_CHARS = 500;

export async function killArticle(store: Store, id: number, options: StateOptions & { reason: string }): Promise<ArticleChange> {
  const actor = checkedActor(options.actor);
  const reason = options.reason.replace(/\s+/gu, ' ').trim();
  if (reason === '') throw new InvalidEditError(`desk: article ${id}: a kill needs a reason`);
  if (reason.length > MAX_REASON_CHARS) throw new InvalidEditError(`desk: article ${id}: the reason is longer than ${MAX_REASON_CHARS} characters`);
  const at = options.now.toISOString();
  const outcome = await store.killArticle(id, { actor, at, reason, ...revisionOf(options) });
  if (outcome.outcome === 'unchanged') {
    const killed = (await store.getArticle(id))?.killed;
    const by = killed ? ` by ${killed.by} at ${killed.at.slice(0, 16).replace('T', ' ')} UTC: ${killed.reason}` : '';
    throw new ArticleStateError(`desk: article ${id} is already killed${by}`);
  }
  const { revision, changes } = done(outcome, id, options);
  // Its story's title, counts and score follow now, not at the next pass: a killed headline must not name a story.
  await refreshStoryRecords(store, options.now);
  return articleChange('kill', id, { actor, at, reason }, revision, changes);
}

export async function restoreArticle(store: Store, id: number, options: StateOptions & { reason?: string }): Promise<ArticleChange> {
  const actor = checkedActor(options.actor);
  const reason = options.reason?.replace(/\s+/gu, ' ').trim() || null;
  const at = options.now.toISOString();
  const outcome = await store.restoreArticle(id, { actor, at, reason, ...revisionOf(options) });
  if (outcome.outcome === 'unchanged') throw new ArticleStateError(`desk: article ${id} is not killed; there is nothing to restore`);
  const { revision, changes } = done(outcome, id, options);
  return articleChange('restore', id, { actor, at, reason }, revision, changes);
}

function revisionOf(options: StateOptions): { expectedRevision?: number } {
  return options.expectedRevision === undefined ? {} : { expectedRevision: options.expectedRevision };
}

function done(outcome: Exclude<RevisionOutcome, { outcome: 'unchanged' }>, id: number, options: StateOptions): { revision: number; changes: FieldChange[] } {
  if (outcome.outcome === 'not-found') throw new ArticleNotFoundError(id);
  if (outcome.outcome === 'conflict') throw new RevisionConflictError(id, options.expectedRevision ?? outcome.current, outcome.current, outcome.lastChange);
  return outcome;
}
