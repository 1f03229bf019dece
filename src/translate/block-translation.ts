/**
 * An article's blocks translated with their structure kept: every run of
 * inline content (a paragraph, a heading, each quoted paragraph, list item,
 * table cell and caption, a figure's alt text) is translated as its own run,
 * all of them in one engine call, and put back in the same place. Credits and
 * URLs are not text to translate and stay as they are.
 */
import type { Block, Inline } from '../extract/article.ts';
import { translateRuns, type EngineCall, type TextTranslationOptions, type TranslatedSentence } from './text-translation.ts';
import type { QaIssue } from './qa.ts';

export interface TranslatedBlocks {
  blocks: Block[];
  sentences: TranslatedSentence[];
  /** Every issue of every sentence, and markup lost on the way. */
  issues: QaIssue[];
}

export async function translateBlocks(blocks: readonly Block[], call: EngineCall, options: TextTranslationOptions): Promise<TranslatedBlocks> {
  const runs = blocks.flatMap(runsOf);
  const translated = await translateRuns(runs, call, options);
  let next = 0;
  const take = () => translated[next++]!.inlines;
  const out = blocks.map((block) => rebuild(block, take));
  return {
    blocks: out,
    sentences: translated.flatMap((run) => run.sentences),
    issues: translated.flatMap((run) => [...run.issues, ...run.sentences.flatMap((s) => s.issues)]),
  };
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
