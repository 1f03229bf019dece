import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryBytes, RenderCache, type CachedResponse } from './render-cache.ts';

function entry(key: string, size: number): CachedResponse {
  return {
    key,
    epoch: 1,
    storedAt: 0,
    status: 200,
    headers: [['content-type', 'text/html; charset=UTF-8']],
    codings: { identity: { body: Buffer.alloc(size, 'a'), etag: `"${key}"` } },
    route: '/',
  };
}

void describe('RenderCache', () => {
  void it('stays within its bytes, dropping the least recently used first', () => {
    const one = entryBytes(entry('/a', 10_000));
    const cache = new RenderCache(one * 3);
    for (const key of ['/a', '/b', '/c']) cache.set(entry(key, 10_000));
    assert.equal(cache.size, 3);
    cache.get('/a'); // now the most recently used
    cache.set(entry('/d', 10_000));
    assert.equal(cache.size, 3);
    assert.ok(cache.bytes <= cache.maxBytes);
    assert.equal(cache.get('/b'), undefined, 'the least recently used went');
    assert.ok(cache.get('/a') && cache.get('/c') && cache.get('/d'));
  });

  void it('keeps a page that is hit while the ones nobody asks for go', () => {
    const one = entryBytes(entry('/hot', 1_000));
    const cache = new RenderCache(one * 4);
    cache.set(entry('/hot', 1_000));
    for (let i = 0; i < 40; i += 1) {
      assert.ok(cache.get('/hot'), `hot page kept at ${i}`);
      cache.set(entry(`/cold-${i}`, 1_000));
    }
    assert.ok(cache.bytes <= cache.maxBytes);
    assert.equal(cache.get('/cold-0'), undefined);
  });

  void it('counts every coding, refuses an entry larger than itself, and replaces a key in place', () => {
    const cache = new RenderCache(50_000);
    const withCodings = { ...entry('/x', 10_000), codings: { identity: { body: Buffer.alloc(10_000), etag: '"x"' }, br: { body: Buffer.alloc(2_000), etag: '"x-br"' } } };
    cache.set(withCodings);
    assert.ok(cache.bytes >= 12_000);
    assert.equal(cache.set(entry('/huge', 60_000)), false);
    assert.equal(cache.get('/huge'), undefined);
    cache.set(entry('/x', 100));
    assert.equal(cache.size, 1);
    assert.ok(cache.bytes < 2_000);
    cache.clear();
    assert.equal(cache.bytes, 0);
  });
});
