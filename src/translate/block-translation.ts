/**
 * An article's blocks translated with their structure kept: every run of
 * inline content (a paragraph, a heading, each quoted paragraph, list item,
 * table cell and caption, a figure's alt text) is translated as its own run,
 * all of them in one engine call, and put back in the same place. Credits and
 * URLs are not text to translate and stay as they are.
 *
 * The paragraph-like runs (paragraphs, headings, quoted paragraphs, list
 * items) are the segments a reviewer post-edits on the desk, in this order;
 * each one's origins are reported with the translation.
 */
import type { Block, Inline } from '../extract/article.ts';
import { inlinesToText } from '../extract/html/inline-normalize.ts';
import { translateRuns, type EngineCall, type TextTranslationOptions, type TranslatedSentence } from './text-translation.ts';
import type { QaIssue } from './qa.ts';
import type { OriginCounts } from './segment-origins.ts';

export interface TranslatedBlocks {
  blocks: Block[];
  sentences: TranslatedSentence[];
  /** Every issue of every sentence, and markup lost on the way. */
  issues: QaIssue[];
  /** Where each paragraph-like segment's sentences came from, in paragraphRuns() order. */
  segmentOrigins: OriginCounts[];
}

export async function translateBlocks(blocks: readonly Block[], call: EngineCall, options: TextTranslationOptions): Promise<TranslatedBlocks> {
  const runsPerBlock = blocks.map(runsOf);
  const translated = await translateRuns(runsPerBlock.flat(), call, options);
  let next = 0;
  const take = () => translated[next++]!.inlines;
  const out = blocks.map((block) => rebuild(block, take));
  let at = 0;
  const segmentOrigins = blocks.flatMap((block, i) => {
    const runs = translated.slice(at, (at += runsPerBlock[i]!.length));
    return isSegmentBlock(block) ? runs.map((run) => run.origins) : [];
  });
  return {
    blocks: out,
    sentences: translated.flatMap((run) => run.sentences),
    issues: translated.flatMap((run) => [...run.issues, ...run.sentences.flatMap((s) => s.issues)]),
    segmentOrigins,
  };
}

/** Paragraphs, headings, quotes and lists: the blocks whose runs are segments on the desk (tables and figures are not). */
function isSegmentBlock(block: Block): boolean {
  return block.type === 'paragraph' || block.type === 'heading' || block.type === 'quote' || block.type === 'list';
}

/** The paragraph-like runs of a body, in order: the segments a reviewer post-edits. */
export function paragraphRuns(blocks: readonly Block[]): Inline[][] {
  return blocks.filter(isSegmentBlock).flatMap(runsOf);
}

/** Those segments as plain text, line breaks kept as newlines. */
export function segmentTexts(blocks: readonly Block[]): string[] {
  return paragraphRuns(blocks).map(inlinesToText);
}

/** The inline runs of a block, in the order rebuild() takes them back. */
function runsOf(block: Block): Inline[][] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [block.content];
    case 'quote':
      return block.paragraphs;
    case 'list':
      return block.items;
    case 'table':
      return [block.caption, ...block.rows.flatMap((row) => row.map((cell) => cell.content))];
    case 'figure':
      return [block.caption, [{ kind: 'text', text: block.alt }]];
  }
}

function rebuild(block: Block, take: () => Inline[]): Block {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return { ...block, content: take() };
    case 'quote':
      return { ...block, paragraphs: block.paragraphs.map(() => take()) };
    case 'list':
      return { ...block, items: block.items.map(() => take()) };
    case 'table': {
      const caption = take();
      return { ...block, caption, rows: block.rows.map((row) => row.map((cell) => ({ ...cell, content: take() }))) };
    }
    case 'figure': {
      const caption = take();
      const alt = take().map((inline) => (inline.kind === 'text' ? inline.text : '')).join('');
      return { ...block, caption, alt };
    }
  }
}
