/**
 * The one sequence that translates an article: the translation memory in
 * front of the engine, the article through both (with the quality gate), and
 * the result stored. A pass runs it for every article due (translation-step.ts),
 * `wiredesk translate` for the one it is given.
 */
import type { Article } from '../extract/article.ts';
import type { QaIssue } from '../translate/qa.ts';
import type { Store, StoredArticle } from '../store/store.ts';
import { translateArticle, type ArticleTranslation, type HeadlinePolicy } from '../translate/article-translation.ts';
import type { EnginePair, TranslationEngine } from '../translate/engines/engine.ts';
import type { Glossary } from '../translate/glossary.ts';
import type { EngineCall } from '../translate/text-translation.ts';
import { memoisedCall, type MemoryCounts, type TranslationMemory } from '../translate/translation-memory.ts';

/** An engine for one pair with the store's translation memory in front of it. */
export interface MemoisedEngine {
  engine: TranslationEngine;
  pair: EnginePair;
  call: EngineCall;
  /** Segments the memory answered and the engine was sent, over the life of this object. */
  counts: MemoryCounts;
}

export interface ArticleTarget {
  headlinePolicy: HeadlinePolicy;
  glossary: Glossary | null;
}

export interface StoredArticleTarget extends ArticleTarget {
  /** The article's `updatedAt` the translation is recorded as made from. */
  articleVersion: string;
  /** Attempts at this translation, this one included. */
  attempts: number;
  /**
   * Set when the source's licence asks staff to review every machine
   * translation (translation-licences.ts): the translation is held with this
   * issue even when the quality gate passes it.
   */
  licenceReview?: QaIssue | null;
}

/** The memory as the translate stage asks for it, kept in the store. */
export function storedMemory(store: Store): TranslationMemory {
  return {
    lookup: (scope, keys, now) => store.lookupMemory(scope, keys, now),
    remember: (scope, segments, now) => store.rememberInMemory(scope, segments, now),
  };
}

/** `send` replaces the engine's own call (the CLI counts progress through it). */
export function memoisedEngine(
  store: Store,
  engine: TranslationEngine,
  pair: EnginePair,
  now: () => Date,
  send: EngineCall = (texts) => engine.translate(texts, pair),
): MemoisedEngine {
  const memo = memoisedCall(send, storedMemory(store), { engine: engine.id, ...pair }, () => now().toISOString());
  return { engine, pair, call: memo.call, counts: memo.counts };
}

/** The article translated (memory, engine, gate) into the memoised engine's target language. */
export function translateThroughMemory(
  memo: MemoisedEngine,
  article: Pick<Article, 'headline' | 'headlineLang' | 'lang' | 'blocks'>,
  target: ArticleTarget,
): Promise<ArticleTranslation> {
  const pair = { from: article.lang, to: memo.pair.to };
  return translateArticle(article, memo.call, { pair, glossary: target.glossary, headlinePolicy: target.headlinePolicy });
}

/** Translates a stored article and stores the translation as `pass` or `review`; returns its id and the translation. */
export async function translateAndSave(
  store: Store,
  memo: MemoisedEngine,
  article: StoredArticle,
  target: StoredArticleTarget,
  now: string,
): Promise<{ id: number; translation: ArticleTranslation }> {
  const done = await translateThroughMemory(memo, article, target);
  const review = target.licenceReview ?? null;
  const translation: ArticleTranslation = review ? { ...done, status: 'review', issues: [...done.issues, review] } : done;
  const { headline, headlineLang, translatedHeadline, blocks, text, status, issues } = translation;
  const id = await store.saveTranslation(
    {
      articleId: article.id,
      targetLang: memo.pair.to,
      articleVersion: target.articleVersion,
      engine: memo.engine.id,
      headline,
      headlineLang,
      translatedHeadline,
      headlinePolicy: target.headlinePolicy,
      blocks,
      text,
      status,
      issues,
      attempts: target.attempts,
      nextAttemptAt: null,
      lastError: null,
    },
    now,
  );
  return { id, translation };
}
