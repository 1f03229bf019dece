/**
 * POST /desk/review/:id/approve: saves the reviewer's headline and segments
 * and approves the translation. Refused (422, the screen again with the
 * edits kept) while engine markers remain, unless a reason is given; the
 * reason goes into the audit entry with the changed segments before and after.
 *
 * Every segment the reviewer changed, and the headline, then goes into the
 * translation memory as human segments (translate/human-segments.ts), so the
 * next article with the same sentence gets the reviewer's version. A segment
 * approved with engine markers still in it is not a human translation and
 * is not remembered.
 */
import { blocksToText } from '../../extract/html/block-text.ts';
import { paragraphRuns } from '../../translate/block-translation.ts';
import { humanHeadlineSegments, humanSegmentsFromEdit, type HumanSegment } from '../../translate/human-segments.ts';
import { checkTranslation, type LanguagePair, type QaIssue } from '../../translate/qa.ts';
import type { OriginCounts, SegmentOrigins } from '../../translate/segment-origins.ts';
import type { StoredArticle, StoredTranslation } from '../../store/store.ts';
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
  const edits = { segments: changed.map((change) => ({ ...change, issues: issues[change.segment]! })), headline: headlineChanged ? { before: translation.headline ?? '', after: headline, issues: headlineIssues } : null };
  await deps.store.saveTranslation(
    {
      ...translation,
      headline,
      translatedHeadline: translation.headlineLang === null ? headline : translation.translatedHeadline,
      blocks,
      text: blocksToText(blocks),
      issues: [...issues.flat(), ...headlineIssues],
      status: 'review',
      segmentOrigins: originsAfterEdits(translation, edits),
    },
    now,
  );
  const saved = (await deps.store.translationsOf(article.id)).find((t) => t.targetLang === translation.targetLang);
  if (!saved || !(await deps.store.approveTranslation(saved.id, now))) throw new Error(`desk: approving translation ${translation.id} (article ${article.id}, ${translation.targetLang}) failed after saving the edits`);
  const human = humanSegmentsOf(translation, article, pair, edits);
  if (human.length > 0) await deps.store.rememberHumanSegments(pair, human, session.user.email, now);
  await recordAudit(
    deps.store,
    userActor(session.user),
    {
      action: 'approve',
      object: { type: 'translation', id: saved.id },
      before: { headline: headlineChanged ? translation.headline : undefined, segments: changed.map(({ segment, before }) => ({ segment, text: before })) },
      after: { headline: headlineChanged ? headline : undefined, segments: changed.map(({ segment, after }) => ({ segment, text: after })), markersLeft: marked, humanSegments: human.length },
      reason: form.reason,
      address: deps.clientAddress(c),
    },
    deps.now(),
  );
  return c.redirect(`/desk/review?approved=${saved.id}`, 303);
};

interface Edit {
  before: string;
  after: string;
  issues: QaIssue[];
}

interface Edits {
  segments: (Edit & { segment: number })[];
  headline: Edit | null;
}

/** The reviewer's text for what they changed without leaving engine markers in, as human segments of the pair. */
function humanSegmentsOf(translation: StoredTranslation, article: StoredArticle, pair: LanguagePair, edits: Edits): HumanSegment[] {
  const runs = paragraphRuns(article.blocks);
  const human = edits.segments.flatMap((edit) => {
    const run = runs[edit.segment];
    return run && !hasEngineMarkers(edit.issues) ? humanSegmentsFromEdit(run, edit.before, edit.after, pair) : [];
  });
  const headlineTranslated = translation.headlineLang === null && translation.headlinePolicy === 'translate';
  if (edits.headline && headlineTranslated && !hasEngineMarkers(edits.headline.issues)) {
    human.push(...humanHeadlineSegments(article.headline, edits.headline.before, edits.headline.after, pair));
  }
  return human;
}

/** The recorded origins with the segments the reviewer changed marked as theirs (none recorded: none made up). */
function originsAfterEdits(translation: StoredTranslation, edits: Edits): SegmentOrigins | null {
  const recorded = translation.segmentOrigins;
  if (recorded === null) return null;
  const staff: OriginCounts = { staff: 1 };
  const edited = new Set(edits.segments.map((e) => e.segment));
  return { headline: edits.headline ? staff : recorded.headline, segments: recorded.segments.map((counts, i) => (edited.has(i) ? staff : counts)) };
}
