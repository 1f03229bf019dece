/**
 * The frame of every page: <html lang dir>, head, skip link, masthead, edition
 * switcher, section nav, <main>, footer and the back-to-top control. The chrome
 * is in the edition's language; the page language (an article's) goes on <html>.
 */
import type { Child } from 'hono/jsx';
import type { Config } from '../config/schema.ts';
import { yearIn } from './date-format.ts';
import { TRENDS_SECTION, homePath, sectionPath, type Edition } from './editions.ts';
import { editionName, sectionTitle } from './localised-text.ts';
import { textDirection } from '../text/direction.ts';
import { uiLanguage, type UiStrings } from './ui-strings.ts';

/** What every page needs from the request, whatever its content. */
export interface PageChrome {
  config: Config;
  edition: Edition;
  strings: UiStrings;
  stylesheetUrl: string;
  iconUrl: string;
  now: Date;
}

export interface LayoutProps {
  chrome: PageChrome;
  /** Document title, without the site name. Null on the home page. */
  title: string | null;
  /** Language of the page's content; the edition's language when omitted. */
  lang?: string;
  description?: string | null;
  /** Absolute-path URL of this page, for <link rel="canonical">. */
  canonicalPath?: string;
  /** The same page in other languages (an article and its translations), as hreflang links. */
  alternates?: { lang: string; path: string }[];
  /** Highlighted in the section nav, and kept when switching editions. */
  currentSection?: string | null;
  /** The masthead is the page's h1 only on the home page. */
  mastheadIsHeading?: boolean;
  children: Child;
}

export function Layout(props: LayoutProps) {
  const { chrome, children } = props;
  const { config, edition, strings } = chrome;
  const lang = props.lang ?? edition.lang;
  const siteTitle = edition.title ?? config.site.name;
  const documentTitle = props.title ? `${props.title} · ${siteTitle}` : siteTitle;
  const chromeLang = uiLanguage(edition.lang);
  return (
    <html lang={lang} dir={textDirection(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle}</title>
        {props.description && <meta name="description" content={props.description} />}
        {props.canonicalPath && <link rel="canonical" href={absoluteUrl(config, props.canonicalPath)} />}
        {props.alternates?.map((a) => <link rel="alternate" hreflang={a.lang} href={absoluteUrl(config, a.path)} />)}
        <link rel="stylesheet" href={chrome.stylesheetUrl} />
        <link rel="icon" type="image/svg+xml" href={chrome.iconUrl} />
      </head>
      <body id="top">
        <a class="skip-link" href="#main" lang={chromeLang}>{strings.skipToContent}</a>
        <div class="page">
          <header class="site-header" lang={edition.lang} dir={textDirection(edition.lang)}>
            <div class="header-top">
              <Masthead isHeading={props.mastheadIsHeading ?? false} href={homePath(edition)} title={siteTitle} />
              <EditionSwitcher chrome={chrome} currentSection={props.currentSection ?? null} />
            </div>
            <SectionNav chrome={chrome} currentSection={props.currentSection ?? null} />
          </header>
          <main id="main" tabindex={-1}>
            {children}
          </main>
          <footer class="site-footer" lang={edition.lang} dir={textDirection(edition.lang)}>
            <p>
              {config.site.name} · {yearIn(chrome.now, config.site.timeZone)}
              {config.site.description && <> · {config.site.description}</>}
            </p>
            <a class="back-to-top" href="#top" lang={chromeLang}>{strings.backToTop} ↑</a>
          </footer>
        </div>
      </body>
    </html>
  );
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

function absoluteUrl(config: Config, path: string): string {
  return new URL(path, config.site.baseUrl).href;
}
