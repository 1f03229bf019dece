import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bcubedScores, linkGroups, nearDuplicateScores, pairCounts, pairwiseScores } from './cluster-scores.ts';

// Five articles about two events: a, b, c are event X; d, e are event Y.
const truth = new Map([
  ['a', 'X'],
  ['b', 'X'],
  ['c', 'X'],
  ['d', 'Y'],
  ['e', 'Y'],
]);
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

test('a perfect clustering scores 1 everywhere, whatever its labels are called', () => {
  const predicted = new Map([...truth].map(([item, label]) => [item, `story-${label.toLowerCase()}`]));
  assert.deepEqual(pairwiseScores(predicted, truth), { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(bcubedScores(predicted, truth), { precision: 1, recall: 1, f1: 1 });
});

test('pairwise: one item put with the wrong event costs both precision and recall', () => {
  // Predicted {a,b} and {c,d,e}: 4 predicted pairs, 4 true pairs, 2 shared (a-b, d-e).
  const predicted = new Map([['a', '1'], ['b', '1'], ['c', '2'], ['d', '2'], ['e', '2']]);
  assert.deepEqual(pairCounts(predicted, truth), { both: 2, predicted: 4, truth: 4 });
  assert.deepEqual(pairwiseScores(predicted, truth), { precision: 0.5, recall: 0.5, f1: 0.5 });
});

test('B-cubed: everything in one story has full recall and precision 13/25', () => {
  // Items of X see 3 of 5 right, items of Y 2 of 5: (3·3/5 + 2·2/5) / 5.
  const scores = bcubedScores(new Map([...truth.keys()].map((item) => [item, 'all'])), truth);
  close(scores.precision, 13 / 25);
  assert.equal(scores.recall, 1);
  close(scores.f1, (2 * (13 / 25)) / (13 / 25 + 1));
});

test('B-cubed: every article its own story has full precision and recall 2/5; pairwise recall is 0', () => {
  const alone = new Map([...truth.keys()].map((item) => [item, item]));
  const scores = bcubedScores(alone, truth);
  assert.equal(scores.precision, 1);
  close(scores.recall, (3 * (1 / 3) + 2 * (1 / 2)) / 5);
  // No predicted pair: nothing wrongly joined (precision 1), every true pair missed.
  assert.deepEqual(pairwiseScores(alone, truth), { precision: 1, recall: 0, f1: 0 });
});

test('an item missing from the prediction counts as a story of its own, not as an error of the scorer', () => {
  const predicted = new Map([['a', '1'], ['b', '1'], ['d', '2'], ['e', '2']]);
  const scores = pairwiseScores(predicted, truth);
  assert.equal(scores.precision, 1);
  close(scores.recall, 2 / 4);
});

test('copy groups close over chains of links: a copy of a copy is in its original group', () => {
  const groups = linkGroups(['a', 'b', 'c', 'd'], new Map([['b', 'a'], ['c', 'b']]));
  assert.equal(groups.get('a'), groups.get('c'));
  assert.notEqual(groups.get('a'), groups.get('d'));
});

test('near-duplicates: a wrongly flagged copy lowers precision, missed copies lower recall', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  const copyOf = new Map([['b', 'a'], ['c', 'b']]);
  // d flagged as a copy of a: 6 predicted pairs in {a,b,c,d}, 3 of them true.
  const overeager = new Map([['a', 'a'], ['b', 'a'], ['c', 'a'], ['d', 'a'], ['e', 'e']]);
  assert.deepEqual(nearDuplicateScores(overeager, copyOf, items), { precision: 0.5, recall: 1, f1: 2 / 3 });
  // Only b found: 1 predicted pair, right, of 3 true pairs.
  const timid = new Map([['b', 'a']]);
  const scores = nearDuplicateScores(timid, copyOf, items);
  assert.equal(scores.precision, 1);
  close(scores.recall, 1 / 3);
});
