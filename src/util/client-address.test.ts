import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientAddressResolver, UNKNOWN_CLIENT } from './client-address.ts';

void describe('clientAddressResolver', () => {
  void it('takes the peer, and ignores X-Forwarded-For, when no proxy is trusted', () => {
    const resolve = clientAddressResolver([]);
    assert.equal(resolve('203.0.113.9', '198.51.100.1'), '203.0.113.9');
    assert.equal(resolve('::ffff:203.0.113.9', undefined), '203.0.113.9');
    assert.equal(resolve(undefined, '198.51.100.1'), UNKNOWN_CLIENT);
  });

  void it('ignores X-Forwarded-For from a peer that is not a trusted proxy, so a reader cannot pick the address it is throttled as', () => {
    const resolve = clientAddressResolver(['127.0.0.1']);
    assert.equal(resolve('203.0.113.9', '198.51.100.1'), '203.0.113.9');
  });

  void it('reads the client from X-Forwarded-For behind a trusted proxy', () => {
    const resolve = clientAddressResolver(['127.0.0.1', '::1']);
    assert.equal(resolve('127.0.0.1', '198.51.100.7'), '198.51.100.7');
    assert.equal(resolve('::ffff:127.0.0.1', '198.51.100.7'), '198.51.100.7');
    assert.equal(resolve('::1', ' 2001:db8::5 '), '2001:db8::5');
  });

  void it('reads right to left and stops at the first untrusted hop: what the client wrote further left is not believed', () => {
    const resolve = clientAddressResolver(['127.0.0.1', '10.0.0.0/8']);
    // The client forged 1.2.3.4; the edge proxy 10.1.1.1 appended the real 198.51.100.7.
    assert.equal(resolve('127.0.0.1', '1.2.3.4, 198.51.100.7, 10.1.1.1'), '198.51.100.7');
  });

  void it('stops at a hop that is not an address, keeping the last good one', () => {
    const resolve = clientAddressResolver(['127.0.0.1']);
    assert.equal(resolve('127.0.0.1', 'unknown'), '127.0.0.1');
    assert.equal(resolve('127.0.0.1', '198.51.100.7, not-an-address'), '127.0.0.1');
  });

  void it('reads hops with ports and bracketed IPv6', () => {
    const resolve = clientAddressResolver(['127.0.0.1']);
    assert.equal(resolve('127.0.0.1', '198.51.100.7:51234'), '198.51.100.7');
    assert.equal(resolve('127.0.0.1', '[2001:db8::5]:443'), '2001:db8::5');
  });

  void it('takes the leftmost address when every hop is a trusted proxy', () => {
    const resolve = clientAddressResolver(['10.0.0.0/8']);
    assert.equal(resolve('10.0.0.2', '10.9.9.9, 10.0.0.3'), '10.9.9.9');
  });
});
