import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { captureIo } from './cli-test-io.ts';
import { main } from './main.ts';

const FIXTURES = path.join(import.meta.dirname, 'testdata', 'extract');
const STORY = path.join(FIXTURES, 'story.html');
const BASE = 'https://estuary-gazette.example/news/2026/04/ferry-rota';

async function run(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const io = captureIo(cwd, env);
  const code = await main(['node', 'wiredesk', 'extract', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** A folder with an English page, a gzipped Hindi page, a section index, and things that are not pages. */
async function pagesDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-extract-'));
  await copyFile(STORY, path.join(dir, 'b-story.html'));
  await writeFile(path.join(dir, 'a-hindi.html.gz'), gzipSync(await readFile(path.join(FIXTURES, 'hindi-story.html'))));
  await copyFile(path.join(FIXTURES, 'section.html'), path.join(dir, 'c-section.html'));
  await writeFile(path.join(dir, 'notes.txt'), 'not a page');
  await mkdir(path.join(dir, 'older'));
  await copyFile(STORY, path.join(dir, 'older', 'story.html'));
  return dir;
}

async function withServer(handler: http.RequestListener, work: (origin: string) => Promise<void>): Promise<void> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** The few characters the fixture uses outside ASCII, at their windows-1252 bytes. */
const WINDOWS_1252: Record<string, number> = { '“': 0x93, '”': 0x94, '©': 0xa9, '·': 0xb7 };

function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const byte = char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : WINDOWS_1252[char];
      if (byte === undefined) throw new Error(`no windows-1252 byte for ${char} in the fixture`);
      return byte;
    }),
  );
}

describe('wiredesk extract', () => {
  test('text: headline, a meta line, then the story without the page furniture', async () => {
    const { code, out, err } = await run(FIXTURES, ['story.html']);
    assert.equal(code, 0, err);
    const [headline, meta, blank, ...body] = out.split('\n');
    assert.equal(headline, 'Ferry crews agree new rota after three-week dispute');
    assert.match(meta ?? '', /^Imogen Castellane · 2026-04-02T10:00:00\+01:00 · en · Estuary Gazette/u);
    assert.equal(blank, '');
    assert.match(body.join('\n'), /^Crews on the Saltmarsh ferry have agreed a new rota/u);
    assert.doesNotMatch(out, /Advertisement|Also read|Back to top|Share on/u);
  });

  test('jsonl over a directory: one line per page in name order, an error line for the page without an article, exit 1', async () => {
    const dir = await pagesDir();
    const { code, out, err } = await run(dir, ['.', '--format', 'jsonl']);
    assert.equal(code, 1);
    assert.match(err, /extract: 1 of 3 inputs failed/u);
    const lines = out.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(lines.map((line) => line['input']), ['a-hindi.html.gz', 'b-story.html', 'c-section.html']);
    assert.deepEqual(Object.keys(lines[0]!), ['input', 'title', 'byline', 'published', 'lang', 'siteName', 'text', 'blocks']);
    assert.equal(lines[0]!['title'], 'पुराने क़िले की सीढ़ियों की मरम्मत पूरी, सोमवार से फिर खुलेगा परकोटा');
    assert.equal(lines[0]!['lang'], 'hi');
    assert.doesNotMatch(String(lines[0]!['text']), /विज्ञापन/u);
    assert.equal(lines[1]!['byline'], 'Imogen Castellane');
    assert.deepEqual(Object.keys(lines[2]!), ['input', 'error']);
    assert.match(String(lines[2]!['error']), /has no article/u);
  });

  test('--url resolves the relative links of a file', async () => {
    const { code, out, err } = await run(FIXTURES, ['story.html', '--format', 'jsonl', '--url', BASE]);
    assert.equal(code, 0, err);
    assert.match(out, /"href":"https:\/\/estuary-gazette\.example\/news\/2026\/04\/notices\/full-service-resumes"/u);
  });

  test('json: one input is one Article, several are an array with errors in place', async () => {
    const one = await run(FIXTURES, ['story.html', '--format', 'json']);
    assert.equal(one.code, 0, one.err);
    const article = JSON.parse(one.out) as Record<string, unknown>;
    assert.equal(article['headline'], 'Ferry crews agree new rota after three-week dispute');
    for (const key of ['standfirst', 'dateline', 'updated', 'canonicalUrl', 'image', 'blocks', 'text']) assert.ok(key in article, key);

    const several = await run(FIXTURES, ['story.html', 'missing.html', '--format', 'json']);
    assert.equal(several.code, 1);
    const [first, second] = JSON.parse(several.out) as Array<Record<string, unknown>>;
    assert.equal(first?.['headline'], 'Ferry crews agree new rota after three-week dispute');
    assert.deepEqual(second, { input: 'missing.html', error: 'extract: cannot read missing.html: no such file' });
  });

  test('html: a standalone document in which the page text stays text', async () => {
    const { code, out, err } = await run(FIXTURES, ['story.html', '--format', 'html']);
    assert.equal(code, 0, err);
    assert.match(out, /^<!DOCTYPE html>\n<html lang="en">/u);
    assert.match(out, /<h1>Ferry crews agree new rota after three-week dispute<\/h1>/u);
    // The source wrote the tag as text (&lt;script&gt;); it must still be text, never a script.
    assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/u);
    assert.doesNotMatch(out, /<script/iu);
  });

  test('a file over the size limit (fetch.maxBytes, 10 MiB by default) fails clearly; so does a gzip that unpacks beyond it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-extract-'));
    const big = Buffer.alloc(11 * 1024 * 1024, ' ');
    await writeFile(path.join(dir, 'big.html'), big);
    await writeFile(path.join(dir, 'bomb.html.gz'), gzipSync(big));
    const { code, out } = await run(dir, ['.', '--format', 'jsonl']);
    assert.equal(code, 1);
    const [plain, bomb] = out.trimEnd().split('\n').map((line) => JSON.parse(line) as { input: string; error: string });
    assert.match(bomb?.error ?? '', /bomb\.html\.gz unpacks to more bytes, over the limit of 10485760 bytes \(fetch\.maxBytes\)/u);
    assert.match(plain?.error ?? '', /big\.html is 11534336 bytes, over the limit of 10485760 bytes \(fetch\.maxBytes\)/u);
  });

  test('the limit comes from the configuration when there is one', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-extract-'));
    assert.equal((await main(['node', 'wiredesk', 'init'], captureIo(dir))), 0);
    const config = path.join(dir, 'wiredesk.yaml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('maxBytes: 10485760', 'maxBytes: 1000'));
    await copyFile(STORY, path.join(dir, 'story.html'));
    const { code, err } = await run(dir, ['story.html']);
    assert.equal(code, 1);
    assert.match(err, /story\.html is \d+ bytes, over the limit of 1000 bytes/u);
  });

  test('an image saved as .html is a clear error, not an article', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-extract-'));
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 73) % 256))]);
    await writeFile(path.join(dir, 'photo.html'), png);
    const { code, err } = await run(dir, ['photo.html']);
    assert.equal(code, 1);
    assert.match(err, /photo\.html: extract: .*(?:binary|not HTML)/u);
  });

  test('a bad --url or --format is a usage error (exit 2)', async () => {
    assert.equal((await run(FIXTURES, ['story.html', '--url', 'notes/story']).then((r) => r.code)), 2);
    assert.equal((await run(FIXTURES, ['story.html', '--format', 'xml']).then((r) => r.code)), 2);
  });

  test('a URL is fetched with the guarded fetcher: loopback only when WIREDESK_FETCH_ALLOW says so', async () => {
    // The page in windows-1252, labelled only by the HTTP header.
    const page = (await readFile(STORY, 'utf8')).replace('<meta charset="utf-8">', '').replace('Full services', '“Full services”');
    const legacy = windows1252(page);
    await withServer(
      (req, res) => {
        if (req.url?.endsWith('.pdf')) {
          res.writeHead(200, { 'content-type': 'application/pdf' });
          res.end('%PDF-1.7\n');
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
        res.end(legacy);
      },
      async (origin) => {
        const refused = await run(FIXTURES, [`${origin}/news/ferry-rota`, '--format', 'jsonl']);
        assert.equal(refused.code, 1);
        assert.match(refused.out, /"error":".*127\.0\.0\.1/u);

        const allowed = await run(FIXTURES, [`${origin}/news/ferry-rota`, '--format', 'jsonl'], { WIREDESK_FETCH_ALLOW: '127.0.0.1' });
        assert.equal(allowed.code, 0, allowed.out + allowed.err);
        const line = JSON.parse(allowed.out) as { title: string; text: string; blocks: unknown[] };
        assert.equal(line.title, 'Ferry crews agree new rota after three-week dispute');
        assert.match(line.text, /“Full services” resume on Friday/u);
        assert.match(JSON.stringify(line.blocks), new RegExp(`"href":"${origin}/news/notices/full-service-resumes"`, 'u'));

        const pdf = await run(FIXTURES, [`${origin}/report.pdf`], { WIREDESK_FETCH_ALLOW: '127.0.0.1' });
        assert.equal(pdf.code, 1);
        assert.match(pdf.err, /report\.pdf is application\/pdf, not an HTML page/u);
      },
    );
  });
});
