/**
 * GET /desk/articles/:id: the article page, with the outcome of the last
 * action (`?saved=N`, `?unchanged`, `?corrected=N`, `?killed`, `?restored`).
 * `renderArticlePage` also shows it again after a refused action, with the
 * reason and the editor's values.
 */
import { articleStatus } from '../../store/article-status.ts';
import type { StoredArticle } from '../../store/store.ts';
import { signedInSession, type DeskContext, type DeskDeps, type DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { parseArticleId, type ArticleForm } from '../forms/article-form.ts';
import { ArticlePage } from '../pages/article-page.tsx';
import { renderNotFound } from '../pages/message-page.tsx';

/** The article the path names, or null (malformed id, no such article). */
export async function pathArticle(c: DeskContext, deps: DeskDeps): Promise<StoredArticle | null> {
  const id = parseArticleId(c.req.param('id'));
  return id === null ? null : deps.store.getArticle(id);
}

export interface ArticlePageState {
  notice?: string | null;
  error?: string | null;
  status?: 200 | 400 | 409 | 422;
  form?: ArticleForm;
  unsaved?: ArticleForm;
}

export async function renderArticlePage(c: DeskContext, deps: DeskDeps, article: StoredArticle, state: ArticlePageState = {}): Promise<Response> {
  const [source, revisions] = await Promise.all([deps.store.getSource(article.sourceId), deps.store.editorialRevisions(article.id)]);
  const page = (
    <ArticlePage
      deps={deps}
      session={signedInSession(c)}
      article={article}
      status={articleStatus(article, deps.now().toISOString())}
      source={source}
      revisions={revisions}
      notice={state.notice ?? null}
      error={state.error ?? null}
      {...(state.form ? { form: state.form } : {})}
      {...(state.unsaved ? { unsaved: state.unsaved } : {})}
    />
  );
  return renderDeskPage(c, page, state.status ?? 200);
}

export const articleEdit: DeskHandler = async (c, deps) => {
  const article = await pathArticle(c, deps);
  if (!article) return renderNotFound(c, deps);
  return renderArticlePage(c, deps, article, { notice: outcomeNotice(deps, c.req.query()) });
};

function outcomeNotice(deps: DeskDeps, query: Record<string, string>): string | null {
  const { strings } = deps;
  const revision = (name: string) => (/^[1-9][0-9]{0,9}$/.test(query[name] ?? '') ? Number(query[name]) : null);
  const saved = revision('saved');
  if (saved !== null) return strings.savedAs(saved);
  const corrected = revision('corrected');
  if (corrected !== null) return strings.correctedAs(corrected);
  if ('unchanged' in query) return strings.nothingChanged;
  if ('killed' in query) return strings.killedNotice;
  if ('restored' in query) return strings.restoredNotice;
  return null;
}
