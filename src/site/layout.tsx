/**
 * The frame of every page: <html lang dir>, head, skip link, masthead, edition
 * switcher, section nav, <main>, footer and the back-to-top control. The chrome
 * is in the edition's language; the page language (an article's) goes on <html>.
 */
import type { Child } from 'hono/jsx';
import type { Config } from '../config/schema.ts';
import { yearIn } from './date-format.ts';
import { TRENDS_SECTION, homePath, mainEdition, sectionPath, type Edition } from './editions.ts';
import { editionName, editionText, sectionTitle } from './localised-text.ts';
import { PageHead, type ArticleHead } from './page-head.tsx';
import type { Alternate } from './translation-view.ts';
import { languageAttributes } from '../text/direction.ts';
import { uiLanguage, type UiStrings } from './ui-strings.ts';
import { SearchLink } from './search-link.tsx';

/** What every page needs from the request, whatever its content. */
export interface PageChrome {
  config: Config;
  edition: Edition;
  strings: UiStrings;
  stylesheetUrl: string;
  iconUrl: string;
  now: Date;
  /** The site's public base URL (site-url.ts). */
  baseUrl: string;
}

export interface LayoutProps {
  chrome: PageChrome;
  /** Document title, without the site name. Null on the home page. */
  title: string | null;
  /** Language of the page's content; the edition's language when omitted. */
  lang?: string;
  /** Every page has one, in the language of its content (page-head.tsx). */
  description: string;
  /** Absolute-path URL of this page, for <link rel="canonical"> and og:url; absent on pages not to be indexed. */
  canonicalPath?: string;
  /** The same page in every language it exists in, this one included, as hreflang links. */
  alternates?: Alternate[];
  /** The hreflang="x-default" page; the first alternate when omitted. */
  xDefaultPath?: string;
  /** An article's OpenGraph tags and JSON-LD. */
  article?: ArticleHead;
  /** Highlighted in the section nav, kept when switching editions, and its feeds linked. */
  currentSection?: string | null;
  /** The masthead is the page's h1 only on the home page. */
  mastheadIsHeading?: boolean;
  /** Pages search engines must not index (search results). */
  noindex?: boolean;
  children: Child;
}

export function Layout(props: LayoutProps) {
  const { chrome, children } = props;
  const { config, edition, strings } = chrome;
  const lang = props.lang ?? edition.lang;
  const siteTitle = editionTitle(chrome);
  const documentTitle = props.title ? `${props.title} · ${siteTitle}` : siteTitle;
  const chromeLang = uiLanguage(edition.lang);
  const description = siteDescription(chrome);
  return (
    <html {...languageAttributes(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle}</title>
        {props.noindex && <meta name="robots" content="noindex" />}
        <PageHead
          chrome={chrome}
          title={props.title ?? siteTitle}
          siteTitle={siteTitle}
          lang={lang}
          description={props.description}
          canonicalPath={props.canonicalPath}
          alternates={props.alternates}
          xDefaultPath={props.xDefaultPath}
          feedSection={props.currentSection}
          article={props.article}
        />
        <link rel="stylesheet" href={chrome.stylesheetUrl} />
        <link rel="icon" type="image/svg+xml" href={chrome.iconUrl} />
      </head>
      <body id="top">
        <a class="skip-link" href="#main" {...languageAttributes(chromeLang)}>{strings.skipToContent}</a>
        <div class="page">
          <header class="site-header" {...languageAttributes(edition.lang)}>
            <div class="header-top">
              <Masthead isHeading={props.mastheadIsHeading ?? false} href={homePath(edition)} title={siteTitle} />
              <SearchLink edition={edition} />
              <EditionSwitcher chrome={chrome} currentSection={props.currentSection ?? null} />
            </div>
            <SectionNav chrome={chrome} currentSection={props.currentSection ?? null} />
          </header>
          <main id="main" tabindex={-1}>
            {children}
          </main>
          <footer class="site-footer" {...languageAttributes(edition.lang)}>
            <p>
              {siteTitle} · {yearIn(chrome.now, config.site.timeZone)}
              {description && <> · {description}</>}
            </p>
            <a class="back-to-top" href="#top" {...languageAttributes(chromeLang)}>{strings.backToTop} ↑</a>
          </footer>
        </div>
      </body>
    </html>
  );
}

/** `site.description` in this edition's language, or null when it has none in it (localised-text.ts). */
export function siteDescription(chrome: PageChrome): string | null {
  return editionText(chrome.config.site.description, chrome.edition, mainEdition(chrome.config));
}

/** The site's name as this edition gives it. */
export function editionTitle(chrome: PageChrome): string {
  return chrome.edition.title ?? chrome.config.site.name;
}

function Masthead({ isHeading, href, title }: { isHeading: boolean; href: string; title: string }) {
  const link = <a href={href}>{title}</a>;
  return isHeading ? <h1 class="masthead">{link}</h1> : <p class="masthead">{link}</p>;
}

function EditionSwitcher({ chrome, currentSection }: { chrome: PageChrome; currentSection: string | null }) {
  const { config, edition: current, strings } = chrome;
  if (config.editions.length < 2) return null;
  return (
    <nav class="edition-switcher" aria-label={strings.editionsNav}>
      <ul>
        {config.editions.map((edition) => (
          <li>
            <a
              href={currentSection ? sectionPath(edition, currentSection) : homePath(edition)}
              lang={edition.lang}
              hreflang={edition.lang}
              aria-current={edition.path === current.path ? 'page' : undefined}
            >
              {editionName(edition)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function SectionNav({ chrome, currentSection }: { chrome: PageChrome; currentSection: string | null }) {
  const { config, edition, strings } = chrome;
  const ids = [TRENDS_SECTION, ...config.sections.map((s) => s.id).filter((id) => id !== TRENDS_SECTION)];
  return (
    <nav class="section-nav" aria-label={strings.sectionsNav}>
      <ul>
        {ids.map((id) => (
          <li>
            <a href={sectionPath(edition, id)} aria-current={id === currentSection ? 'page' : undefined}>
              {sectionTitle(config, id, edition.lang, strings)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
