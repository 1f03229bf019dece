import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkUnknownWordMarkers } from './unknown-word-markers.ts';

const check = (source: string, output: string) => checkUnknownWordMarkers({ source, output, pair: { from: 'en', to: 'hi' }, options: {} });

test("Apertium's unknown-word, bilingual and generation marks are reported with their spans", () => {
  const output = '*Sundarpur परिषद ने @harbour प्रस्ताव को मंज़ूरी #देना।';
  const found = check('Sundarpur council approved the harbour proposal.', output);
  assert.deepEqual(found.map((f) => output.slice(f.span!.start, f.span!.end)), ['*Sundarpur', '@harbour', '#देना']);
  assert.ok(found.every((f) => f.code === 'unknown-word'));
});

test('hashtags and handles of the source, e-mail addresses and numbered items are not marks', () => {
  const source = 'Write to desk@sundarpur.example or follow @SundarpurDesk and #HarbourVote; it ranked #1.';
  const output = 'desk@sundarpur.example पर लिखें या @SundarpurDesk और #HarbourVote देखें; यह #1 रहा।';
  assert.deepEqual(check(source, output), []);
});
