/**
 * The one sequence that translates an article: the reviewers' human segments
 * and the translation memory in front of the engine, the article through all
 * three (with the quality gate), and the result stored with the source text
 * it was made from and where each segment came from. A pass runs it for
 * every article due (translation-step.ts), `wiredesk translate` for the one
 * it is given, the desk's "translate again" for the one on screen
 * (desk-retranslation.ts).
 */
import type { UrduHindiPostEdit } from '../translate/urdu-hindi-postedit.ts';
import type { Article } from '../extract/article.ts';
import { issue, type QaIssue } from '../translate/qa.ts';
import type { Store, StoredArticle, StoredTranslation } from '../store/store.ts';
import { translateArticle, type ArticleTranslation, type HeadlinePolicy } from '../translate/article-translation.ts';
import type { EnginePair, TranslationEngine } from '../translate/engines/engine.ts';
import type { Glossary } from '../translate/glossary.ts';
import type { HumanLookup } from '../translate/human-segments.ts';
import { sentencesFrom } from '../translate/segment-origins.ts';
import { sourceSnapshot } from '../translate/source-snapshot.ts';
import type { EngineCall } from '../translate/text-translation.ts';
import { memoisedCall, type MemoisedCallOptions, type MemoryCounts, type TranslationMemory } from '../translate/translation-memory.ts';

/** The issue code of a translation held because its source changed after staff had approved it. */
export const SOURCE_CHANGED = 'source-changed';

/** An engine for one pair with the store's human segments and translation memory in front of it. */
export interface MemoisedEngine {
  engine: TranslationEngine;
  pair: EnginePair;
  call: EngineCall;
  /** The reviewers' segments of the pair, asked before the memory's machine outputs. */
  human: HumanLookup;
  /** Segments the memory answered (machine and human) and the engine was sent, over the life of this object. */
  counts: MemoryCounts;
}

export interface ArticleTarget {
  headlinePolicy: HeadlinePolicy;
  glossary: Glossary | null;
  /** Urdu→Hindi post-editing with a Hindi lexicon, when the pair is that and the lexicon is installed. */
  postEdit?: UrduHindiPostEdit | null;
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
  /** Held for review whatever the gate says: a reviewer asked for this draft (the desk's "translate again"). */
  holdForReview?: boolean;
}

/** The memory as the translate stage asks for it, kept in the store. */
export function storedMemory(store: Store): TranslationMemory {
  return {
    lookup: (scope, keys, now) => store.lookupMemory(scope, keys, now),
    remember: (scope, segments, now, replace) => store.rememberInMemory(scope, segments, now, replace),
  };
}

/**
 * `send` replaces the engine's own call (the CLI counts progress through it);
 * `options.fresh` asks the engine again instead of the memory's machine
 * outputs (the reviewers' segments are still used).
 */
export function memoisedEngine(
  store: Store,
  engine: TranslationEngine,
  pair: EnginePair,
  now: () => Date,
  send: EngineCall = (texts) => engine.translate(texts, pair),
  options: MemoisedCallOptions = {},
): MemoisedEngine {
  const memo = memoisedCall(send, storedMemory(store), { engine: engine.id, ...pair }, () => now().toISOString(), options);
  const human: HumanLookup = (keys) => store.lookupHumanSegments(pair, keys, now().toISOString());
  return { engine, pair, call: memo.call, human, counts: memo.counts };
}

/** The article translated (human segments, memory, engine, gate) into the memoised engine's target language. */
export async function translateThroughMemory(
  memo: MemoisedEngine,
  article: Pick<Article, 'headline' | 'headlineLang' | 'lang' | 'blocks'>,
  target: ArticleTarget,
): Promise<ArticleTranslation> {
  const pair = { from: article.lang, to: memo.pair.to };
  const done = await translateArticle(article, memo.call, { pair, glossary: target.glossary, headlinePolicy: target.headlinePolicy, human: memo.human, postEdit: target.postEdit ?? null });
  memo.counts.human += sentencesFrom(done.origins, 'human-memory');
  return done;
}

/** Translates a stored article and stores the translation as `pass` or `review`; returns its id and the translation. */
export async function translateAndSave(
  store: Store,
  memo: MemoisedEngine,
  article: StoredArticle,
  target: StoredArticleTarget,
  now: string,
): Promise<{ id: number; translation: ArticleTranslation }> {
  const previous = (await store.translationsOf(article.id)).find((t) => t.targetLang === memo.pair.to) ?? null;
  const done = await translateThroughMemory(memo, article, target);
  const held = heldFor(target, previous);
  const translation: ArticleTranslation = held.length > 0 || target.holdForReview ? { ...done, status: 'review', issues: [...done.issues, ...held] } : done;
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
      sourceSnapshot: sourceSnapshot(article),
      segmentOrigins: translation.origins,
    },
    now,
  );
  return { id, translation };
}

/**
 * Issues that hold a translation for review whatever the gate says: the
 * source's licence asks for it, or the source changed after staff approved
 * the translation made from it, or staff approved a translation of an
 * earlier version (they should see the new text before it is published
 * again; their edits come back from the memory).
 */
function heldFor(target: StoredArticleTarget, previous: StoredTranslation | null): QaIssue[] {
  const issues = target.licenceReview ? [target.licenceReview] : [];
  const approved = previous?.staleSince ? (previous.staleFrom?.approvedAt ?? previous.approvedAt) : null;
  if (approved) issues.push(issue(SOURCE_CHANGED, { kind: 'source-changed', approvedAt: approved }));
  return issues;
}
