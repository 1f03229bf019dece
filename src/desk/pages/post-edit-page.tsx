/**
 * Post-editing one held translation: the headline on top, then one row per
 * segment, source on the left and an editable target on the right, marked
 * with its origin and with its QA issues' spans in place. One form posts the
 * whole document; Tab goes from target to target, since they are the only
 * fields between the headline and the actions.
 */
import type { StoredArticle, StoredTranslation } from '../../store/store.ts';
import type { QaIssue } from '../../translate/qa.ts';
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { CsrfField, DeskLayout } from '../desk-layout.tsx';
import { markedPieces, type ReviewSegment } from '../review-segments.ts';

export interface PostEditPageProps {
  deps: DeskDeps;
  session: DeskSession;
  translation: StoredTranslation;
  article: StoredArticle;
  headline: string;
  headlineIssues: QaIssue[];
  segments: ReviewSegment[];
  error: string | null;
}

function Marked({ text, issues }: { text: string; issues: QaIssue[] }) {
  return (
    <>
      {markedPieces(text, issues).map((piece) =>
        piece.code === null ? (
          piece.text
        ) : (
          <mark class={`qa-${piece.code}`} title={piece.code}>
            {piece.text}
          </mark>
        ),
      )}
    </>
  );
}

function IssueCodes({ issues }: { issues: QaIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul class="qa-issues">
      {issues.map((issue) => (
        <li>
          <code class="issue">{issue.code}</code> {issue.message}
        </li>
      ))}
    </ul>
  );
}

export function PostEditPage({ deps, session, translation, article, headline, headlineIssues, segments, error }: PostEditPageProps) {
  const { strings } = deps;
  const target = translation.targetLang;
  const origin = strings.originMachine(translation.engine ?? '?');
  const stale = translation.articleVersion !== article.updatedAt;
  return (
    <DeskLayout deps={deps} session={session} title={strings.postEditTitle} current="review">
      <h1>{strings.postEditTitle}</h1>
      <p class="version">
        {strings.sourceVersion(article.updatedAt)} · {strings.translatedFrom(translation.articleVersion)}
      </p>
      {stale && <p class="warning">{strings.staleTranslation}</p>}
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <form method="post" action={`/desk/review/${translation.id}/approve`} class="post-edit">
        <CsrfField session={session} />
        <div class="headline-row">
          <p class="source" lang={article.headlineLang ?? article.lang}>
            {article.headline}
          </p>
          <label>
            {strings.headline}
            <input type="text" name="headline" value={headline} lang={target} />
          </label>
          <p class="marked" lang={target}>
            <Marked text={headline} issues={headlineIssues} />
          </p>
          <IssueCodes issues={headlineIssues} />
        </div>
        <table class="segments">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{strings.sourceText}</th>
              <th scope="col">{strings.targetText}</th>
            </tr>
          </thead>
          <tbody>
            {segments.map((segment) => (
              <tr class={segment.issues.length > 0 ? 'has-issues' : undefined}>
                <th scope="row">{segment.index + 1}</th>
                <td class="source" lang={article.lang}>
                  {segment.source}
                </td>
                <td class="target">
                  <span class="origin origin-mt">{origin}</span>
                  <textarea name={`segment-${segment.index}`} lang={target} aria-label={strings.segment(segment.index + 1)} rows={Math.max(2, Math.ceil(segment.target.length / 60))}>
                    {segment.target}
                  </textarea>
                  <p class="marked" lang={target}>
                    <Marked text={segment.target} issues={segment.issues} />
                  </p>
                  <IssueCodes issues={segment.issues} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label>
          {strings.approveReason}
          <input type="text" name="reason" />
        </label>
        <button type="submit">{strings.approve}</button>
      </form>
      <form method="post" action={`/desk/review/${translation.id}/reject`} class="inline-form">
        <CsrfField session={session} />
        <label>
          {strings.reason}
          <input type="text" name="reason" />
        </label>
        <button type="submit">{strings.reject}</button>
      </form>
    </DeskLayout>
  );
}
