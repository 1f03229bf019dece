/**
 * An article in a list: headline link, and for the lead story its standfirst
 * and stored image too. Teasers carry the article's own `lang` and `dir`, since
 * the main edition also lists languages that have no edition of their own.
 */
import { FigureBlock, HeadlineText } from './block-renderer.tsx';
import { articlePath } from './editions.ts';
import type { PageChrome } from './layout.tsx';
import { PublishedTime } from './published-time.tsx';
import { storyPath, type CardStory, type StoryCard } from './story-cards.ts';
import { languageAttributes } from '../text/direction.ts';
import { translationStrings } from './translation-view.ts';
import { IsolatedText } from './isolated-text.tsx';

export interface TeaserProps {
  chrome: PageChrome;
  /** An article, or a story's card (with "also published by …" and a link to full coverage). */
  article: StoryCard;
  /** The lead story of a block is shown bigger, with its standfirst and image. */
  lead?: boolean;
  /** h2 on section pages, h3 under a section heading on the home page. */
  headingLevel: 2 | 3;
}

export function Teaser({ chrome, article, lead = false, headingLevel }: TeaserProps) {
  const href = articlePath(chrome.config, article);
  const link = <a href={href}><HeadlineText article={article} /></a>;
  const heading = headingLevel === 2 ? <h2 class="teaser-title">{link}</h2> : <h3 class="teaser-title">{link}</h3>;
  return (
    <article
      class={lead ? 'teaser teaser--lead' : 'teaser'}
      {...languageAttributes(article.lang)}
    >
      {lead && article.image?.stored && <FigureBlock figure={{ ...article.image, caption: [], credit: null }} />}
      {heading}
      {(lead || headingLevel === 2) && article.standfirst && <p class="teaser-standfirst">{article.standfirst}</p>}
      {/* The date is in the edition's language, whatever the headline's: its own direction keeps it in order. */}
      <p class="teaser-meta" {...languageAttributes(chrome.edition.lang)}>
        <PublishedTime chrome={chrome} iso={article.published ?? article.createdAt} />
        {article.translationState && <TranslationMark edition={chrome.edition.lang} state={article.translationState} />}
      </p>
      {article.story && <StoryLine chrome={chrome} story={article.story} />}
    </article>
  );
}

export function TeaserList({ chrome, articles, headingLevel, leadFirst = false }: {
  chrome: PageChrome;
  articles: StoryCard[];
  headingLevel: 2 | 3;
  leadFirst?: boolean;
}) {
  return (
    <ul class="teaser-list">
      {articles.map((article, i) => (
        <li>
          <Teaser chrome={chrome} article={article} headingLevel={headingLevel} lead={leadFirst && i === 0} />
        </li>
      ))}
    </ul>
  );
}

/** "translation unavailable" on an original listed in another language's edition; "machine translation" on a translation. */
function TranslationMark({ edition, state }: { edition: string; state: 'machine' | 'unavailable' }) {
  const { strings, lang } = translationStrings(edition);
  if (state === 'unavailable') return <> · <span class="translation-mark" lang={lang}>{strings.translationUnavailable}</span></>;
  return <> · <span class="translation-mark" lang={lang}>{strings.machineTranslation}</span></>;
}

/** Who else ran this text, and the way to every article of the story; in the edition's language. */
function StoryLine({ chrome, story }: { chrome: PageChrome; story: CardStory }) {
  if (story.alsoPublishedBy.length === 0 && story.articleCount < 2) return null;
  const { strings, edition } = chrome;
  return (
    <p class="teaser-story" {...languageAttributes(edition.lang)}>
      {story.alsoPublishedBy.length > 0 && (
        <span class="also-published">
          <IsolatedText text={strings.alsoPublishedBy(story.alsoPublishedBy.join(', '))} names={story.alsoPublishedBy} />
        </span>
      )}
      {story.alsoPublishedBy.length > 0 && story.articleCount > 1 && ' · '}
      {story.articleCount > 1 && (
        <a class="coverage-link" href={storyPath(edition, story.id)}>
          {strings.fullCoverage} ({story.articleCount})
        </a>
      )}
    </p>
  );
}
