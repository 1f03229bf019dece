import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entrySection } from './entry-section.ts';

const SECTIONS = [
  { id: 'world', title: { hi: 'दुनिया', en: 'World' } },
  { id: 'sports', title: { hi: 'खेल', en: 'Sports' } },
];

test('a category naming a section places the entry there, by id or by title in any language', () => {
  assert.equal(entrySection(['hockey', 'sports'], 'world', SECTIONS), 'sports');
  assert.equal(entrySection(['खेल'], 'world', SECTIONS), 'sports');
  assert.equal(entrySection(['  SPORTS '], 'world', SECTIONS), 'sports');
});

test('without such a category the source\'s section applies', () => {
  assert.equal(entrySection(['hockey', 'Odisha'], 'world', SECTIONS), 'world');
  assert.equal(entrySection([], 'sports', SECTIONS), 'sports');
});

test('no feed files into the computed trends section', () => {
  assert.equal(entrySection(['trends'], 'world', [...SECTIONS, { id: 'trends', title: 'Trends' }]), 'world');
});

test('the first matching category wins', () => {
  assert.equal(entrySection(['world', 'sports'], 'sports', SECTIONS), 'world');
});
