/**
 * Takes the dateline off the body: it becomes the article's `dateline` field
 * and the site prints it in its own style, so it must not also stay in the
 * text. The first paragraph is looked at, provided only figures come before
 * it (a lead photo does not move the dateline).
 */
import type { Block } from '../article.ts';
import { splitDateline } from './dateline.ts';
import { dropLeadingText, inlinesToText } from '../html/inline-normalize.ts';

export function takeDateline(blocks: Block[], lang: string): { dateline: string | null; blocks: Block[] } {
  const index = blocks.findIndex((block) => block.type !== 'figure');
  const first = blocks[index];
  if (!first || first.type !== 'paragraph') return { dateline: null, blocks };
  const text = inlinesToText(first.content);
  const split = splitDateline(text, lang);
  if (!split) return { dateline: null, blocks };
  const rest = blocks.slice(index + 1);
  const before = blocks.slice(0, index);
  if (split.rest === '') return { dateline: split.dateline, blocks: [...before, ...rest] };
  const content = dropLeadingText(first.content, text.length - split.rest.length);
  return { dateline: split.dateline, blocks: [...before, { type: 'paragraph', content }, ...rest] };
}
