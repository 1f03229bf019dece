import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LshIndex, MAX_CANDIDATES } from './lsh-index.ts';
import { signatureOf } from './minhash.ts';
import { prose } from './testdata/synthetic-prose.ts';

const HOUR = 3_600_000;

test('a copy with a few edits is found among many unrelated articles; unrelated ones are not', () => {
  const index = new LshIndex(72 * HOUR);
  for (let i = 0; i < 500; i++) index.add(`other-${i}`, signatureOf(prose(200, 100 + i))!, i * 1000);
  const original = prose(200, 7);
  index.add('original', signatureOf(original)!, 600_000);
  const copy = `Dateline — ${original.replace('w', 'edited ')} (Partner Wire)`;
  const found = index.nearDuplicates(signatureOf(copy)!);
  assert.deepEqual(found.map((d) => d.id), ['original']);
  assert.ok(found[0]!.jaccard >= 0.8);
  assert.deepEqual(index.nearDuplicates(signatureOf(prose(200, 9999))!), []);
  assert.ok(index.candidates(signatureOf(prose(200, 9999))!).length < 10, 'unrelated text must not meet many candidates');
});

test('articles older than the window are forgotten', () => {
  const index = new LshIndex(24 * HOUR);
  const text = prose(150, 11);
  index.add('old', signatureOf(text)!, 0);
  assert.equal(index.nearDuplicates(signatureOf(text)!).length, 1);
  index.add('later', signatureOf(prose(150, 12))!, 30 * HOUR);
  assert.deepEqual(index.nearDuplicates(signatureOf(text)!), []);
  assert.equal(index.signature('old'), undefined);
});

test('a text copied thousands of times costs a bounded number of comparisons', () => {
  const index = new LshIndex(72 * HOUR);
  const text = prose(150, 13);
  const signature = signatureOf(text)!;
  for (let i = 0; i < 3000; i++) index.add(`copy-${i}`, signature, i);
  const candidates = index.candidates(signature);
  assert.ok(candidates.length <= MAX_CANDIDATES);
  assert.equal(candidates[0], 'copy-2999', 'the most recent copies come first');
});

test('exported state carries on as the same index', () => {
  const index = new LshIndex(72 * HOUR);
  const text = prose(150, 14);
  index.add('a', signatureOf(text)!, 1000);
  const restored = new LshIndex(72 * HOUR);
  restored.importState(JSON.parse(JSON.stringify(index.exportState())) as ReturnType<LshIndex['exportState']>);
  assert.deepEqual(restored.nearDuplicates(signatureOf(text)!).map((d) => d.id), ['a']);
});

test('a long stream keeps only the window, and copies are still found after the store has wrapped round many times', () => {
  const index = new LshIndex(24 * HOUR);
  // 40 articles an hour for 10 days: 9,600 articles, about 960 in the window at any time.
  for (let i = 0; i < 9_600; i++) index.add(`a-${i}`, signatureOf(prose(60, 1_000 + (i % 400)) + ` story ${i}`)!, i * 90_000);
  assert.ok(index.size <= 24 * 40 + 1, `${index.size} articles held, more than a window's`);
  const recent = prose(60, 1_000 + (9_500 % 400)) + ' story 9500';
  assert.deepEqual(index.nearDuplicates(signatureOf(recent)!).map((d) => d.id).includes('a-9500'), true);
  assert.equal(index.signature('a-100'), undefined);
  assert.ok(index.candidates(signatureOf(recent)!).every((id) => Number(id.slice(2)) >= 9_600 - 24 * 40 - 1), 'no candidate from before the window');
});
