import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { cpuMsSince } from '../../test/cpu-time.ts';
import { parseOpml, writeOpml, type OpmlSource } from './opml.ts';

const TESTDATA = path.join(import.meta.dirname, 'testdata');
const readFixture = (name: string) => readFile(path.join(TESTDATA, name));

/** Processor time: far below what a billion-laughs expansion would take, far above a plain parse. */
const BOMB_TIME_LIMIT_MS = 500;

void describe('parseOpml', () => {
  void it('reads feeds from nested folders with their attributes, decoding entities', async () => {
    const doc = parseOpml(await readFixture('subscriptions.opml'), 'subscriptions.opml');
    assert.equal(doc.title, "Priya's subscriptions & wires");
    assert.deepEqual(doc.outlines, [
      {
        xmlUrl: 'https://harbour-gazette.example/world.rss',
        htmlUrl: 'https://harbour-gazette.example/',
        text: 'Harbour Gazette — World',
        title: 'The Harbour Gazette',
        language: 'en-GB',
        folders: ['World'],
      },
      {
        xmlUrl: 'https://lotus-wire.example/asia?format=rss&edition=in',
        htmlUrl: null,
        text: 'Lotus Wire & Asia',
        title: null,
        language: null,
        folders: ['World', 'Asia'],
      },
      {
        xmlUrl: 'https://maidan.example/feed.xml',
        htmlUrl: null,
        text: null,
        title: 'मैदान समाचार',
        language: 'hi',
        folders: ['खेल'],
      },
      {
        xmlUrl: 'https://tram-ferry.example/feed',
        htmlUrl: null,
        text: 'Tram & Ferry Times — city',
        title: null,
        language: null,
        folders: ['Unsorted'],
      },
    ]);
  });

  void it('skips an outline without xmlUrl with a warning that names it', async () => {
    const doc = parseOpml(await readFixture('subscriptions.opml'), 'subscriptions.opml');
    assert.deepEqual(doc.warnings, ['opml: subscriptions.opml: outline "A bookmark, not a feed" has no xmlUrl; skipped']);
  });

  void it('refuses a billion-laughs entity bomb quickly, expanding nothing', async () => {
    const bytes = await readFixture('billion-laughs.opml');
    const started = process.cpuUsage();
    assert.throws(() => parseOpml(bytes, 'billion-laughs.opml'), /opml: billion-laughs\.opml declares DTD entities/);
    const spent = cpuMsSince(started);
    assert.ok(spent < BOMB_TIME_LIMIT_MS, `refused in ${Math.round(spent)} ms of processor time`);
  });

  void it('refuses an external entity pointing at a local file, without reading it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-opml-'));
    const secretFile = path.join(dir, 'secret.txt');
    await writeFile(secretFile, 'SECRET-MARKER-7731');
    const fixture = (await readFixture('external-entity.opml')).toString('utf8');
    const xml = fixture.replace('file:///etc/hostname', pathToFileURL(secretFile).href);
    assert.throws(
      () => parseOpml(xml, 'external-entity.opml'),
      (error: Error) => /opml: external-entity\.opml declares DTD entities/.test(error.message) && !error.message.includes('SECRET'),
    );
  });

  void it('leaves an undeclared entity reference as written instead of resolving it', () => {
    const xml = `<!DOCTYPE opml SYSTEM "file:///etc/hostname"><opml version="2.0"><head/><body>
      <outline text="Caf&eacute; &amp; &#2325;" xmlUrl="https://cafe.example/feed"/></body></opml>`;
    const [outline] = parseOpml(xml, 'cafe.opml').outlines;
    assert.equal(outline?.text, 'Caf&eacute; & क');
  });

  void it('names the file and the problem for broken OPML', () => {
    const cases: [string, RegExp][] = [
      ['', /opml: bad\.opml is empty/],
      ['name,url\nWire,https://wire.example/feed\n', /opml: bad\.opml is not well-formed XML: line 1: /],
      ['<opml version="2.0"><head></head><body><outline text="x"></body></opml>', /bad\.opml is not well-formed XML: line 1: .*closing tag/],
      ['<rss version="2.0"><channel/></rss>', /opml: bad\.opml is not OPML: its root element is not <opml>/],
      ['<opml version="2.0"><head><title>t</title></head></opml>', /opml: bad\.opml has no <body>/],
    ];
    for (const [xml, expected] of cases) assert.throws(() => parseOpml(xml, 'bad.opml'), expected, JSON.stringify(xml));
  });

  void it('reads an empty body as no feeds, and a byte order mark and legacy charset as text', () => {
    assert.deepEqual(parseOpml('<opml version="1.0"><head/><body/></opml>', 'empty.opml').outlines, []);
    const latin1 = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><opml version="2.0"><body><outline text="Caf'),
      Buffer.from([0xe9]),
      Buffer.from('" xmlUrl="https://cafe.example/feed"/></body></opml>'),
    ]);
    assert.equal(parseOpml(latin1, 'latin1.opml').outlines[0]?.text, 'Café');
    const withBom = `\uFEFF<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/"/></body></opml>`;
    assert.equal(parseOpml(withBom, 'bom.opml').outlines.length, 1);
  });

  void it('refuses absurdly deep nesting instead of exhausting the stack, and reads 60 levels', () => {
    const nested = (depth: number) =>
      `<opml version="2.0"><body>${'<outline text="f">'.repeat(depth)}<outline text="deep" xmlUrl="https://deep.example/"/>${'</outline>'.repeat(depth)}</body></opml>`;
    assert.throws(() => parseOpml(nested(5_000), 'deep.opml'), /opml: deep\.opml could not be read as OPML: .*nested/i);
    const [outline] = parseOpml(nested(60), 'deep.opml').outlines;
    assert.equal(outline?.folders.length, 60);
  });
});

void describe('writeOpml', () => {
  const sources: OpmlSource[] = [
    { name: 'Lotus Wire "Asia" & <more>', url: 'https://lotus-wire.example/asia?a=1&b=2', language: null, section: 'world' },
    { name: 'मैदान समाचार', url: 'https://maidan.example/feed.xml', language: 'hi', section: 'sport' },
    { name: 'Harbour Gazette', url: 'https://harbour-gazette.example/world.rss', language: 'en', section: 'world' },
    { name: 'Trend Watch', url: 'https://trends.example/feed', language: null, section: 'trends' },
  ];
  const meta = {
    title: 'Desk & sources',
    dateCreated: new Date('2024-06-03T07:00:00Z'),
    sectionTitles: new Map([
      ['sport', 'खेल'],
      ['world', 'World'],
      ['business', 'Business'],
    ]),
  };

  void it('writes one folder per section, in section order, and reads back to the same feeds', () => {
    const xml = writeOpml(sources, meta);
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<opml version="2\.0">/);
    assert.match(xml, /<dateCreated>Mon, 03 Jun 2024 07:00:00 GMT<\/dateCreated>/);
    assert.doesNotMatch(xml, /text="Business"/, 'an empty section writes no folder');
    const doc = parseOpml(xml, 'export.opml');
    assert.equal(doc.title, 'Desk & sources');
    assert.deepEqual(doc.warnings, []);
    assert.deepEqual(
      doc.outlines.map((o) => [o.folders.join('/'), o.text, o.xmlUrl, o.language]),
      [
        ['खेल', 'मैदान समाचार', 'https://maidan.example/feed.xml', 'hi'],
        ['World', 'Lotus Wire "Asia" & <more>', 'https://lotus-wire.example/asia?a=1&b=2', null],
        ['World', 'Harbour Gazette', 'https://harbour-gazette.example/world.rss', 'en'],
        ['trends', 'Trend Watch', 'https://trends.example/feed', null],
      ],
    );
  });

  void it('keeps a name with a line break and control characters well-formed', () => {
    const xml = writeOpml([{ name: 'Line one\nline two\u0007', url: 'https://a.example/', language: null, section: 'world' }], meta);
    assert.equal(parseOpml(xml, 'export.opml').outlines[0]?.text, 'Line one\nline two');
  });

  void it('writes C1 controls and bidi overrides as references, so the file shows nothing a terminal acts on', () => {
    const name = 'Wire \u009b2J \u202eevil\u202c \u007f';
    const xml = writeOpml([{ name, url: 'https://a.example/', language: null, section: 'world' }], meta);
    assert.doesNotMatch(xml, /[\u007f-\u009f\u202a-\u202e]/u);
    assert.match(xml, /text="Wire &#x9b;2J &#x202e;evil&#x202c; &#x7f;"/);
    assert.equal(parseOpml(xml, 'export.opml').outlines[0]?.text, name);
  });
});
