/**
 * The answer to a refused article action: the article page again, with the
 * reason and the status articleRefusal gives. When the article changed
 * meanwhile, the page shows its current text and, under it, what the editor
 * had written; otherwise the form keeps the editor's values.
 */
import { RevisionConflictError } from '../article-errors.ts';
import { articleRefusal } from '../article-refusal.ts';
import type { DeskContext, DeskDeps } from '../desk-context.ts';
import type { ArticleForm } from '../forms/article-form.ts';
import { renderNotFound } from '../pages/message-page.tsx';
import { renderArticlePage } from './article-edit.tsx';

export async function renderRefusal(c: DeskContext, deps: DeskDeps, articleId: number, error: unknown, options: { form?: ArticleForm; stateMessage?: string } = {}): Promise<Response> {
  const refusal = articleRefusal(error, deps, options.stateMessage ?? '');
  if (refusal === null) throw error;
  // Read again: a conflict means it changed, and the page must show it as it is now.
  const article = await deps.store.getArticle(articleId);
  if (refusal.status === 404 || !article) return renderNotFound(c, deps);
  const conflict = error instanceof RevisionConflictError;
  return renderArticlePage(c, deps, article, {
    error: refusal.message,
    status: refusal.status,
    ...(options.form ? (conflict ? { unsaved: options.form } : { form: options.form }) : {}),
  });
}
