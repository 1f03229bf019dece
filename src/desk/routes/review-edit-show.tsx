/** GET /desk/review/:id: the post-editing screen of a translation held for review. */
import type { StoredArticle, StoredTranslation } from '../../store/store.ts';
import { checkTranslation } from '../../translate/qa.ts';
import type { OriginCounts } from '../../translate/segment-origins.ts';
import { signedInSession, type DeskContext, type DeskDeps, type DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { renderNotFound } from '../pages/message-page.tsx';
import { PostEditPage } from '../pages/post-edit-page.tsx';
import { reviewSegments } from '../review-segments.ts';
import { sourceChange } from '../source-change.ts';

/** A reviewer's own text, typed on this screen. */
const STAFF: OriginCounts = { staff: 1 };

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
  options: { headline?: string; targets?: string[]; error?: string; notice?: string; status?: 200 | 409 | 422 | 502 } = {},
): Promise<Response> {
  const { translation, article } = held;
  const pair = { from: article.lang, to: translation.targetLang };
  const stored = reviewSegments(article.blocks, translation.blocks ?? [], pair);
  const segments = stored.map((segment) => {
    const edited = options.targets?.[segment.index];
    return edited === undefined ? segment : { ...segment, target: edited, issues: checkTranslation(segment.source, edited, pair) };
  });
  const recorded = translation.segmentOrigins;
  const segmentOrigins = segments.map((segment, i) => (segment.target !== stored[i]!.target ? STAFF : (recorded?.segments[i] ?? null)));
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
      segmentOrigins={segmentOrigins}
      headlineOrigin={!headlineTranslated ? null : headline !== (translation.headline ?? '') ? STAFF : (recorded?.headline ?? null)}
      sourceChange={sourceChange(translation, article)}
      notice={options.notice ?? null}
      canTranslateAgain={deps.translation?.serves(pair) ?? false}
    />
  );
  return renderDeskPage(c, page, options.status ?? 200);
}

const COUNT = /^[0-9]{1,6}$/;

export const reviewEditShow: DeskHandler = async (c, deps) => {
  const held = await heldTranslation(c, deps);
  if (!held) return renderNotFound(c, deps);
  // After "translate again": how many sentences the engine and the reviewers' segments gave.
  const { sent, human } = c.req.query();
  const notice = sent !== undefined && human !== undefined && COUNT.test(sent) && COUNT.test(human) ? deps.strings.translatedAgain(held.translation.engine ?? '?', Number(sent), Number(human)) : undefined;
  return renderPostEdit(c, deps, held, notice === undefined ? {} : { notice });
};
