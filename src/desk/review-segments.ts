/**
 * A translation as the post-editing screen shows it: one segment per
 * paragraph-like unit of the body (paragraph, heading, quote paragraph, list
 * item), the source beside the target, each target with the QA issues the
 * quality gate's own checks find in it, so their spans can be marked in place.
 * The stored issues carry spans within single sentences without saying which,
 * so the checks are run again per segment rather than guessed at.
 */
import type { Block, Inline } from '../extract/article.ts';
import { segmentTexts } from '../translate/block-translation.ts';
import { checkTranslation, type LanguagePair, type QaIssue } from '../translate/qa.ts';

/** The paragraph-like units of a body, in order; figures and tables are not segments. The translate stage reports origins in the same order. */
export { segmentTexts };

export interface ReviewSegment {
  /** Position in the body's segments, the form field's number. */
  index: number;
  source: string;
  target: string;
  issues: QaIssue[];
}

/** A piece of a target: plain, or inside an issue's span (marked with its code). */
export interface MarkedPiece {
  text: string;
  code: string | null;
}

export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'text' ? inline.text : inline.kind === 'break' ? '\n' : inlineText(inline.children))).join('');
}

export function reviewSegments(sourceBlocks: readonly Block[], targetBlocks: readonly Block[], pair: LanguagePair): ReviewSegment[] {
  const sources = segmentTexts(sourceBlocks);
  const targets = segmentTexts(targetBlocks);
  return Array.from({ length: Math.max(sources.length, targets.length) }, (_, index) => {
    const source = sources[index] ?? '';
    const target = targets[index] ?? '';
    return { index, source, target, issues: target === '' && source === '' ? [] : checkTranslation(source, target, pair) };
  });
}

/** The text cut at the issues' spans; overlapping spans are merged into the first, so each character is marked at most once. */
export function markedPieces(text: string, issues: readonly QaIssue[]): MarkedPiece[] {
  const spans = issues
    .flatMap((issue) => (issue.span && issue.span.end > issue.span.start ? [{ ...issue.span, code: issue.code }] : []))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: MarkedPiece[] = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), code: null });
    pieces.push({ text: text.slice(start, end), code: span.code });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), code: null });
  return pieces;
}

/** The engine's unknown-word, bilingual and generation marks, as the quality gate reports them. */
export const ENGINE_MARKER_CODE = 'unknown-word';

export function hasEngineMarkers(issues: readonly QaIssue[]): boolean {
  return issues.some((issue) => issue.code === ENGINE_MARKER_CODE);
}

/**
 * The body with the reviewer's targets in place of its segments, in the
 * order segmentTexts reads them. A segment left as it was keeps its inline
 * markup (links, emphasis); an edited one becomes its plain text, line breaks kept.
 */
export function withEditedSegments(blocks: readonly Block[], targets: readonly string[]): Block[] {
  let index = 0;
  const next = (inlines: Inline[]): Inline[] => {
    const edited = targets[index++];
    if (edited === undefined || edited === inlineText(inlines)) return inlines;
    return edited.split('\n').flatMap((line, i): Inline[] => (i === 0 ? [{ kind: 'text', text: line }] : [{ kind: 'break' }, { kind: 'text', text: line }]));
  };
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return { ...block, content: next(block.content) };
      case 'quote':
        return { ...block, paragraphs: block.paragraphs.map(next) };
      case 'list':
        return { ...block, items: block.items.map(next) };
      default:
        return block;
    }
  });
}
