/**
 * "Translate again" for one article, as the desk asks for it: the engine
 * configured for the pair translates the article anew, past the memory's
 * machine outputs (which its new outputs replace), and the result replaces
 * the stored draft, held for review so the reviewer who asked sees it.
 *
 * The reviewers' human segments are still used. They are reviewed decisions,
 * not engine output that may have gone bad; a reviewer who wants one changed
 * edits it on the page, and their approval replaces it in the memory. What
 * translating again is for is the engine's part: new engine packages, a new
 * glossary, or a remembered output that was wrong.
 */
import type { StoredArticle, StoredTranslation, Store } from '../store/store.ts';
import { engineForPair } from '../translate/engines/configured-engines.ts';
import { pairLabel, type EnginePair } from '../translate/engines/engine.ts';
import type { QaStatus } from '../translate/qa.ts';
import { memoisedEngine, translateAndSave } from './article-translator.ts';
import { translationLicences } from './translation-licences.ts';
import type { TranslationServices } from './translation-step.ts';

export interface Retranslation {
  id: number;
  status: QaStatus;
  engine: string;
  /** Sentences the engine translated. */
  sent: number;
  /** Sentences that came from reviewers' segments. */
  human: number;
}

export function servesPair(services: TranslationServices, pair: EnginePair): boolean {
  return engineForPair(services.engines, pair) !== null;
}

export async function retranslateArticle(
  store: Store,
  services: TranslationServices,
  now: () => Date,
  article: StoredArticle,
  previous: Pick<StoredTranslation, 'targetLang' | 'headlinePolicy' | 'attempts'>,
): Promise<Retranslation> {
  const pair = { from: article.lang, to: previous.targetLang };
  const engine = engineForPair(services.engines, pair);
  if (!engine) throw new Error(`translate: no engine is configured for ${pairLabel(pair)}`);
  const memo = memoisedEngine(store, engine, pair, now, undefined, { fresh: true });
  const licences = await translationLicences(store);
  const target = {
    articleVersion: article.updatedAt,
    headlinePolicy: previous.headlinePolicy,
    glossary: services.glossaries.get(pair.to) ?? null,
    postEdit: (await services.postEdit?.(pair)) ?? null,
    attempts: previous.attempts + 1,
    licenceReview: licences.reviewed.get(article.sourceId) ?? null,
    holdForReview: true,
  };
  const { id, translation } = await translateAndSave(store, memo, article, target, now().toISOString());
  return { id, status: translation.status, engine: engine.id, sent: memo.counts.misses, human: memo.counts.human };
}
