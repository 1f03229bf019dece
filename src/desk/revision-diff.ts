/**
 * What one revision changed, field by field, as the revision page shows it:
 * each text field word by word, the body paragraph by paragraph (a changed
 * paragraph word by word), the section and the state as before → after.
 * The values come from the revision itself (`changes`: before and after),
 * so a revision is compared with the one before it.
 */
import type { Block } from '../extract/article.ts';
import type { FieldChange } from '../store/store.ts';
import { blockText } from './paragraph-text.ts';
import { diffParagraphs, diffWords, type DiffPiece, type ParagraphDiff } from './text-diff.ts';

export type FieldDiff =
  | { field: Exclude<FieldChange['field'], 'body'>; pieces: DiffPiece[] }
  | { field: 'body'; paragraphs: ParagraphDiff[] };

/** `figureText(alt)`: how a figure reads in the body's comparison (`[image: alt]`, in the desk's language). */
export function revisionDiffs(changes: readonly FieldChange[], figureText: (alt: string) => string): FieldDiff[] {
  return changes.map((change) => {
    if (change.field === 'body') return { field: 'body', paragraphs: diffParagraphs(bodyTexts(change.before, figureText), bodyTexts(change.after, figureText)) };
    return { field: change.field, pieces: diffWords(fieldText(change.before), fieldText(change.after)) };
  });
}

/** A stored value as text: a string, nothing for a removed value. */
function fieldText(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value);
}

function bodyTexts(value: unknown, figureText: (alt: string) => string): string[] {
  if (!Array.isArray(value)) return [];
  return (value as Block[]).flatMap((block) => {
    const text = blockText(block);
    if (block.type === 'figure') return [figureText(text ?? '')];
    return text === null || text === '' ? [] : [text];
  });
}
