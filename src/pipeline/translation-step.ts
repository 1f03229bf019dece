/**
 * The translation step of a pass: after articles are built, every article a
 * source or section asks to have in another edition's language is translated
 * there (translation memory first, then the engine configured for the pair),
 * put through the quality gate and stored as `pass` or `review`. An engine
 * that is down, times out, answers HTTP 500 or nothing at all leaves the
 * translation `pending`, tried again with backoff on later passes; a pair no
 * engine is configured for is recorded `unavailable` and logged once a pass.
 * A source's licence may ask for staff review of every translation (held
 * as `review` with a `licence-review` issue even when the gate passes it) or
 * forbid machine translation (none is made). Killed articles are not translated.
 * The original article stays published whatever happens here.
 *
 * A reviewer's post-edits come back from the memory as human segments, so a
 * changed article translated again keeps them wherever its sentences did not
 * change. An article rebuilt without a change to its headline or body (the
 * wire re-sent it with a new byline or time) keeps its translation as it is,
 * approval included.
 */
import { backoffDelay } from '../util/backoff.ts';
import { engineForPair, type ConfiguredEngine } from '../translate/engines/configured-engines.ts';
import { EngineError, pairLabel, type EnginePair } from '../translate/engines/engine.ts';
import type { Glossary } from '../translate/glossary.ts';
import type { UrduHindiPostEdit } from '../translate/urdu-hindi-postedit.ts';
import type { QaIssue } from '../translate/qa.ts';
import type { MemoryCounts } from '../translate/translation-memory.ts';
import { translationTargets, type TranslationTarget } from '../translate/translation-targets.ts';
import type { Store, StoredArticle, TranslationRecord, TranslationWork } from '../store/store.ts';
import { sameSource, sourceSnapshot } from '../translate/source-snapshot.ts';
import { memoisedEngine, translateAndSave, type MemoisedEngine } from './article-translator.ts';
import { errorMessage, type PipelineContext } from './pipeline-context.ts';
import { translationLicences } from './translation-licences.ts';

/** Articles per target language in one pass: a backlog drains over several passes instead of holding one. */
export const ARTICLES_PER_PASS = 200;
/** Wait before the first retry of a failed translation; an engine restart takes about this long. */
const FIRST_RETRY_MS = 2 * 60_000;
/** No wait beyond this: an engine down for a day is retried at least every few hours. */
const MAX_RETRY_MS = 6 * 60 * 60_000;
/** Each wait is a random 50–100 % of its ceiling: spread out, yet still at least half the doubling. */
const RETRY_JITTER = 0.5;

export interface TranslationServices {
  engines: readonly ConfiguredEngine[];
  /** Glossary per target language. */
  glossaries: ReadonlyMap<string, Glossary>;
  /** Post-editing of a pair's output (Urdu→Hindi with a Hindi lexicon), loaded on first use; null for other pairs. */
  postEdit?: (pair: EnginePair) => Promise<UrduHindiPostEdit | null>;
}

export interface TranslationPassResult {
  pass: number;
  review: number;
  pending: { articleId: number; lang: string; error: string }[];
  /** Pairs asked for that no engine is configured for (`ur→es`). */
  unavailable: string[];
  memory: MemoryCounts;
  /** A language had more articles waiting than one pass takes: another pass has work at once. */
  more: boolean;
  /** When the earliest translation left pending is due to be tried again; null when none waits. */
  nextAttemptAt: string | null;
}

interface PairCall extends MemoisedEngine {
  /** Set once the engine failed in this pass: its other articles go pending without another try. */
  failure: string | null;
}

export async function translatePendingArticles(ctx: PipelineContext, services: TranslationServices, perLanguage = ARTICLES_PER_PASS): Promise<TranslationPassResult> {
  const result: TranslationPassResult = { pass: 0, review: 0, pending: [], unavailable: [], memory: { hits: 0, misses: 0, human: 0 }, more: false, nextAttemptAt: null };
  const calls = new Map<string, PairCall | null>();
  const unavailable = new Set<string>();
  const licences = await translationLicences(ctx.store);
  for (const target of translationTargets(ctx.config)) {
    const servedFrom = services.engines.flatMap((e) => e.pairs.filter((p) => p.to === target.lang).map((p) => p.from));
    const work = await ctx.store.articlesNeedingTranslation({
      targetLang: target.lang,
      sourceIds: target.sourceIds,
      sections: target.sections,
      servedFrom,
      now: ctx.now().toISOString(),
      // One more than a pass takes, to know whether another pass has work.
      limit: perLanguage + 1,
      excludeSourceIds: licences.forbidden,
    });
    if (work.length > perLanguage) result.more = true;
    for (const item of work.slice(0, perLanguage)) {
      const pair = { from: item.article.lang, to: target.lang };
      const label = pairLabel(pair);
      if (!calls.has(label)) calls.set(label, pairCall(ctx, services, pair));
      const pairCalls = calls.get(label)!;
      if (pairCalls === null) unavailable.add(label);
      await translateOne(ctx, services, target, item, pairCalls, result, licences.reviewed.get(item.article.sourceId) ?? null);
    }
  }
  for (const call of calls.values()) {
    if (call === null) continue;
    result.memory.hits += call.counts.hits;
    result.memory.misses += call.counts.misses;
    result.memory.human += call.counts.human;
  }
  result.unavailable = [...unavailable].sort();
  result.nextAttemptAt = await ctx.store.nextTranslationAttempt();
  if (result.unavailable.length) ctx.log.info(`translate: no engine for ${result.unavailable.join(', ')}; originals shown as they are`);
  return result;
}

function pairCall(ctx: PipelineContext, services: TranslationServices, pair: EnginePair): PairCall | null {
  const engine = engineForPair(services.engines, pair);
  if (!engine) return null;
  return { ...memoisedEngine(ctx.store, engine, pair, ctx.now), failure: null };
}

async function translateOne(
  ctx: PipelineContext,
  services: TranslationServices,
  target: TranslationTarget,
  { article: summary, previous }: TranslationWork,
  pairCall: PairCall | null,
  result: TranslationPassResult,
  licenceReview: QaIssue | null,
): Promise<void> {
  const now = ctx.now();
  const base = {
    articleId: summary.id,
    targetLang: target.lang,
    articleVersion: summary.updatedAt,
    headlinePolicy: target.headlinePolicy,
    engine: pairCall?.engine.id ?? null,
  };
  if (pairCall === null) {
    // Only new or changed articles come here for a pair no engine serves: write each once.
    await ctx.store.saveTranslation({ ...base, ...untranslated('unavailable'), attempts: 0 }, now.toISOString());
    return;
  }
  try {
    if (pairCall.failure !== null) throw new Error(pairCall.failure);
    const article = await ctx.store.getArticle(summary.id);
    if (!article) return; // Deleted meanwhile (its source was removed).
    if (await keptAsItWas(ctx.store, article, { ...base, engine: pairCall.engine.id })) return;
    const { translation } = await translateAndSave(
      ctx.store,
      pairCall,
      article,
      {
        articleVersion: summary.updatedAt,
        headlinePolicy: target.headlinePolicy,
        glossary: services.glossaries.get(target.lang) ?? null,
        postEdit: (await services.postEdit?.({ from: article.lang, to: target.lang })) ?? null,
        attempts: (previous?.attempts ?? 0) + 1,
        licenceReview,
      },
      now.toISOString(),
    );
    result[translation.status]++;
  } catch (error) {
    // The engine itself failed (down, timing out, 5xx after the runner's retries): the pair's other articles wait too.
    if (error instanceof EngineError) pairCall.failure = `${errorMessage(error)} (earlier in this pass)`;
    const attempts = (previous?.status === 'pending' ? previous.attempts : 0) + 1;
    const message = errorMessage(error);
    const nextAttemptAt = new Date(now.getTime() + retryDelay(attempts, ctx.random ?? Math.random)).toISOString();
    await ctx.store.saveTranslation({ ...base, ...untranslated('pending'), attempts, nextAttemptAt, lastError: message }, now.toISOString());
    result.pending.push({ articleId: summary.id, lang: target.lang, error: message });
    ctx.log.warn(`translate: article ${summary.id} into ${target.lang}: ${message}; retried from ${nextAttemptAt}`);
  }
}

/**
 * Whether the article's stored translation still fits it: made by the same
 * engine under the same headline policy from a headline and body that read
 * exactly as the article's do now. Its version then moves on and nothing
 * else changes, so a wire re-send does not undo a reviewer's approval.
 */
async function keptAsItWas(
  store: Store,
  article: StoredArticle,
  wanted: { targetLang: string; articleVersion: string; headlinePolicy: string; engine: string },
): Promise<boolean> {
  const previous = (await store.translationsOf(article.id)).find((t) => t.targetLang === wanted.targetLang);
  if (!previous || previous.blocks === null || previous.sourceSnapshot === null || previous.staleSince !== null) return false;
  if (previous.engine !== wanted.engine || previous.headlinePolicy !== wanted.headlinePolicy) return false;
  if (!sameSource(previous.sourceSnapshot, sourceSnapshot(article))) return false;
  await store.confirmTranslationVersion(previous.id, wanted.articleVersion);
  return true;
}

function untranslated(status: 'pending' | 'unavailable'): Pick<TranslationRecord, 'headline' | 'headlineLang' | 'translatedHeadline' | 'blocks' | 'text' | 'status' | 'issues' | 'nextAttemptAt' | 'lastError'> {
  return { headline: null, headlineLang: null, translatedHeadline: null, blocks: null, text: null, status, issues: [], nextAttemptAt: null, lastError: null };
}

/** Doubling from FIRST_RETRY_MS, capped, with the upper half jittered so many articles do not retry in one burst. */
export function retryDelay(attempts: number, random: () => number): number {
  return backoffDelay({ firstMs: FIRST_RETRY_MS, maxMs: MAX_RETRY_MS, jitter: RETRY_JITTER }, attempts, random);
}
