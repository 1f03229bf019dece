/**
 * What an article's page says about other versions of its report (a wire's
 * update sent as a new item): the current version lists the earlier ones,
 * time and headline, so the history stays readable; an earlier version says
 * plainly that a newer one exists and links it. In the edition's language.
 */
import type { ArticleSummary } from '../store/store.ts';
import { HeadlineText } from './block-renderer.tsx';
import { articlePath } from './editions.ts';
import type { PageChrome } from './layout.tsx';
import { PublishedTime } from './published-time.tsx';
import { languageAttributes } from '../text/direction.ts';

export interface ArticleVersions {
  /** Every version, oldest first, the current one last (Store.articleVersions). */
  versions: ArticleSummary[];
  /** The article the page shows. */
  articleId: number;
  /** The language the page shows articles in: links go to that edition's address of each version. */
  lang: string;
}

export function VersionNote({ chrome, versions, articleId, lang }: ArticleVersions & { chrome: PageChrome }) {
  const current = versions.at(-1);
  if (!current || versions.length < 2) return null;
  const link = (v: ArticleSummary) => (
    <>
      <PublishedTime chrome={chrome} iso={v.published ?? v.createdAt} />{' · '}
      <a href={articlePath(chrome.config, { ...v, lang })} {...languageAttributes(v.lang)}>
        <HeadlineText article={v} />
      </a>
    </>
  );
  if (current.id !== articleId) {
    return (
      <p class="version-note superseded" role="note" {...languageAttributes(chrome.edition.lang)}>
        <strong>{chrome.strings.newerVersion}</strong> {link(current)}
      </p>
    );
  }
  return (
    <aside class="version-note" aria-labelledby="earlier-versions-heading" {...languageAttributes(chrome.edition.lang)}>
      <p>{chrome.strings.reportUpdated}</p>
      <h2 id="earlier-versions-heading">{chrome.strings.earlierVersions}</h2>
      <ul class="version-list">
        {versions.slice(0, -1).reverse().map((v) => <li>{link(v)}</li>)}
      </ul>
    </aside>
  );
}
