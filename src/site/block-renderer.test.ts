import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../extract/article.ts';
import { outlineLevels } from './block-renderer.tsx';

const heading = (level: 2 | 3 | 4, text: string): Block => ({ type: 'heading', level, content: [{ kind: 'text', text }] });
const paragraph: Block = { type: 'paragraph', content: [{ kind: 'text', text: 'पाठ' }] };

test('body headings start at h2 and never skip a level under the headline', () => {
  const blocks = [paragraph, heading(3, 'ऐसे हुए गोल'), paragraph, heading(4, 'दूसरा हाफ़'), heading(2, 'आगे क्या'), heading(4, 'टिकट')];
  const levels = [...outlineLevels(blocks).values()];
  assert.deepEqual(levels, [2, 3, 2, 3]);
});

test('an outline that is already right is kept', () => {
  const blocks = [heading(2, 'a'), heading(3, 'b'), heading(3, 'c'), heading(2, 'd')];
  assert.deepEqual([...outlineLevels(blocks).values()], [2, 3, 3, 2]);
});
