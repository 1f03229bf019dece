import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphDiff } from './source-diff.ts';

test('paragraphs kept, changed, added and removed, in reading order', () => {
  const before = ['Intro.', 'Ferries resumed at 9:30.', 'Old quote.', 'Closing.'];
  const after = ['Intro.', 'Ferries resumed at 10:15.', 'Closing.', 'A new last line.'];
  assert.deepEqual(paragraphDiff(before, after), [
    { kind: 'same', text: 'Intro.' },
    { kind: 'removed', text: 'Ferries resumed at 9:30.' },
    { kind: 'removed', text: 'Old quote.' },
    { kind: 'added', text: 'Ferries resumed at 10:15.' },
    { kind: 'same', text: 'Closing.' },
    { kind: 'added', text: 'A new last line.' },
  ]);
});

test('identical, empty and wholly new sources', () => {
  assert.deepEqual(paragraphDiff(['a', 'b'], ['a', 'b']), [
    { kind: 'same', text: 'a' },
    { kind: 'same', text: 'b' },
  ]);
  assert.deepEqual(paragraphDiff([], ['x']), [{ kind: 'added', text: 'x' }]);
  assert.deepEqual(paragraphDiff(['x'], []), [{ kind: 'removed', text: 'x' }]);
});
