/**
 * The POST routes of the sources page that act on one source (pause, resume,
 * fetch now): parse the id and the optional reason, act as the signed-in
 * admin, then back to the page with the outcome, or the page with the reason
 * it was refused.
 */
import { userActor } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import type { SourceChangeName } from '../admin-strings.ts';
import { parseSourceId, readReason } from '../forms/source-form.ts';
import { renderNotFound } from '../pages/message-page.tsx';
import type { SourceActionDeps, SourceProblem, SourceResult } from '../source-actions.ts';
import type { ChangeOrigin } from '../accounts.ts';
import { renderSourcesPage } from './sources-render.tsx';

type Act = (deps: SourceActionDeps, id: string, origin: ChangeOrigin & { reason: string | null }) => Promise<SourceResult>;

export function sourceActionRoute(change: SourceChangeName, act: Act): DeskHandler {
  return async (c, deps) => {
    const session = signedInSession(c);
    const id = parseSourceId(c.req.param('id'));
    if (id === null) return renderNotFound(c, deps);
    const reason = readReason(await c.req.parseBody());
    const result = await act({ store: deps.store, now: deps.now }, id, { actor: userActor(session.user), address: deps.clientAddress(c), reason });
    if (result.ok) return c.redirect(`/desk/sources?done=${change}&source=${encodeURIComponent(id)}`, 303);
    return renderSourcesPage(c, deps, { error: deps.strings.sourceProblem(result.problem, id), status: problemStatus(result.problem) });
  };
}

export function problemStatus(problem: SourceProblem): 404 | 409 {
  return problem.code === 'no-source' ? 404 : 409;
}
