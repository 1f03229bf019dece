import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesTag } from './page-cache.ts';

void describe('matchesTag (If-None-Match, RFC 9110 §13.1.2 weak comparison)', () => {
  void it('matches a listed tag, weak or strong on either side, and *', () => {
    assert.equal(matchesTag('"abc-br"', '"abc-br"'), true);
    assert.equal(matchesTag('W/"abc-br"', '"abc-br"'), true);
    assert.equal(matchesTag('"abc"', 'W/"abc"'), true);
    assert.equal(matchesTag('"x", "y" , "abc"', '"abc"'), true);
    assert.equal(matchesTag('*', '"abc"'), true);
  });
  void it('does not match another coding\'s tag, a part of a tag, or no header', () => {
    assert.equal(matchesTag('"abc"', '"abc-br"'), false);
    assert.equal(matchesTag('"abc-gz"', '"abc-br"'), false);
    assert.equal(matchesTag('abc-br', '"abc-br"'), false);
    assert.equal(matchesTag(undefined, '"abc"'), false);
  });
});
