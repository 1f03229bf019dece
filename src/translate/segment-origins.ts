/**
 * Where the target text of a segment came from, as a CAT tool shows it beside
 * each row: the engine just now (`engine`), the translation memory's copy of
 * an earlier engine output (`memory`), the memory's copy of a reviewer's
 * post-edit (`human-memory`), or a reviewer on this very translation
 * (`staff`). A segment (a paragraph, a list item, the headline) is counted
 * per sentence, since its sentences may come from different places.
 */

export type SegmentOrigin = 'engine' | 'memory' | 'human-memory' | 'staff';

/** Sentences of one segment by origin; a segment of nothing but numbers and punctuation counts none. */
export type OriginCounts = Partial<Record<SegmentOrigin, number>>;

/** The origins of a translation's headline (null when it was not translated for showing) and of each body segment, in order. */
export interface SegmentOrigins {
  headline: OriginCounts | null;
  segments: OriginCounts[];
}

export const SEGMENT_ORIGINS: readonly SegmentOrigin[] = ['engine', 'memory', 'human-memory', 'staff'];

export function countOrigins(origins: readonly SegmentOrigin[]): OriginCounts {
  const counts: OriginCounts = {};
  for (const origin of origins) counts[origin] = (counts[origin] ?? 0) + 1;
  return counts;
}

/** How many sentences of all the segments (headline included) came from this origin. */
export function sentencesFrom(origins: SegmentOrigins, origin: SegmentOrigin): number {
  return [origins.headline, ...origins.segments].reduce((sum, counts) => sum + (counts?.[origin] ?? 0), 0);
}
