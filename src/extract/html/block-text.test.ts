import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../article.ts';
import { blocksToText, textToBlocks } from './block-text.ts';

test('blocks to text: a blank line between blocks, a line per list item, a quote with its attribution, figures left out', () => {
  const blocks: Block[] = [
    { type: 'heading', level: 2, content: [{ kind: 'text', text: 'Vote' }] },
    { type: 'paragraph', content: [{ kind: 'text', text: 'First' }, { kind: 'break' }, { kind: 'em', children: [{ kind: 'text', text: 'line' }] }] },
    { type: 'figure', src: 'https://cdn.example/a.jpg', alt: '', caption: [{ kind: 'text', text: 'Caption' }], credit: null },
    { type: 'quote', paragraphs: [[{ kind: 'text', text: 'Q1' }], [{ kind: 'text', text: 'Q2' }]], cite: 'Someone' },
    { type: 'list', ordered: false, items: [[{ kind: 'text', text: 'a' }], [{ kind: 'text', text: 'b' }]] },
  ];
  assert.equal(blocksToText(blocks), 'Vote\n\nFirst\nline\n\nQ1\n\nQ2\n\nSomeone\n\na\nb');
});

test('blocks to text: a quote cited only by an address (<blockquote cite>) shows no attribution', () => {
  const quote: Block = { type: 'quote', paragraphs: [[{ kind: 'text', text: 'Q1' }]], cite: 'https://news.example/speech' };
  assert.equal(blocksToText([quote]), 'Q1');
});

test('blocks to text: the items of an ordered list carry their numbers, from its start', () => {
  const item = (text: string) => [{ kind: 'text' as const, text }];
  assert.equal(blocksToText([{ type: 'list', ordered: true, items: [item('Cut'), item('Sand')] }]), '1. Cut\n2. Sand');
  assert.equal(blocksToText([{ type: 'list', ordered: true, start: 4, items: [item('Oil')] }]), '4. Oil');
});

test('blocks to text: a nested list\'s items are indented under their item and numbered within their own list', () => {
  const item = (text: string) => [{ kind: 'text' as const, text }];
  const list: Block = {
    type: 'list',
    ordered: true,
    items: [item('Cut'), item('rough side'), item('fine side'), item('Sand'), item('by hand')],
    places: [
      { depth: 0, number: 1 },
      { depth: 1, number: null },
      { depth: 1, number: null },
      { depth: 0, number: 2 },
      { depth: 1, number: 1 },
    ],
  };
  assert.equal(blocksToText([list]), '1. Cut\n  rough side\n  fine side\n2. Sand\n  1. by hand');
});

test('blocks to text: places that no longer match the items (a list edited on the desk) give way to plain numbering', () => {
  const item = (text: string) => [{ kind: 'text' as const, text }];
  const list: Block = { type: 'list', ordered: true, start: 3, items: [item('Cut'), item('Sand')], places: [{ depth: 1, number: null }] };
  assert.equal(blocksToText([list]), '3. Cut\n4. Sand');
});

test('plain text to blocks: blank lines separate paragraphs, single newlines are wrapping', () => {
  const blocks = textToBlocks('सियोल में बारिश\nजारी रही।\n\n  \n\nSecond   paragraph.\r\n\r\nThird');
  assert.deepEqual(
    blocks.map((block) => (block.type === 'paragraph' ? block.content : null)),
    [[{ kind: 'text', text: 'सियोल में बारिश जारी रही।' }], [{ kind: 'text', text: 'Second paragraph.' }], [{ kind: 'text', text: 'Third' }]],
  );
  assert.deepEqual(textToBlocks('  \n \n'), []);
});

test('text to blocks and back gives the normalised text', () => {
  assert.equal(blocksToText(textToBlocks('One\n\nTwo')), 'One\n\nTwo');
});
