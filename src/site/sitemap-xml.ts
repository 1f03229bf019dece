/**
 * Sitemap documents as text: a `urlset` (sitemaps.org 0.9) with hreflang
 * alternates (`xhtml:link`, as search engines document them) and Google News
 * entries (`news:news`), and a `sitemapindex`. Every value is escaped; the
 * element order is the schema's (loc, lastmod, then other namespaces).
 */

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** sitemaps.org: at most 50,000 URLs (and 50 MB) per sitemap, and 50,000 sitemaps per index. */
export const MAX_SITEMAP_URLS = 50_000;

export interface NewsEntry {
  publicationName: string;
  /** ISO 639 code of the article's language. */
  language: string;
  /** W3C date-time. */
  publicationDate: string;
  title: string;
}

export interface SitemapUrl {
  loc: string;
  /** W3C date-time. */
  lastmod?: string | undefined;
  /** Every language version of the page, itself included; `x-default` among them when wanted. */
  alternates?: { hreflang: string; href: string }[];
  news?: NewsEntry;
}

export function urlsetXml(urls: readonly SitemapUrl[]): string {
  const namespaces = [`xmlns="${SITEMAP_NS}"`];
  if (urls.some((u) => u.alternates?.length)) namespaces.push(`xmlns:xhtml="${XHTML_NS}"`);
  if (urls.some((u) => u.news)) namespaces.push(`xmlns:news="${NEWS_NS}"`);
  const lines = [`<?xml version="1.0" encoding="UTF-8"?>`, `<urlset ${namespaces.join(' ')}>`];
  for (const url of urls) {
    lines.push('  <url>', `    <loc>${escapeXml(url.loc)}</loc>`);
    if (url.lastmod) lines.push(`    <lastmod>${escapeXml(url.lastmod)}</lastmod>`);
    for (const a of url.alternates ?? []) {
      lines.push(`    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`);
    }
    if (url.news) lines.push(...newsLines(url.news));
    lines.push('  </url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

function newsLines(news: NewsEntry): string[] {
  return [
    '    <news:news>',
    '      <news:publication>',
    `        <news:name>${escapeXml(news.publicationName)}</news:name>`,
    `        <news:language>${escapeXml(news.language)}</news:language>`,
    '      </news:publication>',
    `      <news:publication_date>${escapeXml(news.publicationDate)}</news:publication_date>`,
    `      <news:title>${escapeXml(news.title)}</news:title>`,
    '    </news:news>',
  ];
}

export function sitemapIndexXml(sitemaps: readonly { loc: string; lastmod?: string | undefined }[]): string {
  const lines = [`<?xml version="1.0" encoding="UTF-8"?>`, `<sitemapindex xmlns="${SITEMAP_NS}">`];
  for (const sitemap of sitemaps) {
    lines.push('  <sitemap>', `    <loc>${escapeXml(sitemap.loc)}</loc>`);
    if (sitemap.lastmod) lines.push(`    <lastmod>${escapeXml(sitemap.lastmod)}</lastmod>`);
    lines.push('  </sitemap>');
  }
  lines.push('</sitemapindex>', '');
  return lines.join('\n');
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}
