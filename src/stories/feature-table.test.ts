import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FeatureCounter, FeatureTable } from './feature-table.ts';

describe('FeatureCounter', () => {
  test('reads like a map: counts add up, new features go last, unknown ones are undefined', () => {
    const counts = new FeatureCounter(new FeatureTable());
    assert.equal(counts.add('delhi', 2), undefined);
    assert.equal(counts.add('flood', 1), undefined);
    assert.equal(counts.add('delhi', 3), 2);
    assert.equal(counts.get('delhi'), 5);
    assert.equal(counts.get('mumbai'), undefined);
    assert.deepEqual([...counts], [['delhi', 5], ['flood', 1]]);
    assert.equal(counts.size, 2);
  });

  test('holds many features as a map would, in the order first counted', () => {
    const counts = new FeatureCounter(new FeatureTable());
    const expected = new Map<string, number>();
    for (let i = 0; i < 3_000; i++) {
      const feature = `w${(i * 7919) % 1_000}`;
      counts.add(feature, i % 5);
      expected.set(feature, (expected.get(feature) ?? 0) + (i % 5));
    }
    assert.deepEqual([...counts], [...expected]);
  });

  test('keeps the largest counts, ties to the first name, largest first', () => {
    const counts = new FeatureCounter(new FeatureTable());
    for (const [feature, count] of [['c', 1], ['b', 3], ['a', 1], ['d', 3], ['e', 2]] as const) counts.add(feature, count);
    counts.keepStrongest(3);
    assert.deepEqual([...counts], [['b', 3], ['d', 3], ['e', 2]]);
    assert.equal(counts.get('a'), undefined);
    counts.add('a', 1);
    assert.deepEqual([...counts].at(-1), ['a', 1]);
  });
});

describe('FeatureTable', () => {
  test('forgets a feature once no counter holds it, and keeps one that another still holds', () => {
    const table = new FeatureTable();
    const first = new FeatureCounter(table);
    const second = new FeatureCounter(table);
    first.add('flood', 1);
    first.add('delhi', 1);
    second.add('delhi', 4);
    assert.equal(table.size, 2);
    first.releaseAll();
    assert.equal(table.size, 1);
    assert.equal(second.get('delhi'), 4);
    assert.equal(table.idOf('flood'), undefined);
    second.keepStrongest(0);
    assert.equal(table.size, 0);
  });
});
