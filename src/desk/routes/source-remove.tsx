/** POST /desk/sources/:id/remove: removes a source the database owns, with its entries and articles, once its id is typed again. */
import { userActor } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { confirmsRemoval, parseSourceId, readReason } from '../forms/source-form.ts';
import { renderNotFound } from '../pages/message-page.tsx';
import { removeSource } from '../source-actions.ts';
import { problemStatus } from './source-action.tsx';
import { renderSourcesPage } from './sources-render.tsx';

export const sourceRemove: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const id = parseSourceId(c.req.param('id'));
  if (id === null) return renderNotFound(c, deps);
  const body = await c.req.parseBody();
  if (!confirmsRemoval(body, id)) return renderSourcesPage(c, deps, { error: deps.strings.confirmMismatch(id), status: 422 });
  const result = await removeSource({ store: deps.store, now: deps.now }, id, { actor: userActor(session.user), address: deps.clientAddress(c), reason: readReason(body) });
  if (result.ok) return c.redirect(`/desk/sources?done=remove&source=${encodeURIComponent(id)}`, 303);
  return renderSourcesPage(c, deps, { error: deps.strings.sourceProblem(result.problem, id), status: problemStatus(result.problem) });
};
