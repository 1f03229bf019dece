import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unwrap } from './chat-reply.ts';
import { retryAfterMs } from './engine-http.ts';
import { piecesOf } from './openai-engine.ts';

const HINDI = 'नौका सेवा फिर से शुरू होगी।';

test('only a first line that announces the translation is taken off, and only when something follows', () => {
  for (const lead of ['Here is the translation:', "Here's the Hindi translation:", 'Sure, here is the translation into Hindi:', 'Translation:', 'Hindi translation:']) {
    assert.equal(unwrap(`${lead}\n${HINDI}`, 'The ferry will run.'), HINDI, lead);
  }
  // Not an announcement of the translation alone: kept for the gate to judge.
  for (const text of [`Here is the translation of the budget speech:\n${HINDI}`, `Note:\n${HINDI}`, `${HINDI}\nTranslation:`, 'Translation:\n']) {
    assert.equal(unwrap(text, 'The ferry will run.'), text.trim(), text);
  }
  assert.equal(unwrap(`<think>\nShort and formal.\n</think>\n${HINDI}`, 'x'), HINDI);
  assert.equal(unwrap(`${HINDI} <think>no</think>`, 'x'), `${HINDI} <think>no</think>`);
});

test('Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3)', () => {
  const now = Date.parse('2026-12-06T22:00:00Z');
  assert.equal(retryAfterMs('7', now), 7000);
  assert.equal(retryAfterMs('Sun, 06 Dec 2026 22:00:30 GMT', now), 30_000);
  assert.equal(retryAfterMs('Sun, 06 Dec 2026 21:00:00 GMT', now), 0);
  assert.equal(retryAfterMs('soon', now), null);
  assert.equal(retryAfterMs(undefined, now), null);
});

test('a long text is cut after a sentence end, else at a space, else at the limit without splitting a surrogate pair', () => {
  assert.deepEqual(piecesOf('One two. Three four five six.', 20), ['One two.', 'Three four five six.']);
  assert.deepEqual(piecesOf('alpha beta gamma delta epsilon', 12), ['alpha beta', 'gamma delta', 'epsilon']);
  assert.deepEqual(piecesOf('a'.repeat(25), 10), ['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
  const emoji = `${'a'.repeat(9)}😀b`;
  assert.deepEqual(piecesOf(emoji, 10), ['a'.repeat(9), '😀b']);
  assert.deepEqual(piecesOf('short', 10), ['short']);
});
