/**
 * Collects blocks in document order. Loose inline content accumulates into
 * the paragraph being written until something ends it: a block element, or
 * two line breaks in a row (`<br><br>`, the paragraph break of hand-written
 * and older CMS markup).
 */
import type { Block, Inline } from '../article.ts';
import { hasText, normalizeInlines } from './inline-normalize.ts';

export class BlockWriter {
  readonly blocks: Block[] = [];
  private run: Inline[] = [];

  addInlines(inlines: Inline[]): void {
    // A loop, not push(...inlines): spreading hundreds of thousands of nodes overflows the stack.
    for (const inline of inlines) this.run.push(inline);
  }

  addBreak(): void {
    const previous = this.lastNonBlankIndex();
    if (previous >= 0 && this.run[previous]!.kind === 'break') {
      this.run.length = previous;
      this.endParagraph();
    } else {
      this.run.push({ kind: 'break' });
    }
  }

  addBlock(block: Block | null): void {
    this.endParagraph();
    if (block) this.blocks.push(block);
  }

  endParagraph(): void {
    const content = normalizeInlines(this.run);
    this.run = [];
    if (hasText(content)) this.blocks.push({ type: 'paragraph', content });
  }

  /** Index of the last item that is not whitespace-only text, or -1. */
  private lastNonBlankIndex(): number {
    for (let i = this.run.length - 1; i >= 0; i--) {
      const item = this.run[i]!;
      if (item.kind !== 'text' || item.text.trim() !== '') return i;
    }
    return -1;
  }
}
