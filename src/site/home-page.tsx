/**
 * An edition's front page: the newest stories of every section in the
 * configured order, each block opening with a bigger lead story, and the
 * trends list beside them.
 */
import type { ArticleSummary } from '../store/store.ts';
import { TeaserList } from './article-teaser.tsx';
import { HeadlineText } from './block-renderer.tsx';
import { TRENDS_SECTION, acrossEditions, articlePath, homePath, sectionPath } from './editions.ts';
import { Layout, editionTitle, siteDescription, type PageChrome } from './layout.tsx';
import { languageAttributes } from '../text/direction.ts';

export interface HomeSection {
  id: string;
  title: string;
  articles: ArticleSummary[];
}

export interface HomePageProps {
  chrome: PageChrome;
  sections: HomeSection[];
  trends: ArticleSummary[];
  trendsTitle: string;
}

export function HomePage({ chrome, sections, trends, trendsTitle }: HomePageProps) {
  const filled = sections.filter((s) => s.articles.length > 0);
  return (
    <Layout
      chrome={chrome}
      title={null}
      description={homeDescription(chrome, sections)}
      canonicalPath={homePath(chrome.edition)}
      {...acrossEditions(chrome.config, homePath)}
      mastheadIsHeading
    >
      <div class="home-layout">
        <div class="home-grid">
          {filled.length === 0 && <p>{chrome.strings.noStories}</p>}
          {filled.map((section) => (
            <section class="section-block" aria-labelledby={`section-${section.id}`}>
              <h2 id={`section-${section.id}`}>
                <a href={sectionPath(chrome.edition, section.id)}>{section.title}</a>
              </h2>
              <TeaserList chrome={chrome} articles={section.articles} headingLevel={3} leadFirst />
            </section>
          ))}
        </div>
        <TrendsBlock chrome={chrome} articles={trends} title={trendsTitle} />
      </div>
    </Layout>
  );
}

function TrendsBlock({ chrome, articles, title }: { chrome: PageChrome; articles: ArticleSummary[]; title: string }) {
  if (articles.length === 0) return null;
  return (
    <aside class="trends-block" aria-labelledby="trends-heading">
      <h2 id="trends-heading">
        <a href={sectionPath(chrome.edition, TRENDS_SECTION)}>{title}</a>
      </h2>
      <ol>
        {articles.map((article) => (
          <li {...languageAttributes(article.lang)}>
            <a href={articlePath(chrome.config, article)}><HeadlineText article={article} /></a>
          </li>
        ))}
      </ol>
    </aside>
  );
}

/**
 * The configured `site.description` where this edition has one in its
 * language, else a sentence in the edition's language naming its sections.
 */
function homeDescription(chrome: PageChrome, sections: HomeSection[]): string {
  const configured = siteDescription(chrome);
  if (configured) return configured;
  const titles = new Intl.ListFormat(chrome.edition.lang, { type: 'conjunction' }).format(sections.map((s) => s.title));
  return chrome.strings.homeDescription(editionTitle(chrome), titles);
}
