/**
 * An article in a list: headline link, and for the lead story its standfirst
 * and stored image too. Teasers carry the article's own `lang` and `dir`, since
 * the main edition also lists languages that have no edition of their own.
 */
import type { ArticleSummary } from '../store/store.ts';
import { FigureBlock, HeadlineText } from './block-renderer.tsx';
import { articlePath } from './editions.ts';
import type { PageChrome } from './layout.tsx';
import { PublishedTime } from './published-time.tsx';
import { textDirection } from '../text/direction.ts';

export interface TeaserProps {
  chrome: PageChrome;
  article: ArticleSummary;
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
      lang={article.lang}
      dir={textDirection(article.lang)}
    >
      {lead && article.image?.stored && <FigureBlock figure={{ ...article.image, caption: [], credit: null }} />}
      {heading}
      {(lead || headingLevel === 2) && article.standfirst && <p class="teaser-standfirst">{article.standfirst}</p>}
      <p class="teaser-meta">
        <PublishedTime chrome={chrome} iso={article.published ?? article.createdAt} />
      </p>
    </article>
  );
}

export function TeaserList({ chrome, articles, headingLevel, leadFirst = false }: {
  chrome: PageChrome;
  articles: ArticleSummary[];
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
