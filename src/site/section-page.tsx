/** One section's stories, newest first, a page at a time (`?page=N`). */
import { TeaserList } from './article-teaser.tsx';
import { acrossEditions, sectionPath } from './editions.ts';
import { Layout, editionTitle, type PageChrome } from './layout.tsx';
import type { StoryCard } from './story-cards.ts';

export interface SectionPageProps {
  chrome: PageChrome;
  sectionId: string;
  title: string;
  /** A line under the title, e.g. what the trends list is. */
  intro?: string | null;
  /** Articles, or stories' cards (each story once, with its other sources). */
  articles: StoryCard[];
  page: number;
  hasOlder: boolean;
}

export function SectionPage(props: SectionPageProps) {
  const { chrome, sectionId, title, articles, page } = props;
  const heading = page > 1 ? `${title} · ${chrome.strings.page(page)}` : title;
  return (
    <Layout
      chrome={chrome}
      title={heading}
      description={props.intro ?? chrome.strings.sectionDescription(title, editionTitle(chrome))}
      canonicalPath={sectionPath(chrome.edition, sectionId, page)}
      // Older pages hold different stories in each edition: only the first pages are one another's alternates.
      {...(page === 1 ? acrossEditions(chrome.config, (edition) => sectionPath(edition, sectionId)) : {})}
      currentSection={sectionId}
    >
      <h1>{heading}</h1>
      {props.intro && <p class="page-intro">{props.intro}</p>}
      {articles.length === 0 ? (
        <p>{chrome.strings.noStories}</p>
      ) : (
        <TeaserList chrome={chrome} articles={articles} headingLevel={2} />
      )}
      <Pagination chrome={chrome} sectionId={sectionId} page={page} hasOlder={props.hasOlder} />
    </Layout>
  );
}

function Pagination({ chrome, sectionId, page, hasOlder }: {
  chrome: PageChrome;
  sectionId: string;
  page: number;
  hasOlder: boolean;
}) {
  if (page === 1 && !hasOlder) return null;
  const { edition, strings } = chrome;
  return (
    <nav class="pagination" aria-label={strings.pagination}>
      <ul>
        {page > 1 && (
          <li>
            <a href={sectionPath(edition, sectionId, page - 1)} rel="prev">← {strings.newerStories}</a>
          </li>
        )}
        {hasOlder && (
          <li>
            <a href={sectionPath(edition, sectionId, page + 1)} rel="next">{strings.olderStories} →</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
