/**
 * POST /desk/review/:id/approve: saves the reviewer's headline and segments
 * and approves the translation. Refused (422, the screen again with the
 * edits kept) while engine markers remain, unless a reason is given; the
 * reason goes into the audit entry with the changed segments before and after.
 */
import { blocksToText } from '../../extract/html/block-text.ts';
import { checkTranslation } from '../../translate/qa.ts';
import { userActor, recordAudit } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { parsePostEditForm } from '../forms/post-edit-form.ts';
import { renderNotFound } from '../pages/message-page.tsx';
import { hasEngineMarkers, reviewSegments, withEditedSegments } from '../review-segments.ts';
import { heldTranslation, renderPostEdit } from './review-edit-show.tsx';

export const reviewApprove: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const held = await heldTranslation(c, deps);
  if (!held) return renderNotFound(c, deps);
  const { translation, article } = held;
  const pair = { from: article.lang, to: translation.targetLang };
  const segments = reviewSegments(article.blocks, translation.blocks ?? [], pair);
  const form = parsePostEditForm(await c.req.parseBody(), segments.length);
  const headline = form.headline === '' ? (translation.headline ?? '') : form.headline;
  const targets = segments.map((segment) => form.targets[segment.index] ?? segment.target);
  const issues = segments.map((segment, i) => checkTranslation(segment.source, targets[i]!, pair));
  const headlineIssues = translation.headlineLang === null && translation.headlinePolicy === 'translate' ? checkTranslation(article.headline, headline, pair) : [];
  const marked = issues.filter(hasEngineMarkers).length + (hasEngineMarkers(headlineIssues) ? 1 : 0);
  if (marked > 0 && form.reason === null) {
    return renderPostEdit(c, deps, held, { headline, targets, error: deps.strings.markersRemain(marked), status: 422 });
  }
  const now = deps.now().toISOString();
  const blocks = withEditedSegments(translation.blocks ?? [], targets);
  const changed = segments.flatMap((segment, i) => (targets[i] === segment.target ? [] : [{ segment: i, before: segment.target, after: targets[i]! }]));
  const headlineChanged = headline !== translation.headline;
  await deps.store.saveTranslation(
    {
      ...translation,
      headline,
      translatedHeadline: translation.headlineLang === null ? headline : translation.translatedHeadline,
      blocks,
      text: blocksToText(blocks),
      issues: [...issues.flat(), ...headlineIssues],
      status: 'review',
    },
    now,
  );
  const saved = (await deps.store.translationsOf(article.id)).find((t) => t.targetLang === translation.targetLang);
  if (!saved || !(await deps.store.approveTranslation(saved.id, now))) throw new Error(`desk: approving translation ${translation.id} (article ${article.id}, ${translation.targetLang}) failed after saving the edits`);
  await recordAudit(
    deps.store,
    userActor(session.user),
    {
      action: 'approve',
      object: { type: 'translation', id: saved.id },
      before: { headline: headlineChanged ? translation.headline : undefined, segments: changed.map(({ segment, before }) => ({ segment, text: before })) },
      after: { headline: headlineChanged ? headline : undefined, segments: changed.map(({ segment, after }) => ({ segment, text: after })), markersLeft: marked },
      reason: form.reason,
      address: deps.clientAddress(c),
    },
    deps.now(),
  );
  return c.redirect(`/desk/review?approved=${saved.id}`, 303);
};
