import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../extract/article.ts';
import { paragraphTexts, withParagraphs } from './paragraph-text.ts';

const linked: Block = {
  type: 'paragraph',
  content: [
    { kind: 'text', text: 'Read the ' },
    { kind: 'link', href: 'https://port.example/report', children: [{ kind: 'text', text: 'port report' }] },
    { kind: 'text', text: ' and ' },
    { kind: 'em', children: [{ kind: 'text', text: 'weep' }] },
    { kind: 'text', text: '.' },
  ],
};
const figure: Block = { type: 'figure', src: 'https://port.example/a.jpg', alt: '', caption: [], credit: null };
const heading: Block = { type: 'heading', level: 2, content: [{ kind: 'text', text: 'Background' }] };
const body: Block[] = [{ type: 'paragraph', content: [{ kind: 'text', text: 'First.' }] }, figure, linked, heading, { type: 'paragraph', content: [{ kind: 'text', text: 'Last.' }] }];

test('paragraphs read as text, links in brackets', () => {
  assert.deepEqual(paragraphTexts(body), ['First.', 'Read the [port report](https://port.example/report) and weep.', 'Last.']);
});

test('the same texts give back the same body, emphasis and all', () => {
  assert.deepEqual(withParagraphs(body, paragraphTexts(body)), body);
});

test('a changed paragraph is replaced in place; other blocks keep theirs', () => {
  const edited = withParagraphs(body, ['First, corrected.', 'Read the [port report](https://port.example/report) and weep.', 'Last.']);
  assert.deepEqual(edited[0], { type: 'paragraph', content: [{ kind: 'text', text: 'First, corrected.' }] });
  assert.deepEqual(edited.slice(1), body.slice(1));
});

test('added paragraphs follow the last one; an emptied one goes', () => {
  const edited = withParagraphs(body, ['', 'Read the [port report](https://port.example/report) and weep.', 'Last.', 'A new closing line.']);
  assert.deepEqual(edited.map((b) => b.type), ['figure', 'paragraph', 'heading', 'paragraph', 'paragraph']);
  assert.deepEqual(paragraphTexts(edited), ['Read the [port report](https://port.example/report) and weep.', 'Last.', 'A new closing line.']);
  assert.deepEqual(withParagraphs([figure], ['Only text.']), [figure, { type: 'paragraph', content: [{ kind: 'text', text: 'Only text.' }] }]);
});

test('markup typed into a paragraph stays text; a link needs an http(s) or mailto address', () => {
  const [script, links] = withParagraphs([], ['<script>alert(1)</script> <a href="javascript:alert(2)">x</a>', 'See [this](javascript:void) or [that](https://safe.example/) or [mail](mailto:desk@news.example).']);
  assert.deepEqual(script, { type: 'paragraph', content: [{ kind: 'text', text: '<script>alert(1)</script> <a href="javascript:alert(2)">x</a>' }] });
  assert.deepEqual(links, {
    type: 'paragraph',
    content: [
      { kind: 'text', text: 'See [this](javascript:void) or ' },
      { kind: 'link', href: 'https://safe.example/', children: [{ kind: 'text', text: 'that' }] },
      { kind: 'text', text: ' or ' },
      { kind: 'link', href: 'mailto:desk@news.example', children: [{ kind: 'text', text: 'mail' }] },
      { kind: 'text', text: '.' },
    ],
  });
});

test('text is normalised: NFC, one space, no control characters', () => {
  const [paragraph] = withParagraphs([], ['  क़ानून \u0000 बना\t\tआज  ']);
  assert.deepEqual(paragraph, { type: 'paragraph', content: [{ kind: 'text', text: 'क़ानून बना आज'.normalize('NFC') }] });
});
