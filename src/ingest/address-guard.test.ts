/**
 * The SSRF guard over real loopback HTTP: private and loopback addresses are
 * refused before any byte is sent, whether named by address, by a host name
 * that resolves to them, or by a redirect; the allow list opens them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AllowList, createGuardedAgent, isPublicAddress } from './address-guard.ts';
import { FetchError, fetchResource, type FetchOptions } from './http-fetch.ts';
import { startServer, type LoopbackServer } from './testdata/loopback-server.ts';

const OPTIONS: FetchOptions = { timeoutMs: 5_000, maxBytes: 1024 * 1024, userAgent: 'wiredesk-test/1' };

test('special-purpose addresses are not public', () => {
  for (const address of [
    '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.254', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '0.0.0.0', '224.0.0.251', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1',
    '::ffff:127.0.0.1', '::ffff:10.0.0.1', '64:ff9b::a00:1', 'ff02::1',
  ]) {
    assert.equal(isPublicAddress(address), false, address);
  }
  for (const address of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '2a00:1450::1']) {
    assert.equal(isPublicAddress(address), true, address);
  }
  assert.equal(isPublicAddress('not-an-address'), false);
});

test('the allow list takes host names, addresses and ranges', () => {
  const allow = new AllowList(['LocalHost', ' 127.0.0.1 ', '10.20.0.0/16', '[::1]', '']);
  assert.ok(allow.allowsHost('localhost'));
  assert.ok(allow.allowsAddress('127.0.0.1'));
  assert.ok(!allow.allowsAddress('127.0.0.2'));
  assert.ok(allow.allowsAddress('10.20.3.4'));
  assert.ok(!allow.allowsAddress('10.21.0.1'));
  assert.ok(allow.allowsAddress('::1'));
  assert.ok(!allow.allowsHost('wire.example'));
});

describe('fetching through the guard', () => {
  let server: LoopbackServer;

  before(async () => {
    server = await startServer((request, response) => {
      if (request.url === '/to-other-loopback') {
        const port = new URL(server.url('/')).port;
        response.writeHead(302, { location: `http://127.0.0.2:${port}/feed.xml` }).end();
      } else if (request.url === '/to-metadata') {
        response.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      } else {
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel/></rss>');
      }
    });
  });

  after(() => server.close());

  async function refused(url: string, options: FetchOptions, address: RegExp): Promise<void> {
    const seen = server.requests.length;
    await assert.rejects(fetchResource(url, options), (error: unknown) => {
      assert.ok(error instanceof FetchError);
      assert.match(error.message, address);
      assert.match(error.message, /non-public address; allow it with fetch\.allow in wiredesk\.yaml or WIREDESK_FETCH_ALLOW/);
      return true;
    });
    assert.equal(server.requests.length, seen, 'the refused server saw no request');
  }

  test('by default a loopback address is refused before anything is sent', async () => {
    await refused(server.url('/feed.xml'), OPTIONS, /127\.0\.0\.1/);
  });

  test('a host name that resolves to loopback is refused after resolution', async () => {
    const url = server.url('/feed.xml').replace('127.0.0.1', 'localhost');
    await refused(url, { ...OPTIONS, dispatcher: createGuardedAgent([]) }, /localhost \((127\.0\.0\.1|::1)\)/);
  });

  test('allowed by address, by host name or by range, the same fetch goes through', async () => {
    for (const allow of [['127.0.0.1'], ['127.0.0.0/8']]) {
      const result = await fetchResource(server.url('/feed.xml'), { ...OPTIONS, dispatcher: createGuardedAgent(allow) });
      assert.equal(result.status, 200, allow.join());
    }
    const byName = server.url('/feed.xml').replace('127.0.0.1', 'localhost');
    const result = await fetchResource(byName, { ...OPTIONS, dispatcher: createGuardedAgent(['localhost']) });
    assert.equal(result.status, 200);
  });

  test('every redirect hop is checked: an allowed host cannot redirect to a private one', async () => {
    const options = { ...OPTIONS, dispatcher: createGuardedAgent(['127.0.0.1']) };
    const hops = server.requests.length;
    await assert.rejects(fetchResource(server.url('/to-other-loopback'), options), /127\.0\.0\.2 is a private, loopback/);
    await assert.rejects(fetchResource(server.url('/to-metadata'), options), /169\.254\.169\.254 is a private, loopback/);
    assert.equal(server.requests.length, hops + 2, 'only the allowed first hops reached a server');
  });
});
