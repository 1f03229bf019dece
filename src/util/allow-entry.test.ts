import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AllowEntryError, parseAllowEntry } from './allow-entry.ts';

test('host names, addresses and ranges read as the guard needs them', () => {
  assert.deepEqual(parseAllowEntry(' LocalHost '), { kind: 'host', host: 'localhost' });
  assert.deepEqual(parseAllowEntry('wire.internal.'), { kind: 'host', host: 'wire.internal' });
  assert.deepEqual(parseAllowEntry('डेस्क.local'), { kind: 'host', host: 'xn--11bx3evc5a.local' });
  assert.deepEqual(parseAllowEntry('127.0.0.1'), { kind: 'range', address: '127.0.0.1', prefix: 32, family: 'ipv4' });
  assert.deepEqual(parseAllowEntry('[::1]'), { kind: 'range', address: '::1', prefix: 128, family: 'ipv6' });
  assert.deepEqual(parseAllowEntry('10.20.0.0/16'), { kind: 'range', address: '10.20.0.0', prefix: 16, family: 'ipv4' });
  assert.deepEqual(parseAllowEntry('fd00::/8'), { kind: 'range', address: 'fd00::', prefix: 8, family: 'ipv6' });
});

test('nothing malformed is taken for a host name', () => {
  for (const entry of ['10.0.0.0/33', '127.0.0.1/abc', '127.0.0.1/', '::1/129', '10.0.0.0/8/8', '999.1.1.1/99', '999.1.1.1', '1.2.3', '10.1', 'fe80::1%eth0', 'host:80', 'http://host/', '*.example.org', 'a b', '']) {
    assert.throws(() => parseAllowEntry(entry), AllowEntryError, entry);
  }
});
