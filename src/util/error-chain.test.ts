import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messageWithCauses } from './error-chain.ts';

test('a message is followed by the causes it does not tell already', () => {
  const locked = new Error('SQLITE_BUSY: database is locked');
  assert.equal(messageWithCauses(new Error('store: could not save 3 entries of source wire', { cause: locked })), 'store: could not save 3 entries of source wire: SQLITE_BUSY: database is locked');
  assert.equal(messageWithCauses(new Error('opening failed', { cause: { code: 'EACCES' } })), "opening failed: { code: 'EACCES' }");
  assert.equal(messageWithCauses('engine down'), 'engine down');
});

test('a message that quotes the deepest cause needs none of the wrappers between', () => {
  const socket = new Error('connect ECONNREFUSED 127.0.0.1:9');
  const undici = new TypeError('fetch failed', { cause: socket });
  const fetchError = new Error('ingest: could not fetch http://127.0.0.1:9/: connect ECONNREFUSED 127.0.0.1:9 (ECONNREFUSED)', { cause: undici });
  assert.equal(messageWithCauses(fetchError), fetchError.message);
});

test('stopAt keeps the causes of an error whose message says all', () => {
  class Final extends Error {}
  assert.equal(messageWithCauses(new Final('bad file', { cause: new Error('yaml detail') }), { stopAt: (e) => e instanceof Final }), 'bad file');
});
