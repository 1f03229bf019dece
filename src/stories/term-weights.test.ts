import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cosine, DocumentFrequencies, MAX_VOCABULARY, weigh } from './term-weights.ts';

test('a feature in every document weighs less than a rare one', () => {
  const frequencies = new DocumentFrequencies();
  for (let i = 0; i < 100; i++) frequencies.addDocument(['common', `rare${i % 50}`]);
  assert.ok(frequencies.idf('common') < frequencies.idf('rare1'));
  assert.ok(frequencies.idf('rare1') < frequencies.idf('never-seen'));
  assert.ok(frequencies.idf('common') > 0);
});

test('cosine is 1 for the same vector, 0 for disjoint and empty ones', () => {
  const frequencies = new DocumentFrequencies();
  frequencies.addDocument(['a', 'b']);
  const v = weigh(new Map([['a', 2], ['b', 1]]), frequencies);
  assert.ok(Math.abs(cosine(v, v) - 1) < 1e-9);
  assert.equal(cosine(v, weigh(new Map([['c', 1]]), frequencies)), 0);
  assert.equal(cosine(v, new Map()), 0);
});

test('the vocabulary stays bounded however many distinct features arrive', () => {
  const frequencies = new DocumentFrequencies();
  for (let i = 0; i < MAX_VOCABULARY + 10; i++) frequencies.addDocument([`f${i}`, 'kept']);
  assert.ok(frequencies.counts.size <= MAX_VOCABULARY);
  assert.equal(frequencies.counts.get('kept'), MAX_VOCABULARY + 10);
});

test('halving forgets what was seen once and keeps the ratios IDF reads', () => {
  const frequencies = new DocumentFrequencies();
  for (let i = 0; i < 40; i++) frequencies.addDocument(i % 2 === 0 ? ['often', 'half'] : ['often', `once${i}`]);
  const before = frequencies.idf('half') - frequencies.idf('often');
  frequencies.halve();
  assert.equal(frequencies.documents, 20);
  assert.equal(frequencies.counts.get('often'), 20);
  assert.ok(!frequencies.counts.has('once1'), 'seen once, forgotten');
  const after = frequencies.idf('half') - frequencies.idf('often');
  assert.ok(Math.abs(after - before) < 0.05, `${before} ${after}`);
});
