/**
 * A story's "full coverage": what it is and how widely it ran, the timeline
 * of when each article appeared, every article grouped by language and then
 * by source (a report sent more than once as one entry, its earlier versions
 * beneath), and the story's canonical text (never a `link`-mode source's
 * body: those are licensed for headline and link only).
 */
import type { StoredArticle, StoryMember, StoryRecord } from '../store/store.ts';
import { ArticleBody, HeadlineText } from './block-renderer.tsx';
import { Layout, type PageChrome } from './layout.tsx';
import { PublishedTime } from './published-time.tsx';
import { storyPath } from './story-cards.ts';
import { acrossEditions, articlePath } from './editions.ts';
import { languageAttributes, textDirection } from '../text/direction.ts';
import { languageName } from '../text/language-name.ts';

export interface StoryPageProps {
  chrome: PageChrome;
  story: StoryRecord;
  /** Oldest first. */
  members: StoryMember[];
  sourceNames: Map<string, string>;
  /** The canonical article shown in full, or null when none may be shown. */
  text: StoredArticle | null;
}

export function StoryPage({ chrome, story, members, sourceNames, text }: StoryPageProps) {
  const titleLang = members[0]?.headlineLang ?? members[0]?.lang;
  const nameOf = (id: string) => sourceNames.get(id) ?? id;
  return (
    <Layout
      chrome={chrome}
      title={story.title}
      description={`${story.title}: ${chrome.strings.storyCounts(story.articleCount, story.sourceCount, story.independentSourceCount)}`}
      canonicalPath={storyPath(chrome.edition, story.id)}
      {...acrossEditions(chrome.config, (edition) => storyPath(edition, story.id))}
    >
      <article class="story">
        <header class="article-header">
          <p class="story-label">{chrome.strings.fullCoverage}</p>
          <h1 lang={titleLang} dir={titleLang ? textDirection(titleLang) : undefined}>{story.title}</h1>
          <p class="story-meta">
            {chrome.strings.storyCounts(story.articleCount, story.sourceCount, story.independentSourceCount)}
            {' · '}
            {story.languages.map((lang) => languageName(lang, chrome.edition.lang)).join(', ')}
          </p>
        </header>
        <Timeline chrome={chrome} members={members} nameOf={nameOf} />
        <Coverage chrome={chrome} members={members} nameOf={nameOf} />
        {text && (
          <section class="story-text" aria-labelledby="story-text-heading" {...languageAttributes(text.lang)}>
            <h2 id="story-text-heading" {...languageAttributes(chrome.edition.lang)}>{chrome.strings.storyText}</h2>
            <h3><a href={articlePath(chrome.config, text)}><HeadlineText article={text} /></a></h3>
            <p class="source-line" {...languageAttributes(chrome.edition.lang)}>
              {chrome.strings.source}: <bdi class="source-name">{nameOf(text.sourceId)}</bdi>
            </p>
            <ArticleBody blocks={text.blocks} dateline={text.dateline} />
          </section>
        )}
      </article>
    </Layout>
  );
}

function Timeline({ chrome, members, nameOf }: { chrome: PageChrome; members: StoryMember[]; nameOf: (id: string) => string }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{chrome.strings.timeline}</h2>
      <ol class="timeline">
        {members.map((m) => (
          <li>
            <span class="timeline-meta">
              <PublishedTime chrome={chrome} iso={m.published ?? m.sortKey} /> · <bdi>{nameOf(m.sourceId)}</bdi>
              {m.nearDuplicateOf !== null && m.sourceId !== sourceOf(members, m.nearDuplicateOf) && ` · ${chrome.strings.copy}`}
              {m.supersededBy !== null && ` · ${chrome.strings.earlierVersion}`}
            </span>{' '}
            <a href={articlePath(chrome.config, m)} {...languageAttributes(m.lang)}><HeadlineText article={m} /></a>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Coverage({ chrome, members, nameOf }: { chrome: PageChrome; members: StoryMember[]; nameOf: (id: string) => string }) {
  const byLanguage = new Map<string, Map<string, StoryMember[]>>();
  for (const m of members) {
    const sources = byLanguage.get(m.lang) ?? new Map<string, StoryMember[]>();
    byLanguage.set(m.lang, sources);
    sources.set(m.sourceId, [...(sources.get(m.sourceId) ?? []), m]);
  }
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{chrome.strings.coverage}</h2>
      {[...byLanguage].map(([lang, sources]) => (
        <section class="coverage-language">
          <h3>{languageName(lang, chrome.edition.lang)}</h3>
          {[...sources].map(([sourceId, articles]) => (
            <div class="coverage-group">
              <h4>{nameOf(sourceId)}</h4>
              <ul>
                {versionEntries(articles).map(({ current, earlier }) => (
                  <li {...languageAttributes(current.lang)}>
                    <a href={articlePath(chrome.config, current)}><HeadlineText article={current} /></a>
                    {earlier.length > 0 && (
                      <ul class="version-list" aria-label={chrome.strings.earlierVersions}>
                        {earlier.map((m) => (
                          <li>
                            <span class="timeline-meta" {...languageAttributes(chrome.edition.lang)}>
                              {chrome.strings.earlierVersion} · <PublishedTime chrome={chrome} iso={m.published ?? m.sortKey} />
                            </span>{' '}
                            <a href={articlePath(chrome.config, m)}><HeadlineText article={m} /></a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}

/**
 * One source's articles as entries: each current version with its earlier
 * versions (newest first), in the order the reports first appeared. An
 * earlier version whose current one is not in the story stands alone.
 */
function versionEntries(articles: StoryMember[]): { current: StoryMember; earlier: StoryMember[] }[] {
  const entries = new Map<number, { current: StoryMember; earlier: StoryMember[]; first: number }>();
  articles.forEach((m, i) => {
    if (m.supersededBy === null) entries.set(m.id, { current: m, earlier: [], first: i });
  });
  articles.forEach((m, i) => {
    if (m.supersededBy === null) return;
    const entry = entries.get(m.supersededBy);
    if (!entry) {
      entries.set(m.id, { current: m, earlier: [], first: i });
      return;
    }
    entry.earlier.unshift(m);
    entry.first = Math.min(entry.first, i);
  });
  return [...entries.values()].sort((a, b) => a.first - b.first);
}

/** The source of the story member with this id; copies of one's own earlier text are versions, not copies. */
function sourceOf(members: StoryMember[], id: number): string | undefined {
  return members.find((m) => m.id === id)?.sourceId;
}
