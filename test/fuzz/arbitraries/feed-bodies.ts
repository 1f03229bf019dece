/**
 * Bodies as bytes off the wire: the real fixtures of src/ingest/testdata
 * mutated, and any generated feed encoded one way and labelled another (by
 * its Content-Type, its XML declaration or a byte order mark), and pages
 * whose meta charset says yet another.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { cleanArticlePage, hostilePage } from './html-pages.ts';
import { mutated, position } from './hostile-text.ts';
import { atomFeed, jsonFeed, rdfFeed, rssFeed } from './syndication-feeds.ts';
import { newsMlDocument, ninjsDocument, nitfDocument } from './wire-documents.ts';

const FIXTURES = path.join(import.meta.dirname, '..', '..', '..', 'src', 'ingest', 'testdata');

/** Every feed and wire fixture the ingest tests use, as text. */
const fixtureTexts: string[] = readdirSync(FIXTURES)
  .filter((name) => /\.(xml|json|opml)$/.test(name))
  .sort()
  .map((name) => readFileSync(path.join(FIXTURES, name), 'utf8'));

export const fixtureFeed: fc.Arbitrary<string> = fc.constantFrom(...fixtureTexts);

/** A real fixture cut, spliced or repeated. */
export const mutatedFixture: fc.Arbitrary<string> = mutated(fixtureFeed);

/** Any feed or wire document the generators make. */
export const anyFeedText: fc.Arbitrary<string> = fc.oneof(rssFeed, atomFeed, rdfFeed, jsonFeed, ninjsDocument, newsMlDocument, nitfDocument, fixtureFeed, mutatedFixture);

/** A body as a parser receives it from the fetcher: bytes (base64, to be stored as JSON) and the Content-Type. */
export interface EncodedBody {
  base64: string;
  contentType: string | null;
}

type Encoder = (text: string) => Buffer;

const ENCODERS: Record<string, Encoder> = {
  'utf-8': (text) => Buffer.from(text, 'utf8'),
  'utf-8 with BOM': (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  'latin1 (lossy)': (text) => Buffer.from(text, 'latin1'),
  'utf-16le with BOM': (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  'utf-16le without BOM': (text) => Buffer.from(text, 'utf16le'),
  'utf-16be with BOM': (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
  'utf-32-ish': (text) => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(text, 'utf16le')]),
};

const DECLARED = ['UTF-8', 'ISO-8859-1', 'windows-1252', 'UTF-16', 'utf-16be', 'Shift_JIS', 'x-user-defined', 'utf-7', 'UTF-32', 'bogus', 'koi8-r', 'gb18030', 'replacement'];

const CONTENT_TYPES = [
  null, 'application/rss+xml; charset=utf-8', 'text/xml; charset=iso-8859-1', 'text/xml; charset="utf-16"', 'application/json', 'text/html; charset=utf-8',
  'application/atom+xml;charset=bogus', 'text/plain; charset=windows-1252', 'application/xml; charset=UTF-16LE', 'application/octet-stream', '', ';;;charset=',
];

/** Bytes spliced into the encoded body: invalid UTF-8, stray NULs, a half of a multi-byte sequence. */
const byteDamage = fc.oneof(
  fc.constant((bytes: Buffer) => bytes),
  fc.tuple(position, fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, junk]) => (bytes: Buffer) => {
    const i = Math.floor(bytes.length * at);
    return Buffer.concat([bytes.subarray(0, i), Buffer.from(junk), bytes.subarray(i)]);
  }),
  position.map((at) => (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * at))),
);

/**
 * Bodies made from `text`: encoded one way, with `relabel` writing a
 * declared encoding into the text (an XML declaration, a meta charset), a
 * Content-Type saying what it likes, and bytes damaged now and then.
 */
export function encodedBody(text: fc.Arbitrary<string>, relabel: (text: string, label: string) => string): fc.Arbitrary<EncodedBody> {
  return fc
    .record({
      text,
      encoding: fc.constantFrom(...Object.keys(ENCODERS)),
      declared: fc.option(fc.constantFrom(...DECLARED), { nil: undefined }),
      contentType: fc.constantFrom(...CONTENT_TYPES),
      damage: byteDamage,
    })
    .map(({ text, encoding, declared, contentType, damage }) => {
      const relabelled = declared === undefined ? text : relabel(text, declared);
      return { base64: damage(ENCODERS[encoding]!(relabelled)).toString('base64'), contentType };
    });
}

export const feedBody: fc.Arbitrary<EncodedBody> = encodedBody(anyFeedText, (text, label) =>
  text.replace(/^(\uFEFF?\s*<\?xml[^>]*?encoding=)["'][^"']*["']/, `$1"${label}"`),
);

/** A page as bytes: its meta charset, its Content-Type and its actual encoding may all disagree. */
export const pageBody: fc.Arbitrary<EncodedBody> = encodedBody(fc.oneof(hostilePage, cleanArticlePage), (text, label) =>
  text.replace(/<meta charset="[^"]*">/, `<meta charset="${label}">`),
);
