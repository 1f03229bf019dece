/**
 * `wiredesk engines` against engines on loopback: a LibreTranslate stand-in
 * (implements the API's shape and upper-cases text; src/translate/engines/
 * testdata/libretranslate-stand-in.ts), a port where nothing listens, and a
 * real Apertium APY when it is installed.
 */
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { apyInstalled, startApy } from '../translate/engines/apy-process.ts';
import { startChatServer } from '../translate/engines/testdata/chat-completions-server.ts';
import { startLibreTranslateStandIn } from '../translate/engines/testdata/libretranslate-stand-in.ts';
import { captureIo } from './cli-test-io.ts';
import { main } from './main.ts';
import { missing } from '../../test/missing-tool.ts';

async function configDir(engines: string, pairs: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-engines-'));
  await writeFile(
    path.join(dir, 'wiredesk.yaml'),
    `site: { name: Desk, baseUrl: "https://news.example.org" }
editions: [{ lang: hi, path: / }]
sections: [{ id: world, title: World }]
translation:
  engines:
${engines}
  pairs:
${pairs}
`,
  );
  return dir;
}

async function run(dir: string, ...args: string[]) {
  return runWith(dir, {}, ...args);
}

async function runWith(dir: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  const io = captureIo(dir, env);
  const code = await main(['node', 'wiredesk', 'engines', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

interface Report {
  id: string;
  health: { reachable: boolean; latencyMs: number | null; error: string | null };
  configuredPairs: { from: string; to: string }[];
  servedPairs: { from: string; to: string }[] | null;
  missingPairs: { from: string; to: string }[];
}

test('engines lists each engine with its health and pairs; a dead one is a row, not a failure; the key is never shown', async () => {
  const libre = await startLibreTranslateStandIn({ apiKey: 'sekrit-9' });
  try {
    const dir = await configDir(
      `    - { id: libre, kind: libretranslate, url: "${libre.url}", apiKey: sekrit-9 }
    - { id: gone, kind: apertium, url: "http://127.0.0.1:9", timeoutMs: 2000 }`,
      `    - { from: en, to: hi, engine: libre }
    - { from: ur, to: hi, engine: libre }
    - { from: ur, to: en, engine: gone }`,
    );
    const json = await run(dir, '--json');
    assert.equal(json.code, 0, json.err);
    const reports = JSON.parse(json.out) as Report[];
    assert.deepEqual(reports.map((r) => [r.id, r.health.reachable]), [['libre', true], ['gone', false]]);
    assert.deepEqual(reports[0]!.missingPairs, [{ from: 'ur', to: 'hi' }]);
    assert.ok(reports[0]!.servedPairs!.some((p) => p.from === 'en' && p.to === 'hi'));
    assert.equal(reports[1]!.servedPairs, null);
    assert.match(reports[1]!.health.error ?? '', /gone: \/listPairs/);

    const table = await run(dir);
    assert.equal(table.code, 0, table.err);
    const lines = table.out.trimEnd().split('\n');
    assert.match(lines[0]!, /^engine\s+kind\s+url\s+reachable\s+latency\s+configured pairs\s+engine serves$/);
    assert.match(lines[1]!, /^libre\s+libretranslate\s+.*yes\s+\d+ ms\s+en→hi, ur→hi \(not served\)/);
    assert.match(lines[2]!, /^gone\s+apertium\s+.*no: /);
    assert.doesNotMatch(json.out + table.out + table.err, /sekrit-9/);
  } finally {
    await libre.close();
  }
});

test('an openai engine is checked with GET /models and its key from the environment; its pairs are the configured ones', async () => {
  const server = await startChatServer((request) =>
    request.headers.authorization === 'Bearer sk-engines-4242'
      ? { body: { object: 'list', data: [{ id: 'qwen2.5:7b-instruct', object: 'model' }] } }
      : { status: 401, body: { error: { message: 'missing or wrong key' } } },
  );
  try {
    const dir = await configDir(
      `    - { id: llm, kind: openai, url: "${server.url}", model: "qwen2.5:7b-instruct", apiKeyEnv: LLM_KEY }`,
      `    - { from: en, to: hi, engine: llm }`,
    );
    const table = await runWith(dir, { LLM_KEY: 'sk-engines-4242' });
    assert.equal(table.code, 0, table.err);
    assert.match(table.out.trimEnd().split('\n')[1]!, /^llm\s+openai\s+http:\/\/127\.0\.0\.1:\d+\/v1\s+yes\s+\d+ ms\s+en→hi\s+en→hi$/);
    assert.deepEqual(server.requests.map((r) => [r.method, r.path]), [['GET', '/v1/models']]);
    const unset = await runWith(dir, {}, '--json');
    const [report] = JSON.parse(unset.out) as Report[];
    assert.equal(report!.health.reachable, false);
    assert.match(report!.health.error ?? '', /the environment variable LLM_KEY \(apiKeyEnv\) holds no API key/);
    assert.doesNotMatch(table.out + table.err + unset.out + unset.err, /sk-engines-4242/);
  } finally {
    await server.close();
  }
});

test('with a real Apertium APY, its pairs are listed', { skip: apyInstalled() ? false : missing('apertium-apy', 'not installed (apt-get install apertium-apy)') }, async () => {
  const apy = await startApy();
  try {
    const dir = await configDir(`    - { id: apertium, kind: apertium, url: "${apy.url}" }`, `    - { from: ur, to: hi, engine: apertium }`);
    const { code, out, err } = await run(dir, '--json');
    assert.equal(code, 0, err);
    const [report] = JSON.parse(out) as Report[];
    assert.equal(report!.health.reachable, true);
    assert.deepEqual(report!.missingPairs, []);
    assert.ok(report!.servedPairs!.some((p) => p.from === 'en' && p.to === 'es'));
  } finally {
    await apy.stop();
  }
});

test('without engines configured it says so', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-engines-'));
  await writeFile(path.join(dir, 'wiredesk.yaml'), 'site: { name: D, baseUrl: "https://n.example.org" }\neditions: [{ lang: hi, path: / }]\nsections: [{ id: w, title: W }]\n');
  const { code, out } = await run(dir);
  assert.equal(code, 0);
  assert.match(out, /no translation engines configured/);
});
