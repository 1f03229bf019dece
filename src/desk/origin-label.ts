/**
 * The label beside each target on the post-editing screen, saying where its
 * text came from: the engine (`MT (apertium)`), the memory's copy of an
 * earlier engine output, the memory's copy of a reviewer's post-edit, or a
 * reviewer on this screen. A segment whose sentences came from several
 * places names each with its count of sentences. A translation made before
 * origins were recorded is labelled as machine translation, which it is,
 * whether the engine or its memory gave it.
 */
import { SEGMENT_ORIGINS, type OriginCounts, type SegmentOrigin } from '../translate/segment-origins.ts';
import type { DeskStrings } from './desk-strings.ts';

export interface OriginLabel {
  text: string;
  /** For the stylesheet: `mt`, `memory`, `human-memory`, `staff`, `copied` or `mixed`. */
  kind: string;
}

function labelOf(strings: DeskStrings, origin: SegmentOrigin, engine: string): string {
  switch (origin) {
    case 'engine':
      return strings.originMachine(engine);
    case 'memory':
      return strings.originMemory;
    case 'human-memory':
      return strings.originHumanMemory;
    case 'staff':
      return strings.originStaff;
  }
}

export function originLabel(strings: DeskStrings, counts: OriginCounts | null, engine: string): OriginLabel {
  if (counts === null) return { text: strings.originMachine(engine), kind: 'mt' };
  const present = SEGMENT_ORIGINS.filter((origin) => (counts[origin] ?? 0) > 0);
  if (present.length === 0) return { text: strings.originCopied, kind: 'copied' };
  if (present.length === 1) return { text: labelOf(strings, present[0]!, engine), kind: present[0] === 'engine' ? 'mt' : present[0]! };
  return { text: present.map((origin) => `${labelOf(strings, origin, engine)} ×${counts[origin]}`).join(' · '), kind: 'mixed' };
}
