/**
 * POST /desk/review/:id/translate-again: the engine configured for the pair
 * translates the article anew, past the memory's machine outputs (reviewers'
 * segments are kept: src/pipeline/article-retranslation.ts says why), and the
 * new draft replaces the one on screen, held for review. Back to the screen
 * with a notice (303); 409 when no engine serves the pair, 502 when the
 * engine fails, both with the draft unchanged. Audited.
 */
import { pairLabel } from '../../translate/engines/engine.ts';
import { recordAudit, userActor } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { renderNotFound } from '../pages/message-page.tsx';
import { issueCodesOf } from '../review-queue.ts';
import { heldTranslation, renderPostEdit } from './review-edit-show.tsx';

export const reviewTranslateAgain: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const held = await heldTranslation(c, deps);
  if (!held) return renderNotFound(c, deps);
  const { translation, article } = held;
  const pair = { from: article.lang, to: translation.targetLang };
  if (!deps.translation?.serves(pair)) return renderPostEdit(c, deps, held, { error: deps.strings.noEngineFor(pairLabel(pair)), status: 409 });
  let done;
  try {
    done = await deps.translation.translateAgain(translation, article);
  } catch (error) {
    deps.logError(`desk: translating translation ${translation.id} (article ${article.id}) again failed`, error);
    return renderPostEdit(c, deps, held, { error: deps.strings.translateAgainFailed, status: 502 });
  }
  await recordAudit(
    deps.store,
    userActor(session.user),
    {
      action: 'translate-again',
      object: { type: 'translation', id: translation.id },
      before: { engine: translation.engine, headline: translation.headline, issues: issueCodesOf(translation) },
      after: { engine: done.engine, sentFresh: done.sent, fromReviewers: done.human },
      address: deps.clientAddress(c),
    },
    deps.now(),
  );
  return c.redirect(`/desk/review/${translation.id}?sent=${done.sent}&human=${done.human}`, 303);
};
