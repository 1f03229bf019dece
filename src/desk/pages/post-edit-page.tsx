/**
 * Post-editing one held translation: the headline on top, then one row per
 * segment, source on the left and an editable target on the right, marked
 * with its origin and with its QA issues' spans in place. One form posts the
 * whole document; Tab goes from target to target, since they are the only
 * fields between the headline and the actions. Above them, when the source
 * changed since it was translated, what changed; below them, "translate
 * again" when an engine serves the pair.
 */
import type { StoredArticle, StoredTranslation } from '../../store/store.ts';
import type { QaIssue } from '../../translate/qa.ts';
import type { OriginCounts } from '../../translate/segment-origins.ts';
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { languageAttributes } from '../../text/direction.ts';
import { formatDeskTime } from '../desk-dates.ts';
import { CsrfField, DeskLayout, Messages } from '../desk-layout.tsx';
import { originLabel } from '../origin-label.ts';
import { markedPieces, type ReviewSegment } from '../review-segments.ts';
import type { SourceChange } from '../source-change.ts';

export interface PostEditPageProps {
  deps: DeskDeps;
  session: DeskSession;
  translation: StoredTranslation;
  article: StoredArticle;
  headline: string;
  headlineIssues: QaIssue[];
  segments: ReviewSegment[];
  error: string | null;
  /** Where each segment's target came from, by index (null: not recorded), and the headline's. */
  segmentOrigins: (OriginCounts | null)[];
  headlineOrigin: OriginCounts | null;
  sourceChange: SourceChange | null;
  notice: string | null;
  /** An engine serves the pair: the page offers "translate again"; otherwise it says none does. */
  canTranslateAgain: boolean;
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

/**
 * Each issue's label and sentence in the desk's language. An issue stored
 * before the gate kept its findings as data has only its English sentence,
 * marked as English.
 */
function IssueCodes({ issues, deps }: { issues: QaIssue[]; deps: DeskDeps }) {
  if (issues.length === 0) return null;
  const { strings } = deps;
  const time = (iso: string) => formatDeskTime(iso, deps.lang, deps.config.site.timeZone);
  return (
    <ul class="qa-issues">
      {issues.map((issue) => (
        <li>
          <span class="issue" title={issue.code}>
            {strings.issueName(issue.code)}
          </span>{' '}
          {issue.detail ? strings.issueMessage(issue.detail, time) : <span lang="en">{issue.message}</span>}
        </li>
      ))}
    </ul>
  );
}

function Origin({ deps, counts, engine }: { deps: DeskDeps; counts: OriginCounts | null; engine: string }) {
  const label = originLabel(deps.strings, counts, engine);
  return <span class={`origin origin-${label.kind}`}>{label.text}</span>;
}

/** The source's changes since the version translated before them: the headline, then removed and added paragraphs. */
function SourceChangeView({ deps, change, lang }: { deps: DeskDeps; change: SourceChange; lang: string }) {
  const { strings, config } = deps;
  const unchanged = change.paragraphs?.filter((line) => line.kind === 'same').length ?? 0;
  return (
    <section class="source-change" aria-label={strings.sourceChanged}>
      {change.outdated && <p class="warning">{strings.staleTranslation}</p>}
      {change.since !== null && <p class="warning">{strings.sourceChangedSince(formatDeskTime(change.since, deps.lang, config.site.timeZone))}</p>}
      {change.approvedAt !== null && <p>{strings.approvedBeforeChange(formatDeskTime(change.approvedAt, deps.lang, config.site.timeZone))}</p>}
      {change.paragraphs === null ? (
        <p class="quiet">{strings.sourceChangeUnknown}</p>
      ) : (
        <ul class="source-diff" {...languageAttributes(lang)}>
          {change.headline && (
            <li class="changed-headline">
              {strings.headlineChanged}: <del>{change.headline.before}</del> <ins>{change.headline.after}</ins>
            </li>
          )}
          {change.paragraphs
            .filter((line) => line.kind !== 'same')
            .map((line) =>
              line.kind === 'removed' ? (
                <li class="removed">
                  <span class="diff-kind">{strings.paragraphRemoved}</span> <del>{line.text}</del>
                </li>
              ) : (
                <li class="added">
                  <span class="diff-kind">{strings.paragraphAdded}</span> <ins>{line.text}</ins>
                </li>
              ),
            )}
          {unchanged > 0 && <li class="quiet">{strings.unchangedParagraphs(unchanged)}</li>}
        </ul>
      )}
    </section>
  );
}

export function PostEditPage(props: PostEditPageProps) {
  const { deps, session, translation, article, headline, headlineIssues, segments, error, segmentOrigins, headlineOrigin, sourceChange, notice } = props;
  const { strings } = deps;
  const target = translation.targetLang;
  const engine = translation.engine ?? '?';
  const time = (iso: string) => formatDeskTime(iso, deps.lang, deps.config.site.timeZone);
  // Urdu sources (and any right-to-left edition) read right to left in their own cells.
  const sourceLang = article.headlineLang ?? article.lang;
  return (
    <DeskLayout deps={deps} session={session} title={strings.postEditTitle} current="review">
      <h1>{strings.postEditTitle}</h1>
      <p class="version">
        {strings.sourceVersion(time(article.updatedAt))} · {strings.translatedFrom(time(translation.articleVersion))}
      </p>
      <Messages notice={notice} />
      {sourceChange !== null && <SourceChangeView deps={deps} change={sourceChange} lang={article.lang} />}
      <Messages error={error} />
      <form method="post" action={`/desk/review/${translation.id}/approve`} class="post-edit">
        <CsrfField session={session} />
        <div class="headline-row">
          <p class="source" {...languageAttributes(sourceLang)}>
            {article.headline}
          </p>
          <label>
            {strings.headline}
            <input type="text" name="headline" value={headline} {...languageAttributes(target)} />
          </label>
          {headlineOrigin !== null && <Origin deps={deps} counts={headlineOrigin} engine={engine} />}
          <p class="marked" {...languageAttributes(target)}>
            <Marked text={headline} issues={headlineIssues} />
          </p>
          <IssueCodes issues={headlineIssues} deps={deps} />
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
                <td class="source" {...languageAttributes(article.lang)}>
                  {segment.source}
                </td>
                <td class="target">
                  <Origin deps={deps} counts={segmentOrigins[segment.index] ?? null} engine={engine} />
                  <textarea name={`segment-${segment.index}`} {...languageAttributes(target)} aria-label={strings.segment(segment.index + 1)} rows={Math.max(2, Math.ceil(segment.target.length / 60))}>
                    {segment.target}
                  </textarea>
                  <p class="marked" {...languageAttributes(target)}>
                    <Marked text={segment.target} issues={segment.issues} />
                  </p>
                  <IssueCodes issues={segment.issues} deps={deps} />
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
      <TranslateAgain {...props} />
      <form method="post" action={`/desk/review/${translation.id}/reject`} class="inline-form">
        <CsrfField session={session} />
        <label>
          {strings.reasonOptional}
          <input type="text" name="reason" maxlength={1000} />
        </label>
        <button type="submit">{strings.reject}</button>
      </form>
    </DeskLayout>
  );
}

function TranslateAgain({ deps, session, translation, article, canTranslateAgain }: PostEditPageProps) {
  const { strings } = deps;
  if (!canTranslateAgain) return <p class="quiet">{strings.noEngineFor(`${article.lang}→${translation.targetLang}`)}</p>;
  return (
    <form method="post" action={`/desk/review/${translation.id}/translate-again`} class="inline-form">
      <CsrfField session={session} />
      <button type="submit">{strings.translateAgain}</button>
      <span class="quiet">{strings.translateAgainHint}</span>
    </form>
  );
}
