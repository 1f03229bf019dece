/**
 * What the post-editing screen says about the source of a translation that
 * is no longer current: the article changed since the translation was made
 * (the next pass translates it again), or it was translated again after a
 * change and a reviewer has not approved it yet (`staleSince`). In both
 * cases the reviewer sees what changed in the source, paragraph by paragraph,
 * from the version translated before the change to the current one, when
 * that version was recorded.
 */
import type { StoredArticle, StoredTranslation } from '../store/store.ts';
import { sameSource, sourceSnapshot } from '../translate/source-snapshot.ts';
import { paragraphDiff, type DiffLine } from './source-diff.ts';

export interface SourceChange {
  /** The article reads differently from what this translation was made from: the next pass translates it again. */
  outdated: boolean;
  /** When the change was noticed; null when only `outdated` says so. */
  since: string | null;
  /** When staff had approved the translation made before the change, if they had. */
  approvedAt: string | null;
  headline: { before: string; after: string } | null;
  /** Null when the earlier source text was not recorded (translations made before it was). */
  paragraphs: DiffLine[] | null;
}

export function sourceChange(translation: StoredTranslation, article: Pick<StoredArticle, 'headline' | 'blocks' | 'updatedAt'>): SourceChange | null {
  const current = sourceSnapshot(article);
  const outdated = translation.sourceSnapshot ? !sameSource(translation.sourceSnapshot, current) : translation.articleVersion !== article.updatedAt;
  if (!outdated && translation.staleSince === null) return null;
  const before = translation.staleFrom?.source ?? (outdated ? translation.sourceSnapshot : null);
  return {
    outdated,
    since: translation.staleSince,
    approvedAt: translation.staleFrom?.approvedAt ?? null,
    headline: before && before.headline !== current.headline ? { before: before.headline, after: current.headline } : null,
    paragraphs: before ? paragraphDiff(before.segments, current.segments) : null,
  };
}
