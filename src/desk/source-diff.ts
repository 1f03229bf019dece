/**
 * What changed in a source between the version a translation was made from
 * and the current one, paragraph by paragraph: the longest run of paragraphs
 * common to both (in order) stays, the rest is removed or added. Paragraphs
 * are compared as whole texts; a paragraph with one word changed shows as
 * removed and added, side by side, which is what a reviewer needs to find
 * the segment to look at. Pure.
 */

export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** More than any article's paragraphs: beyond it the table of common runs would cost more than the page. */
const MAX_PARAGRAPHS = 2000;

export function paragraphDiff(before: readonly string[], after: readonly string[]): DiffLine[] {
  if (before.length > MAX_PARAGRAPHS || after.length > MAX_PARAGRAPHS) {
    return [...before.map((text): DiffLine => ({ kind: 'removed', text })), ...after.map((text): DiffLine => ({ kind: 'added', text }))];
  }
  // common[i][j]: the longest common run of before[i..] and after[j..].
  const common = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      common[i]![j] = before[i] === after[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      lines.push({ kind: 'same', text: before[i++]! });
      j++;
    } else if (i < before.length && (j === after.length || common[i + 1]![j]! >= common[i]![j + 1]!)) {
      // Removals first, then additions: a changed paragraph reads as the old one and then the new.
      lines.push({ kind: 'removed', text: before[i++]! });
    } else {
      lines.push({ kind: 'added', text: after[j++]! });
    }
  }
  return lines;
}
