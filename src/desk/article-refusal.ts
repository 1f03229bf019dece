/**
 * Why an action on an article was refused, in the desk's language, with the
 * status the page answers: the article changed meanwhile (409, naming who
 * changed it), the licence forbids the change (422, saying what it allows),
 * the edit cannot be saved as given (422), the action does not fit the
 * article's state (409). Anything else is not a refusal but a failure.
 */
import { ArticleNotFoundError, ArticleStateError, InvalidEditError, LicenceRefusalError, RevisionConflictError } from './article-errors.ts';
import type { DeskDeps } from './desk-context.ts';
import { formatDeskTime } from './desk-dates.ts';

export type Refusal = { status: 404 } | { status: 409 | 422; message: string };

/** `stateMessage`: what an ArticleStateError means for the action at hand ("killed already"). */
export function articleRefusal(error: unknown, deps: DeskDeps, stateMessage: string): Refusal | null {
  const { strings } = deps;
  if (error instanceof ArticleNotFoundError) return { status: 404 };
  if (error instanceof RevisionConflictError) {
    const last = error.lastChange;
    const when = last ? formatDeskTime(last.at, deps.lang, deps.config.site.timeZone) : '';
    const action = last ? strings.actionName(last.action) : '';
    return { status: 409, message: strings.revisionConflict(last?.actor ?? null, action, when, error.current, error.expected) };
  }
  if (error instanceof LicenceRefusalError) {
    return { status: 422, message: strings.licenceRefused(error.sourceName, error.licence, error.allowed, [...error.refused]) };
  }
  if (error instanceof InvalidEditError) return { status: 422, message: strings.editRefused(error.message.replace(/^desk: article \d+: /, '')) };
  if (error instanceof ArticleStateError) return { status: 409, message: stateMessage };
  return null;
}
