import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Inline } from '../extract/article.ts';
import { inlinesToText, textToInlines } from './inline-placeholders.ts';

const RUN: Inline[] = [
  { kind: 'text', text: 'Read ' },
  { kind: 'link', href: 'https://harbour.example.org/plan', children: [{ kind: 'text', text: 'the ' }, { kind: 'em', children: [{ kind: 'text', text: 'new' }] }, { kind: 'text', text: ' plan' }] },
  { kind: 'text', text: ' now' },
  { kind: 'break' },
  { kind: 'code', children: [{ kind: 'text', text: 'ferry --list' }] },
];

test('markup becomes numbered placeholders around the words the engine should translate', () => {
  const encoded = inlinesToText(RUN);
  assert.equal(encoded.text, 'Read ⟦1⟧the ⟦2⟧new⟦3⟧ plan⟦4⟧ now⟦5⟧⟦6⟧');
  assert.equal(encoded.nextNumber, 7);
});

test('markup is rebuilt around what the engine put between the placeholders, even reordered and marked', () => {
  const encoded = inlinesToText(RUN);
  const { inlines, issues } = textToInlines('Lea ahora ⟦1⟧ el plan ⟦*2⟧nuevo⟦3⟧ ⟦4⟧⟦5⟧⟦6⟧', encoded);
  assert.deepEqual(issues, []);
  assert.deepEqual(inlines, [
    { kind: 'text', text: 'Lea ahora ' },
    { kind: 'link', href: 'https://harbour.example.org/plan', children: [{ kind: 'text', text: 'el plan ' }, { kind: 'em', children: [{ kind: 'text', text: 'nuevo' }] }] },
    { kind: 'text', text: ' ' },
    { kind: 'break' },
    { kind: 'code', children: [{ kind: 'text', text: 'ferry --list' }] },
  ]);
});

test('a lost placeholder is reported and its markup dropped, never the words', () => {
  const encoded = inlinesToText(RUN);
  const { inlines, issues } = textToInlines('Lea ⟦1⟧el ⟦2⟧nuevo plan⟦4⟧ ahora⟦5⟧⟦6⟧', encoded);
  assert.deepEqual(issues.map((i) => i.code), ['placeholder-lost']);
  assert.match(issues[0]!.message, /⟦3⟧ \(end of an element\) is missing/);
  const text = JSON.stringify(inlines);
  assert.match(text, /nuevo plan/);
  assert.equal(inlines[1]!.kind, 'link');
});

test('brackets written in the source are not taken for placeholders', () => {
  const encoded = inlinesToText([{ kind: 'text', text: 'see ⟦1⟧ here' }]);
  assert.equal(encoded.text, 'see [1] here');
  assert.equal(encoded.slots.size, 0);
});
