/**
 * One article for editors: its state, what its licence locks and why, the
 * edit form (headline, standfirst, dateline, paragraphs, section, and a
 * correction note for "save as a correction"), kill or restore with a
 * reason, its corrections, and its revisions with a link to each one's
 * changes. Every form carries the revision it was opened at.
 */
import { articlePath } from '../../site/editions.ts';
import { pickLocalised } from '../../site/localised-text.ts';
import type { ArticleStatus, EditableField, EditorialRevision, StoredArticle, StoredSource } from '../../store/store.ts';
import { DEFAULT_LICENCE_RULES } from '../../store/store.ts';
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { formatDeskTime } from '../desk-dates.ts';
import { CsrfField, DeskLayout, Messages, WideBox } from '../desk-layout.tsx';
import type { ArticleForm } from '../forms/article-form.ts';
import { editableFields } from '../licence-rules.ts';
import { paragraphTexts } from '../paragraph-text.ts';
import { languageAttributes } from '../../text/direction.ts';

export interface ArticlePageProps {
  deps: DeskDeps;
  session: DeskSession;
  article: StoredArticle;
  status: ArticleStatus;
  source: StoredSource | null;
  /** Oldest first, as the store gives them. */
  revisions: EditorialRevision[];
  notice: string | null;
  error: string | null;
  /** The values to show in the form instead of the article's (a refused save, shown again with its edits). */
  form?: ArticleForm;
  /** A save refused because the article changed meanwhile: what the editor had written, shown under the current text. */
  unsaved?: ArticleForm;
}

export function ArticlePage(props: ArticlePageProps) {
  const { deps, session, article, error, notice } = props;
  const { strings } = deps;
  const headlineLang = article.headlineLang ?? article.lang;
  return (
    <DeskLayout deps={deps} session={session} title={article.headline} current="articles">
      <h1 {...languageAttributes(headlineLang)}>
        {article.headline}
      </h1>
      <ArticleState {...props} />
      <Messages notice={notice} error={error} />
      <EditForm {...props} />
      {props.unsaved && <Unsaved deps={deps} unsaved={props.unsaved} />}
      {props.status === 'killed' ? <RestoreForm {...props} /> : <KillForm {...props} />}
      <Corrections deps={deps} article={article} />
      <Revisions deps={deps} article={article} revisions={props.revisions} />
      <p>
        <a href="/desk/articles">← {strings.articles}</a>
      </p>
    </DeskLayout>
  );
}

function ArticleState({ deps, article, status, source }: ArticlePageProps) {
  const { strings, config } = deps;
  const time = (iso: string) => formatDeskTime(iso, deps.lang, config.site.timeZone);
  const rules = source?.licenceRules ?? DEFAULT_LICENCE_RULES;
  return (
    <section class="article-state">
      <p>
        {strings.articleState(strings.statusName(status), article.revision)} · {strings.source}: {source?.name ?? article.sourceId} · {article.lang}
        {status === 'published' && (
          <>
            {' · '}
            <a href={articlePath(config, article)}>{strings.publicPage}</a>
          </>
        )}
      </p>
      {article.killed && <p class="warning">{strings.killedBy(article.killed.by, time(article.killed.at), article.killed.reason)}</p>}
      {status === 'embargoed' && article.embargoedUntil && <p class="warning">{strings.embargoedUntil(time(article.embargoedUntil))}</p>}
      {source && <p class={rules.edits === 'full' ? 'quiet' : 'licence'}>{strings.licenceAllows(source.name, source.licence, rules.edits)}</p>}
    </section>
  );
}

function EditForm({ deps, session, article, source, form }: ArticlePageProps) {
  const { strings, config } = deps;
  const editable = new Set<EditableField>(editableFields(source?.licenceRules ?? DEFAULT_LICENCE_RULES));
  const locked = (field: EditableField) => !editable.has(field);
  const existing = paragraphTexts(article.blocks);
  // After a refusal the posted paragraphs come back in their places; the last field is always a blank "new paragraph".
  const shown = form?.paragraphs ?? existing;
  const paragraphs = shown.at(-1) === '' && shown.length > existing.length ? shown.slice(0, -1) : shown;
  const otherBlocks = article.blocks.filter((b) => b.type !== 'paragraph').length;
  const value = (key: 'headline' | 'standfirst' | 'dateline' | 'section', stored: string | null) => form?.[key] ?? stored ?? '';
  const lockNote = (field: EditableField) => locked(field) && <span class="locked"> ({strings.lockedByLicence})</span>;
  // The fields hold the article's own text: an Urdu article's is typed and read right to left.
  const headlineLang = article.headlineLang ?? article.lang;
  const inArticleLanguage = languageAttributes(article.lang);
  return (
    <form method="post" action={`/desk/articles/${article.id}`} class="article-edit">
      <CsrfField session={session} />
      {/* Values shown again after a refusal keep the revision they were written on. */}
      <input type="hidden" name="revision" value={String(form?.revision ?? article.revision)} />
      <label>
        <span>
          {strings.headline}
          {lockNote('headline')}
        </span>
        <input type="text" name="headline" value={value('headline', article.headline)} required readonly={locked('headline')} {...languageAttributes(headlineLang)} />
      </label>
      <label>
        <span>
          {strings.fieldName('standfirst')}
          {lockNote('standfirst')}
        </span>
        <textarea name="standfirst" rows={2} readonly={locked('standfirst')} {...inArticleLanguage}>
          {value('standfirst', article.standfirst)}
        </textarea>
      </label>
      <div class="field-row">
        <label>
          <span>
            {strings.fieldName('dateline')}
            {lockNote('dateline')}
          </span>
          <input type="text" name="dateline" value={value('dateline', article.dateline)} readonly={locked('dateline')} {...inArticleLanguage} />
        </label>
        <label>
          {strings.fieldName('section')}
          <select name="section">
            {sectionChoices(config.sections.map((section) => section.id), article.section).map((id) => (
              <option value={id} selected={id === value('section', article.section)}>
                {pickLocalised(config.sections.find((section) => section.id === id)?.title, [deps.lang, 'en']) ?? id}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset class="paragraphs">
        <legend>
          {strings.fieldName('body')}
          {lockNote('body')}
        </legend>
        {!locked('body') && <p class="quiet">{strings.paragraphHelp}</p>}
        {paragraphs.map((text, i) => (
          <label>
            {i < existing.length ? strings.paragraph(i + 1) : strings.newParagraph}
            <textarea name={`paragraph-${i}`} rows={Math.max(2, Math.ceil(text.length / 90))} readonly={locked('body')} {...inArticleLanguage}>
              {text}
            </textarea>
          </label>
        ))}
        {!locked('body') && (
          <label>
            {strings.newParagraph}
            <textarea name={`paragraph-${paragraphs.length}`} rows={2} {...inArticleLanguage}></textarea>
          </label>
        )}
        {otherBlocks > 0 && <p class="quiet">{strings.otherBlocks(otherBlocks)}</p>}
      </fieldset>
      <button type="submit">{strings.save}</button>
      <label>
        {strings.correctionNote}
        <textarea name="note" rows={2}>
          {form?.note ?? ''}
        </textarea>
      </label>
      <button type="submit" formaction={`/desk/articles/${article.id}/correct`}>
        {strings.saveAsCorrection}
      </button>
    </form>
  );
}

/**
 * The configured sections, and the article's own when it is no longer one of
 * them: without it the browser would post the first choice, and a save of
 * anything else would silently move the article.
 */
function sectionChoices(configured: string[], current: string): string[] {
  return configured.includes(current) ? configured : [current, ...configured];
}

/** What a refused save held, read-only, so nothing typed is lost. */
function Unsaved({ deps, unsaved }: { deps: DeskDeps; unsaved: ArticleForm }) {
  const { strings } = deps;
  const fields: [string, string | undefined][] = [
    [strings.headline, unsaved.headline],
    [strings.fieldName('standfirst'), unsaved.standfirst],
    [strings.fieldName('dateline'), unsaved.dateline],
    [strings.fieldName('section'), unsaved.section],
    ...(unsaved.paragraphs ?? []).filter((text) => text.trim() !== '').map((text, i): [string, string] => [strings.paragraph(i + 1), text]),
    [strings.correctionNote, unsaved.note],
  ];
  return (
    <details class="unsaved" open>
      <summary>{strings.yourUnsavedText}</summary>
      <dl>
        {fields
          .filter(([, text]) => text !== undefined && text.trim() !== '')
          .map(([name, text]) => (
            <>
              <dt>{name}</dt>
              <dd>{text}</dd>
            </>
          ))}
      </dl>
    </details>
  );
}

function KillForm({ deps, session, article }: ArticlePageProps) {
  const { strings } = deps;
  return (
    <section class="state-action" aria-labelledby="kill">
      <h2 id="kill">{strings.killTitle}</h2>
      <form method="post" action={`/desk/articles/${article.id}/kill`} class="inline-form">
        <CsrfField session={session} />
        <input type="hidden" name="revision" value={String(article.revision)} />
        <label>
          {strings.killReason}
          <input type="text" name="reason" required maxlength={500} />
        </label>
        <button type="submit" class="danger">
          {strings.kill}
        </button>
      </form>
    </section>
  );
}

function RestoreForm({ deps, session, article }: ArticlePageProps) {
  const { strings } = deps;
  return (
    <section class="state-action" aria-labelledby="restore">
      <h2 id="restore">{strings.restoreTitle}</h2>
      <form method="post" action={`/desk/articles/${article.id}/restore`} class="inline-form">
        <CsrfField session={session} />
        <input type="hidden" name="revision" value={String(article.revision)} />
        <label>
          {strings.restoreReason}
          <input type="text" name="reason" maxlength={500} />
        </label>
        <button type="submit">{strings.restore}</button>
      </form>
    </section>
  );
}

function Corrections({ deps, article }: { deps: DeskDeps; article: StoredArticle }) {
  if (article.corrections.length === 0) return null;
  const { strings, config } = deps;
  return (
    <section aria-labelledby="corrections">
      <h2 id="corrections">{strings.correctionsTitle}</h2>
      <ul>
        {[...article.corrections].reverse().map((c) => (
          <li>
            <time datetime={c.at}>{formatDeskTime(c.at, deps.lang, config.site.timeZone)}</time> · {c.actor}: {c.note}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Revisions({ deps, article, revisions }: { deps: DeskDeps; article: StoredArticle; revisions: EditorialRevision[] }) {
  const { strings, config } = deps;
  return (
    <section aria-labelledby="revisions">
      <h2 id="revisions">{strings.revisionsTitle}</h2>
      {revisions.length === 0 ? (
        <p class="quiet">{strings.noRevisions}</p>
      ) : (
        <WideBox>
          <table class="revisions">
            <thead>
              <tr>
                <th scope="col" class="num">
                  #
                </th>
                <th scope="col">{strings.when}</th>
                <th scope="col">{strings.who}</th>
                <th scope="col">{strings.action}</th>
                <th scope="col">{strings.fields}</th>
                <th scope="col">{strings.reason}</th>
              </tr>
            </thead>
            <tbody>
              {[...revisions].reverse().map((revision) => (
                <tr class={revision.action}>
                  <td class="num">
                    <a href={`/desk/articles/${article.id}/revisions/${revision.revision}`} aria-label={`${strings.showChanges}: ${strings.revisionTitle(revision.revision)}`}>
                      {revision.revision}
                    </a>
                  </td>
                  <td>{formatDeskTime(revision.at, deps.lang, config.site.timeZone)}</td>
                  <td>{revision.actor}</td>
                  <td>{strings.actionName(revision.action)}</td>
                  <td>{[...revision.changes, ...revision.held].map((c) => strings.fieldName(c.field)).join(', ')}</td>
                  <td>{revision.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </WideBox>
      )}
    </section>
  );
}
