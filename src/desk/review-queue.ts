/**
 * The review queue: translations the quality gate held (`review`, not yet
 * approved), with their article's headline and source, oldest first, grouped
 * by edition language, narrowed by the queue's filter. An item whose source
 * changed since it was translated says so (source-change.ts).
 */
import type { Store, StoredAuditEntry, StoredTranslation } from '../store/store.ts';
import type { ReviewFilter } from './forms/review-filter.ts';
import { sourceChange } from './source-change.ts';

/** More than a newsroom works through in a day; beyond it the oldest are shown and the count says how many wait. */
export const REVIEW_QUEUE_LIMIT = 500;

export interface ReviewItem {
  translation: StoredTranslation;
  /** The original's headline and source; null when the article is gone. */
  articleHeadline: string | null;
  sourceId: string | null;
  /** Distinct QA issue codes, in the order found. */
  issueCodes: string[];
  /**
   * The last desk action on this translation (an approval before its article
   * changed, a request to translate again…), for the queue's "last acted on
   * by" column; null when nobody has acted on it. The desk does not record who
   * merely opens an item, so this is the nearest thing to who holds it.
   */
  lastAction: Pick<StoredAuditEntry, 'actor' | 'action' | 'at'> | null;
  /** The source article changed since this was translated (or since the translation a reviewer had seen). */
  sourceChanged: boolean;
}

export interface ReviewQueue {
  /** Per edition language, oldest first. */
  byEdition: Map<string, ReviewItem[]>;
  /** Sources and issue codes present in the whole queue, for the filter's choices. */
  sources: string[];
  issueCodes: string[];
  /** Source ids to the names the desk shows; a source gone from the store keeps its id. */
  sourceNames: Map<string, string>;
}

export function issueCodesOf(translation: Pick<StoredTranslation, 'issues'>): string[] {
  return [...new Set(translation.issues.map((issue) => issue.code))];
}

export async function loadReviewQueue(store: Store, filter: ReviewFilter): Promise<ReviewQueue> {
  const held = (await store.listTranslations({ status: 'review', limit: REVIEW_QUEUE_LIMIT })).filter((t) => t.approvedAt === null);
  const actions = await store.latestAuditOf('translation', held.map((t) => String(t.id)));
  const items: ReviewItem[] = [];
  for (const translation of held) {
    const article = await store.getArticle(translation.articleId);
    const last = actions.get(String(translation.id));
    items.push({
      translation,
      articleHeadline: article?.headline ?? null,
      sourceId: article?.sourceId ?? null,
      issueCodes: issueCodesOf(translation),
      lastAction: last ? { actor: last.actor, action: last.action, at: last.at } : null,
      sourceChanged: article !== null && sourceChange(translation, article) !== null,
    });
  }
  const sources = [...new Set(items.flatMap((i) => (i.sourceId === null ? [] : [i.sourceId])))].sort();
  const issueCodes = [...new Set(items.flatMap((i) => i.issueCodes))].sort();
  const shown = items
    .filter((i) => filter.edition === null || i.translation.targetLang === filter.edition)
    .filter((i) => filter.source === null || i.sourceId === filter.source)
    .filter((i) => filter.issue === null || i.issueCodes.includes(filter.issue))
    .sort((a, b) => a.translation.updatedAt.localeCompare(b.translation.updatedAt) || a.translation.id - b.translation.id);
  const byEdition = new Map<string, ReviewItem[]>();
  for (const item of shown) {
    const list = byEdition.get(item.translation.targetLang) ?? [];
    list.push(item);
    byEdition.set(item.translation.targetLang, list);
  }
  const sourceNames = new Map((await store.listSources()).map((source) => [source.id, source.name]));
  return { byEdition, sources, issueCodes, sourceNames };
}
