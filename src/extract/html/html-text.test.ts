import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertLinearTime } from '../../../test/linear-time.ts';
import { fieldToLine, looksLikeHtml } from './html-text.ts';

test('a field is HTML when it holds a tag or an entity reference', () => {
  assert.equal(looksLikeHtml('Orchard growers report <em>record</em> harvest'), true);
  assert.equal(looksLikeHtml('Fish &amp; chips'), true);
  assert.equal(looksLikeHtml('Prices rose 5 % & fell <3 times'), false);
  assert.equal(fieldToLine('Orchard growers report <em>record</em> harvest'), 'Orchard growers report record harvest');
});

test('a field of "<a " that never closes is text, and telling so costs linear time', () => {
  // Each "<a" looked to the end of the field for a ">" that was not there: 4 s of processor time for
  // 120,000 characters of a feed title, and the square of that for a field ten times as long.
  assert.equal(looksLikeHtml('<a '.repeat(1000)), false);
  assertLinearTime('"<a " repeated', looksLikeHtml, (size: number) => '<a '.repeat(size), 2000);
  assertLinearTime('"<a " repeated, then an entity', looksLikeHtml, (size: number) => `${'<a '.repeat(size)}&amp;`, 2000);
});
