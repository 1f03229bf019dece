/**
 * POST /desk/articles/:id/restore: brings a killed article back, with an
 * optional reason; it is listed again at once. Audited. Refused when it
 * changed since the page was opened (409) or is not killed (409).
 */
import { restoreArticle } from '../article-states.ts';
import { actorLabel, recordArticleChange, userActor } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { parseStateForm } from '../forms/article-form.ts';
import { renderNotFound } from '../pages/message-page.tsx';
import { pathArticle, renderArticlePage } from './article-edit.tsx';
import { renderRefusal } from './article-refused.tsx';

export const articleRestore: DeskHandler = async (c, deps) => {
  const { user } = signedInSession(c);
  const article = await pathArticle(c, deps);
  if (!article) return renderNotFound(c, deps);
  const form = parseStateForm(await c.req.parseBody());
  if (form.revision === null) return renderArticlePage(c, deps, article, { error: deps.strings.formMissingRevision, status: 400 });
  const actor = userActor(user);
  try {
    const change = await restoreArticle(deps.store, article.id, {
      actor: actorLabel(actor),
      now: deps.now(),
      expectedRevision: form.revision,
      ...(form.reason === '' ? {} : { reason: form.reason }),
    });
    await recordArticleChange(deps.store, actor, change, deps.clientAddress(c));
    return c.redirect(`/desk/articles/${article.id}?restored`, 303);
  } catch (error) {
    return renderRefusal(c, deps, article.id, error, { stateMessage: deps.strings.notKilled });
  }
};
