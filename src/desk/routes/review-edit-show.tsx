/** GET /desk/review/:id: the post-editing screen of a translation held for review. */
import type { StoredArticle, StoredTranslation } from '../../store/store.ts';
import { checkTranslation } from '../../translate/qa.ts';
import { signedInSession, type DeskContext, type DeskDeps, type DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { renderNotFound } from '../pages/message-page.tsx';
import { PostEditPage } from '../pages/post-edit-page.tsx';
import { reviewSegments } from '../review-segments.ts';

export interface HeldTranslation {
  translation: StoredTranslation;
  article: StoredArticle;
}

/** The translation named by the path, when it is held for review (not approved) and its article exists. */
export async function heldTranslation(c: DeskContext, deps: DeskDeps): Promise<HeldTranslation | null> {
  const text = c.req.param('id') ?? '';
  if (!/^[1-9][0-9]{0,14}$/.test(text)) return null;
  const translation = await deps.store.getTranslation(Number(text));
  if (!translation || translation.status !== 'review' || translation.approvedAt !== null) return null;
  const article = await deps.store.getArticle(translation.articleId);
  return article ? { translation, article } : null;
}

/** The screen for a held translation, with the reviewer's edits in place of the stored text when given. */
export async function renderPostEdit(
  c: DeskContext,
  deps: DeskDeps,
  held: HeldTranslation,
  options: { headline?: string; targets?: string[]; error?: string; status?: 200 | 422 } = {},
): Promise<Response> {
  const { translation, article } = held;
  const pair = { from: article.lang, to: translation.targetLang };
  const segments = reviewSegments(article.blocks, translation.blocks ?? [], pair).map((segment) => {
    const edited = options.targets?.[segment.index];
    return edited === undefined ? segment : { ...segment, target: edited, issues: checkTranslation(segment.source, edited, pair) };
  });
  const headline = options.headline ?? translation.headline ?? '';
  const headlineTranslated = translation.headlineLang === null && translation.headlinePolicy === 'translate';
  const headlineIssues = headlineTranslated && headline !== '' ? checkTranslation(article.headline, headline, pair) : [];
  const page = (
    <PostEditPage
      deps={deps}
      session={signedInSession(c)}
      translation={translation}
      article={article}
      headline={headline}
      headlineIssues={headlineIssues}
      segments={segments}
      error={options.error ?? null}
    />
  );
  return renderDeskPage(c, page, options.status ?? 200);
}

export const reviewEditShow: DeskHandler = async (c, deps) => {
  const held = await heldTranslation(c, deps);
  if (!held) return renderNotFound(c, deps);
  return renderPostEdit(c, deps, held);
};
