import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { negotiateEncoding } from './accept-encoding.ts';

void describe('negotiateEncoding (RFC 9110 §12.5.3)', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['GZIP;Q=0.8', 'gzip'],
    ['br;q=0.4, gzip;q=0.8', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['gzip;q=0.5, identity', 'identity'],
    ['identity;q=0, gzip;q=0.1', 'gzip'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['*;q=0, identity;q=0', 'identity'],
    ['deflate', 'identity'],
    ['br;q=abc, gzip', 'gzip'],
    [`${'x, '.repeat(500)}br`, 'identity'],
  ];
  for (const [header, expected] of cases) {
    void it(`${JSON.stringify(header)?.slice(0, 40)} → ${expected}`, () => assert.equal(negotiateEncoding(header), expected));
  }
});
