import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WindowIndex } from './window-index.ts';

function idsUnder(index: WindowIndex<string>, key: string, since = Number.NEGATIVE_INFINITY): string[] {
  const ids: string[] = [];
  index.forEachSince(key, since, (id) => ids.push(id));
  return ids;
}

test('an id posted again under a key is held once, as the newest', () => {
  const index = new WindowIndex<string>(4);
  index.post('a', ['flood'], 1);
  index.post('b', ['flood'], 1);
  index.post('a', ['flood'], 2);
  assert.deepEqual(idsUnder(index, 'flood'), ['a', 'b']);
});

test('a key holds only its newest ids, however many were posted under it', () => {
  const index = new WindowIndex<string>(3);
  for (let i = 0; i < 1000; i++) index.post(`story-${i}`, ['common'], Math.floor(i / 100));
  assert.deepEqual(idsUnder(index, 'common'), ['story-999', 'story-998', 'story-997']);
});

test('ids from slices before the window, or before `since`, are not visited', () => {
  const index = new WindowIndex<string>(8);
  index.post('old', ['name'], 1);
  index.post('middle', ['name'], 2);
  index.post('new', ['name'], 3);
  assert.deepEqual(idsUnder(index, 'name', 3), ['new']);
  index.forgetBefore(2);
  assert.deepEqual(idsUnder(index, 'name'), ['new', 'middle']);
  assert.deepEqual([...index.entries()], [['name', [{ id: 'middle', slice: 2 }, { id: 'new', slice: 3 }]]]);
});

test('a key whose ids all left the window is forgotten, so memory follows the window', () => {
  const index = new WindowIndex<string>(8);
  for (let slice = 0; slice < 100; slice++) {
    index.post(`story-${slice}`, [`once-${slice}`, 'every-slice'], slice);
    index.forgetBefore(slice - 3);
  }
  assert.equal(index.size, 5, 'the keys of the four slices in the window, and the one posted in every slice');
  assert.deepEqual(idsUnder(index, 'once-10'), []);
});
