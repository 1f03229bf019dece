/**
 * One article: headline, standfirst, byline and time, the body opened by its
 * dateline, staff's correction notes, the source with a link to the
 * original, and the syndication notice. A `link`-mode source is licensed for headline and summary
 * only, so its page leads the reader to the original instead of showing a body.
 */
import type { Figure } from '../extract/article.ts';
import type { ArticleSummary, Correction, StoredArticle, StoredSource } from '../store/store.ts';
import { TeaserList } from './article-teaser.tsx';
import { ArticleBody, FigureBlock, HeadlineText, safeHref } from './block-renderer.tsx';
import { articleDescription } from './article-description.ts';
import { articleJsonLd } from './article-json-ld.ts';
import { publishedTimeOf, modifiedTimeOf, shownUpdateOf } from './article-times.ts';
import { articlePath, homePath, sectionPath } from './editions.ts';
import { Layout, editionTitle, type PageChrome } from './layout.tsx';
import { mediaPath } from './media-route.ts';
import type { ArticleHead } from './page-head.tsx';
import { absoluteUrl } from './site-url.ts';
import { PublishedTime } from './published-time.tsx';
import { languageAttributes } from '../text/direction.ts';
import { articleNotice } from './article-notice.ts';
import { languageName } from '../text/language-name.ts';
import { translationStrings, type ArticleView, type TranslationNote } from './translation-view.ts';
import { VersionNote, type ArticleVersions } from './version-note.tsx';
import { SupportNotice } from './support-notice.tsx';
import { IsolatedText } from './isolated-text.tsx';

/** The original's address is only ever an http(s) page. */
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

export interface ArticlePageProps {
  chrome: PageChrome;
  article: StoredArticle;
  source: StoredSource | null;
  sectionTitle: string;
  /** Other recent stories of the same section. */
  more: ArticleSummary[];
  /** The article's story, when it has more than this one article. */
  coverage?: { href: string; articleCount: number } | null;
  /** Translation, address and alternates of the article in this edition (translation-view.ts). */
  view?: ArticleView;
  /** The versions of the article's report, when it was sent more than once. */
  versions?: ArticleVersions | null;
}

export function ArticlePage({ chrome, article, source, sectionTitle, more, coverage, view, versions }: ArticlePageProps) {
  const linkOnly = source?.mode === 'link';
  const originalUrl = safeHref(article.url ?? article.canonicalUrl ?? '', WEB_PROTOCOLS);
  const translated = view?.translation ?? null;
  const notice = source?.mode === 'republish' ? articleNotice({ lang: chrome.edition.lang, siteName: editionTitle(chrome), article, source, translated }) : null;
  const canonicalPath = view?.path ?? articlePath(chrome.config, article);
  const description = articleDescription(article, linkOnly);
  return (
    <Layout
      chrome={chrome}
      title={article.headline}
      lang={article.lang}
      description={description}
      canonicalPath={canonicalPath}
      alternates={view?.alternates ?? []}
      article={articleHead({ chrome, article, source, sectionTitle, canonicalPath, description, translated })}
      currentSection={article.section}
    >
      <div class="article-layout">
        <article class="article">
          <ArticleHeader chrome={chrome} article={article} />
          {versions && <VersionNote chrome={chrome} {...versions} />}
          {translated && <TranslationLabel edition={chrome.edition.lang} fromLang={translated.fromLang} originalPath={translated.originalPath} />}
          {linkOnly ? (
            originalUrl && source && (
              <p>
                <a class="read-original" href={originalUrl} rel="noopener nofollow" {...languageAttributes(chrome.edition.lang)}>
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
          <CorrectionNotes chrome={chrome} corrections={article.corrections} />
          <SourceLine chrome={chrome} source={source} originalUrl={originalUrl} siteName={article.siteName} />
          {coverage && (
            <p class="coverage-line" {...languageAttributes(chrome.edition.lang)}>
              <a class="coverage-link" href={coverage.href}>{chrome.strings.fullCoverage} ({coverage.articleCount})</a>
            </p>
          )}
          {notice && (
            <p class="syndication-notice" role="note" aria-label={chrome.strings.syndicationNotice} {...languageAttributes(notice.lang)}>
              <IsolatedText text={notice.text} names={[source?.name, source?.licence]} />
            </p>
          )}
          <SupportNotice chrome={chrome} />
        </article>
        <MoreInSection chrome={chrome} title={sectionTitle} articles={more} />
      </div>
    </Layout>
  );
}

/** OpenGraph's article tags and the JSON-LD (article-json-ld.ts) of the page. */
function articleHead(input: {
  chrome: PageChrome;
  article: StoredArticle;
  source: StoredSource | null;
  sectionTitle: string;
  canonicalPath: string;
  description: string;
  translated: TranslationNote | null;
}): ArticleHead {
  const { chrome, article, source, translated } = input;
  const url = (path: string) => absoluteUrl(chrome.baseUrl, path);
  // A link-mode source licenses no image; the page shows only stored images.
  const image = source?.mode === 'link' ? null : shownImage(article);
  const imagePath = image?.stored ? mediaPath(image.stored) : null;
  const publishedTime = publishedTimeOf(article);
  const modifiedTime = modifiedTimeOf(article);
  const jsonLd = articleJsonLd({
    url: url(input.canonicalPath),
    headline: article.headline,
    description: input.description,
    lang: article.lang,
    published: publishedTime,
    modified: modifiedTime,
    byline: article.byline,
    sourceName: source?.name ?? article.siteName,
    publisher: { name: editionTitle(chrome), url: url(homePath(chrome.edition)) },
    imageUrl: imagePath ? url(imagePath) : null,
    section: { title: input.sectionTitle, url: url(sectionPath(chrome.edition, article.section)) },
    translationOf: translated ? { url: url(translated.originalPath), lang: translated.fromLang } : null,
  });
  return {
    publishedTime,
    modifiedTime,
    sectionTitle: input.sectionTitle,
    imagePath,
    imageAlt: image?.alt ?? '',
    jsonLd,
  };
}

/** Staff's dated correction notes, newest first, in the words staff wrote them. */
function CorrectionNotes({ chrome, corrections }: { chrome: PageChrome; corrections: readonly Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <aside class="corrections" aria-labelledby="corrections-heading" {...languageAttributes(chrome.edition.lang)}>
      <h2 id="corrections-heading">{chrome.strings.corrections}</h2>
      <ul>
        {[...corrections].reverse().map((c) => (
          <li>
            <strong>{chrome.strings.correction}</strong> (<PublishedTime chrome={chrome} iso={c.at} />): {c.note}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** Says, in the edition's language, that a machine translated the article, and from what. */
function TranslationLabel({ edition, fromLang, originalPath }: { edition: string; fromLang: string; originalPath: string }) {
  const { strings, lang } = translationStrings(edition);
  return (
    <p class="translation-label" role="note" {...languageAttributes(lang)}>
      {strings.machineTranslatedFrom(languageName(fromLang, lang))}
      {' · '}
      <a href={originalPath} hreflang={fromLang}>{strings.readOriginal}</a>
    </p>
  );
}

function ArticleHeader({ chrome, article }: { chrome: PageChrome; article: StoredArticle }) {
  const published = publishedTimeOf(article);
  const updated = shownUpdateOf(article);
  return (
    <header class="article-header">
      <h1><HeadlineText article={article} /></h1>
      {article.standfirst && <p class="standfirst">{article.standfirst}</p>}
      {article.byline && <p class="byline">{article.byline}</p>}
      <p class="article-meta" {...languageAttributes(chrome.edition.lang)}>
        {chrome.strings.published}: <PublishedTime chrome={chrome} iso={published} />
        {updated && (
          <>
            {' · '}
            {chrome.strings.updated}: <PublishedTime chrome={chrome} iso={updated} />
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
    <p class="source-line" {...languageAttributes(chrome.edition.lang)}>
      {chrome.strings.source}: {name && <bdi class="source-name">{name}</bdi>}
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
    <aside class="more-in" aria-labelledby="more-in-heading" {...languageAttributes(chrome.edition.lang)}>
      <h2 id="more-in-heading">{chrome.strings.moreIn(title)}</h2>
      <TeaserList chrome={chrome} articles={articles} headingLevel={3} />
    </aside>
  );
}

/** The lead image when it is stored, else the body's first stored figure: what the page shows first. */
function shownImage(article: StoredArticle): Figure | null {
  if (article.image?.stored) return article.image;
  return article.blocks.find((b): b is Figure => b.type === 'figure' && Boolean(b.stored)) ?? null;
}

/** The lead image is often also the body's first figure; show it once. */
function bodyHasFigure(article: StoredArticle): boolean {
  return article.blocks.some((b) => b.type === 'figure' && b.src === article.image?.src);
}
