/**
 * One article: headline, standfirst, byline and time, the body opened by its
 * dateline, the source with a link to the original, and the source's
 * syndication notice. A `link`-mode source is licensed for headline and summary
 * only, so its page leads the reader to the original instead of showing a body.
 */
import type { ArticleSummary, StoredArticle, StoredSource } from '../store/store.ts';
import { TeaserList } from './article-teaser.tsx';
import { ArticleBody, FigureBlock, HeadlineText, safeHref } from './block-renderer.tsx';
import { articlePath } from './editions.ts';
import { Layout, type PageChrome } from './layout.tsx';
import { pickLocalised } from './localised-text.ts';
import { PublishedTime } from './published-time.tsx';
import { textDirection } from '../text/direction.ts';

/** The original's address is only ever an http(s) page. */
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

export interface ArticlePageProps {
  chrome: PageChrome;
  article: StoredArticle;
  source: StoredSource | null;
  sectionTitle: string;
  /** Other recent stories of the same section. */
  more: ArticleSummary[];
}

export function ArticlePage({ chrome, article, source, sectionTitle, more }: ArticlePageProps) {
  const linkOnly = source?.mode === 'link';
  const originalUrl = safeHref(article.url ?? article.canonicalUrl ?? '', WEB_PROTOCOLS);
  const notice = pickLocalised(source?.notice, [article.lang, chrome.edition.lang]);
  return (
    <Layout
      chrome={chrome}
      title={article.headline}
      lang={article.lang}
      description={article.standfirst}
      canonicalPath={articlePath(chrome.config, article)}
      currentSection={article.section}
    >
      <div class="article-layout">
        <article class="article">
          <ArticleHeader chrome={chrome} article={article} />
          {linkOnly ? (
            originalUrl && source && (
              <p>
                <a class="read-original" href={originalUrl} rel="noopener nofollow" lang={chrome.edition.lang}>
                  {chrome.strings.readFullStoryAt(source.name)} →
                </a>
              </p>
            )
          ) : (
            <>
              {article.image && !bodyHasFigure(article) && <FigureBlock figure={article.image} />}
              <ArticleBody blocks={article.blocks} dateline={article.dateline} />
            </>
          )}
          <SourceLine chrome={chrome} source={source} originalUrl={originalUrl} siteName={article.siteName} />
          {notice && (
            <p class="syndication-notice" role="note" aria-label={chrome.strings.syndicationNotice}>
              {notice}
            </p>
          )}
        </article>
        <MoreInSection chrome={chrome} title={sectionTitle} articles={more} />
      </div>
    </Layout>
  );
}

function ArticleHeader({ chrome, article }: { chrome: PageChrome; article: StoredArticle }) {
  const published = article.published ?? article.createdAt;
  const showUpdated = article.updated !== null && article.updated !== article.published;
  return (
    <header class="article-header">
      <h1><HeadlineText article={article} /></h1>
      {article.standfirst && <p class="standfirst">{article.standfirst}</p>}
      {article.byline && <p class="byline">{article.byline}</p>}
      <p class="article-meta" lang={chrome.edition.lang}>
        {chrome.strings.published}: <PublishedTime chrome={chrome} iso={published} />
        {showUpdated && article.updated && (
          <>
            {' · '}
            {chrome.strings.updated}: <PublishedTime chrome={chrome} iso={article.updated} />
          </>
        )}
      </p>
    </header>
  );
}

function SourceLine({ chrome, source, originalUrl, siteName }: {
  chrome: PageChrome;
  source: StoredSource | null;
  originalUrl: string | null;
  siteName: string | null;
}) {
  const name = source?.name ?? siteName;
  if (!name && !originalUrl) return null;
  return (
    <p class="source-line" lang={chrome.edition.lang}>
      {chrome.strings.source}: {name && <span class="source-name">{name}</span>}
      {originalUrl && (
        <>
          {name && ' · '}
          <a href={originalUrl} rel="noopener nofollow">{chrome.strings.readOriginal}</a>
        </>
      )}
    </p>
  );
}

function MoreInSection({ chrome, title, articles }: { chrome: PageChrome; title: string; articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <aside class="more-in" aria-labelledby="more-in-heading" lang={chrome.edition.lang} dir={textDirection(chrome.edition.lang)}>
      <h2 id="more-in-heading">{chrome.strings.moreIn(title)}</h2>
      <TeaserList chrome={chrome} articles={articles} headingLevel={3} />
    </aside>
  );
}

/** The lead image is often also the body's first figure; show it once. */
function bodyHasFigure(article: StoredArticle): boolean {
  return article.blocks.some((b) => b.type === 'figure' && b.src === article.image?.src);
}
