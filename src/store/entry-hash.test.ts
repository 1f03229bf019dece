import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { entryContentHash } from './entry-hash.ts';
import { feedEntry } from './test-records.ts';

void describe('entry content hash and wire status', () => {
  test('a cancellation or an embargo changes the item’s content hash, so the pipeline applies it', () => {
    const usable = feedEntry('wire', 'a');
    const canceled = feedEntry('wire', 'a', { pubStatus: 'canceled' });
    const embargoed = feedEntry('wire', 'a', { embargoed: '2026-03-02T10:00:00.000Z' });
    assert.notEqual(entryContentHash(usable), entryContentHash(canceled));
    assert.notEqual(entryContentHash(usable), entryContentHash(embargoed));
    assert.equal(entryContentHash(canceled), entryContentHash(feedEntry('wire', 'a', { pubStatus: 'canceled' })));
  });
});
