/**
 * POST /desk/articles/:id: saves an editor's changes as one revision, when
 * the article is still at the revision the form was opened at and its
 * source's licence allows them; audited with before and after. Refused:
 * 409 when someone saved first (naming them), 422 when the licence forbids
 * the change or it cannot be saved as given.
 */
import { editArticle } from '../article-edits.ts';
import { actorLabel, recordArticleChange, userActor } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { editOf, parseArticleForm } from '../forms/article-form.ts';
import { renderNotFound } from '../pages/message-page.tsx';
import { pathArticle, renderArticlePage } from './article-edit.tsx';
import { renderRefusal } from './article-refused.tsx';

export const articleUpdate: DeskHandler = async (c, deps) => {
  const { user } = signedInSession(c);
  const article = await pathArticle(c, deps);
  if (!article) return renderNotFound(c, deps);
  const form = parseArticleForm(await c.req.parseBody());
  if (form.revision === null) return renderArticlePage(c, deps, article, { error: deps.strings.formMissingRevision, status: 400 });
  if (form.headline !== undefined && form.headline.trim() === '') return renderArticlePage(c, deps, article, { error: deps.strings.headlineEmpty, status: 422, form });
  const actor = userActor(user);
  try {
    const change = await editArticle(deps.store, article.id, editOf(form), {
      actor: actorLabel(actor),
      expectedRevision: form.revision,
      now: deps.now(),
      sections: deps.config.sections.map((s) => s.id),
    });
    if (change === null) return c.redirect(`/desk/articles/${article.id}?unchanged`, 303);
    await recordArticleChange(deps.store, actor, change, deps.clientAddress(c));
    return c.redirect(`/desk/articles/${article.id}?saved=${change.revision}`, 303);
  } catch (error) {
    return renderRefusal(c, deps, article.id, error, { form });
  }
};
