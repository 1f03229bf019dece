import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesFromByline } from './visible-metadata.ts';

test('names come out of byline lines in English and Hindi, without dates, roles or labels', () => {
  assert.deepEqual(namesFromByline('By Jane Roe and Ravi Kumar | Nov 29, 2026'), ['Jane Roe', 'Ravi Kumar']);
  assert.deepEqual(namesFromByline('Written by Min-ji Park, Senior Correspondent'), ['Min-ji Park']);
  assert.deepEqual(namesFromByline('सीमा वर्मा द्वारा'), ['सीमा वर्मा']);
  assert.deepEqual(namesFromByline('द्वारा: रवि कुमार और सीमा वर्मा'), ['रवि कुमार', 'सीमा वर्मा']);
  assert.deepEqual(namesFromByline('By Ana de la Cruz March 25, 2026'), ['Ana de la Cruz']);
});

test('sentences that open with "By" are not bylines', () => {
  assert.deepEqual(namesFromByline('By signing up, you agree to our Terms'), []);
  assert.deepEqual(namesFromByline('By the end of the week the river had risen'), []);
});
