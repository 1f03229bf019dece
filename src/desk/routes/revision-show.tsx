/** GET /desk/articles/:id/revisions/:revision: what that revision changed, compared with the one before. */
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { renderNotFound } from '../pages/message-page.tsx';
import { RevisionPage } from '../pages/revision-page.tsx';
import { revisionDiffs } from '../revision-diff.ts';
import { pathArticle } from './article-edit.tsx';

export const revisionShow: DeskHandler = async (c, deps) => {
  const article = await pathArticle(c, deps);
  const number = c.req.param('revision') ?? '';
  if (!article || !/^[1-9][0-9]{0,9}$/.test(number)) return renderNotFound(c, deps);
  const revision = (await deps.store.editorialRevisions(article.id)).find((r) => r.revision === Number(number));
  if (!revision) return renderNotFound(c, deps);
  const figure = deps.strings.figure;
  const page = (
    <RevisionPage
      deps={deps}
      session={signedInSession(c)}
      article={article}
      revision={revision}
      changes={revisionDiffs(revision.changes, figure)}
      held={revisionDiffs(revision.held, figure)}
    />
  );
  return renderDeskPage(c, page);
};
