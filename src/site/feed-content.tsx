/**
 * The full text of a feed item, as HTML: the body as the article page shows
 * it (lead image, dateline, blocks, escaped by JSX like every page) with its
 * images at absolute addresses, and the syndication notice that credits the
 * source. Only for sources whose licence allows republishing the text.
 */
import { ArticleBody, FigureBlock } from './block-renderer.tsx';
import { articleNotice } from './article-notice.ts';
import type { FeedItem } from './feed-items.ts';
import { languageAttributes } from '../text/direction.ts';

export interface FeedContentContext {
  baseUrl: string;
  /** The edition's language, which the notice is written in. */
  lang: string;
  siteName: string;
}

/** A `link`-mode source licenses headline, summary and a link only; an article whose source is gone is treated so too. */
export function carriesFullText(item: FeedItem): boolean {
  return item.source?.mode === 'republish';
}

export async function feedItemHtml(item: FeedItem, context: FeedContentContext): Promise<string> {
  const { article, source } = item;
  const leadImage = article.image?.stored && !article.blocks.some((b) => b.type === 'figure' && b.src === article.image?.src) ? article.image : null;
  const notice = source ? articleNotice({ lang: context.lang, siteName: context.siteName, article, source, translated: item.translated }) : null;
  const html = await (
    <>
      {leadImage && <FigureBlock figure={leadImage} mediaBase={context.baseUrl} />}
      <ArticleBody blocks={article.blocks} dateline={article.dateline} mediaBase={context.baseUrl} />
      {notice && <p {...languageAttributes(notice.lang)}><em>{notice.text}</em></p>}
    </>
  );
  return html.toString();
}
