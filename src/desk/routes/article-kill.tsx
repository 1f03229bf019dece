/**
 * POST /desk/articles/:id/kill: takes the article off the site with the
 * reason given (required); its pages answer 410 Gone and it leaves every
 * list at once. Audited. Refused when it changed since the page was opened
 * (409) or is killed already (409).
 */
import { killArticle } from '../article-states.ts';
import { actorLabel, recordArticleChange, userActor } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { parseStateForm } from '../forms/article-form.ts';
import { renderNotFound } from '../pages/message-page.tsx';
import { pathArticle, renderArticlePage } from './article-edit.tsx';
import { renderRefusal } from './article-refused.tsx';

export const articleKill: DeskHandler = async (c, deps) => {
  const { user } = signedInSession(c);
  const article = await pathArticle(c, deps);
  if (!article) return renderNotFound(c, deps);
  const form = parseStateForm(await c.req.parseBody());
  if (form.revision === null) return renderArticlePage(c, deps, article, { error: deps.strings.formMissingRevision, status: 400 });
  if (form.reason === '') return renderArticlePage(c, deps, article, { error: deps.strings.killNeedsReason, status: 422 });
  const actor = userActor(user);
  try {
    const change = await killArticle(deps.store, article.id, { actor: actorLabel(actor), reason: form.reason, now: deps.now(), expectedRevision: form.revision });
    await recordArticleChange(deps.store, actor, change, deps.clientAddress(c));
    return c.redirect(`/desk/articles/${article.id}?killed`, 303);
  } catch (error) {
    return renderRefusal(c, deps, article.id, error, { stateMessage: deps.strings.alreadyKilled });
  }
};
