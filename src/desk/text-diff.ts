/**
 * What changed between two versions of a text, for the desk's revision
 * pages: word by word within a line of text, paragraph by paragraph within a
 * body (a changed paragraph then word by word). Plain data out; the page
 * renders it, escaped like any other text.
 *
 * The comparison is a longest common subsequence over tokens, after the
 * common start and end are set aside (most edits touch a few words of a long
 * text, so what is left is small).
 */

export type DiffKind = 'same' | 'removed' | 'added';

export interface DiffPiece {
  kind: DiffKind;
  text: string;
}

export type ParagraphDiff = { kind: DiffKind; text: string } | { kind: 'changed'; pieces: DiffPiece[] };

/**
 * Largest comparison table built (tokens before × tokens after): a few
 * megabytes, milliseconds. Two texts rewritten beyond that are shown as the
 * old removed and the new added, which is what such a rewrite is.
 */
const MAX_TABLE_CELLS = 1_000_000;

/** Words and the spaces between them, each a token, so the pieces join back into the texts. */
const TOKEN = /\s+|[^\s]+/gu;

export function diffWords(before: string, after: string): DiffPiece[] {
  const ops = diffSequences(before.match(TOKEN) ?? [], after.match(TOKEN) ?? []);
  return merged(ops.map(({ kind, item }) => ({ kind, text: item })));
}

/** Paragraphs compared whole; a removed one next to an added one is shown as one changed paragraph. */
export function diffParagraphs(before: readonly string[], after: readonly string[]): ParagraphDiff[] {
  const ops = diffSequences(before, after);
  const out: ParagraphDiff[] = [];
  for (let i = 0; i < ops.length; ) {
    if (ops[i]!.kind === 'same') {
      out.push({ kind: 'same', text: ops[i++]!.item });
      continue;
    }
    const removed: string[] = [];
    const added: string[] = [];
    for (; i < ops.length && ops[i]!.kind !== 'same'; i++) (ops[i]!.kind === 'removed' ? removed : added).push(ops[i]!.item);
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) out.push({ kind: 'changed', pieces: diffWords(removed[k]!, added[k]!) });
    for (const text of removed.slice(paired)) out.push({ kind: 'removed', text });
    for (const text of added.slice(paired)) out.push({ kind: 'added', text });
  }
  return out;
}

interface Op<T> {
  kind: DiffKind;
  item: T;
}

function diffSequences<T>(a: readonly T[], b: readonly T[]): Op<T>[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const same = (items: readonly T[]): Op<T>[] => items.map((item) => ({ kind: 'same', item }));
  return [...same(a.slice(0, start)), ...middle(a.slice(start, endA), b.slice(start, endB)), ...same(a.slice(endA))];
}

/** The differing middle: a longest common subsequence table, read back from the start. */
function middle<T>(a: readonly T[], b: readonly T[]): Op<T>[] {
  const removedAll = a.map((item): Op<T> => ({ kind: 'removed', item }));
  const addedAll = b.map((item): Op<T> => ({ kind: 'added', item }));
  if (a.length === 0 || b.length === 0 || (a.length + 1) * (b.length + 1) > MAX_TABLE_CELLS) return [...removedAll, ...addedAll];
  const width = b.length + 1;
  // lcs[i * width + j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const ops: Op<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: 'same', item: a[i++]! });
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      ops.push({ kind: 'removed', item: a[i++]! });
    } else {
      ops.push({ kind: 'added', item: b[j++]! });
    }
  }
  for (; i < a.length; i++) ops.push({ kind: 'removed', item: a[i]! });
  for (; j < b.length; j++) ops.push({ kind: 'added', item: b[j]! });
  return ops;
}

/**
 * Neighbouring pieces of one kind joined; within a change, what was removed
 * comes before what was added; a space between two changed words counts as
 * changed too, so "a b" → "c d" reads as one replacement, not four.
 */
function merged(pieces: DiffPiece[]): DiffPiece[] {
  const out: DiffPiece[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const between = piece.kind === 'same' && /^\s+$/u.test(piece.text) && (removed || added) && pieces[k + 1] !== undefined && pieces[k + 1]!.kind !== 'same';
    if (between) {
      // Unchanged, so it belongs on both sides.
      removed += piece.text;
      added += piece.text;
      continue;
    }
    if (piece.kind === 'removed') removed += piece.text;
    else if (piece.kind === 'added') added += piece.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.kind === 'same') last.text += piece.text;
      else out.push({ ...piece });
    }
  }
  flush();
  return out;
}
