/**
 * What one revision of an article changed, compared with the revision before
 * it: who, when, why, then each field with removed words struck through and
 * added words marked, the body paragraph by paragraph. For a wire update,
 * also what the wire sent for fields staff had changed, left unapplied.
 * Every piece of text is rendered as text (JSX escapes it).
 */
import type { EditorialRevision, StoredArticle } from '../../store/store.ts';
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { formatDeskTime } from '../desk-dates.ts';
import { DeskLayout } from '../desk-layout.tsx';
import type { FieldDiff } from '../revision-diff.ts';
import type { DiffPiece } from '../text-diff.ts';
import { languageAttributes, textDirection } from '../../text/direction.ts';

export interface RevisionPageProps {
  deps: DeskDeps;
  session: DeskSession;
  article: StoredArticle;
  revision: EditorialRevision;
  changes: FieldDiff[];
  held: FieldDiff[];
}

export function RevisionPage({ deps, session, article, revision, changes, held }: RevisionPageProps) {
  const { strings, config } = deps;
  const title = strings.revisionTitle(revision.revision);
  return (
    <DeskLayout deps={deps} session={session} title={`${title} · ${article.headline}`} current="articles">
      <h1>
        {title}: <bdi {...languageAttributes(article.headlineLang ?? article.lang)}>{article.headline}</bdi>
      </h1>
      <p>
        {strings.actionName(revision.action)} · {revision.actor} · {formatDeskTime(revision.at, deps.lang, config.site.timeZone)} · {strings.comparedWith(revision.revision - 1)}
      </p>
      {revision.reason && (
        <p>
          {strings.reason}: {revision.reason}
        </p>
      )}
      <Diffs deps={deps} diffs={changes} lang={article.lang} level={2} />
      {held.length > 0 && (
        <section aria-labelledby="held">
          <h2 id="held">{strings.heldBack}</h2>
          <Diffs deps={deps} diffs={held} lang={article.lang} level={3} />
        </section>
      )}
      <p>
        <a href={`/desk/articles/${article.id}`}>← {strings.backToArticle}</a>
      </p>
    </DeskLayout>
  );
}

/** `level`: the changes sit under the page's h1, the held-back ones under their own h2, so a heading never skips a level. */
function Diffs({ deps, diffs, lang, level }: { deps: DeskDeps; diffs: FieldDiff[]; lang: string; level: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div class="diffs">
      {diffs.map((diff) => (
        <section class={`diff field-${diff.field}`}>
          <Heading>{deps.strings.fieldName(diff.field)}</Heading>
          {diff.field === 'body' ? (
            <ol class="diff-body" {...languageAttributes(lang)}>
              {diff.paragraphs.map((p) =>
                p.kind === 'changed' ? (
                  <li class="changed">
                    <Pieces pieces={p.pieces} />
                  </li>
                ) : (
                  <li class={p.kind}>{p.kind === 'removed' ? <del>{p.text}</del> : p.kind === 'added' ? <ins>{p.text}</ins> : p.text}</li>
                ),
              )}
            </ol>
          ) : (
            <p class="diff-text" {...(diff.field === 'status' || diff.field === 'section' ? {} : { lang, dir: textDirection(lang) })}>
              <Pieces pieces={diff.pieces} />
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

function Pieces({ pieces }: { pieces: DiffPiece[] }) {
  return <>{pieces.map((piece) => (piece.kind === 'removed' ? <del>{piece.text}</del> : piece.kind === 'added' ? <ins>{piece.text}</ins> : piece.text))}</>;
}
