/**
 * POST /desk/articles/:id/correct: "save as a correction". The form's
 * changes (which may be none) and its note go into one revision; the note
 * appears, dated, on the public page, and the earlier text stays in the
 * revision. Refused like a save (409, 422), and with 422 without a note.
 */
import { correctArticle } from '../article-edits.ts';
import { actorLabel, recordArticleChange, userActor } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { editOf, parseArticleForm } from '../forms/article-form.ts';
import { renderNotFound } from '../pages/message-page.tsx';
import { pathArticle, renderArticlePage } from './article-edit.tsx';
import { renderRefusal } from './article-refused.tsx';

export const articleCorrect: DeskHandler = async (c, deps) => {
  const { user } = signedInSession(c);
  const article = await pathArticle(c, deps);
  if (!article) return renderNotFound(c, deps);
  const form = parseArticleForm(await c.req.parseBody());
  if (form.revision === null) return renderArticlePage(c, deps, article, { error: deps.strings.formMissingRevision, status: 400 });
  if (form.note === '') return renderArticlePage(c, deps, article, { error: deps.strings.correctionNeedsNote, status: 422, form });
  if (form.headline !== undefined && form.headline.trim() === '') return renderArticlePage(c, deps, article, { error: deps.strings.headlineEmpty, status: 422, form });
  const actor = userActor(user);
  try {
    const change = await correctArticle(deps.store, article.id, { changes: editOf(form), note: form.note }, {
      actor: actorLabel(actor),
      expectedRevision: form.revision,
      now: deps.now(),
      sections: deps.config.sections.map((s) => s.id),
    });
    await recordArticleChange(deps.store, actor, change, deps.clientAddress(c));
    return c.redirect(`/desk/articles/${article.id}?corrected=${change.revision}`, 303);
  } catch (error) {
    return renderRefusal(c, deps, article.id, error, { form });
  }
};
