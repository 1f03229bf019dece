import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createGuardedAgent } from './address-guard.ts';
import { FetchError, fetchResource } from './http-fetch.ts';
import { ROBOTS_TTL_MS, RobotsCache, UNREACHABLE_TTL_MS } from './robots-cache.ts';
import { closedPort, startServer, type LoopbackServer } from './testdata/loopback-server.ts';

/** The server is on loopback, which the fetcher refuses unless allowed: allowed here. */
const LOOPBACK_ALLOWED = createGuardedAgent(['127.0.0.1']);

const ROBOTS = `# Desk bots may read stories, not drafts; everyone else stays out.
User-agent: WireDesk
Disallow: /drafts/
Allow: /

User-agent: *
Disallow: /
`;

let robots: { status: number; body: string } = { status: 200, body: ROBOTS };
let server: LoopbackServer;

before(async () => {
  server = await startServer((req, res) => {
    if (req.url === '/robots.txt') res.writeHead(robots.status, { 'content-type': 'text/plain' }).end(robots.body);
    else res.writeHead(404).end();
  });
});
after(() => server.close());

function robotsRequests(): number {
  return server.requests.filter((req) => req.url === '/robots.txt').length;
}

function cache(clock: { time: number }): RobotsCache {
  return new RobotsCache({
    fetch: (url) => fetchResource(url, { timeoutMs: 2_000, maxBytes: 512 * 1024, userAgent: 'wiredesk/test', dispatcher: LOOPBACK_ALLOWED }),
    now: () => clock.time,
  });
}

async function refusal(promise: Promise<void>): Promise<FetchError> {
  const error = await promise.then(
    () => assert.fail('expected the check to refuse'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof FetchError, `expected a FetchError, got ${String(error)}`);
  return error;
}

void describe('RobotsCache', () => {
  void test('follows the group for wiredesk: stories allowed, drafts refused with a clear error', async () => {
    robots = { status: 200, body: ROBOTS };
    const robotsCache = cache({ time: 0 });
    await robotsCache.check(server.url('/world/harbour-dock'));
    const error = await refusal(robotsCache.check(server.url('/drafts/harbour-dock')));
    assert.equal(error.kind, 'robots');
    assert.equal(error.message, `ingest: ${server.url('')}/robots.txt disallows ${server.url('/drafts/harbour-dock')} for wiredesk (line 3)`);
  });

  void test('asks each origin once a day, and once for checks made side by side', async () => {
    robots = { status: 200, body: ROBOTS };
    const clock = { time: 0 };
    const robotsCache = cache(clock);
    const before = robotsRequests();
    await Promise.all([robotsCache.check(server.url('/a')), robotsCache.check(server.url('/b')), robotsCache.check(server.url('/c'))]);
    await robotsCache.check(server.url('/d'));
    assert.equal(robotsRequests() - before, 1);
    robots = { status: 200, body: 'User-agent: *\nDisallow: /\n' };
    clock.time += ROBOTS_TTL_MS - 1;
    await robotsCache.check(server.url('/e'));
    assert.equal(robotsRequests() - before, 1, 'still within the day');
    clock.time += 1;
    assert.equal((await refusal(robotsCache.check(server.url('/e')))).kind, 'robots', 'the new rules apply after a day');
    assert.equal(robotsRequests() - before, 2);
  });

  void test('no robots.txt (404) allows everything', async () => {
    robots = { status: 404, body: 'not found' };
    await cache({ time: 0 }).check(server.url('/drafts/anything'));
  });

  void test('a 503 disallows everything for now, as a passing failure, and is asked again soon', async () => {
    robots = { status: 503, body: 'busy' };
    const clock = { time: 0 };
    const robotsCache = cache(clock);
    const error = await refusal(robotsCache.check(server.url('/world/story')));
    assert.equal(error.kind, 'status');
    assert.equal(error.status, 503);
    assert.match(error.message, /^ingest: robots\.txt of http:\/\/127\.0\.0\.1:\d+ could not be read \(.*503.*\); /);
    assert.match(error.message, /\/world\/story is not fetched until it can be$/);
    robots = { status: 200, body: ROBOTS };
    clock.time += UNREACHABLE_TTL_MS;
    await robotsCache.check(server.url('/world/story'));
  });

  void test('a 429 on robots.txt is not read as "no rules"', async () => {
    robots = { status: 429, body: 'slow down' };
    assert.equal((await refusal(cache({ time: 0 }).check(server.url('/world/story')))).status, 429);
  });

  void test('an origin that cannot be reached disallows its pages for now', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/world/story`;
    const error = await refusal(cache({ time: 0 }).check(url));
    assert.equal(error.kind, 'network');
    assert.match(error.message, /robots\.txt of .* could not be read .*ECONNREFUSED/);
  });
});
