import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exactKey } from './exact-key.ts';

test('the same text differing only in form, spacing, punctuation and case has one key', () => {
  const a = exactKey('Floods in Korvath', 'The Selun river burst its banks; 1,200 families moved.');
  const b = exactKey('KORVATH FLOODS!', '  the SELUN river burst its banks 1 200 families moved ');
  assert.equal(a, b);
  assert.match(a!, /^[0-9a-f]{64}$/);
  // Devanagari in decomposed form (क + nukta) and composed form (क़) are one text.
  assert.equal(exactKey('', 'क\u093cानून'), exactKey('', '\u0958ानून'.normalize('NFC')));
});

test('a changed word changes the key', () => {
  assert.notEqual(exactKey('', 'The Selun river burst its banks'), exactKey('', 'The Selun river broke its banks'));
});

test('a headline-only item is keyed by its headline; an empty one has no key', () => {
  assert.equal(exactKey('Korvath flood warning', ''), exactKey('korvath flood warning.', ' '));
  assert.notEqual(exactKey('Korvath flood warning', ''), exactKey('Selvana vote count', ''));
  assert.equal(exactKey('', ''), null);
  assert.equal(exactKey('—', '... !!'), null);
});
