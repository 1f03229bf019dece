/**
 * The syndication notice under an article, on its page and in its feeds:
 * composed in the edition's language from what happened to the copy (its
 * revisions, its translation's review), naming the source and its licence;
 * the source's own notice follows when it is written in that language.
 */
import { composeNotice, noticeCase, type ComposedNotice } from '../desk/syndication-notice.ts';
import type { StoredArticle, StoredSource } from '../store/store.ts';

export interface NoticeRequest {
  /** The edition's language. */
  lang: string;
  siteName: string;
  article: StoredArticle;
  source: StoredSource;
  /** The machine translation the edition shows, or null for the original. */
  translated: { fromLang: string; reviewed: boolean } | null;
}

export function articleNotice({ lang, siteName, article, source, translated }: NoticeRequest): ComposedNotice {
  return composeNotice({
    lang,
    siteName,
    sourceName: source.name,
    licence: source.licence,
    sourceNotice: source.notice,
    sourceLang: source.language === 'auto' ? null : source.language,
    history: noticeCase(article, translated),
  });
}
