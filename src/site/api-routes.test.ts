import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { publicFeedUrl } from './api-routes.ts';
import { NOW, openSiteFixture, type SiteFixture } from './testdata/site-fixture.ts';

let site: SiteFixture;
before(async () => {
  site = await openSiteFixture();
  const { store } = site;
  await store.upsertSource(
    {
      id: 'paid-wire',
      name: 'Paid Wire',
      url: 'https://desk:hunter2@paid-wire.example/feed.xml?api_key=abc123&edition=asia',
      format: 'rss',
      section: 'world',
      language: 'auto',
      mode: 'link',
      fullText: 'feed',
      licence: 'Agreement 42, confidential terms',
      notice: null,
    },
    'cli',
    NOW,
  );
  await store.recordFetchFailure('paid-wire', {
    at: '2024-06-10T11:00:00Z',
    status: 503,
    error: 'ingest: https://desk:hunter2@paid-wire.example/feed.xml?api_key=abc123&edition=asia answered 503',
    errorKind: 'status',
    nextFetchAt: '2024-06-10T11:30:00Z',
  });
  await store.recordFetchFailure('paid-wire', {
    at: '2024-06-10T11:30:00Z',
    status: 503,
    error: 'ingest: https://desk:hunter2@paid-wire.example/feed.xml?api_key=abc123&edition=asia answered 503',
    errorKind: 'status',
    bodyStart: '<h1>Paywall gateway for acct 99</h1>',
    nextFetchAt: '2024-06-10T12:30:00Z',
  });
  // The refusal quotes the start of what the server sent: text for the desk's eyes only.
  await store.recordFetchFailure('links-en', {
    at: '2024-06-10T11:10:00Z',
    status: 200,
    error: 'ingest: https://links-en.example/feed.xml is not a valid feed: it is neither XML nor a JSON object (it starts "Internal token 7f3a of acct 99")',
    errorKind: 'not-a-feed',
    bodyStart: 'Internal token 7f3a of acct 99',
    nextFetchAt: '2024-06-10T11:40:00Z',
  });
  await store.recordFetchSuccess('wire-en', {
    at: '2024-06-10T11:45:00Z',
    status: 200,
    etag: '"etag-of-wire"',
    lastModified: null,
    nextFetchAt: '2024-06-10T12:00:00Z',
  });
  await store.upsertSource(
    { ...(await store.getSource('wire-ur'))!, url: '/srv/private/feeds/urdu-wire.xml' },
    'config',
    NOW,
  );
});
after(async () => {
  await site.close();
});

interface ApiBody {
  sources: { id: string; url: string; health: Record<string, unknown> }[];
}

async function getSources(): Promise<{ res: Response; body: ApiBody; text: string }> {
  const res = await site.app.request('/api/sources');
  const text = await res.text();
  return { res, body: JSON.parse(text) as ApiBody, text };
}

void describe('GET /api/sources', () => {
  void it('answers JSON that no cache keeps', async () => {
    const { res } = await getSources();
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });

  void it('lists every source with its definition and health', async () => {
    const { body } = await getSources();
    assert.deepEqual(
      body.sources.map((s) => s.id),
      ['desk-hi', 'links-en', 'paid-wire', 'wire-en', 'wire-ur'],
    );
    const wire = body.sources.find((s) => s.id === 'wire-en');
    assert.deepEqual(wire, {
      id: 'wire-en',
      name: 'Example Wire',
      url: 'https://wire-en.example/feed.xml',
      format: 'auto',
      section: 'business',
      language: 'en',
      mode: 'republish',
      fullText: 'feed',
      health: {
        lastAttemptAt: '2024-06-10T11:45:00.000Z',
        lastSuccessAt: '2024-06-10T11:45:00.000Z',
        lastStatus: 200,
        lastErrorKind: null,
        consecutiveFailures: 0,
        nextFetchAt: '2024-06-10T12:00:00.000Z',
        // 22 entries first seen within the last 7 days (the fixture stores them at NOW).
        entriesPerDay: 3.1,
      },
    });
  });

  void it('shows a failing source with its failures, status and next attempt', async () => {
    const { body } = await getSources();
    const paid = body.sources.find((s) => s.id === 'paid-wire');
    assert.equal(paid?.health['consecutiveFailures'], 2);
    assert.equal(paid?.health['lastStatus'], 503);
    assert.equal(paid?.health['lastSuccessAt'], null);
    assert.equal(paid?.health['nextFetchAt'], '2024-06-10T12:30:00.000Z');
    assert.equal(paid?.health['entriesPerDay'], 0);
    assert.equal(paid?.health['lastErrorKind'], 'status');
  });

  void it('tells what kind of error a source had and its HTTP status, never the text of the error or the body it quotes', async () => {
    const { body, text } = await getSources();
    const links = body.sources.find((s) => s.id === 'links-en');
    assert.equal(links?.health['lastErrorKind'], 'not-a-feed');
    assert.equal(links?.health['lastStatus'], 200);
    assert.ok(body.sources.every((s) => !('lastError' in s.health)), 'no error text at all');
    assert.ok(body.sources.every((s) => !('lastErrorBody' in s.health) && !('lastErrorBody' in s)), 'no start of the body either');
    for (const leak of ['Internal token', '7f3a', 'not a valid feed', 'answered 503', 'Paywall', 'acct 99']) assert.doesNotMatch(text, new RegExp(leak), leak);
  });

  void it('never exposes credentials, licences, ETags or server paths', async () => {
    const { body, text } = await getSources();
    for (const secret of ['hunter2', 'abc123', 'confidential', 'etag-of-wire', '/srv/private']) {
      assert.doesNotMatch(text, new RegExp(secret), secret);
    }
    const paid = body.sources.find((s) => s.id === 'paid-wire');
    assert.equal(paid?.url, 'https://paid-wire.example/feed.xml?api_key=redacted&edition=asia');
    assert.equal(body.sources.find((s) => s.id === 'wire-ur')?.url, 'urdu-wire.xml');
  });
});

void describe('publicFeedUrl', () => {
  void it('keeps ordinary feed URLs as they are', () => {
    assert.equal(publicFeedUrl('https://news.example/rss?section=world&page=2'), 'https://news.example/rss?section=world&page=2');
  });

  void it('redacts tokens by parameter name, whatever their case', () => {
    assert.equal(
      publicFeedUrl('http://feeds.example/x?AccessToken=t0k&Signature=s1g&q=1'),
      'http://feeds.example/x?AccessToken=redacted&Signature=redacted&q=1',
    );
  });
});
