/**
 * What a page says about itself in <head>, for search engines, link
 * previews and feed readers: its description, canonical address, the same
 * page in other languages (hreflang, with x-default), its feeds,
 * OpenGraph and Twitter card tags, and an article's JSON-LD. Every address is
 * absolute, from the site's public base URL.
 */
import { raw } from 'hono/html';
import { scriptSafeJson } from './article-json-ld.ts';
import { FEED_KINDS, feedPath, hasSectionFeed } from './feed-links.ts';
import type { PageChrome } from './layout.tsx';
import { sectionTitle } from './localised-text.ts';
import { absoluteUrl, ogLocale } from './site-url.ts';
import type { Alternate } from './translation-view.ts';

/** What an article page adds: OpenGraph's article tags, its image and its structured data. */
export interface ArticleHead {
  /** UTC ISO. */
  publishedTime: string;
  modifiedTime: string;
  sectionTitle: string;
  /** Absolute-path address of the lead image the page shows, or null. */
  imagePath: string | null;
  imageAlt: string;
  jsonLd: Record<string, unknown>[];
}

export interface PageHeadProps {
  chrome: PageChrome;
  /** The page's own title, without the site's name (the site's name on a home page). */
  title: string;
  siteTitle: string;
  /** Language of the page's content. */
  lang: string;
  description: string;
  /** Absent on pages that are not to be indexed (404, 410). */
  canonicalPath?: string | undefined;
  /** The page in every language it exists in, this one included; hreflang links are written when there is any. */
  alternates?: Alternate[] | undefined;
  /** Where readers with no matching language go (hreflang="x-default"); the first alternate when omitted. */
  xDefaultPath?: string | undefined;
  /** The section whose feeds are linked besides the edition's, when it has them. */
  feedSection?: string | null | undefined;
  article?: ArticleHead | undefined;
}

export function PageHead(props: PageHeadProps) {
  const { chrome, title, description, article } = props;
  const url = (path: string) => absoluteUrl(chrome.baseUrl, path);
  const canonical = props.canonicalPath ? url(props.canonicalPath) : null;
  const alternates = props.alternates ?? [];
  const xDefault = props.xDefaultPath ?? alternates[0]?.path;
  const otherLocales = [...new Set(alternates.map((a) => ogLocale(a.lang)))].filter((locale) => locale !== ogLocale(props.lang));
  const image = article?.imagePath ? url(article.imagePath) : null;
  return (
    <>
      <meta name="description" content={description} />
      {canonical && <link rel="canonical" href={canonical} />}
      {alternates.map((a) => <link rel="alternate" hreflang={a.lang} href={url(a.path)} />)}
      {alternates.length > 0 && xDefault && <link rel="alternate" hreflang="x-default" href={url(xDefault)} />}
      <FeedLinks chrome={chrome} siteTitle={props.siteTitle} sectionId={props.feedSection ?? null} />
      <meta property="og:site_name" content={props.siteTitle} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:type" content={article ? 'article' : 'website'} />
      {canonical && <meta property="og:url" content={canonical} />}
      <meta property="og:locale" content={ogLocale(props.lang)} />
      {otherLocales.map((locale) => <meta property="og:locale:alternate" content={locale} />)}
      {image && <meta property="og:image" content={image} />}
      {image && article?.imageAlt && <meta property="og:image:alt" content={article.imageAlt} />}
      {article && (
        <>
          <meta property="article:published_time" content={article.publishedTime} />
          <meta property="article:modified_time" content={article.modifiedTime} />
          <meta property="article:section" content={article.sectionTitle} />
        </>
      )}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {image && <meta name="twitter:image" content={image} />}
      {article && article.jsonLd.length > 0 && (
        // A data block, never run (and the CSP allows no script); scriptSafeJson keeps it from closing the element.
        <script type="application/ld+json">{raw(scriptSafeJson(article.jsonLd.length === 1 ? article.jsonLd[0] : article.jsonLd))}</script>
      )}
    </>
  );
}

/** The edition's feeds on every page, and a section's too on its pages and its articles. */
function FeedLinks({ chrome, siteTitle, sectionId }: { chrome: PageChrome; siteTitle: string; sectionId: string | null }) {
  const { config, edition, strings } = chrome;
  const scopes: { id: string | null; title: string }[] = [{ id: null, title: siteTitle }];
  if (hasSectionFeed(config, sectionId)) scopes.push({ id: sectionId, title: `${sectionTitle(config, sectionId, edition.lang, strings)} · ${siteTitle}` });
  return (
    <>
      {scopes.flatMap((scope) =>
        FEED_KINDS.map((kind) => (
          <link rel="alternate" type={kind.mediaType} title={`${scope.title} (${kind.label})`} href={absoluteUrl(chrome.baseUrl, feedPath(edition, scope.id, kind))} />
        )),
      )}
    </>
  );
}
