/**
 * What readers of an edition see of articles in other languages: the words
 * that label a machine translation or an original shown untranslated (in the
 * edition's language; English for a language without its own), the merged
 * lists, and the alternates between an original and its translations.
 */
import type { Config } from '../config/schema.ts';
import type { ArticleSummary, StoredArticle, StoredTranslation, Store } from '../store/store.ts';
import { articlePath, editionForLang, type ArticleAddress, type Edition } from './editions.ts';

interface TranslationStrings {
  machineTranslatedFrom: (language: string) => string;
  machineTranslation: string;
  readOriginal: string;
  translationUnavailable: string;
}

const STRINGS: Readonly<Record<string, TranslationStrings>> = {
  en: {
    machineTranslatedFrom: (language) => `Machine-translated from ${language}`,
    machineTranslation: 'machine translation',
    readOriginal: 'read the original',
    translationUnavailable: 'translation unavailable',
  },
  hi: {
    machineTranslatedFrom: (language) => `मशीन अनुवाद: मूल ${language} से`,
    machineTranslation: 'मशीन अनुवाद',
    readOriginal: 'मूल पढ़ें',
    translationUnavailable: 'अनुवाद उपलब्ध नहीं',
  },
  es: {
    machineTranslatedFrom: (language) => `Traducción automática del ${language}`,
    machineTranslation: 'traducción automática',
    readOriginal: 'leer el original',
    translationUnavailable: 'traducción no disponible',
  },
};

export function translationStrings(lang: string): { strings: TranslationStrings; lang: string } {
  return lang in STRINGS ? { strings: STRINGS[lang]!, lang } : { strings: STRINGS['en']!, lang: 'en' };
}

/** True when the edition is not the one the article's own language belongs to. */
export function isForeignEdition(config: Config, edition: Edition, articleLang: string): boolean {
  return editionForLang(config, articleLang).path !== edition.path;
}

/** Whether any source or section is translated into this edition's language: lists skip the query when none is. */
export function editionReceivesTranslations(config: Config, edition: Edition): boolean {
  return [...config.sources, ...config.sections].some((item) => item.translate?.includes(edition.lang));
}

/**
 * The edition's own articles and those translated into it (or shown as
 * originals), newest first. Both lists are read up to offset + limit and
 * merged, which is exact and cheap for the first pages readers use.
 */
export async function mergeTranslated(
  store: Store,
  native: (limit: number) => Promise<ArticleSummary[]>,
  request: { lang: string; section?: string; limit: number; offset: number; visibleAt: string; publishedOnly?: boolean },
): Promise<ArticleSummary[]> {
  const window = request.offset + request.limit;
  const [own, translated] = await Promise.all([
    native(window),
    store.editionTranslationSummaries({
      targetLang: request.lang,
      ...(request.section ? { section: request.section } : {}),
      limit: window,
      visibleAt: request.visibleAt,
      publishedOnly: request.publishedOnly ?? false,
    }),
  ]);
  const time = (a: ArticleSummary) => a.published ?? a.createdAt;
  // The main edition also lists languages without an edition natively: their translation replaces them.
  const translatedIds = new Set(translated.map((a) => a.id));
  return [...own.filter((a) => !translatedIds.has(a.id)), ...translated]
    .sort((a, b) => (time(a) < time(b) ? 1 : time(a) > time(b) ? -1 : b.id - a.id))
    .slice(request.offset, window);
}

/** The article as the translation shows it, in the edition's language. */
export function translatedArticle(article: StoredArticle, translation: StoredTranslation): StoredArticle {
  return {
    ...article,
    headline: translation.headline ?? article.headline,
    headlineLang: translation.headlineLang,
    lang: translation.targetLang,
    standfirst: null,
    blocks: translation.blocks ?? [],
    text: translation.text ?? '',
  };
}

export interface Alternate {
  lang: string;
  path: string;
}

export interface TranslationNote {
  fromLang: string;
  originalPath: string;
  /** Staff approved it in review; otherwise the quality gate alone passed it. */
  reviewed: boolean;
}

export interface ArticleView {
  /** The original, or the translation dressed as the article. */
  article: StoredArticle;
  /** This view's address (the original's may carry `?original`). */
  path: string;
  translation: TranslationNote | null;
  alternates: Alternate[];
}

/** Query flag for the original of an article whose translation lives at the same address (a language without an edition). */
export const ORIGINAL_QUERY = 'original';

/**
 * The article as an edition shows it: its published translation into the
 * edition's language when there is one, else the original. An article in a
 * language without an edition of its own lives in the main edition, at the
 * address its translation into the main language takes; its original is then
 * at that address with `?original`.
 */
export async function articleView(store: Store, config: Config, edition: Edition, article: StoredArticle, wantOriginal: boolean): Promise<ArticleView> {
  const translations = await store.publishedTranslationsOf(article.id);
  const alternates = articleAlternates(config, article, translations.map((t) => t.targetLang));
  const originalPath = alternates[0]!.path;
  const translation = !wantOriginal && edition.lang !== article.lang ? await store.publishedTranslation(article.id, edition.lang) : null;
  if (translation) {
    return {
      article: translatedArticle(article, translation),
      path: articlePath(config, { ...article, lang: edition.lang }),
      translation: { fromLang: article.lang, originalPath, reviewed: translation.approvedAt !== null },
      alternates,
    };
  }
  return { article, path: originalPath, translation: null, alternates };
}

/**
 * Every address readers can read an article at: the original first, then
 * one per published translation into a language with an edition (in the
 * order given). Pages, sitemaps and feeds all name the same addresses.
 */
export function articleAlternates(config: Config, article: ArticleAddress, translationLangs: readonly string[]): Alternate[] {
  const langs = translationLangs.filter((lang) => lang !== article.lang && config.editions.some((e) => e.lang === lang));
  const path = articlePath(config, article);
  const home = editionForLang(config, article.lang).path;
  // A language without an edition lives in the main edition, at the address its translation into the main language takes.
  const shared = langs.some((lang) => editionForLang(config, lang).path === home);
  return [
    { lang: article.lang, path: shared ? `${path}?${ORIGINAL_QUERY}` : path },
    ...langs.map((lang) => ({ lang, path: articlePath(config, { ...article, lang }) })),
  ];
}
